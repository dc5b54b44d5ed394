import json
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone

from news.models import County
from widgets import weather
from widgets.models import ServiceStatus, WeatherForecast, WeatherReading
from widgets.registry import render, weather_context


def open_meteo_answer(counties, base_temp: float = 5.0, code: int = 3) -> str:
    """Return an Open-Meteo-shaped JSON list, one location per county, temperatures varying by index."""
    today = timezone.localdate()
    days = [(today + timedelta(days=i)).isoformat() for i in range(4)]
    now = timezone.localtime().replace(minute=0, second=0, microsecond=0).strftime("%Y-%m-%dT%H:%M")
    return json.dumps(
        [
            {
                "latitude": c.latitude,
                "longitude": c.longitude,
                "timezone": "Europe/Bucharest",
                "current_units": {"time": "iso8601", "temperature_2m": "°C", "weather_code": "wmo code"},
                "current": {"time": now, "interval": 900, "temperature_2m": base_temp + i / 10, "weather_code": code},
                "daily": {
                    "time": days,
                    "weather_code": [code, 61, 71, 95],
                    "temperature_2m_max": [base_temp + 4, 8.0, 2.0, 12.0],
                    "temperature_2m_min": [base_temp - 4, 1.0, -3.0, 4.0],
                },
            }
            for i, c in enumerate(counties)
        ]
    )


@pytest.fixture
def seats(reference_data, service, settings):
    settings.WEATHER_BASE_URL = service.base_url
    return list(County.objects.order_by("code"))


def test_it_asks_for_all_42_seats_in_one_request(seats, service):
    service.answer(open_meteo_answer(seats))
    result = weather.refresh()
    assert len(service.requests) == 1
    query = parse_qs(urlsplit(service.requests[0]).query)
    assert urlsplit(service.requests[0]).path == "/v1/forecast"
    assert len(query["latitude"][0].split(",")) == len(seats) == 42
    assert len(query["longitude"][0].split(",")) == 42
    assert "weather_code" in query["current"][0] and "temperature_2m_max" in query["daily"][0]
    assert result == {"status": "stored", "counties": 42, "skipped": 0}


def test_it_stores_current_weather_and_the_forecast_per_county(seats, service):
    service.answer(open_meteo_answer(seats, base_temp=5.0))
    weather.refresh()
    assert WeatherReading.objects.count() == 42
    third = WeatherReading.objects.get(county=seats[2])
    assert third.temperature == pytest.approx(5.2)
    assert (third.today_min, third.today_max) == (1.0, 9.0)
    future = WeatherForecast.objects.filter(county=seats[2], date__gt=timezone.localdate()).order_by("date")
    assert [f.weather_code for f in future] == [61, 71, 95]
    assert [f.temp_min for f in future] == [1.0, -3.0, 4.0]


def test_it_replaces_the_reading_on_the_next_refresh(seats, service):
    service.answer(open_meteo_answer(seats, base_temp=5.0))
    weather.refresh()
    service.answer(open_meteo_answer(seats, base_temp=-7.0, code=73))
    weather.refresh()
    reading = WeatherReading.objects.get(county=seats[0])
    assert (reading.temperature, reading.weather_code) == (-7.0, 73)
    assert WeatherReading.objects.count() == 42


@pytest.mark.parametrize(
    "status,body",
    [(500, "eroare"), (200, "<html>nu e JSON</html>"), (200, "[]"), (200, '{"error": true, "reason": "x"}')],
)
def test_it_keeps_the_last_data_when_the_service_fails(seats, service, status, body):
    service.answer(open_meteo_answer(seats, base_temp=5.0))
    weather.refresh()
    before = WeatherReading.objects.get(county=seats[0])
    service.answer(body, status=status)
    result = weather.refresh()
    assert result["status"] == "error" and result["error"].startswith("weather:")
    after = WeatherReading.objects.get(county=seats[0])
    assert (after.temperature, after.fetched_at) == (before.temperature, before.fetched_at)
    status_row = ServiceStatus.objects.get(key="weather")
    assert status_row.last_error and status_row.last_success_at == before.fetched_at


def test_it_keeps_the_last_data_when_nothing_listens(seats, service, dead_url, settings):
    service.answer(open_meteo_answer(seats))
    weather.refresh()
    settings.WEATHER_BASE_URL = dead_url
    result = weather.refresh()
    assert result["status"] == "error" and "ConnectError" in result["error"]
    assert WeatherReading.objects.count() == 42


def test_it_skips_one_broken_location_and_stores_the_others(seats, service):
    answer = json.loads(open_meteo_answer(seats))
    del answer[5]["current"]
    service.answer(json.dumps(answer))
    result = weather.refresh()
    assert result == {"status": "stored", "counties": 41, "skipped": 1}
    assert not WeatherReading.objects.filter(county=seats[5]).exists()


def test_it_renders_the_widget_with_words_icon_and_age(seats, service):
    service.answer(open_meteo_answer(seats, base_temp=-2.4, code=45))
    weather.refresh()
    WeatherReading.objects.update(fetched_at=timezone.now() - timedelta(minutes=20))
    county = County.objects.get(code="BC")
    html = render([("widgets/weather.html", weather_context(county))])
    assert "Vremea la Bacău" in html
    assert "ceață" in html and 'aria-hidden="true"' in html and "<svg" in html
    assert "\u22122 °C" in html  # -2.4 + index/10, rounded, with a real minus sign
    assert "actualizat" in html and "acum 20 de minute" in html
    assert "https://open-meteo.com/" in html and "CC BY 4.0" in html
    assert "ploaie slabă" in html and "ninsoare slabă" in html and "furtună" in html


def test_it_says_indisponibil_before_any_data(reference_data):
    html = render([("widgets/weather.html", weather_context(County.objects.get(code="CJ")))])
    assert "indisponibil" in html and "Open-Meteo" in html
