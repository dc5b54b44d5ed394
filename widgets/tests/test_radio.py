import re

import pytest
from django.core.management import call_command

from news.models import County
from widgets.models import RadioStation
from widgets.radio import RadioDataError, load_default_stations, media_sources, read_rows
from widgets.registry import sidebar_html


def test_it_loads_the_default_stations_idempotently(reference_data):
    rows = read_rows()
    first = load_default_stations()
    assert first["created"] == len(rows) == RadioStation.objects.count()
    station = RadioStation.objects.get(slug="radio-iasi-fm")
    assert station.county == County.objects.get(code="IS")
    assert RadioStation.objects.get(slug="radio-romania-actualitati").is_national
    station.format = "știri și muzică"
    station.save()
    second = load_default_stations()
    assert second == {"created": 0, "updated": len(rows), "total": len(rows)}
    assert RadioStation.objects.get(slug="radio-iasi-fm").format == "știri și muzică"


def test_it_refuses_an_unknown_county(reference_data, tmp_path):
    bad = tmp_path / "radio.tsv"
    bad.write_text("name\tstream_url\tcounty\nRadio X\thttps://x.example/live\tAtlantida\n", encoding="utf-8")
    with pytest.raises(RadioDataError, match="Atlantida"):
        load_default_stations(bad)
    assert RadioStation.objects.count() == 0


def test_the_command_loads_defaults(reference_data, capsys):
    call_command("radio", "load-defaults")
    assert "created" in capsys.readouterr().out
    assert RadioStation.objects.count() == len(read_rows())


def test_it_lists_stations_by_section_with_players(reference_data, client):
    load_default_stations()
    page = client.get("/radio/").content.decode()
    assert page.index('id="nationale"') < page.index('id="judet-cluj"')
    assert '<audio id="audio-radio-cluj"' in page and 'preload="none"' in page and "autoplay" not in page
    assert 'data-radio-toggle="audio-radio-cluj"' in page
    assert "listen.pls" in page and 'id="audio-radio-antena-sibiului"' not in page  # playlists get a link
    assert "style=" not in page and not re.search(r"<script(?![^>]*\bsrc=)", page)  # CSP: nothing inline
    assert "/static/widgets/radio.js" in page


def test_county_pages_show_their_stations(reference_data):
    load_default_stations()
    html = sidebar_html(County.objects.get(code="CT"))
    assert "Radio Constanța FM" in html and "Radio Constanța AM" in html
    assert "Radio Cluj" not in html
    assert "/radio/#post-radio-constanta-fm" in html


def test_it_gives_stream_origins_for_the_csp(reference_data):
    load_default_stations()
    sources = media_sources()
    assert "https://stream4.srr.ro:8443" in sources
    assert all(s.count("/") == 2 for s in sources)  # origins, no paths


def _with_portal_base(settings, tmp_path, body: str) -> None:
    (tmp_path / "portal").mkdir()
    (tmp_path / "portal" / "base.html").write_text(body, encoding="utf-8")
    engines = [dict(engine) for engine in settings.TEMPLATES]
    engines[0]["DIRS"] = [str(tmp_path)]
    settings.TEMPLATES = engines


def test_pages_extend_the_portal_base_when_it_exists(reference_data, client, settings, tmp_path):
    _with_portal_base(
        settings,
        tmp_path,
        '<html><title>{% block title %}{% endblock %}</title><body class="portal">'
        "{% block content %}{% endblock %}<aside>{% block sidebar %}{% endblock %}</aside></body></html>",
    )
    load_default_stations()
    page = client.get("/radio/").content.decode()
    assert '<body class="portal">' in page and "Radio Cluj" in page and "Curs valutar BNR" in page


def test_pages_stay_complete_when_the_portal_base_fails(reference_data, client, settings, tmp_path):
    _with_portal_base(settings, tmp_path, "{{ nav.counties() }}{% block content %}{% endblock %}")
    load_default_stations()
    response = client.get("/radio/")
    assert response.status_code == 200 and "Radio Cluj" in response.content.decode()
