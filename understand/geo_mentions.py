"""Step 1 of the geotagger (understand.geotag): tokens, and the mentions of places among them.

A mention is a county name or code, a SIRUTA place (longest phrase first, inflected forms
included), a demonym ('clujenii') or a place abroad, weighed by what stands before it (an
institution, 'comuna', 'din', 'strada', 'turiști din', 'la limita cu') and after it (a Hungarian
'polgármester'). Where it stands in the article (title, lead, tail) is weighed later, in resolve.
"""

import itertools
import operator
import re
from typing import NamedTuple

from news.text import fold
from understand.gazetteer_index import KIND_CLUB, KIND_COUNTY, KIND_FOREIGN, GeoIndex, Place

_TOKEN = re.compile(r"[^\W_]+(?:\.(?=\s*[A-ZĂÂÎȘȚ]{2}\b))?")
_BREAK = re.compile(r"[.!?;:\n\"„”«»]")

# Weights, calibrated on the hand-written set (understand/tests/data/handwritten_geo.jsonl) and then
# checked on the demo network; a county name counts most, a village least.
WEIGHT_COUNTY = 2.5
WEIGHT_COUNTY_CUED = 4.0  # 'județul Bacău', 'jud. BC'
WEIGHT_BY_RANK = {3: 2.0, 2: 1.6, 1: 1.2, 0: 0.8}
WEIGHT_DEMONYM = 1.5
WEIGHT_FOREIGN = 2.0  # a place abroad counts like a town at home
WEIGHT_STOP_UNCUED = 0.5  # 'Lunca' with no cue, only when the outlet's county has one
BONUS_INSTITUTION = 1.5  # 'IPJ Bacău', 'Primăria Onești'
FACTOR_ADMIN_CUE = 1.3  # 'comuna', 'municipiul'
FACTOR_LOCATIVE_CUE = 1.1  # 'din', 'la'
# 'spre București': where traffic goes, not where the story is. Swept on the realistic set and the
# demo: 0.3-0.7 all right, 1.0 (no discount) loses a traffic item; 0.6 still lets a lone titled
# destination ('Accident pe drumul spre Sinaia') pass the threshold.
FACTOR_DIRECTION_CUE = 0.6
FACTOR_DATELINE = 1.3  # 'Mizil: ...' like 'orașul Mizil'; lets a stop name ('Roman:', 'Titu:') count
# 'la limita cu județul Bacău', 'la ieșirea din Ilfov': beside the story, not in it. Swept
# 0.2-1.0: 0.2-0.6 equal on every hand set, 1.0 (no discount) loses two hard items.
FACTOR_BOUNDARY = 0.4


class Token(NamedTuple):
    text: str
    folded: str
    start: int
    end: int
    field: str  # "title" or "text"
    upper: bool  # starts with a capital or a digit
    sentence_start: bool


_FOLDED = operator.attrgetter("folded")


class Mention(NamedTuple):
    places: tuple[Place, ...]
    weight: float
    token_start: int
    token_end: int
    kind: str  # county, place, demonym, foreign, code
    home: bool = False  # where the people in the story come from ('turiști din Dolj')


def tokenize(title: str, text: str) -> list[Token]:
    """Split title and text into tokens with their folded form and position."""
    tokens = []
    # Runs twice per stored article (here and in clustering), over every word: the names are
    # bound locally and each Token built with tuple.__new__ (C) rather than its Python __new__.
    append, make, breaks = tokens.append, tuple.__new__, _BREAK.search
    for field, value in (("title", title), ("text", text)):
        last_end, first = 0, True
        for match in _TOKEN.finditer(value):
            start, end = match.span()
            word = match[0].rstrip(".")
            starts = first or breaks(value, last_end, start) is not None
            head = word[0]
            append(
                make(
                    Token, (word, fold(word), start, start + len(word), field, head.isupper() or head.isdigit(), starts)
                )
            )
            last_end, first = end, False
    return tokens


def _is_title_case(tokens: list[Token]) -> bool:
    title = itertools.takewhile(lambda t: t.field == "title", tokens)  # the title's tokens come first
    words = [t for t in title if t.folded.isalpha() and len(t.folded) > 3]
    return bool(words) and sum(t.upper for t in words) >= 0.8 * len(words)


def _cue_before(tokens: list[Token], i: int, idx: GeoIndex) -> tuple[str, tuple[int, ...]]:
    """Return the kind of cue ending just before token i, and the place ranks it allows."""
    if i == 0 or tokens[i - 1].folded not in idx.cue_ends:
        return "", ()
    for n in range(min(idx.cue_words, i), 0, -1):
        phrase = " ".join(t.folded for t in tokens[i - n : i])
        if tokens[i - n].field != tokens[i].field:
            continue
        if phrase in idx.negative_cues:
            return "negative", ()
        if phrase in idx.institutions:
            return "institution", ()
        if phrase in idx.county_cues:
            return "county", ()
        if phrase in idx.admin_cues:
            return "admin", idx.admin_cues[phrase]
        if phrase in idx.locative_cues:
            return "locative", ()
        if phrase in idx.direction_cues:
            return "direction", ()
    return "", ()


