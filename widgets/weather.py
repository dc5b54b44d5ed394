"""Weather at the 42 county seats from an Open-Meteo forecast API (one request for all seats).

`refresh()` is run every 30 minutes by the scheduler (gazeta/periodic.py); pages only read
what it stored. On failure nothing is deleted, so the widget keeps the last data with its age.
"""

import json
import logging
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from lib.ro import parse_iso
from news.models import County
from widgets.http import ServiceError, get_bytes
from widgets.models import ServiceStatus, WeatherForecast, WeatherReading

log = logging.getLogger("widgets.weather")
BUCHAREST = ZoneInfo("Europe/Bucharest")
FORECAST_DAYS = 4  # today (for min/max) + the 3 days the widget shows
ATTRIBUTION_URL = "https://open-meteo.com/"


@dataclass(frozen=True)
class SeatWeather:
    """The parsed answer for one seat."""

    observed_at: datetime
    temperature: float
    weather_code: int
    days: tuple[tuple[date, int, float, float], ...]  # (date, code, min, max)


def request_params(counties: list[County]) -> dict[str, str]:
    """Return the query string asking for every seat at once (Open-Meteo takes coordinate lists)."""
    return {
        "latitude": ",".join(f"{c.latitude:.4f}" for c in counties),
        "longitude": ",".join(f"{c.longitude:.4f}" for c in counties),
        "current": "temperature_2m,weather_code",
        "daily": "weather_code,temperature_2m_max,temperature_2m_min",
        "timezone": "Europe/Bucharest",
        "forecast_days": str(FORECAST_DAYS),
    }


def parse_location(data: dict) -> SeatWeather:
    """Return one location's weather; raise ValueError on a missing or mistyped field."""
    try:
        current, daily = data["current"], data["daily"]
        # Local times without a zone, since we asked for timezone=Europe/Bucharest: parse_iso's rule.
        observed = parse_iso(current["time"])
        if observed is None:
            raise ValueError(f"not an ISO time: {current['time']!r}")
        days = tuple(
            (date.fromisoformat(day), int(code), float(low), float(high))
            for day, code, low, high in zip(
                daily["time"], daily["weather_code"], daily["temperature_2m_min"], daily["temperature_2m_max"]
            )
            if code is not None and low is not None and high is not None
        )
        return SeatWeather(observed, float(current["temperature_2m"]), int(current["weather_code"]), days)
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"weather: bad location data: {error!r}") from error


def parse(body: bytes, expected: int) -> list[SeatWeather | None]:
    """Return one entry per requested seat (None where that seat's data is unusable)."""
    try:
        data = json.loads(body)
    except ValueError as error:
        raise ServiceError(f"weather: answer is not JSON: {error}") from error
    if isinstance(data, dict):  # a single location comes back as an object, not a list
        data = [data]
    if not isinstance(data, list) or len(data) != expected:
        raise ServiceError(
            f"weather: expected {expected} locations, got {len(data) if isinstance(data, list) else type(data).__name__}"
        )
    seats: list[SeatWeather | None] = []
    for entry in data:
        try:
            seats.append(parse_location(entry))
        except ValueError as error:
            log.warning("%s", error)
            seats.append(None)
    return seats


@transaction.atomic
def store(county: County, seat: SeatWeather, now: datetime) -> None:
    """Replace the county's current reading and upsert its forecast days."""
    today = timezone.localdate(now, BUCHAREST)
    low_high = {day: (low, high) for day, _, low, high in seat.days}
    today_min, today_max = low_high.get(today, (None, None))
    WeatherReading.objects.update_or_create(
        county=county,
        defaults={
            "observed_at": seat.observed_at,
            "fetched_at": now,
            "temperature": seat.temperature,
            "weather_code": seat.weather_code,
            "today_min": today_min,
            "today_max": today_max,
        },
    )
    for day, code, low, high in seat.days:
        WeatherForecast.objects.update_or_create(
            county=county,
            date=day,
            defaults={"weather_code": code, "temp_min": low, "temp_max": high, "fetched_at": now},
        )
    WeatherForecast.objects.filter(county=county, date__lt=today).delete()


def refresh() -> dict:
    """Fetch the weather of all county seats in one request and store it; keep old data on failure."""
    counties = list(County.objects.order_by("code"))
    if not counties:
        return {"status": "skipped", "reason": "no counties"}
    now = timezone.now()
    url = settings.WEATHER_BASE_URL.rstrip("/") + "/v1/forecast"
    try:
        seats = parse(get_bytes("weather", url, request_params(counties)), len(counties))
    except ServiceError as error:
        log.warning("%s", error)
        ServiceStatus.record("weather", str(error), now)
        return {"status": "error", "error": str(error)}
    stored = 0
    for county, seat in zip(counties, seats):
        if seat is not None:
            store(county, seat, now)
            stored += 1
    cache.delete_many([f"widgets:weather:{county.code}" for county in counties])  # show it at once
    error = "" if stored else "weather: no usable location in the answer"
    ServiceStatus.record("weather", error, now)
    return {"status": "stored" if stored else "error", "counties": stored, "skipped": len(counties) - stored}
