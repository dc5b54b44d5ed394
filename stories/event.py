"""What tells one event from another: places, names, numbers and dates, never template wording.

County agencies publish one template with another county, number or date ("AJOFM Prahova …
380 de locuri" / "AJOFM Dâmbovița … 390"); their shingles overlap as much as a copy's. So a
join is decided on the specifics of the two texts:

- specifics are numbers (counts, sums, ages, hours, road numbers), day-month dates and names
  (capitalized words inside a sentence), folded, minus the words of institutions' own names
  and warning templates (data/template_words.txt), which every release of a kind repeats;
- each article keeps the specifics of its title and lead (`core`) and of a longer stretch of
  its text (`wide`); a specific of one core that the other text never mentions is a
  difference. Two releases of one template differ on both sides (380 vs 390, Prahova vs
  Dâmbovița); a copy, cut or lengthened, differs on one side at most;
- a copy (shingles' Jaccard at least SYNDICATION) joins unless both sides differ; a
  retelling in other words joins on enough shared specifics (SAME_EVENT_*) and no difference
  in the numbers of both titles.

Thresholds are in `thresholds.json` beside the calibration that chose them.
"""

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

from lib.text import fix_diacritics
from news.text import fold
from understand.gazetteer_index import index as gazetteer

DATA = Path(__file__).parent / "data"
THRESHOLDS = json.loads((DATA / "thresholds.json").read_text(encoding="utf-8"))
TEMPLATE_WORDS = frozenset(
    fold(word)
    for line in (DATA / "template_words.txt").read_text(encoding="utf-8").splitlines()
    if not line.startswith("#")
    for word in line.split()
)
CORE_CHARS = THRESHOLDS["core_chars"]
WIDE_CHARS = THRESHOLDS["wide_chars"]
MONTHS = (
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
)
_MONTH = {name: n for n, name in enumerate(MONTHS, 1)}
_TOKEN = re.compile(r"(?P<road>\b(?:DN|DJ|DC|A|E)\s?\d{1,3}[A-Z]?\b)|(?P<num>\d+(?:[.,]\d+)*)|(?P<word>[^\W\d_]+)")
_BREAK = re.compile(r"[.!?;:\n\"„”«»]")
_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
# Article and genitive endings of names ('Rapidului', 'Mariei'), cut so both forms meet.
_ENDINGS = ("ului", "ilor", "elor", "ul", "ei")
_PLACES: dict[str, str] | None = None
_PLACE_COUNTY: dict[str, str] = {}  # place token -> its county's slug, when one county's place outranks the rest
_LINKED: dict[str, str] = {}  # 'sangeru de padure' -> its place token (kept apart: it counts no county)
_ADJECTIVES: dict[str, str] = {}  # folded Hungarian place adjective ('csikszeredai') -> the place's token
# Lower-case words inside a place's name ('Sângeru de Pădure', 'Valea lui Pavel', 'Baia de Arieș').
_LINKS = frozenset({"de", "lui", "din", "la", "pe", "cu", "sub"})


def places() -> dict[str, str]:
    """Return folded one-word place forms (inflections too) -> the place's token.

    A locality is '!' and its folded name; a county, a county seat or a place abroad is '^' and
    its name: every article of a county (or every foreign story of a country) names those, so
    they say little about which event it is. Ambiguous
    names the gazetteer only trusts after a cue ('Mare', 'Nord') are left out.
    """
    global _PLACES
    if _PLACES is None:
        from news.reference.counties import COUNTIES

        common = {fold(name) for row in COUNTIES for name in (row.name, row.seat)}
        idx = gazetteer()
        found = {}
        for phrase, candidates in idx.places.items():
            if phrase.count(" ") == 2 and phrase.split(" ")[1] in _LINKS and phrase not in idx.stop and candidates:
                best = max(candidates, key=lambda place: place.rank)  # 'Sângeru de Pădure': read apart
                name = fold(best.name)
                _LINKED[phrase] = ("^" if name in common or best.county is None else "!") + name.replace(" ", "-")
            if phrase.count(" ") == 1 and phrase not in idx.stop and candidates:
                best = max(candidates, key=lambda place: place.rank)  # 'Harghita-Băi', a village: read apart
                if "-" in best.name and best.county and best.rank < 3 and not best.seat:
                    _LINKED[phrase] = "!" + fold(best.name).replace(" ", "-")
            if phrase.count(" ") > 1 or phrase in idx.stop or not candidates:
                continue
            best = max(candidates, key=lambda place: place.rank)
            name = fold(best.name)
            common_place = name in common or best.county is None  # a county, its seat, or a place abroad
            found[phrase] = token = ("^" if common_place else "!") + name.replace(" ", "-")
            others = [place.rank for place in candidates if place.county != best.county]
            if best.county and (not others or best.rank > max(others)):  # 'Bicaz' the town, not the village
                _PLACE_COUNTY[token] = best.county
        # One- and two-word forms; a two-word one is looked up from two adjacent capitalized words,
        # and a three-word one (_LINKED) from two with a lower-case link between ('Valea lui Pavel').
        for adjective, candidates in idx.hu_adjectives.items():  # 'csíkszeredai': Hungarian, in lower case
            best = max(candidates, key=lambda place: place.rank)
            if best.county:
                name = fold(best.name)
                _ADJECTIVES[adjective] = ("^" if name in common else "!") + name.replace(" ", "-")
        _PLACES = found
    return _PLACES


