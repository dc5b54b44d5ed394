"""Romanian banking days: weekdays that are not legal holidays (Codul muncii, art. 139).

BNR publishes no reference rates on weekends and legal holidays, so the scheduler skips them.
"""

from datetime import date, timedelta

# (month, day) of the fixed-date legal holidays; 6 and 7 January were added by Law 52/2023.
FIXED_HOLIDAYS = {
    (1, 1),
    (1, 2),
    (1, 6),
    (1, 7),
    (1, 24),
    (5, 1),
    (6, 1),
    (8, 15),
    (11, 30),
    (12, 1),
    (12, 25),
    (12, 26),
}

# Days relative to Orthodox Easter Sunday: Good Friday, Easter Monday, Whit Monday (Rusalii).
EASTER_OFFSETS = (-2, 1, 50)


def orthodox_easter(year: int) -> date:
    """Return Orthodox Easter Sunday (Meeus' Julian algorithm, shifted to the Gregorian calendar)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_offset = year // 100 - year // 400 - 2  # 13 days for 1900-2099
    return date(year, month, day + 1) + timedelta(days=julian_offset)


def is_banking_day(day: date) -> bool:
    """Return True when BNR publishes reference rates on this day."""
    if day.weekday() >= 5 or (day.month, day.day) in FIXED_HOLIDAYS:
        return False
    easter = orthodox_easter(day.year)
    return all(day != easter + timedelta(days=offset) for offset in EASTER_OFFSETS)
