"""Which commune (or town, or city) each SIRUTA place belongs to, and each place's address slug.

django-siruta keeps no village -> commune table, only each administrative unit's code and its
seat. SIRUTA numbers the units in order with their villages right after them, so a village
belongs to the unit with the greatest code below its own, in its county. Units created after
the numbering (242 of 3,181, their codes higher than their villages') break that order: their
seat is known from the table, but their other villages stay with the unit they were split from.
Measured on the package's data: the seat of 2,939 of 3,181 units is found by the order rule.
"""

import bisect
import functools

from django.utils.text import slugify

from news.reference.categories import CATEGORIES
from news.reference.gazetteer import _alias_lines, localities
from news.text import fold

# A county's pages use these path words; a place whose slug is one of them gets a suffix.
RESERVED_SLUGS = frozenset({row.slug for row in CATEGORIES} | {"rss", "atom", "localitati"})


@functools.cache
def communes() -> dict[int, int]:
    """Return {siruta of a place: siruta of the locality row that stands for its commune}.

    A commune named like its seat village is that village's row; one named otherwise has a row
    of its own (the unit's code). The row standing for a commune maps to itself.
    """
    rows = {row.siruta: row for row in localities()}
    units = sorted((parent, seat) for parent, seat, _label in _alias_lines() if seat in rows)
    codes = [parent for parent, _seat in units]
    # The row that stands for each unit: its own row when the gazetteer made one, else its seat.
    stands_for = {parent: parent if parent in rows else seat for parent, seat in units}
    found: dict[int, int] = {}
    for parent, seat in units:
        found[seat] = stands_for[parent]
        found[stands_for[parent]] = stands_for[parent]
    for siruta, row in rows.items():
        if siruta in found:
            continue
        at = bisect.bisect_left(codes, siruta) - 1
        if at < 0:
            continue
        unit = stands_for[codes[at]]
        if rows[unit].county_code == row.county_code:
            found[siruta] = unit
    return found


@functools.cache
def slugs() -> dict[int, str]:
    """Return {siruta: slug}, unique within each county: 'parava', 'deleni', 'deleni-targu-frumos'.

    The larger place keeps the plain name (rank, then code); a homonym in the same county adds
    its commune's name, and the siruta code when that is not enough.
    """
    rows = sorted(localities(), key=lambda row: (row.county_code, -row.rank, row.siruta))
    names = {row.siruta: row.name for row in rows}
    commune_of = communes()
    taken: set[tuple[str, str]] = set()
    found: dict[int, str] = {}
    for row in rows:
        base = slugify(fold(row.name)) or str(row.siruta)
        choices = [base] if base not in RESERVED_SLUGS else []
        commune = commune_of.get(row.siruta)
        if commune and commune != row.siruta:
            choices.append(f"{base}-{slugify(fold(names[commune]))}")
        choices.append(f"{base}-{row.siruta}")
        slug = next(s for s in choices if (row.county_code, s) not in taken)
        taken.add((row.county_code, slug))
        found[row.siruta] = slug
    return found