def _name(folded: str) -> str:
    """Return the token of a capitalized word: its place, or the name without its ending."""
    place = places().get(folded)
    if place:
        return place
    for ending in _ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 4:
            return folded[: -len(ending)]
    return folded


@dataclass(frozen=True, slots=True)
class Specifics:
    """The specifics of an article: its title's numbers, its core (title and lead) and its wide text."""

    title_numbers: frozenset[str]
    core: frozenset[str]
    wide: frozenset[str]

    def encode(self) -> str:
        """Return one line for storage: core words, then '|' and the wide-only ones, then '|' and title numbers."""
        return (
            " ".join(sorted(self.core))
            + " | "
            + " ".join(sorted(self.wide - self.core))
            + " | "
            + " ".join(sorted(self.title_numbers))
        )

    @classmethod
    def decode(cls, line: str) -> "Specifics":
        return _decode(line or "")


@functools.lru_cache(maxsize=20_000)  # a county's recent articles are read again for each new one
def _decode(line: str) -> Specifics:
    parts = line.split("|")
    core = frozenset(parts[0].split())
    wide = core | frozenset(parts[1].split()) if len(parts) > 1 else core
    title = frozenset(parts[2].split()) if len(parts) > 2 else frozenset()
    return Specifics(title, core, wide)


def _number(raw: str) -> str:
    if _THOUSANDS.match(raw):
        return "#" + raw.replace(".", "")
    return "#" + raw.replace(",", ".").rstrip(".")


_HUNGARIAN_WORDS = re.compile(r"\b(?:az|és|egy|hogy|nem|után|között)\b")


def is_hungarian(text: str) -> bool:
    """Tell Hungarian text by its commonest small words ('az', 'és', 'egy'), none of them Romanian."""
    return len(_HUNGARIAN_WORDS.findall(text, 0, 1500)) >= 2


def specifics_of(text: str, limit: int, core_limit: int = 0) -> tuple[set[str], set[str], set[str], set[str]]:
    """Return (specifics, numbers, weak names, specifics before core_limit) of a text's first `limit` characters.

    A capitalized word counts inside a sentence. At a sentence's start, the first of two
    capitalized words is a weak name: 'Ion Stan a spus', but also 'Lacul Bicaz'; weak names
    may be shared, never a difference. Two capitalized words that make a place ('Poiana
    Brașov') count as that place too.
    """
    found, numbers, weak, core = set(), set(), set(), None
    text = fix_diacritics(text[:limit])
    previous_end, day, pending, last_word = 0, "", "", ""
    before_link = ""  # the capitalized word before a lower-case link ('Sângeru' in 'Sângeru de Pădure')
    # Hungarian place adjectives only in Hungarian text: 'dési' (of Dej) folds to Romanian 'deși'.
    adjectives = _ADJECTIVES if places() and is_hungarian(text) else {}
    for match in _TOKEN.finditer(text):
        if core is None and core_limit and match.start() >= core_limit:
            core = set(found)  # one pass gives the lead's specifics and the longer text's
        kind, raw = match.lastgroup, match[0]
        starts = previous_end == 0 or _BREAK.search(text, previous_end, match.start()) is not None
        gap = text[previous_end : match.start()]
        adjacent = not starts and gap.isspace()
        previous_end = match.end()
        capital = kind == "word" and raw[0].isupper()
        folded = fold(raw) if kind == "word" else ""
        if pending and capital and adjacent and folded not in TEMPLATE_WORDS:
            weak.add(_name(pending))  # the sentence's first word may begin a name
        pending = ""
        if capital and adjacent and last_word:
            place = places().get(f"{last_word} {folded}")
            if place:
                found.add(place)
        if capital and last_word and not starts and gap == "-":
            place = _LINKED.get(f"{last_word} {folded}")
            if place:
                found.add(place)
        if capital and adjacent and before_link:
            place = _LINKED.get(f"{before_link} {folded}")
            if place:
                found.add(place)
        if kind == "word" and not capital and folded in adjectives:
            found.add(adjectives[folded])  # 'a csíkszeredai kórház': the place, in Hungarian
        before_link = f"{last_word} {folded}" if adjacent and last_word and folded in _LINKS else ""
        last_word = folded if capital else ""
        if kind == "road":
            found.add("@" + fold(raw.replace(" ", "")))
        elif kind == "num":
            value = _number(raw)
            found.add(value)
            numbers.add(value)
            day = value if raw.isdigit() and len(raw) <= 2 else ""
            continue
        elif folded in _MONTH and day:
            found.add(f"{day}/{_MONTH[folded]}")  # a date: day and month
        elif capital and len(folded) > 2 and folded not in TEMPLATE_WORDS:
            if not starts or raw.isupper():
                found.add(_name(folded))  # a name inside a sentence, or an acronym anywhere
            else:
                pending = folded
        day = ""
    return found, numbers, weak, found if core is None else core