def _demonym(token: Token, idx: GeoIndex) -> str | None:
    word = token.folded
    if word[:5] not in idx.demonym_heads:
        return None
    for cut in range(len(word), 4, -1):
        slug = idx.demonyms.get(word[:cut])
        if slug and word[cut:] in idx.demonym_endings:
            return slug
    return None


def find_mentions(
    tokens: list[Token], idx: GeoIndex, source_county: str | None, datelines: frozenset = frozenset()
) -> list[Mention]:
    """Return the place, county, demonym and foreign mentions of a token list.

    datelines: (first token, token count) of the names before an early colon or dash ('Mizil: ...').
    """
    mentions: list[Mention] = []
    title_case = _is_title_case(tokens)
    sporty = None
    i = 0
    for start in _possible_starts(tokens, idx):
        if start < i:  # inside a mention found already, or skipped after a negative cue
            continue
        i = start
        token = tokens[i]
        loose_case = token.field == "title" and title_case
        cue, ranks = _cue_before(tokens, i, idx)
        if cue == "negative" and token.upper:
            i += 1  # skip the name after 'strada', 'Școala' ...
            while i < len(tokens) and tokens[i].upper and not tokens[i].sentence_start:
                i += 1
            continue
        if cue == "county" and token.folded in idx.codes and token.text.isupper():
            place = Place(token.text, idx.codes[token.folded], 4, KIND_COUNTY, True)
            mentions.append(_in_context(Mention((place,), WEIGHT_COUNTY_CUED, i, i + 1, "code"), tokens, idx))
            i += 1
            continue
        adjective = _hungarian_adjective(tokens, i, idx)
        if adjective:
            mentions.append(adjective)
            i += 1
            continue
        # 'Gălăteni' (a village) is not 'gălățeni' (people of Galați): a known place name wins.
        slug = _demonym(token, idx) if token.folded not in idx.places else None
        if slug:
            # 'un brăilean', 'studenți băcăuani': a person and where they come from.
            person = i > 0 and (tokens[i - 1].folded in _ONE_PERSON or tokens[i - 1].folded in idx.home_nouns)
            mentions.append(
                Mention((Place(token.text, slug, 0, "demonym"),), WEIGHT_DEMONYM, i, i + 1, "demonym", person)
            )
            i += 1
            continue
        found = _match_place(tokens, i, idx, cue, ranks, source_county, loose_case, datelines)
        if found and found.places[0].kind == KIND_CLUB:
            if sporty is None:
                sporty = any(t.folded.startswith(idx.sport_cues.get(t.folded[:4], ("\0",))) for t in tokens)
            if not sporty:  # 'Rapid', 'Farul', 'Oțelul' are words too
                found = None
        if found:
            found = _after_cue(found, tokens, idx)
            mentions.append(_in_context(found, tokens, idx))
            i = found.token_end
        else:
            i += 1
    return mentions


def _possible_starts(tokens: list[Token], idx: GeoIndex) -> list[int]:
    """Return, in order, the positions of the tokens that may start a mention.

    A mention starts at a place's first word, a Hungarian adjective or a demonym's head, or
    right after a cue (a negative cue's skip, a cued county code); find_mentions' checks would
    find nothing at any other token, so it passes them over (most tokens of a long text).
    """
    folded = list(map(_FOLDED, tokens))
    words = set(folded)  # each distinct word is looked up once
    adjectives, heads = idx.hu_adjectives, idx.demonym_heads
    begins = words & idx.place_starts
    begins.update(word for word in words if word in adjectives or word[:5] in heads)
    after = words & idx.cue_ends
    found = {n for n, word in enumerate(folded) if word in begins}
    if after:
        found.update(n + 1 for n, word in enumerate(folded) if word in after)
        found.discard(len(tokens))
    return sorted(found)


def _hungarian_adjective(tokens: list[Token], i: int, idx: GeoIndex) -> Mention | None:
    """Return the mention of a Hungarian place adjective ('a csíkszeredai kórház'), or None.

    Written in lower case; capitalized inside a sentence it is a family name ('Aradi Péter').
    """
    token = tokens[i]
    places = idx.hu_adjectives.get(token.folded)
    if not places or (token.upper and not token.sentence_start) or len(token.folded) < 5:
        return None
    if _given_name_after(tokens, i + 1, idx):
        return None
    mention = Mention(places, _base_weight(places, ""), i, i + 1, "place")
    return _after_cue(mention, tokens, idx)


def _given_name_after(tokens: list[Token], j: int, idx: GeoIndex) -> bool:
    """Return True when token j is a Hungarian given name: the name before it is a family name."""
    return (
        j < len(tokens)
        and tokens[j].upper
        and tokens[j].folded in idx.given_names
        and tokens[j].field == tokens[j - 1].field
    )


