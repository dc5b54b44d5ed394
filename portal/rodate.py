"""Romanian dates and times for readers, in Europe/Bucharest: '12 iulie 2025', 'acum 3 ore'.

Month names come from Babel's Romanian locale (CLDR), looked up once; Django's own
formats capitalise months and its naturaltime reads badly in Romanian.
"""
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from babel.dates import get_month_names
from django.utils import timezone

from portal.plural import count

ZONE = ZoneInfo("Europe/Bucharest")
UTC = ZoneInfo("UTC")
MONTHS = {number: name.lower() for number, name in get_month_names("wide", locale="ro").items()}

# Thresholds of the relative style: 'acum ...' within the same day, 'ieri, HH:MM' the day
# before, then 'cu N ... în urmă' in days, weeks from 14 days, months from 30, years from 365
# (the units a reader rounds to; '2 săptămâni' reads better than '17 zile').
DAYS_FOR_WEEKS = 14
DAYS_FOR_MONTHS = 30
DAYS_FOR_YEARS = 365


def local(moment: datetime) -> datetime:
    """Return an aware datetime in Bucharest time (naive ones are taken as UTC)."""
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(ZONE)


def _now(now: datetime | None) -> datetime:
    return local(now or timezone.now())


def long_date(value: date | datetime) -> str:
    """Return '12 iulie 2025'."""
    if isinstance(value, datetime):
        value = local(value).date()
    return f"{value.day} {MONTHS[value.month]} {value.year}"


def clock(moment: datetime) -> str:
    """Return the Bucharest wall-clock time, '13:26'."""
    return local(moment).strftime("%H:%M")


def date_time(moment: datetime) -> str:
    """Return '12 iulie 2025, 13:26'."""
    return f"{long_date(moment)}, {clock(moment)}"


def published(moment: datetime) -> str:
    """Return 'Publicat pe 12 iulie 2025, 13:26'."""
    return f"Publicat pe {date_time(moment)}"


def iso(moment: datetime) -> str:
    """Return the exact time for <time datetime> and JSON-LD, with its UTC offset."""
    return local(moment).isoformat(timespec="seconds")


def relative(moment: datetime, now: datetime | None = None) -> str:
    """Return how long ago, one style: 'acum 5 minute', 'ieri, 13:26', 'cu 1 lună în urmă'."""
    now, moment = _now(now), local(moment)
    # Elapsed time in UTC: two datetimes of the same zone subtract by wall clock, which is an
    # hour off across a DST change ('acum 2 ore' three hours after 01:30 on the October night).
    seconds = (now.astimezone(UTC) - moment.astimezone(UTC)).total_seconds()
    if seconds < 60:
        return "acum câteva secunde"  # also covers clocks slightly ahead of ours
    if seconds < 3600:
        minutes = int(seconds // 60)
        return "acum un minut" if minutes == 1 else f"acum {count(minutes, 'minut')}"
    if moment.date() == now.date():
        hours = int(seconds // 3600)
        return "acum o oră" if hours == 1 else f"acum {count(hours, 'oră')}"
    if moment.date() == now.date() - timedelta(days=1):
        return f"ieri, {clock(moment)}"
    days = (now.date() - moment.date()).days
    if days < DAYS_FOR_WEEKS:
        return f"cu {count(days, 'zi')} în urmă"
    if days < DAYS_FOR_MONTHS:
        return f"cu {count(days // 7, 'săptămână')} în urmă"
    if days < DAYS_FOR_YEARS:
        return f"cu {count(max(1, days // DAYS_FOR_MONTHS), 'lună')} în urmă"
    return f"cu {count(days // DAYS_FOR_YEARS, 'an')} în urmă"


def list_time(moment: datetime, now: datetime | None = None) -> str:
    """Return the time label of a list item: '13:26' today, '11 iulie, 18:05' before, with the year if older."""
    now, moment = _now(now), local(moment)
    if moment.date() == now.date():
        return clock(moment)
    if moment.year == now.year:
        return f"{moment.day} {MONTHS[moment.month]}, {clock(moment)}"
    return long_date(moment)
