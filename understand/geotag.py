"""Geotag: which counties an article is about, from the places it names and the outlet's county.

The cascade, one pass over the folded tokens of title and text:
1. find mentions: county names and codes, SIRUTA places (longest phrase first, inflected forms
   included), demonyms ('clujenii'), places abroad; each weighed by what stands before it
   (an institution, 'comuna', 'din', 'strada') and where it stands (title, lead, body);
2. resolve names shared by several counties with the other evidence, the outlet's county and
   the size of the place;
3. decide local or not: a story abroad, or a national one naming a town in passing, gets no
   county; a story with no place at all from a county outlet stays in the outlet's county.
"""
import re
from collections import defaultdict
from typing import NamedTuple

from lib.text import fix_diacritics
from news.text import fold
from understand.gazetteer_index import KIND_CLUB, KIND_COUNTY, KIND_FOREIGN, GeoIndex, Place, index
from understand.result import GeoResult

_TOKEN = re.compile(r"[^\W_]+(?:\.(?=\s*[A-ZĂÂÎȘȚ]{2}\b))?")
_BREAK = re.compile(r"[.!?;:\n\"„”«»]")
_ROUTE_GAP = re.compile(r"\s*[-–—]\s*")  # 'Sibiu–Pitești', 'Calafat - Vidin': a road's two ends
# A dateline: 'Roman: Spitalul...' in a title, 'ROMAN – Un bărbat...' opening the text. A place
# before a colon or a spaced dash this early names where the story is.
_DATELINE_END = re.compile(r":|\s[-–—]\s")
DATELINE_CHARS = 40

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
# A road named by its two ends ('A1 Sibiu–Pitești', 'podul Calafat–Vidin') says where it runs,
# not where the news is: each end counts this much. Swept on the realistic hand-written set,
# where the ends outweighed the town the item was about: 0.4-0.7 all right, 0.8 and up lose one.
FACTOR_ROUTE = 0.6
# Four or more counties named with at least SECONDARY_SHARE of the best's weight, none of them
# in the title, is a list ('cod galben în Suceava, Neamț, Bacău, Harghita...'): a national
# story unless the outlet's county is on it.
LIST_COUNTIES = 4
FACTOR_TITLE = 2.5
FACTOR_LEAD = 1.5
LEAD_CHARS = 300
# Evidence needed for a county: any mention of the outlet's own county; otherwise about one
# cued mention of a town or one mention in the title. THRESHOLD_OTHER swept 1.0-3.0: demo
# county accuracy 0.9935-0.9941, hand-written 1.0 throughout; 2.0 sits mid-range.
THRESHOLD_HOME = 0.8
THRESHOLD_OTHER = 2.0
SECONDARY_SHARE = 0.5  # another county counts when it has half the primary's weight
TIE_SHARE = 0.8  # counties this close: the one named first leads ('Inundații în Vrancea și Buzău')
NATIONAL_BLOCKS_PRIOR = 2
# Support the outlet's county gets when a name is shared by several counties ('Slobozia' is the
# Ialomița seat and a commune in Argeș): swept 2.0-5.0, demo county 0.9953 at 2.0 and 0.9963 from
# 3.0 on; the realistic hand-written set is all right from 3.5 on; 4.0 sits inside that plateau.
HOME_SUPPORT = 4.0
CAPITAL = "bucuresti"  # national cues that stop the outlet-county fallback


class Token(NamedTuple):
    text: str
    folded: str
    start: int
    end: int
    field: str  # "title" or "text"
    upper: bool  # starts with a capital or a digit
    sentence_start: bool


class Mention(NamedTuple):
    places: tuple[Place, ...]
    weight: float
    token_start: int
    token_end: int
    kind: str  # county, place, demonym, foreign, code


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
            append(make(Token, (word, fold(word), start, start + len(word), field,
                                head.isupper() or head.isdigit(), starts)))
            last_end, first = end, False
    return tokens


def _is_title_case(tokens: list[Token]) -> bool:
    words = [t for t in tokens if t.field == "title" and t.folded.isalpha() and len(t.folded) > 3]
    return bool(words) and sum(t.upper for t in words) >= 0.8 * len(words)


def _cue_before(tokens: list[Token], i: int, idx: GeoIndex) -> tuple[str, tuple[int, ...]]:
    """Return the kind of cue ending just before token i, and the place ranks it allows."""
    if i == 0 or tokens[i - 1].folded not in idx.cue_ends:
        return "", ()
    for n in range(min(idx.cue_words, i), 0, -1):
        phrase = " ".join(t.folded for t in tokens[i - n:i])
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
    for cut in range(len(word), 4, -1):
        slug = idx.demonyms.get(word[:cut])
        if slug and word[cut:] in idx.demonym_endings:
            return slug
    return None