def _after_cue(mention: Mention, tokens: list[Token], idx: GeoIndex) -> Mention:
    """Weigh the Hungarian word after a place: a local body ('polgármester', 'megyei tanács') or a person."""
    j = mention.token_end
    if j >= len(tokens) or tokens[j].field != tokens[mention.token_start].field:
        return mention
    word = tokens[j].folded
    if word in idx.hu_home_after:  # 'egy csíkszeredai férfi': where he comes from
        return mention._replace(home=True)
    if word.startswith(idx.hu_after_cues) and word not in idx.places:
        return mention._replace(weight=mention.weight + BONUS_INSTITUTION)
    return mention


_ONE_PERSON = frozenset({"un", "o", "unui", "unei", "doi", "doua", "trei", "patru", "cinci"})
HOME_WINDOW = 4  # 'un tânăr de 19 ani din Galați': the noun stands up to this many words before 'din'


def _in_context(mention: Mention, tokens: list[Token], idx: GeoIndex) -> Mention:
    """Mark a home ('turiști din Dolj') and weaken a neighbour ('la limita cu județul Bacău')."""
    j = mention.token_start - 1
    if j >= 0 and (tokens[j].folded in idx.county_cues or tokens[j].folded in idx.admin_cues):
        j -= 1  # 'din județul Dolj', 'din comuna Crasna'
    if j < 1 or tokens[j].field != tokens[mention.token_start].field:
        return mention
    for n in (2, 1):
        if j - n + 1 >= 0 and " ".join(t.folded for t in tokens[j - n + 1 : j + 1]) in idx.boundary_cues:
            return mention._replace(weight=mention.weight * FACTOR_BOUNDARY)
    if tokens[j].folded == "din" and mention.kind != KIND_FOREIGN:
        if tokens[j - 1].folded in idx.home_words:
            return mention._replace(home=True)
        for k in range(j - 1, max(-1, j - 1 - HOME_WINDOW), -1):
            word = tokens[k].folded
            if word in idx.home_nouns:
                return mention._replace(home=True)
            if tokens[k + 1].sentence_start or not (word.isdigit() or word in idx.home_fillers):
                break
    return mention


def _match_place(
    tokens, i, idx: GeoIndex, cue, ranks, source_county, loose_case, datelines=frozenset()
) -> Mention | None:
    token = tokens[i]
    if not token.upper or token.folded not in idx.place_starts:
        return None
    for n in range(min(idx.max_words, len(tokens) - i), 0, -1):
        span = tokens[i : i + n]
        if span[-1].field != token.field:
            continue
        phrase = " ".join(t.folded for t in span)
        places = idx.places.get(phrase)
        if not places:
            continue
        if _given_name_after(tokens, i + n, idx) and phrase not in idx.hu_inflected:
            return None  # 'Tamási Áron', 'Holló Zsolt': a person (or the school named after one)
        if not cue and (i, n) in datelines:
            cue = "dateline"
        foreign = [p for p in places if p.kind == KIND_FOREIGN]
        if (
            foreign
            and phrase in idx.foreign_first_names
            and i > 0
            and tokens[i - 1].upper
            and not token.sentence_start
            and tokens[i - 1].field == token.field
        ):
            return None  # 'Antal Gyula': a man, not the town in Hungary
        if foreign and cue != "admin":
            return Mention(tuple(foreign), WEIGHT_FOREIGN, i, i + n, KIND_FOREIGN)
        places = tuple(p for p in places if p.kind != KIND_FOREIGN)
        if not places:
            continue
        if cue == "county":
            places = tuple(p for p in places if p.kind == KIND_COUNTY) or places
        elif cue == "admin":
            places = tuple(p for p in places if p.kind != KIND_COUNTY and p.rank in ranks) or places
        is_county = any(p.kind == KIND_COUNTY for p in places)
        weight = _base_weight(places, cue)
        if phrase in idx.stop and not is_county and cue in ("", "negative", "direction"):
            places = tuple(p for p in places if p.county == source_county)
            if not places:
                continue
            weight = WEIGHT_STOP_UNCUED
        elif (
            not cue
            and not is_county
            and not loose_case
            and not token.sentence_start
            and i > 0
            and phrase not in idx.hu_inflected
        ):
            prev = tokens[i - 1]
            # 'Ion Roman', 'Maria Bălan': a capitalized word just before makes it a person.
            if prev.upper and prev.field == token.field and prev.folded not in idx.places:
                if not any(p.seat for p in places):
                    return None
        return Mention(places, weight, i, i + n, "county" if is_county else "place")
    return None


def _base_weight(places: tuple[Place, ...], cue: str) -> float:
    if any(p.kind == KIND_COUNTY for p in places):
        weight = WEIGHT_COUNTY_CUED if cue == "county" else WEIGHT_COUNTY
    else:
        weight = WEIGHT_BY_RANK[max(p.rank for p in places)]
    if cue == "institution":
        weight += BONUS_INSTITUTION
    elif cue == "admin":
        weight *= FACTOR_ADMIN_CUE
    elif cue == "locative":
        weight *= FACTOR_LOCATIVE_CUE
    elif cue == "direction":
        weight *= FACTOR_DIRECTION_CUE
    elif cue == "dateline":
        weight *= FACTOR_DATELINE
    return weight
