"""An in-memory index of every place name the geotagger knows, built once per process.

Keys are folded phrases ('baia mare', 'bacaului'); values are the places they may name. Built
from news.reference (42 counties, 13,908 SIRUTA localities with their rank) and understand.geo_data,
so tagging needs no database and costs one dict lookup per token n-gram.
"""

import csv
import functools
from pathlib import Path
from typing import NamedTuple

from news.reference.counties import COUNTIES
from news.reference.gazetteer import localities
from news.text import fold_words
from understand import geo_data, geo_data_hu, hungarian

KIND_COUNTY, KIND_PLACE, KIND_FOREIGN = "county", "place", "foreign"
KIND_CLUB = "club"  # a football club named without its town ('Rapid', 'Farul'): needs sports words
LANDMARKS = Path(__file__).parent / "data" / "landmarks.tsv"
# Resorts, beaches, passes, border crossings, stadiums and institutions, each with its source.
LANDMARKS_SOURCED = Path(__file__).parent / "data" / "landmarks_sourced.tsv"
RANK_COUNTY = 4  # above any locality: a county name is the strongest plain mention


class Place(NamedTuple):
    name: str  # as written in the gazetteer
    county: str | None  # county slug; None for places abroad
    rank: int  # 0 village .. 3 city, 4 county
    kind: str
    seat: bool = False  # the county seat (or the county itself)


class GeoIndex(NamedTuple):
    places: dict[str, tuple[Place, ...]]
    stop: frozenset[str]  # folded phrases that need a cue
    max_words: int
    demonyms: dict[str, str]  # folded stem -> county slug
    demonym_endings: frozenset[str]
    institutions: frozenset[str]
    admin_cues: dict[str, tuple[int, ...]]
    locative_cues: frozenset[str]
    county_cues: frozenset[str]
    negative_cues: frozenset[str]
    national_cues: frozenset[str]
    codes: dict[str, str]  # folded plate code -> county slug
    cue_words: int  # longest cue phrase, in words
    # First words of place and national phrases and last words of cue phrases: a token that is
    # none of these starts (or ends) no phrase, so the tagger skips building n-grams for it.
    place_starts: frozenset[str] = frozenset()
    national_starts: frozenset[str] = frozenset()
    cue_ends: frozenset[str] = frozenset()
    direction_cues: frozenset[str] = frozenset()
    sport_cues: dict[str, tuple[str, ...]] = {}  # first 4 letters -> folded sport stems
    local_cues: frozenset[str] = frozenset()
    local_starts: frozenset[str] = frozenset()
    topic_cues: frozenset[str] = frozenset()
    demonym_heads: frozenset[str] = frozenset()  # first 5 letters of the demonym stems: a quick no
    cue_prefixes: frozenset[str] = frozenset()  # every leading part of a national or local cue phrase
    home_nouns: frozenset[str] = frozenset()
    home_fillers: frozenset[str] = frozenset()
    home_words: frozenset[str] = frozenset()
    boundary_cues: frozenset[str] = frozenset()
    list_joiners: frozenset[str] = frozenset()
    # Hungarian adjectives of places, written in lower case ('csíkszeredai'): folded form -> places.
    hu_adjectives: dict[str, tuple[Place, ...]] = {}
    hu_after_cues: tuple[str, ...] = ()  # folded word starts after a place: 'polgármester', 'községben'
    hu_home_after: frozenset[str] = frozenset()  # 'csíkszeredai férfi': where a person comes from
    foreign_first_names: frozenset[str] = frozenset()
    hu_inflected: frozenset[str] = frozenset()  # Hungarian case forms: never part of a person's name
    given_names: frozenset[str] = frozenset()  # Hungarian given names: a place before one is a family name


def inflections(folded_name: str) -> tuple[str, ...]:
    """Return the articulated and genitive forms of a folded place name ('bacau' -> 'bacaului')."""
    words = folded_name.split(" ")
    last = words[-1]
    if not last.isalpha() or len(last) < 3:
        return ()
    if last.endswith("ea"):
        forms = [last[:-1] + "i"]  # Vrancea -> Vrancei, Tulcea -> Tulcei
    elif last.endswith("a"):
        forms = [last[:-1] + "ei"]  # Craiova -> Craiovei, Constanța -> Constanței
    elif last.endswith("u"):
        forms = [last + "l", last + "lui"]  # Bacău -> Bacăul, Bacăului
    elif last.endswith("e"):
        return ()
    else:
        forms = [last + "ul", last + "ului"]  # Arad -> Aradului, Onești -> Oneștiului
    return tuple(" ".join(words[:-1] + [form]) for form in forms)


def spellings(name: str) -> tuple[str, ...]:
    """Return other spellings of a place name: abbreviated first word, and 'î' for 'â' (before 1993)."""
    found = []
    first, _, rest = name.partition(" ")
    if first in geo_data.FIRST_WORD_ABBREVIATIONS and rest:
        found.append(geo_data.FIRST_WORD_ABBREVIATIONS[first] + " " + rest)
    if "â" in name:
        found.append(name.replace("â", "î"))
    return tuple(found)