def find_mentions(tokens: list[Token], idx: GeoIndex, source_county: str | None,
                  datelines: frozenset = frozenset()) -> list[Mention]:
    """Return the place, county, demonym and foreign mentions of a token list.

    datelines: (first token, token count) of the names before an early colon or dash ('Mizil: ...').
    """
    mentions: list[Mention] = []
    title_case = _is_title_case(tokens)
    sporty = None
    i = 0
    while i < len(tokens):
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
            mentions.append(Mention((place,), WEIGHT_COUNTY_CUED, i, i + 1, "code"))
            i += 1
            continue
        # 'Gălăteni' (a village) is not 'gălățeni' (people of Galați): a known place name wins.
        slug = _demonym(token, idx) if token.folded not in idx.places else None
        if slug:
            mentions.append(Mention((Place(token.text, slug, 0, "demonym"),), WEIGHT_DEMONYM, i, i + 1, "demonym"))
            i += 1
            continue
        found = _match_place(tokens, i, idx, cue, ranks, source_county, loose_case, datelines)
        if found and found.places[0].kind == KIND_CLUB:
            if sporty is None:
                sporty = any(t.folded.startswith(idx.sport_cues.get(t.folded[:4], ("\0",))) for t in tokens)
            if not sporty:  # 'Rapid', 'Farul', 'Oțelul' are words too
                found = None
        if found:
            mentions.append(found)
            i = found.token_end
        else:
            i += 1
    return mentions


def _match_place(tokens, i, idx: GeoIndex, cue, ranks, source_county, loose_case,
                 datelines=frozenset()) -> Mention | None:
    token = tokens[i]
    if not token.upper or token.folded not in idx.place_starts:
        return None
    for n in range(min(idx.max_words, len(tokens) - i), 0, -1):
        span = tokens[i:i + n]
        if span[-1].field != token.field:
            continue
        phrase = " ".join(t.folded for t in span)
        places = idx.places.get(phrase)
        if not places:
            continue
        if not cue and (i, n) in datelines:
            cue = "dateline"
        foreign = [p for p in places if p.kind == KIND_FOREIGN]
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
        elif not cue and not is_county and not loose_case and not token.sentence_start and i > 0:
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


def _position_factor(token: Token) -> float:
    if token.field == "title":
        return FACTOR_TITLE
    return FACTOR_LEAD if token.start < LEAD_CHARS else 1.0


def resolve(mentions: list[Mention], tokens: list[Token], source_county: str | None):
    """Return county scores, foreign score and the chosen place of each mention."""
    scores: dict[str, float] = defaultdict(float)
    foreign = 0.0
    chosen: list[tuple[Mention, Place | None]] = []
    ambiguous = []
    for mention in mentions:
        factor = _position_factor(tokens[mention.token_start])
        if mention.kind == KIND_FOREIGN:
            foreign += mention.weight * factor
            chosen.append((mention, mention.places[0]))
            continue
        counties = {p.county for p in mention.places}
        if len(counties) == 1:
            scores[mention.places[0].county] += mention.weight * factor
            chosen.append((mention, max(mention.places, key=lambda p: p.rank)))
        else:
            ambiguous.append((mention, factor))
    evidence = dict(scores)
    for mention, factor in ambiguous:
        best_by_county: dict[str, Place] = {}
        for place in mention.places:
            if place.county not in best_by_county or place.rank > best_by_county[place.county].rank:
                best_by_county[place.county] = place

        def support(county: str) -> float:
            place = best_by_county[county]
            return (evidence.get(county, 0.0) + (HOME_SUPPORT if county == source_county else 0.0)
                    + 0.7 * place.rank + (1.5 if place.seat else 0.0))

        ranked = sorted(best_by_county, key=support, reverse=True)
        top, runner = support(ranked[0]), support(ranked[1])
        if top - runner >= 0.6:
            strong = evidence.get(ranked[0]) or ranked[0] == source_county or best_by_county[ranked[0]].seat
            share = 1.0 if strong else 0.7
            scores[ranked[0]] += mention.weight * factor * share
            chosen.append((mention, best_by_county[ranked[0]]))
        else:
            tied = [c for c in ranked if support(c) >= top - 1e-9]
            for county in tied:
                scores[county] += mention.weight * factor / len(best_by_county)
            chosen.append((mention, None))
    chosen.sort(key=lambda pair: pair[0].token_start)
    return scores, foreign, chosen


def _national_score(tokens: list[Token], idx: GeoIndex) -> float:
    score = 0.0
    for i in range(len(tokens)):
        if tokens[i].folded not in idx.national_starts:
            continue
        for n in (1, 2, 3):
            phrase = " ".join(t.folded for t in tokens[i:i + n])
            if phrase in idx.national_cues:
                score += 2.0 if tokens[i].field == "title" else 1.0
                break
    return score


