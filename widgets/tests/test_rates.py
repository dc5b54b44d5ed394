import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from widgets import rates
from widgets.banking_days import is_banking_day, orthodox_easter
from widgets.models import ExchangeRate, ServiceStatus
from widgets.registry import rates_context, render

BUCHAREST = ZoneInfo("Europe/Bucharest")


def bnr_xml(day: str, values: dict[str, str], hundreds: dict[str, str] | None = None) -> str:
    """Return an nbrfxrates.xml-shaped document for one date."""
    rows = "".join(f'<Rate currency="{c}">{v}</Rate>' for c, v in values.items())
    rows += "".join(f'<Rate currency="{c}" multiplier="100">{v}</Rate>' for c, v in (hundreds or {}).items())
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<DataSet xmlns="http://www.bnr.ro/xsd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.bnr.ro/xsd nbrfxrates.xsd">'
        f"<Header><Publisher>National Bank of Romania</Publisher><PublishingDate>{day}</PublishingDate>"
        "<MessageType>DR</MessageType></Header>"
        f'<Body><Subject>Reference rates</Subject><OrigCurrency>RON</OrigCurrency><Cube date="{day}">{rows}</Cube></Body>'
        "</DataSet>"
    )


def at(year, month, day, hour, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=BUCHAREST)


@pytest.fixture
def bnr(service, settings, db):
    settings.BNR_RATES_URL = service.base_url + "/nbrfxrates.xml"
    service.content_type = "text/xml"
    return service


def test_it_parses_the_namespace_and_the_multiplier():
    day, parsed = rates.parse(bnr_xml("2026-11-27", {"EUR": "4.9771", "USD": "4.3012"}, {"HUF": "1.2345"}).encode())
    assert day == date(2026, 11, 27)
    by_code = {r.currency: r for r in parsed}
    assert by_code["EUR"].value == Decimal("4.9771") and by_code["EUR"].multiplier == 1
    assert by_code["HUF"].multiplier == 100


def test_it_stores_the_rates_with_their_date_and_keeps_history(bnr):
    bnr.answer(bnr_xml("2026-11-26", {"EUR": "4.9700", "USD": "4.3100"}, {"HUF": "1.2300"}))
    assert rates.refresh(at(2026, 11, 26, 14))["status"] == "stored"
    bnr.answer(bnr_xml("2026-11-27", {"EUR": "4.9771", "USD": "4.3012"}, {"HUF": "1.2345"}))
    result = rates.refresh(at(2026, 11, 27, 13, 30))
    assert result == {"status": "stored", "date": "2026-11-27", "currencies": 3, "today": True}
    assert ExchangeRate.objects.count() == 6
    huf = ExchangeRate.objects.get(date=date(2026, 11, 27), currency="HUF")
    assert huf.per_unit == Decimal("0.012345")
    latest, quotes = rates.quotes()
    eur = next(q for q in quotes if q.currency == "EUR")
    assert latest == date(2026, 11, 27)
    assert eur.change == Decimal("0.0071") and eur.direction == "up"
    assert next(q for q in quotes if q.currency == "USD").direction == "down"


def test_it_skips_before_13_weekends_holidays_and_when_today_is_stored(bnr):
    bnr.answer(bnr_xml("2026-11-26", {"EUR": "4.9700"}))
    rates.refresh(at(2026, 11, 26, 9))  # nothing stored yet: fetches whatever is published
    assert len(bnr.requests) == 1
    assert rates.refresh(at(2026, 11, 27, 12, 59)) == {"status": "skipped", "reason": "before 13:00"}
    assert rates.refresh(at(2026, 11, 28, 15))["reason"] == "not a banking day"  # Saturday
    assert rates.refresh(at(2026, 12, 1, 15))["reason"] == "not a banking day"  # National Day, a Tuesday
    assert len(bnr.requests) == 1
    bnr.answer(bnr_xml("2026-11-27", {"EUR": "4.9771"}))
    assert rates.refresh(at(2026, 11, 27, 13, 5))["status"] == "stored"
    assert rates.refresh(at(2026, 11, 27, 16))["reason"] == "today's rates already stored"
    assert len(bnr.requests) == 2


