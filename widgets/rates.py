"""BNR reference exchange rates (nbrfxrates.xml): fetched after 13:00 on banking days and stored.

BNR asks that its rates be cached locally; every published date is kept, so the history and the
day's change come from the database, never from a request made during a page view.
"""

import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from widgets.banking_days import is_banking_day
from widgets.http import ServiceError, get_bytes
from widgets.models import ExchangeRate, ServiceStatus

log = logging.getLogger("widgets.rates")
BUCHAREST = ZoneInfo("Europe/Bucharest")
NS = {"bnr": "http://www.bnr.ro/xsd"}
PUBLISHED_AFTER = time(13, 0)  # BNR publishes shortly after 13:00 Bucharest time
WIDGET_CURRENCIES = ("EUR", "USD", "GBP", "CHF")


@dataclass(frozen=True)
class Rate:
    currency: str
    value: Decimal
    multiplier: int


def parse(body: bytes) -> tuple[date, list[Rate]]:
    """Return the date and rates of the newest Cube; raise ServiceError on anything malformed."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError as error:
        raise ServiceError(f"rates: not XML: {error}") from error
    cubes = root.findall("bnr:Body/bnr:Cube", NS)
    if not cubes:
        raise ServiceError("rates: no DataSet/Body/Cube in the answer")
    cube = max(cubes, key=lambda c: c.get("date", ""))  # the 10-day file holds several Cubes
    try:
        day = date.fromisoformat(cube.get("date", ""))
    except ValueError as error:
        raise ServiceError(f"rates: bad Cube date {cube.get('date')!r}") from error
    rates = []
    for node in cube.findall("bnr:Rate", NS):
        try:
            rate = Rate(
                node.get("currency", "").upper(), Decimal((node.text or "").strip()), int(node.get("multiplier", "1"))
            )
        except (InvalidOperation, ValueError):
            log.warning("rates: skipping unreadable rate %s=%r", node.get("currency"), node.text)
            continue
        if len(rate.currency) == 3 and rate.value > 0 and rate.multiplier > 0:
            rates.append(rate)
    if not rates:
        raise ServiceError(f"rates: no readable Rate in Cube {day}")
    return day, rates


@transaction.atomic
def store(day: date, rates: list[Rate]) -> int:
    """Upsert the rates of one date; return how many were stored."""
    for rate in rates:
        ExchangeRate.objects.update_or_create(
            date=day, currency=rate.currency, defaults={"value": rate.value, "multiplier": rate.multiplier}
        )
    return len(rates)


def due(now: datetime) -> str:
    """Return '' when a fetch is due now, else the reason to skip it."""
    local = timezone.localtime(now, BUCHAREST)
    latest = ExchangeRate.objects.latest_date()
    if latest is None:
        return ""  # nothing stored yet: take whatever BNR has published last
    if latest >= local.date():
        return "today's rates already stored"
    if not is_banking_day(local.date()):
        return "not a banking day"
    if local.time() < PUBLISHED_AFTER:
        return "before 13:00"
    return ""


def refresh(now: datetime | None = None) -> dict:
    """Fetch BNR's rates when due and store them; keep everything stored on failure."""
    now = now or timezone.now()
    reason = due(now)
    if reason:
        return {"status": "skipped", "reason": reason}
    try:
        day, rates = parse(get_bytes("rates", settings.BNR_RATES_URL))
    except ServiceError as error:
        log.warning("%s", error)
        ServiceStatus.record("rates", str(error), now)
        return {"status": "error", "error": str(error)}
    count = store(day, rates)
    cache.delete("widgets:rates")
    ServiceStatus.record("rates", "", now)
    # Before BNR publishes, the file still holds the previous date: the next run tries again.
    published_today = day >= timezone.localdate(now, BUCHAREST)
    return {"status": "stored", "date": day.isoformat(), "currencies": count, "today": published_today}


@dataclass(frozen=True)
class Quote:
    """One currency on one date, with the change from the previous published date."""

    currency: str
    per_unit: Decimal
    value: Decimal
    multiplier: int
    change: Decimal | None  # lei per `multiplier` units (as quoted), vs the previous date

    @property
    def direction(self) -> str:
        if not self.change:
            return "flat"
        return "up" if self.change > 0 else "down"


def quotes(currencies: tuple[str, ...] | None = None) -> tuple[date | None, list[Quote]]:
    """Return the newest date and its quotes (all currencies, or those asked for, in that order)."""
    latest = ExchangeRate.objects.latest_date()
    if latest is None:
        return None, []
    today = {r.currency: r for r in ExchangeRate.objects.filter(date=latest)}
    previous_date = ExchangeRate.objects.previous_date(latest)
    before = {r.currency: r for r in ExchangeRate.objects.filter(date=previous_date)} if previous_date else {}
    main = {code: index for index, code in enumerate(WIDGET_CURRENCIES)}
    order = currencies or sorted(today, key=lambda c: (main.get(c, len(main)), c))
    result = []
    for code in order:
        rate = today.get(code)
        if rate is None:
            continue
        old = before.get(code)
        # Compare as quoted (per 100 HUF, say) so small per-unit moves do not round to zero.
        change = (
            (
                rate.value - old.value
                if old.multiplier == rate.multiplier
                else (rate.per_unit - old.per_unit) * rate.multiplier
            )
            if old
            else None
        )
        result.append(Quote(code, rate.per_unit, rate.value, rate.multiplier, change))
    return latest, result
