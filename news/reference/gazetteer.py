"""The SIRUTA gazetteer from django-siruta, turned into Gazeta's locality rows.

django-siruta ships every leaf locality (villages, towns, city sectors) in upper case with
legacy cedillas, and a parent -> seat table whose comments name the parent and tell a
municipality ("MUNICIPIUL") or town ("ORAŞ") from a commune. We read both, so that each
locality knows its rank: how big a place it is, which the geotagger uses to resolve names
shared by several counties.
"""

import functools
import inspect
import re
from typing import NamedTuple

from siruta import data as siruta_data

from lib.text import fix_diacritics
from news.reference.counties import COUNTIES

# Rank of a place, largest first; the geotagger prefers higher ranks for ambiguous names.
RANK_CITY = 3  # municipiu, or a Bucharest sector
RANK_TOWN = 2  # oraș
RANK_COMMUNE = 1  # a commune, or the village that is its seat
RANK_VILLAGE = 0

# Words kept in lower case inside a place name ("Baia de Arieș", "Valea lui Mihai").
LOWER_WORDS = {"de", "din", "lui", "la", "cu", "pe", "sub", "peste", "și", "în"}

_CAPITALIZE_AFTER = re.compile(r"(?:^|(?<=[-.]))\w")
_ALIAS_LINE = re.compile(r"^\s*(\d+):\s*(\d+),\s*#\s*(.+?)\s*->\s*(.+?)\s*$")


class LocalityRow(NamedTuple):
    siruta: int
    county_code: str
    name: str
    rank: int


def title_case(upper_name: str) -> str:
    """Turn 'BAIA DE ARIEŞ' into 'Baia de Arieș' and 'DELENI-OBÂRŞIE' into 'Deleni-Obârșie'."""
    words = fix_diacritics(upper_name).lower().split(" ")
    out = []
    for index, word in enumerate(words):
        if index > 0 and word in LOWER_WORDS:
            out.append(word)
        else:
            out.append(_CAPITALIZE_AFTER.sub(lambda m: m[0].upper(), word))
    return " ".join(out)


def _alias_lines() -> list[tuple[int, int, str]]:
    """Parse LOCALITY_ALIASES with the parent names kept in its comments."""
    source = inspect.getsource(siruta_data).split("LOCALITY_ALIASES", 1)[1]
    rows = []
    for line in source.splitlines():
        match = _ALIAS_LINE.match(line)
        if match:
            rows.append((int(match[1]), int(match[2]), match[3]))
    return rows


@functools.cache
def localities() -> tuple[LocalityRow, ...]:
    """Return every locality of the gazetteer, communes included, with its county and rank."""
    code_by_siruta_county = {row.siruta_county_id: row.code for row in COUNTIES}
    county_of: dict[int, str] = {}
    names: dict[int, str] = {}
    for county_id, places in siruta_data.LOCALITIES_BY_COUNTY_ID.items():
        for siruta_id, name in places.items():
            county_of[siruta_id] = code_by_siruta_county[county_id]
            names[siruta_id] = name

    rank: dict[int, int] = {}
    parent_rows = []
    for parent_id, seat_id, parent_label in _alias_lines():
        if seat_id not in county_of:
            continue
        if parent_label == "MUNICIPIUL BUCUREŞTI":
            parent_rows.append(LocalityRow(parent_id, "B", "București", RANK_CITY))
            continue
        if parent_label.startswith("MUNICIPIUL "):
            rank[seat_id] = RANK_CITY
        elif parent_label.startswith("ORAŞ "):
            rank[seat_id] = RANK_TOWN
        else:
            rank.setdefault(seat_id, RANK_COMMUNE)
            # A commune named differently from its seat village is a place name of its own.
            if parent_label != names[seat_id]:
                parent_rows.append(LocalityRow(parent_id, county_of[seat_id], title_case(parent_label), RANK_COMMUNE))

    rows = []
    for siruta_id, name in names.items():
        place_rank = rank.get(siruta_id, RANK_VILLAGE)
        if name.startswith("BUCUREŞTI SECTORUL"):
            place_rank = RANK_CITY
            name = "SECTORUL " + name.rsplit(" ", 1)[1]
        rows.append(LocalityRow(siruta_id, county_of[siruta_id], title_case(name), place_rank))
    rows.extend(parent_rows)
    rows.sort(key=lambda row: (row.county_code, -row.rank, row.name, row.siruta))
    return tuple(rows)