@pytest.mark.parametrize(
    "status,body",
    [(500, "Internal Server Error"), (200, "<html><body>mentenanță</body></html>"), (200, "not xml at all <<<")],
)
def test_it_keeps_stored_rates_when_bnr_fails(bnr, status, body):
    bnr.answer(bnr_xml("2026-11-26", {"EUR": "4.9700"}))
    rates.refresh(at(2026, 11, 26, 14))
    bnr.answer(body, status=status)
    result = rates.refresh(at(2026, 11, 27, 14))
    assert result["status"] == "error" and result["error"].startswith("rates:")
    assert list(ExchangeRate.objects.values_list("currency", "value")) == [("EUR", Decimal("4.9700"))]
    assert ServiceStatus.objects.get(key="rates").last_error


def test_it_keeps_stored_rates_when_nothing_listens(bnr, dead_url, settings):
    bnr.answer(bnr_xml("2026-11-26", {"EUR": "4.9700"}))
    rates.refresh(at(2026, 11, 26, 14))
    settings.BNR_RATES_URL = dead_url + "/nbrfxrates.xml"
    assert rates.refresh(at(2026, 11, 27, 14))["status"] == "error"
    assert ExchangeRate.objects.count() == 1


def test_it_knows_romanian_banking_days():
    assert orthodox_easter(2026) == date(2026, 4, 12)
    assert not is_banking_day(date(2026, 4, 10))  # Good Friday
    assert not is_banking_day(date(2026, 4, 13))  # Easter Monday
    assert not is_banking_day(date(2026, 6, 1))  # Children's Day and Whit Monday
    assert not is_banking_day(date(2026, 1, 6)) and not is_banking_day(date(2026, 1, 7))
    assert is_banking_day(date(2026, 11, 27)) and is_banking_day(date(2026, 4, 14))


def seed_history(days: int = 40):
    """Store `days` banking days of EUR and HUF rates ending on 27 Nov 2026, EUR rising 1/10000 a day."""
    day, stored = date(2026, 11, 27), 0
    while stored < days:
        if is_banking_day(day):
            ExchangeRate.objects.create(date=day, currency="EUR", value=Decimal("4.9771") - Decimal("0.0001") * stored)
            ExchangeRate.objects.create(date=day, currency="HUF", value=Decimal("1.2345"), multiplier=100)
            ExchangeRate.objects.create(date=day, currency="USD", value=Decimal("4.3012"))
            stored += 1
        day -= timedelta(days=1)


def test_it_draws_the_last_30_days_as_an_svg_chart(client, db):
    seed_history(40)
    page = client.get("/curs-valutar/?grafic=EUR").content.decode()
    svg = re.search(r'<svg class="chart".*?</svg>', page, re.S).group(0)
    points = re.search(r'<polyline[^>]*points="([^"]+)"', svg).group(1).split()
    assert len(points) == 30 and svg.count("<circle") == 30
    ys = [float(p.split(",")[1]) for p in points]
    assert ys == sorted(ys, reverse=True)  # EUR rose every day: the line climbs (SVG y grows downwards)
    assert 'role="img"' in svg and "Evoluția cursului EUR" in svg


def test_it_converts_ron_and_currency_without_javascript(client, db):
    seed_history(2)
    page = client.get("/curs-valutar/", {"suma": "100", "moneda": "EUR", "directie": "in-lei"}).content.decode()
    assert "100,00 EUR = 497,71 RON" in page
    page = client.get("/curs-valutar/", {"suma": "1000", "moneda": "EUR", "directie": "din-lei"}).content.decode()
    assert "1.000,00 RON = 200,92 EUR" in page  # 1000 / 4.9771
    page = client.get("/curs-valutar/", {"suma": "10000", "moneda": "HUF", "directie": "din-lei"}).content.decode()
    assert "10.000,00 RON = 810.044,55 HUF" in page  # 10000 / (1.2345 / 100)
    page = client.get("/curs-valutar/", {"suma": "5000", "moneda": "HUF", "directie": "in-lei"}).content.decode()
    assert "5.000,00 HUF = 61,73 RON" in page
    assert '<form method="get"' in page
    assert not re.search(r"<script(?![^>]*\bsrc=)", page)  # no inline script (the CSP forbids them)