def _phrases(names) -> frozenset[str]:
    return frozenset(fold_words(name) for name in names)


def landmarks(path: Path = LANDMARKS) -> list[tuple[str, tuple[str, ...], int, str, tuple[str, ...]]]:
    """Return the landmark rows: name, counties, rank, type and other written forms."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            forms = tuple(form for form in (row["forms"] or "").split("|") if form)
            rows.append((row["name"], tuple(row["counties"].split(",")), int(row["rank"]), row["type"], forms))
    return rows


def _by_prefix(stems) -> dict[str, tuple[str, ...]]:
    grouped: dict[str, tuple[str, ...]] = {}
    for stem in sorted(stems):
        grouped[stem[:4]] = grouped.get(stem[:4], ()) + (stem,)
    return grouped


def _stop_phrases(places: dict) -> frozenset[str]:
    """Stop names with their inflections, common-word inflections and names that start with a first name."""
    stop = set(_phrases(geo_data.STOP_NAMES)) | _phrases(geo_data.COMMON_INFLECTIONS)
    stop.update(form for phrase in list(stop) for form in inflections(phrase))
    for name in geo_data_hu.STOP_NAMES:  # 'Szék' a chair, 'Bors' pepper: with their case forms
        stop.update((fold_words(name), *hungarian.case_forms(name)))
    first = _phrases(geo_data.FIRST_NAMES)
    for phrase in places:
        words = phrase.split(" ")
        if len(words) > 1 and (words[0] in first or " ".join(words[:2]) in first):
            stop.add(phrase)
    return frozenset(stop)


@functools.cache
def index() -> GeoIndex:
    """Build the index once per process."""
    places: dict[str, list[Place]] = {}

    def add(phrase: str, place: Place) -> None:
        if phrase and place not in places.setdefault(phrase, []):
            places[phrase].append(place)

    slug_by_code = {row.code: row.slug for row in COUNTIES}
    seats = {(row.code, fold_words(row.seat)) for row in COUNTIES}
    for row in COUNTIES:
        county = Place(row.name, row.slug, RANK_COUNTY, KIND_COUNTY, True)
        folded = fold_words(row.name)
        for spelled in (folded, *(fold_words(other) for other in spellings(row.name))):
            for phrase in (spelled, *inflections(spelled)):
                add(phrase, county)
        for form in geo_data.IRREGULAR_FORMS.get(row.slug, ()):
            add(fold_words(form), county)
    irregular = {fold_words(name): forms for name, forms in geo_data.IRREGULAR_PLACE_FORMS.items()}
    for row in localities():
        folded = fold_words(row.name)
        seat = (row.county_code, folded) in seats
        place = Place(row.name, slug_by_code[row.county_code], row.rank, KIND_PLACE, seat)
        for spelled in (folded, *(fold_words(other) for other in spellings(row.name))):
            add(spelled, place)
            if row.rank >= 1:
                for phrase in inflections(spelled):
                    add(phrase, place)
        for form in irregular.get(folded, ()):  # keyed by folded name: 'Piatra-Neamț' is 'Piatra Neamț'
            add(fold_words(form), place)
    for name in geo_data.FOREIGN_PLACES:
        add(fold_words(name), Place(name, None, 0, KIND_FOREIGN))
    for name, counties, rank, kind, forms in landmarks() + landmarks(LANDMARKS_SOURCED):
        for county in counties:
            place = Place(name, county, rank, KIND_CLUB if kind == "club" else KIND_PLACE)
            for phrase in (fold_words(name), *(fold_words(form) for form in forms)):
                add(phrase, place)

    adjectives, inflected = _add_hungarian(add, slug_by_code, seats)
    demonyms = {}
    for slug, stems in geo_data.DEMONYMS.items():
        for stem in stems:
            demonyms[fold_words(stem)] = slug
    cue_lists = (
        geo_data.INSTITUTIONS,
        geo_data.LOCATIVE_CUES,
        geo_data.COUNTY_CUES,
        geo_data.NATIONAL_CUES,
        geo_data.DIRECTION_CUES,
    )
    institutions, locative = _phrases(geo_data.INSTITUTIONS), _phrases(geo_data.LOCATIVE_CUES)
    county_cues, negative = _phrases(geo_data.COUNTY_CUES), _phrases(geo_data.NEGATIVE_CUES)
    admin_cues = {fold_words(word): ranks for word, ranks in geo_data.ADMIN_CUES.items()}
    national = _phrases(geo_data.NATIONAL_CUES + geo_data_hu.NATIONAL_CUES)
    local = _phrases(geo_data.LOCAL_CUES + geo_data_hu.LOCAL_CUES)
    topics = _phrases(geo_data.NATIONAL_TOPICS) - national - local
    direction = _phrases(geo_data.DIRECTION_CUES)
    cues = (*institutions, *locative, *county_cues, *negative, *admin_cues, *direction)
    return GeoIndex(
        places={phrase: tuple(found) for phrase, found in places.items()},
        stop=_stop_phrases(places),
        max_words=max(len(phrase.split(" ")) for phrase in places),
        demonyms=demonyms,
        demonym_endings=frozenset(fold_words(e) if e else "" for e in geo_data.DEMONYM_ENDINGS),
        institutions=institutions,
        admin_cues=admin_cues,
        locative_cues=locative,
        county_cues=county_cues,
        negative_cues=negative,
        national_cues=national,
        codes={row.code.lower(): row.slug for row in COUNTIES},
        cue_words=max(len(fold_words(c).split(" ")) for cues in cue_lists for c in cues),
        place_starts=frozenset(phrase.split(" ", 1)[0] for phrase in places),
        national_starts=frozenset(phrase.split(" ", 1)[0] for phrase in national),
        cue_ends=frozenset(phrase.rsplit(" ", 1)[-1] for phrase in cues),
        direction_cues=direction,
        sport_cues=_by_prefix(_phrases(geo_data.SPORT_CUES + geo_data_hu.SPORT_CUES)),
        local_cues=local,
        local_starts=frozenset(phrase.split(" ", 1)[0] for phrase in local | topics),
        topic_cues=topics,
        demonym_heads=frozenset(stem[:5] for stem in demonyms),
        cue_prefixes=frozenset(
            " ".join(phrase.split(" ")[:n])
            for phrase in national | local | topics
            for n in range(1, len(phrase.split(" ")) + 1)
        ),
        home_nouns=_phrases(geo_data.HOME_NOUNS),
        home_fillers=_phrases(geo_data.HOME_FILLERS),
        home_words=_phrases(geo_data.HOME_WORDS),
        boundary_cues=_phrases(geo_data.BOUNDARY_CUES),
        list_joiners=_phrases(geo_data.LIST_JOINERS + geo_data_hu.LIST_JOINERS),
        hu_adjectives={phrase: tuple(found) for phrase, found in adjectives.items()},
        hu_after_cues=tuple(sorted(_phrases(geo_data_hu.AFTER_CUES))),
        hu_home_after=_phrases(geo_data_hu.HOME_AFTER),
        foreign_first_names=_phrases(geo_data_hu.FOREIGN_FIRST_NAMES),
        hu_inflected=frozenset(inflected),
        given_names=_phrases(geo_data_hu.GIVEN_NAMES),
    )


def _add_hungarian(add, slug_by_code: dict, seats: set) -> tuple[dict[str, list[Place]], set[str]]:
    """Add the Hungarian names (places, counties, regions, abroad) and their case forms.

    Returns the adjectives ('csíkszeredai') and the inflected phrases ('csíkszeredában', 'hargita megyei').
    """
    adjectives: dict[str, list[Place]] = {}
    inflected: set[str] = set()

    def add_name(name: str, place: Place, alone: bool = True) -> None:
        if alone:
            add(fold_words(name), place)
            for form in hungarian.case_forms(name):
                add(form, place)
                inflected.add(form)
        for form in hungarian.adjective_forms(name):
            if place not in adjectives.setdefault(form, []):
                adjectives[form].append(place)

    by_siruta = {row.siruta: row for row in localities()}
    for row in hungarian.names():
        locality = by_siruta[row.siruta]
        seat = (locality.county_code, fold_words(locality.name)) in seats
        add_name(
            row.hungarian, Place(locality.name, slug_by_code[locality.county_code], locality.rank, KIND_PLACE, seat)
        )
    county_rows = {row.slug: row for row in COUNTIES}
    megye = [fold_words(form) for form in geo_data_hu.MEGYE_FORMS]
    for slug, row in county_rows.items():
        county = Place(row.name, slug, RANK_COUNTY, KIND_COUNTY, True)
        for name in (row.name, *geo_data_hu.COUNTY_NAMES.get(slug, ())):
            for form in megye:  # 'Hargita megyében', 'Bacău megyei'
                add(fold_words(name) + " " + form, county)
                inflected.add(fold_words(name) + " " + form)
            if name in geo_data_hu.COUNTY_NAMES.get(slug, ()):
                add_name(name, county, alone=name not in geo_data_hu.COUNTY_WITH_MEGYE_ONLY)
    for name, slug in geo_data_hu.REGIONS.items():
        row = county_rows[slug]
        add_name(name, Place(row.name, slug, 2, KIND_PLACE))
    for name in geo_data_hu.FOREIGN_PLACES + geo_data_hu.FOREIGN_CASE_FORMS_OF:
        place = Place(name, None, 0, KIND_FOREIGN)
        add(fold_words(name), place)
        for form in hungarian.case_forms(name):
            add(form, place)
            inflected.add(form)
    return adjectives, inflected