def specifics(title: str, text: str) -> Specifics:
    """Return the specifics of an article's title and text (bounded: reads at most WIDE_CHARS)."""
    title = (title or "")[:500]
    title_found, title_numbers, title_weak, _ = specifics_of(title, 500)
    wide, _, weak, core = specifics_of(text or "", WIDE_CHARS, CORE_CHARS)
    return Specifics(
        frozenset(title_numbers),
        frozenset(title_found | core),
        frozenset(title_found | title_weak | core | wide | weak),
    )


def counties_named(spec: Specifics) -> list[str]:
    """Return the counties of the places an article's title and lead name (where one county's place outranks)."""
    places()
    return sorted({_PLACE_COUNTY[t] for t in spec.core if t in _PLACE_COUNTY})


def differences(a: Specifics, b: Specifics) -> tuple[set[str], set[str]]:
    """Return the specifics of a's core that b never mentions, and of b's core that a never mentions."""
    return set(a.core - b.wide), set(b.core - a.wide)


def weight(token: str) -> float:
    """Return how much one specific says: a place most, then numbers and roads, then names."""
    kind = token[0]
    if kind == "!":
        return THRESHOLDS["place_weight"]
    if kind == "^":
        return THRESHOLDS["county_weight"]
    return THRESHOLDS["number_weight"] if kind in "#@" else 1.0


def _weigh(tokens) -> float:
    return sum(weight(t) for t in tokens)


def is_copy(a: Specifics, b: Specifics, similarity: float) -> bool:
    """Return True when b is a copy of a: shingles overlap and the specifics differ on one side at most."""
    if similarity < THRESHOLDS["syndication"]:
        return False
    only_a, only_b = differences(a, b)
    return min(_weigh(only_a), _weigh(only_b)) <= THRESHOLDS["copy_max_difference"]


def is_same_event(a: Specifics, b: Specifics) -> bool:
    """Return True when two texts in other words tell one event: enough shared specifics, no clash."""
    if (a.title_numbers - b.wide) and (b.title_numbers - a.wide):
        return False  # "380 de locuri" and "390 de locuri": another release of a template
    only_a, only_b = differences(a, b)
    if any(t[0] in "!^" for t in only_a) and any(t[0] in "!^" for t in only_b):
        return False  # each names a place the other never does: the same template in two places
    shared = (a.core & b.wide) | (b.core & a.wide)
    score = _weigh(shared)
    smaller = min(_weigh(a.core), _weigh(b.core))
    return (
        score >= THRESHOLDS["same_event_min_score"]
        and smaller > 0
        and score / smaller >= THRESHOLDS["same_event_min_share"]
        and score >= THRESHOLDS["same_event_over_difference"] * min(_weigh(only_a), _weigh(only_b))
    )


def shared_weight(a: Specifics, b: Specifics) -> float:
    """Return the weight of what two articles share (how strong a candidate is)."""
    return _weigh((a.core & b.wide) | (b.core & a.wide))


def shown(token: str) -> str:
    """Return a specific as an editor reads it ('#380' -> '380', '!campina' -> 'campina')."""
    return token.lstrip("#@!^")


def evidence(a: Specifics, b: Specifics, similarity: float, why: str) -> str:
    """Return, in Romanian, what made b join a: the copy's shared text or the event's shared specifics."""
    if why == "copy":
        return f"copie: {similarity:.0%} din fragmentele textului în comun"
    shared = sorted((a.core & b.wide) | (b.core & a.wide), key=lambda t: (-weight(t), t))
    return "același eveniment: " + ", ".join(shown(t) for t in shared[:10])


def joins(a: Specifics, b: Specifics, similarity: float) -> str:
    """Return why b joins a's story ('copy', 'event') or '' when it does not."""
    if is_copy(a, b, similarity):
        return "copy"
    if is_same_event(a, b):
        return "event"
    return ""