def test_it_rejects_a_bad_amount_clearly(client, db):
    seed_history(2)
    response = client.get("/curs-valutar/", {"suma": "-5", "moneda": "EUR", "directie": "in-lei"})
    assert response.status_code == 200
    assert "Introduceți o sumă pozitivă" in response.content.decode()


def test_it_lists_all_currencies_with_the_days_change(client, db):
    seed_history(3)
    page = client.get("/curs-valutar/").content.decode()
    assert "27 noiembrie 2026" in page
    for code in ("EUR", "HUF", "USD"):
        assert f'<th scope="row">{code}</th>' in page
    assert "crește cu" in page and "0,0001" in page and "neschimbat" in page


def test_it_renders_the_widget_with_the_four_main_currencies(db):
    seed_history(2)
    for code, value in (("GBP", "5.7001"), ("CHF", "5.3302")):
        ExchangeRate.objects.create(date=date(2026, 11, 27), currency=code, value=Decimal(value))
    html = render([("widgets/rates.html", rates_context(None))])
    assert re.findall(r'<th scope="row">(\w+)</th>', html) == ["EUR", "USD", "GBP", "CHF"]
    assert "4,9771" in html and "27 noiembrie 2026" in html and "/curs-valutar/" in html


def test_it_says_unavailable_with_no_rates(client, db):
    assert "indisponibil" in render([("widgets/rates.html", rates_context(None))])
    assert client.get("/curs-valutar/").status_code == 200


def test_it_tries_again_when_bnr_has_not_published_yet(bnr):
    bnr.answer(bnr_xml("2026-11-26", {"EUR": "4.9700"}))
    rates.refresh(at(2026, 11, 26, 14))
    result = rates.refresh(at(2026, 11, 27, 13, 1))  # the file still holds yesterday
    assert result["today"] is False and result["date"] == "2026-11-26"
    bnr.answer(bnr_xml("2026-11-27", {"EUR": "4.9771"}))
    assert rates.refresh(at(2026, 11, 27, 14, 1))["today"] is True
    assert len(bnr.requests) == 3


def test_the_widget_shows_new_rates_right_after_a_refresh(bnr):
    bnr.answer(bnr_xml("2026-11-26", {"EUR": "4.9700"}))
    rates.refresh(at(2026, 11, 26, 14))
    assert "4,9700" in render([("widgets/rates.html", rates_context(None))])
    bnr.answer(bnr_xml("2026-11-27", {"EUR": "4.9771"}))
    rates.refresh(at(2026, 11, 27, 14))
    assert "4,9771" in render([("widgets/rates.html", rates_context(None))])


@pytest.mark.parametrize(
    "days, heading",
    [
        (1, "EUR: ultimul curs publicat"),
        (40, "EUR: ultimele 30 de cursuri publicate"),
        (5, "EUR: ultimele 5 cursuri publicate"),
    ],
)
def test_it_names_the_charts_span_in_correct_romanian(client, db, days, heading):
    seed_history(days)
    page = client.get("/curs-valutar/").content.decode()
    assert f'<h2 id="h-grafic">{heading}</h2>' in page


def test_the_full_table_scrolls_inside_its_own_keyboard_reachable_region(client, db):
    seed_history(2)
    page = client.get("/curs-valutar/").content.decode()
    region = re.search(r'<div class="table-scroll"[^>]*>\s*<table class="rates-table rates-table-full">', page)
    assert region and 'tabindex="0"' in region.group(0) and 'aria-labelledby="h-toate"' in region.group(0)
