"""Two shapes of text that say how a place name counts: a dateline and a road's two ends.

Used by understand.geotag on its tokens and mentions.
"""

import re

_ROUTE_GAP = re.compile(r"\s*[-–—]\s*")  # 'Sibiu–Pitești', 'Calafat - Vidin': a road's two ends
# A dateline: 'Roman: Spitalul...' in a title, 'ROMAN – Un bărbat...' opening the text. A place
# before a colon or a spaced dash this early names where the story is.
_DATELINE_END = re.compile(r":|\s[-–—]\s")
DATELINE_CHARS = 40
# A road named by its two ends ('A1 Sibiu–Pitești', 'podul Calafat–Vidin') says where it runs,
# not where the news is: each end counts this much. Swept on the realistic hand-written set,
# where the ends outweighed the town the item was about: 0.4-0.7 all right, 0.8 and up lose one.
FACTOR_ROUTE = 0.6


def datelines(tokens: list, title: str, text: str) -> frozenset:
    """Return (first token, token count) of the words before an early colon or dash of title and text."""
    found = set()
    # The title's tokens come first, then the text's; each in the order they stand.
    title_count = next((n for n, token in enumerate(tokens) if token.field != "title"), len(tokens))
    for first, last, value in ((0, title_count, title), (title_count, len(tokens), text)):
        end = _DATELINE_END.search(value, 0, DATELINE_CHARS)
        if end and end.start() > 0:
            count = 0  # the field's tokens that end before the colon or dash: its first ones
            while first + count < last and tokens[first + count].end <= end.start():
                count += 1
            found.add((first, count))
    return frozenset(found)


def routes(mentions: list, tokens: list, title: str, text: str) -> list:
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


def appositions(mentions: list, tokens: list, county_cues: frozenset) -> list:
    """Narrow a name shared by several counties to the county named right after it.

    'comuna Scânteia, județul Vaslui', 'Slobozia din județul Argeș': the way Romanian news says
    which of two places of the same name it means.
    """
    narrowed = list(mentions)
    for n, (a, b) in enumerate(zip(mentions, mentions[1:])):
        counties = {p.county for p in a.places}
        if len(counties) < 2 or b.kind not in ("county", "code") or b.places[0].county not in counties:
            continue
        gap = tokens[a.token_end : b.token_start]
        if (
            len(gap) <= 2
            and all(t.folded in county_cues or t.folded == "din" for t in gap)
            and any(t.folded in county_cues for t in gap)
            and tokens[a.token_start].field == tokens[b.token_start].field
        ):
            narrowed[n] = a._replace(places=tuple(p for p in a.places if p.county == b.places[0].county))
    return narrowed
