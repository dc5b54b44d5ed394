"""Romanian relative ages for outside data: "actualizat acum 20 de minute"."""
from datetime import datetime

from django.utils import timezone

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
