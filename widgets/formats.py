"""Romanian dates and numbers for the widgets (Babel's 'ro' locale: '27 noiembrie 2026', '4,9771')."""

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

WEEKDAYS = ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică")
MINUS = "\u2212"  # a real minus sign reads better than a hyphen before a temperature


def long_date(day: date) -> str:
    return format_date(day, "d MMMM y", locale="ro")


def short_date(day: date) -> str:
    return format_date(day, "d MMM", locale="ro")


def weekday(day: date) -> str:
    return WEEKDAYS[day.weekday()]


def degrees(value: float | None) -> str:
    """Return '−3 °C' style text (rounded to the degree), '' for no value."""
    if value is None:
        return ""
    whole = round(value) + 0  # + 0 turns -0 into 0
    return f"{MINUS if whole < 0 else ''}{abs(whole)} °C"


def number(value: Decimal, places: int = 4) -> str:
    """Return a Romanian decimal with a fixed number of places ('4,9771', '1.234,50')."""
    pattern = "#,##0." + "0" * places if places else "#,##0"
    return format_decimal(value, format=pattern, locale="ro")
