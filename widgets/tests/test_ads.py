from datetime import timedelta

import pytest
from django.utils import timezone

from news.models import County
from widgets import ads
from widgets.models import AdSlot
from widgets.registry import ad_slots_html, sidebar_html


def slot(name, position=AdSlot.SIDEBAR, counties=(), kind=AdSlot.NETWORK, **fields):
    fields.setdefault("snippet", f'<ins class="retea" data-slot="{name}"></ins>')
    made = AdSlot.objects.create(name=name, position=position, kind=kind, **fields)
    made.counties.set(counties)
    return made


@pytest.fixture
def places(reference_data):
    return County.objects.get(code="BC"), County.objects.get(code="IS")


def names(found):
    return sorted(s.name for s in found)


def test_it_shows_slots_of_the_position_and_county_or_everywhere(places):
    bacau, iasi = places
    slot("peste tot")
    slot("doar bacau", counties=[bacau])
    slot("doar iasi", counties=[iasi])
    slot("antet", position=AdSlot.HEADER)
    assert names(ads.slots(AdSlot.SIDEBAR, bacau)) == ["doar bacau", "peste tot"]
    assert names(ads.slots(AdSlot.SIDEBAR, iasi)) == ["doar iasi", "peste tot"]
    assert names(ads.slots(AdSlot.SIDEBAR, None)) == ["peste tot"]
    assert names(ads.slots(AdSlot.HEADER, bacau)) == ["antet"]


def test_it_respects_dates_and_the_enabled_switch(places):
    now = timezone.now()
    slot("a inceput", starts_at=now - timedelta(days=1), ends_at=now + timedelta(days=1))
    slot("nu a inceput", starts_at=now + timedelta(hours=1))
    slot("s-a terminat", ends_at=now - timedelta(minutes=1))
    slot("oprita", enabled=False)
    assert names(ads.slots(AdSlot.SIDEBAR, places[0], now=now)) == ["a inceput"]
    assert names(ads.slots(AdSlot.SIDEBAR, places[0], now=now + timedelta(hours=2))) == ["a inceput", "nu a inceput"]


def test_it_lists_the_configured_origins_while_an_enabled_network_slot_exists(places, settings):
    settings.ADS_SCRIPT_ORIGINS = ["https://ads.retea.example", "https://*.cdn.retea.example"]
    slot("proprie", kind=AdSlot.HOUSE, snippet="")
    assert ads.csp_sources() == []
    slot("retea oprita", enabled=False)
    assert ads.csp_sources() == []
    slot("retea activa")
    assert ads.csp_sources() == ["https://*.cdn.retea.example", "https://ads.retea.example"]


def test_it_leaves_out_stored_code_that_no_longer_passes_the_check(places, settings):
    settings.ADS_SCRIPT_ORIGINS = ["https://ads.retea.example"]
    slot("veche", snippet='<script src="https://alta.example/a.js"></script><ins data-slot="veche"></ins>')
    slot("buna", snippet='<script src="https://ads.retea.example/a.js"></script><ins data-slot="buna"></ins>')
    html = sidebar_html(places[0])
    assert 'data-slot="buna"' in html and "ads.retea.example/a.js" in html
    assert "alta.example" not in html and 'data-slot="veche"' not in html


def test_it_renders_a_labelled_slot_with_its_size_reserved(places):
    slot("lateral", width=300, height=600)
    html = sidebar_html(places[0])
    assert "Reclamă" in html and 'aria-label="Reclamă"' in html
    assert '<svg class="ad-spacer" width="300" height="600" viewBox="0 0 300 600"' in html
    assert 'data-slot="lateral"' in html
    assert "style=" not in html  # the CSP forbids inline styles


def test_it_renders_house_ads_as_sponsored_image_links(places, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    house = AdSlot.objects.create(
        name="proprie",
        position=AdSlot.HEADER,
        kind=AdSlot.HOUSE,
        image="reclame/banner.png",
        image_alt="Abonează-te la Gazeta",
        link="https://gazeta.example/abonament",
        width=728,
        height=90,
    )
    html = ad_slots_html(AdSlot.HEADER, places[1])
    assert 'rel="sponsored noopener"' in html and 'href="https://gazeta.example/abonament"' in html
    assert 'alt="Abonează-te la Gazeta"' in html and 'width="728" height="90"' in html
    assert house.name and ad_slots_html(AdSlot.IN_ARTICLE, places[1]) == ""


def test_the_csp_gets_network_origins_and_stream_origins(places, settings):
    from widgets.csp import extra_sources
    from widgets.models import RadioStation

    settings.ADS_SCRIPT_ORIGINS = ["https://ads.retea.example"]
    slot("retea")
    slot("oprita", enabled=False)
    RadioStation.objects.create(name="Radio X", slug="radio-x", stream_url="https://radio.example:8443/live.mp3")
    extra = extra_sources()
    assert extra["script-src"] == extra["frame-src"] == ["https://ads.retea.example"]
    assert extra["media-src"] == ["https://radio.example:8443"]


def test_an_admin_edit_shows_at_once_despite_the_cache(places):
    bacau, iasi = places
    first = slot("lateral")
    assert names(ads.slots(AdSlot.SIDEBAR, bacau)) == ["lateral"]
    first.counties.set([iasi])
    assert names(ads.slots(AdSlot.SIDEBAR, bacau)) == []
    slot("nou")
    assert names(ads.slots(AdSlot.SIDEBAR, bacau)) == ["nou"]
    AdSlot.objects.get(name="nou").delete()
    assert names(ads.slots(AdSlot.SIDEBAR, bacau)) == []