def geotag(title: str, text: str, source_county: str | None = None, url: str = "") -> GeoResult:
    """Return the counties an article is about, primary first, with the places that said so."""
    idx = index()
    title, text = fix_diacritics(title or ""), fix_diacritics(text or "")
    tokens = tokenize(title, text)
    mentions = _routes(find_mentions(tokens, idx, source_county, _datelines(tokens, title, text)),
                       tokens, title, text)
    scores, foreign, chosen = resolve(mentions, tokens, source_county)
    places = tuple(_place_dict(mention, place, tokens) for mention, place in chosen)
    national = _national_score(tokens, idx)

    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0] != source_county, kv[0]))
    if not ranked or ranked[0][1] <= 0:
        if source_county and not foreign and national < NATIONAL_BLOCKS_PRIOR:
            return GeoResult(source_county, (source_county,), places, 0.3)
        return GeoResult(None, (), places, 0.5 if (foreign or national) else 0.2)

    first_seen = {}
    for mention, place in chosen:
        if place is not None and place.county:
            first_seen.setdefault(place.county, mention.token_start)
    close = [c for c, s in ranked if s >= TIE_SHARE * ranked[0][1]]
    if len(close) > 1 and source_county not in close:
        leader = min(close, key=lambda c: first_seen.get(c, len(tokens)))
        ranked.sort(key=lambda kv: kv[0] != leader)
    best, best_score = ranked[0]
    threshold = THRESHOLD_HOME if best == source_county else THRESHOLD_OTHER
    titled = {p.county for m, p in chosen if p is not None and tokens[m.token_start].field == "title"}
    in_title = best in titled
    listed = [c for c, s in ranked if s >= SECONDARY_SHARE * best_score]
    if len(listed) >= LIST_COUNTIES and not titled.intersection(listed):
        if source_county in listed:
            return GeoResult(source_county, (source_county,), places, 0.3)
        return GeoResult(None, (), places, 0.4)
    if foreign > best_score and not in_title:
        return GeoResult(None, (), places, min(1.0, foreign / (foreign + best_score)))
    best_mentions = sum(1 for m, p in chosen if p is not None and p.county == best)
    passing = national >= NATIONAL_BLOCKS_PRIOR and not in_title and (
        best_mentions <= 1 or best == CAPITAL)  # national news is datelined in the capital
    if best_score < threshold or (passing and best != source_county):
        if source_county and best != source_county and not foreign and national < NATIONAL_BLOCKS_PRIOR:
            return GeoResult(source_county, (source_county,), places, 0.3)
        return GeoResult(None, (), places, 0.4)

    floor = max(SECONDARY_SHARE * best_score, THRESHOLD_OTHER if best != source_county else THRESHOLD_HOME)
    counties = (best,) + tuple(c for c, s in ranked[1:] if s >= floor)
    total = sum(scores.values()) + foreign
    # Share of the evidence times its amount: one village in the body is weak, a titled town is strong.
    confidence = round(min(0.99, best_score / (total + 1.0) * min(1.0, best_score / 6.0)), 3)
    return GeoResult(best, counties, places, confidence)


def _datelines(tokens: list[Token], title: str, text: str) -> frozenset:
    """Return (first token, token count) of the words before an early colon or dash of title and text."""
    found = set()
    first = 0
    for field, value in (("title", title), ("text", text)):
        end = _DATELINE_END.search(value, 0, DATELINE_CHARS)
        count = 0
        while first + count < len(tokens) and tokens[first + count].field == field:
            count += 1
        if end and end.start() > 0:
            found.add((first, sum(1 for t in tokens[first:first + count] if t.end <= end.start())))
        first += count
    return frozenset(found)


def _routes(mentions: list[Mention], tokens: list[Token], title: str, text: str) -> list[Mention]:
    """Weaken two places joined by a dash ('Sibiu–Pitești'): the ends of a road, not its news."""
    ends = set()
    for a, b in zip(mentions, mentions[1:]):
        left, right = tokens[a.token_end - 1], tokens[b.token_start]
        if left.field == right.field and b.token_start == a.token_end:
            source = title if left.field == "title" else text
            if _ROUTE_GAP.fullmatch(source, left.end, right.start):
                ends.update((id(a), id(b)))
    if not ends:
        return mentions
    return [m._replace(weight=m.weight * FACTOR_ROUTE) if id(m) in ends else m for m in mentions]


def _place_dict(mention: Mention, place: Place | None, tokens: list[Token]) -> dict:
    first, last = tokens[mention.token_start], tokens[mention.token_end - 1]
    name = place.name if place else mention.places[0].name
    return {
        "name": name,
        "county": place.county if place else None,
        "start": first.start,
        "end": last.end,
        "field": first.field,
        "kind": mention.kind,
    }
