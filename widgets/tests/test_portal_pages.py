"""The widgets on the portal's own pages: stored data only, and a complete page when one fails."""

import json

import pytest

from news.models import County
from widgets import registry, weather
from widgets.models import AdSlot


@pytest.fixture
def bacau(reference_data):
    return County.objects.get(code="BC")


def test_county_page_widgets_come_from_the_database_only(bacau, service, settings, client):
    settings.WEATHER_BASE_URL = service.base_url
    settings.BNR_RATES_URL = service.base_url
    counties = list(County.objects.order_by("code"))
    service.answer(
        json.dumps(
            [
                {
                    "current": {"time": "2026-11-27T10:00", "temperature_2m": 4.0, "weather_code": 61},
                    "daily": {
                        "time": ["2026-11-27"],
                        "weather_code": [61],
                        "temperature_2m_max": [6.0],
                        "temperature_2m_min": [1.0],
                    },
                }
                for _ in counties
            ]
        )
    )
    weather.refresh()
    asked = len(service.requests)
    AdSlot.objects.create(name="antet", position=AdSlot.HEADER, kind=AdSlot.NETWORK, snippet="<ins data-antet></ins>")
    page = client.get(bacau.get_absolute_url()).content.decode()
    assert "Vremea la Bacău" in page and "ploaie slabă" in page and "4 °C" in page
    assert "<ins data-antet></ins>" in page and "Reclamă" in page
    assert len(service.requests) == asked  # the page view asked nothing outside


def test_a_failing_widget_leaves_the_county_page_complete(bacau, client, monkeypatch):
    def broken(county):
        raise RuntimeError("tabel lipsă")

    monkeypatch.setattr(registry, "SIDEBAR", [(name, broken, needs) for name, _, needs in registry.SIDEBAR])
    response = client.get(bacau.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert "</html>" in page and "Bacău" in page and "Vremea" not in page
