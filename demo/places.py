"""Where demo stories happen: the gazetteer's localities per county, and a story's place drawn from them.

Homonyms (a village name found in several counties) are drawn often on purpose: they are what
the geotagger has to get right.
"""

import collections
import functools
import math
import random

from demo.facts import Place
from news.reference.counties import COUNTIES, COUNTY_BY_CODE
from news.reference.gazetteer import localities
from news.text import fold

# A name shared by localities of this many counties or more counts as a homonym.
HOMONYM_MIN_COUNTIES = 3


@functools.cache
def places_by_county() -> dict[str, dict[str, list[Place]]]:
    """Group the gazetteer per county into homonyms, communes, towns and villages."""
    counties_of = collections.defaultdict(set)
    for row in localities():
        counties_of[fold(row.name)].add(row.county_code)
    out: dict[str, dict[str, list[Place]]] = collections.defaultdict(lambda: collections.defaultdict(list))
    for row in localities():
        homonym = len(counties_of[fold(row.name)]) >= HOMONYM_MIN_COUNTIES and row.rank <= 1
        place = Place(row.siruta, row.name, row.county_code, row.rank, homonym)
        group = "homonym" if homonym else {3: "town", 2: "town", 1: "commune", 0: "village"}[row.rank]
        out[row.county_code][group].append(place)
    return {code: dict(groups) for code, groups in out.items()}


@functools.cache
def neighbours(code: str) -> tuple[str, ...]:
    """Return the three nearest counties by seat distance (good enough for a two-county story)."""
    here = COUNTY_BY_CODE[code]
    others = [c for c in COUNTIES if c.code not in (code, "B")]
    others.sort(key=lambda c: math.hypot(c.latitude - here.latitude, c.longitude - here.longitude))
    return tuple(c.code for c in others[:3])


def pick_place(rng: random.Random, code: str, exclude: str = "") -> Place:
    groups = places_by_county()[code]
    roll = rng.random()
    order = (
        ("homonym", "commune", "town", "village")
        if roll < 0.35
        else ("commune", "village", "homonym")
        if roll < 0.65
        else ("town", "commune")
        if roll < 0.85
        else ("village", "commune")
    )
    for group in order:
        choices = [p for p in groups.get(group, ()) if p.name != exclude]
        if choices:
            return rng.choice(choices)
    raise LookupError(f"demo: no locality in county {code}")
