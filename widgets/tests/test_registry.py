import logging
from datetime import timedelta

import pytest
from django.utils import timezone

from lib.ro import relative_age
from news.models import County
from widgets import registry
from widgets.models import WeatherReading
from widgets.wmo import describe


@pytest.fixture
def bacau(reference_data):
    return County.objects.get(code="BC")


def test_it_reads_widgets_without_any_outside_request(bacau, service, settings, client):
    settings.WEATHER_BASE_URL = service.base_url
    settings.BNR_RATES_URL = service.base_url + "/nbrfxrates.xml"
    registry.sidebar_html(bacau)
    client.get("/curs-valutar/")
    client.get("/radio/")
    assert service.requests == []


def test_a_failing_widget_is_left_out_and_logged(bacau, monkeypatch, caplog):
    def broken(county):
        raise RuntimeError("baza de date indisponibilă")

    monkeypatch.setattr(registry, "SIDEBAR", [("widgets/weather.html", broken, None), *registry.SIDEBAR[1:]])
    with caplog.at_level(logging.ERROR, logger="widgets.registry"):
        entries = registry.sidebar(bacau)
    assert [name for name, _ in entries] == ["widgets/rates.html"]  # radio and ads have nothing to show
    assert "widget widgets/weather.html failed" in caplog.text
    assert "Curs valutar BNR" in registry.render(entries)


def test_a_template_that_fails_to_render_is_left_out(bacau, caplog):
    html = registry.render([("widgets/nu-exista.html", {}), ("widgets/rates.html", registry.rates_context(bacau))])
    assert "Curs valutar BNR" in html
    assert "nu-exista" in caplog.text


def test_it_caches_the_weather_briefly_and_recomputes_the_age(bacau):
    now = timezone.now()
    WeatherReading.objects.create(
        county=bacau, observed_at=now, fetched_at=now - timedelta(minutes=5), temperature=3.0, weather_code=0
    )
    first = registry.weather_context(bacau)
    WeatherReading.objects.filter(county=bacau).update(temperature=9.0)
    assert registry.weather_context(bacau)["reading"]["temperature"] == first["reading"]["temperature"] == "3 °C"
    assert first["age"] == "acum 5 minute"


@pytest.mark.parametrize(
    "minutes,text",
    [
        (0, "chiar acum"),
        (1, "acum un minut"),
        (2, "acum 2 minute"),
        (19, "acum 19 minute"),
        (20, "acum 20 de minute"),
        (60, "acum o oră"),
        (180, "acum 3 ore"),
        (60 * 24, "acum o zi"),
        (60 * 24 * 21, "acum 21 de zile"),
        (60 * 24 * 101, "acum 101 zile"),
    ],
)
def test_it_writes_ages_in_romanian(minutes, text):
    now = timezone.now()
    assert relative_age(now - timedelta(minutes=minutes), now) == text


def test_it_names_wmo_codes_in_romanian():
    assert describe(0) == ("senin", "sun")
    assert describe(2).words == "parțial noros"
    assert describe(45).words == "ceață" and describe(53).words == "burniță"
    assert describe(63).words == "ploaie" and describe(81).words == "averse"
    assert describe(73).words == "ninsoare" and describe(95) == ("furtună", "storm")
    assert describe(12345).icon == "cloud" and describe(None).words == "vreme necunoscută"


def test_the_scheduler_jobs_are_widgets_refresh_functions(reference_data, service, settings):
    from django.utils.module_loading import import_string

    from gazeta.periodic import PERIODIC_JOBS

    settings.WEATHER_BASE_URL = settings.BNR_RATES_URL = service.base_url
    service.answer("indisponibil", status=503)
    for _, _, dotted in PERIODIC_JOBS:
        if not dotted.startswith("widgets."):
            continue  # the search index job does not fetch anything
        summary = import_string(dotted)()
        assert summary["status"] == "error" and "HTTP 503" in summary["error"]
    assert len(service.requests) == 2
