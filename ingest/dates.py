"""Read the dates Romanian outlets write: RFC 822, ISO 8601, and Romanian text ("29 noiembrie 2026, 10:15").

A time without a zone is Romanian local time (Europe/Bucharest): that is what a local CMS prints
when it prints no offset. A date without a time is midnight UTC, so that its calendar day is the
same read in UTC or in Romania (local midnight would be the previous day in UTC). Every result
is an aware datetime in UTC.
"""

import re
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from lib.ro import ZONE as LOCAL

# Month names as Romanian and English pages write them, full and abbreviated, with and without
# diacritics (older CMSs and URL-safe templates drop them); keys are lower case.
MONTHS = {
    "ianuarie": 1,
    "ian": 1,
    "january": 1,
    "jan": 1,
    "februarie": 2,
    "feb": 2,
    "febr": 2,
    "february": 2,
    "martie": 3,
    "mar": 3,
    "mart": 3,
    "march": 3,
    "aprilie": 4,
    "apr": 4,
    "april": 4,
    "mai": 5,
    "may": 5,
    "iunie": 6,
    "iun": 6,
    "june": 6,
    "jun": 6,
    "iulie": 7,
    "iul": 7,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "septembrie": 9,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "octombrie": 10,
    "oct": 10,
    "october": 10,
    "noiembrie": 11,
    "noi": 11,
    "nov": 11,
    "november": 11,
    "decembrie": 12,
    "dec": 12,
    "december": 12,
}
# Zone names seen in feeds instead of numeric offsets; the email parser reads EET as UTC.
ZONE_NAMES = {"eet": 2, "eest": 3, "utc": 0, "gmt": 0, "z": 0, "ut": 0}

_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
_TIME = r"(?:\s*,?\s*(?:ora|la|orele|h)?\s*(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?)?"
_ZONE = r"(?:\s*(?P<zone>[+-]\d{2}:?\d{2}|(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|EEST|EET|UTC|GMT|Z)\b)?"
# "27 noiembrie 2026, 10:15", "Vineri, 27 Noi. 2026 ora 10:15 +0200"
_TEXTUAL = re.compile(
    r"(?P<day>\d{1,2})\s*(?:-|\s)\s*(?P<month>" + _MONTH_WORD + r")\.?\s*(?:-|\s)\s*(?P<year>\d{4})" + _TIME + _ZONE,
    re.I,
)
# "27.11.2026 10:15", "27/11/2026", "27-11-2026 10:15:00"
_NUMERIC = re.compile(
    r"(?<![\d.])(?P<day>\d{1,2})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d)" + _TIME + _ZONE
)
# "2026-11-27 10:15:00", "2026-11-27T10:15:00+0200", "2026/11/27 10:15"
_ISO = re.compile(
    r"(?<!\d)(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"(?:[T\s]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?)?" + _ZONE,
    re.I,
)
_RFC_HINT = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")
_PATTERNS = (_ISO, _TEXTUAL, _NUMERIC)
# Years outside this range are typos or placeholders ("0000-00-00"), never a news date.
MIN_YEAR, MAX_YEAR = 1990, 2100


def parse_date(value: str | None) -> datetime | None:
    """Return the UTC datetime a date string means (RFC 822, ISO 8601, Romanian text), or None."""
    if not value or not isinstance(value, str):
        return None
    value = " ".join(value.split())[:200]
    if _RFC_HINT.match(value) and not re.search(r"\b(EET|EEST)\b|GMT\s*[+-]", value, re.I):
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            when = None
        if when is not None:
            return _utc(when)
    return find_date(value)


def find_date(text: str) -> datetime | None:
    """Return the first date found anywhere in text ("Publicat: 12.03.2025 14:20"), in UTC, or None."""
    if not text:
        return None
    best = None
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start()):
            best = match
    return _from_match(best) if best else None


def _from_match(match: re.Match) -> datetime | None:
    """Build the datetime a pattern matched, or None when the numbers are not a date."""
    parts = match.groupdict()
    month = parts["month"]
    month = MONTHS.get(month.lower().rstrip(".")) if not month.isdigit() else int(month)
    try:
        when = datetime(
            int(parts["year"]),
            month or 0,
            int(parts["day"]),
            int(parts.get("hour") or 0),
            int(parts.get("minute") or 0),
            int(parts.get("second") or 0),
        )
    except (TypeError, ValueError):
        return None
    if not MIN_YEAR <= when.year <= MAX_YEAR:
        return None
    offset = _offset(parts.get("zone"))
    if parts.get("hour") is None and offset is None:
        return when.replace(tzinfo=UTC)
    if offset is None:
        return when.replace(tzinfo=LOCAL).astimezone(UTC)
    return (when - offset).replace(tzinfo=UTC)


def _offset(zone: str | None) -> timedelta | None:
    """Return the UTC offset a zone token names ('+0200', 'GMT+2', 'EEST'), or None for no zone."""
    if not zone:
        return None
    zone = zone.strip().upper().replace(" ", "")
    if zone.lower() in ZONE_NAMES:
        return timedelta(hours=ZONE_NAMES[zone.lower()])
    zone = zone.removeprefix("GMT").removeprefix("UTC")
    sign = -1 if zone.startswith("-") else 1
    digits = zone[1:].replace(":", "")
    if len(digits) <= 2:
        hours, minutes = int(digits), 0
    else:
        hours, minutes = int(digits[:-2]), int(digits[-2:])
    return sign * timedelta(hours=hours, minutes=minutes)


def _utc(when: datetime) -> datetime:
    """Return when in UTC; a naive datetime is Romanian local time."""
    return (when if when.tzinfo else when.replace(tzinfo=LOCAL)).astimezone(UTC)
