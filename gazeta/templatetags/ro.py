"""Romanian dates in the admin's templates, from the project's helper (lib.ro), as the public pages write them."""
from django import template

from lib import ro

register = template.Library()


@register.filter
def ro_date_time(moment) -> str:
    """'4 decembrie 2026, 13:26' (Bucharest time); '—' for none."""
    return ro.date_time(moment) if moment else "—"

