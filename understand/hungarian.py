"""Hungarian place names: their case forms made by rule, and the rows of hungarian_places.tsv.

Hungarian marks place with suffixes, not prepositions: 'Csíkszeredában' (in), 'Csíkszeredából'
(from), 'Csíkszeredára' (onto), and the adjective 'csíkszeredai' (of Csíkszereda, written in lower
case). The forms are made here from the name by vowel harmony, so the data lists each name once.
The geotagger folds every word (no accents), so a lengthened final vowel ('Csíkszeredá-') and the
front rounded suffix vowels ('-ből', '-ön') fold to what the plain rule writes.
"""

import csv
import functools
from pathlib import Path
from typing import NamedTuple

from news.text import fold_words

PLACES = Path(__file__).parent / "data" / "hungarian_places.tsv"

_BACK, _FRONT, _ROUNDED = set("aáoóuú"), set("eéöőüű"), set("öőüű")
# Case suffixes as (back, front, front rounded) triples, folded: inessive, superessive, elative, delative,
# sublative, illative, adessive, allative, ablative, dative, accusative, instrumental, causal,
# terminative. The superessive takes -n after a vowel ('Csíkszeredán') and -on/-en/-ön after a
# consonant ('Baróton', 'Marosvásárhelyen'); so does the accusative (-t / -ot, -et).
_AFTER_ANY = (
    ("ban", "ben", "ben"),
    ("bol", "bol", "bol"),
    ("rol", "rol", "rol"),
    ("ra", "re", "re"),
    ("ba", "be", "be"),
    ("nal", "nel", "nel"),
    ("hoz", "hez", "hoz"),
    ("tol", "tol", "tol"),
    ("nak", "nek", "nek"),
    ("ert", "ert", "ert"),
    ("ig", "ig", "ig"),
)
_AFTER_VOWEL = (("n", "n", "n"), ("t", "t", "t"), ("val", "vel", "vel"))
_AFTER_CONSONANT = (("on", "en", "on"), ("ot", "et", "ot"), ("t", "t", "t"))
# The adjective in -i ('csíkszeredai', 'sepsiszentgyörgyi') and its plural for the people of a place
# ('a csíkszeredaiak'), with the cases news uses for them.
_ADJECTIVE = (("i", "i"), ("iak", "iek"), ("iakat", "ieket"), ("iaknak", "ieknek"), ("iakkal", "iekkel"))


class HungarianName(NamedTuple):
    siruta: int
    county: str  # county slug
    name: str  # the Romanian (gazetteer) name
    hungarian: str
    verified: bool


def harmony(name: str) -> int:
    """Return 0 when a name takes back-vowel suffixes, 1 front, 2 front rounded ('-ön', '-höz').

    A compound place name takes the harmony of its last part ('Sepsiszentgyörgy' -> rounded,
    'Gyergyószentmiklós' -> back); i and í are neutral ('Szatmárnémeti' is front by its é).
    """
    for char in reversed(name.lower()):
        if char in _BACK:
            return 0
        if char in _FRONT:
            return 2 if char in _ROUNDED else 1
    return 1  # only neutral vowels ('Ipp'): such words mostly take front suffixes


def case_forms(name: str) -> tuple[str, ...]:
    """Return the folded case forms of a Hungarian place name ('Barót' -> 'baroton', 'barotrol', ...)."""
    side = harmony(name)
    folded = fold_words(name)
    if not folded or not folded[-1].isalpha():
        return ()
    vowel_end = folded[-1] in "aeiou"
    suffixes = [pair[side] for pair in _AFTER_ANY]
    suffixes += [pair[side] for pair in (_AFTER_VOWEL if vowel_end else _AFTER_CONSONANT)]
    return tuple(dict.fromkeys(folded + suffix for suffix in suffixes))


def adjective_forms(name: str) -> tuple[str, ...]:
    """Return the folded adjective forms ('Csíkszereda' -> 'csikszeredai', 'csikszeredaiak', ...)."""
    side = min(harmony(name), 1)
    folded = fold_words(name)
    if not folded or not folded[-1].isalpha():
        return ()
    stem = folded[:-1] if folded.endswith("i") else folded  # 'Szatmárnémeti' -> 'szatmárnémeti'
    return tuple(dict.fromkeys(stem + pair[side] for pair in _ADJECTIVE))


@functools.cache
def names(path: Path = PLACES) -> tuple[HungarianName, ...]:
    """Return the rows of the Hungarian place-name list."""
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        return tuple(
            HungarianName(int(row["siruta"]), row["county"], row["name"], row["hungarian"], row["note"] != "unverified")
            for row in csv.DictReader(lines, delimiter="\t")
        )


@functools.cache
def romanian_by_form() -> dict[str, str]:
    """Return every folded form of a Hungarian place name -> the folded Romanian name.

    Search reads it to make 'Csíkszereda' (or 'Csíkszeredában') ask for 'Miercurea Ciuc', which
    Hungarian articles are indexed under too (their places, by Romanian name). Names that are
    everyday words (geo_data_hu.STOP_NAMES: 'Szék', 'Bors') and names spelled alike in both
    languages ('Arad') are left out; a form shared by two places keeps the first in the list.
    """
    from understand.geo_data_hu import STOP_NAMES

    stop = {fold_words(name) for name in STOP_NAMES}
    found: dict[str, str] = {}
    for row in names():
        base, romanian = fold_words(row.hungarian), fold_words(row.name)
        if base in stop or base == romanian:
            continue
        for form in (base, *case_forms(row.hungarian), *adjective_forms(row.hungarian)):
            found.setdefault(form, romanian)
    return found
