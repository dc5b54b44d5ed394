"""Highlighted snippets: the passage around the first query term, escaped, terms in <mark>."""

import re

from markupsafe import Markup, escape

from search.stem import fast_fold, stem

SNIPPET_CHARS = 260  # about three lines of the result list on a phone
# Text folded at a time while looking for the first query word: it is usually in the lead or
# the first paragraph, and folding whole texts was half the cost of a result page.
CHUNK_CHARS = 600


def _matches(text: str, terms: set):
    """Yield (start, end) of the words of text whose stem is a query term, in order."""
    if not terms:
        return
    folded = fast_fold(text)
    if len(folded) != len(text):  # ligatures or the like moved the offsets: no marks, still safe
        return
    # Only words starting with a stem can have it as their stem: test those alone.
    candidates = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(terms))) + r")[0-9a-z]*")
    for found in candidates.finditer(folded):
        if stem(found.group()) in terms:
            yield found.span()


def _marked(text: str, spans) -> Markup:
    """Return text escaped, with the spans marked (one Markup built, not one per piece)."""
    out, last = [], 0
    for start, end in spans:
        out += (escape(text[last:start]), "<mark>", escape(text[start:end]), "</mark>")
        last = end
    out.append(escape(text[last:]))
    return Markup("".join(out))


def highlight(text: str, terms) -> Markup:
    """Return text escaped, with the query's words marked."""
    return _marked(text, _matches(text, set(terms)))


def _first_match(text: str, terms: set) -> tuple[int, int] | None:
    """Return the span of the first marked word, folding the text a chunk at a time."""
    position = 0
    while position < len(text):
        if len(text) - position <= CHUNK_CHARS:
            end = len(text)
        else:  # cut after a space, so no word is split between two chunks
            end = text.find(" ", position + CHUNK_CHARS) + 1 or len(text)
        span = next(_matches(text[position:end], terms), None)
        if span:
            return span[0] + position, span[1] + position
        position = end
    return None


def snippet(text: str, terms, size: int = SNIPPET_CHARS) -> Markup:
    """Return about `size` characters of text around the first marked word, cut at words."""
    text = " ".join(text.split())
    terms = set(terms)
    first = _first_match(text, terms)
    start = max(0, first[0] - size // 4) if first else 0
    if start:
        start = text.find(" ", start) + 1 or start
    end = min(len(text), start + size)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    marked = highlight(text[start:end], terms)
    return (Markup("… ") if start else Markup("")) + marked + (Markup(" …") if end < len(text) else Markup(""))
