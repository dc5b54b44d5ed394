"""Romanian dates and counted nouns in the admin's templates, from the project's helper (lib.ro), as the public pages write them."""

from django import template

from lib import ro

register = template.Library()


@register.filter
def ro_date_time(moment) -> str:
    """'4 decembrie 2026, 13:26' (Bucharest time); '—' for none."""
    return ro.date_time(moment) if moment else "—"


@register.filter
def ro_count(number, noun: str) -> str:
    """'1 articol', '2 articole', '20 de articole' (the plural rule of lib.ro)."""
    return ro.count(int(number or 0), noun)
