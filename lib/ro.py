"""Romanian for readers: dates and times in Europe/Bucharest ('12 iulie 2025', 'acum 3 ore'),
plurals ('1 minut', '20 de minute') and the relative ages of outside data ('actualizat acum 20 de minute').

Month names come from Babel's Romanian locale (CLDR), looked up once; Django's own
formats capitalise months and its naturaltime reads badly in Romanian.
"""

import datetime as dt
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from babel.dates import get_month_names
from django.utils import timezone

# Singular and plural of the nouns the pages count, written by hand (Romanian grammar, DOOM3).
NOUNS = {
    "minut": ("minut", "minute"),
    "oră": ("oră", "ore"),
    "zi": ("zi", "zile"),
    "săptămână": ("săptămână", "săptămâni"),
    "lună": ("lună", "luni"),
    "an": ("an", "ani"),
    "articol": ("articol", "articole"),
    "publicație": ("publicație", "publicații"),
    "știre": ("știre", "știri"),
    "imagine": ("imagine", "imagini"),
    "secțiune": ("secțiune", "secțiuni"),
    "curs": ("curs", "cursuri"),
    "notificare": ("notificare", "notificări"),
}


def needs_de(number: int) -> bool:
    """Return True when 'de' goes between the number and the noun (20 de, 100 de, 120 de; not 101..119)."""
    number = abs(number)
    if number < 20:
        return False
    return number % 100 == 0 or number % 100 >= 20


def count(number: int, noun: str) -> str:
    """Return the number with its noun in the right form: count(20, 'minut') -> '20 de minute'."""
    one, many = NOUNS.get(noun, (noun, noun))
    if number == 1:
        return f"1 {one}"
    return f"{number} de {many}" if needs_de(number) else f"{number} {many}"


ZONE = ZoneInfo("Europe/Bucharest")
UTC = ZoneInfo("UTC")
MONTHS = {number: name.lower() for number, name in get_month_names("wide", locale="ro").items()}

# Thresholds of the relative style: 'acum ...' within the same day, 'ieri, HH:MM' the day
# before, then 'cu N ... în urmă' in days, weeks from 14 days, months from 30, years from 365
# (the units a reader rounds to; '2 săptămâni' reads better than '17 zile').
DAYS_FOR_WEEKS = 14
DAYS_FOR_MONTHS = 30
DAYS_FOR_YEARS = 365


_DATE_ONLY = re.compile(r"\d{4}-?\d{2}-?\d{2}")


def parse_iso(value) -> datetime | None:
    """Return the UTC datetime an ISO 8601 / RFC 3339 string means, or None when it is not one.

    The house rule for what a Romanian source leaves out: a time without a zone is Bucharest time
    (what a local CMS or service prints), a date without a time is midnight UTC (so its calendar
    day is the same read in UTC or in Romania). ingest.dates reads free-form dates by the same rule.
    """
    if not value or not isinstance(value, str):
        return None
    value = value.strip()[:64]
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC if _DATE_ONLY.fullmatch(value) else ZONE)
    return when.astimezone(dt.UTC)  # datetime.UTC, as ingest.dates returns


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


# Relative ages of outside data (weather, exchange rates): minutes, hours, days, no calendar words.
# (seconds in the unit, singular phrase, plural noun)
_UNITS = [
    (86400, "o zi", "zile"),
    (3600, "o oră", "ore"),
    (60, "un minut", "minute"),
]


def count_phrase(n: int, singular: str, plural: str) -> str:
    """Return '1 → singular', '2..19 → n plural', '20 → n de plural' (Romanian numeral agreement)."""
    if n == 1:
        return singular
    if n % 100 == 0 or n % 100 >= 20:
        return f"{n} de {plural}"
    return f"{n} {plural}"


def relative_age(when: datetime | None, now: datetime | None = None) -> str:
    """Return 'acum 20 de minute' style text for a past time, 'chiar acum' under a minute."""
    if when is None:
        return ""
    seconds = max(0, int(((now or timezone.now()) - when).total_seconds()))
    for size, singular, plural in _UNITS:
        if seconds >= size:
            return "acum " + count_phrase(seconds // size, singular, plural)
    return "chiar acum"
