"""Highlighted snippets: the passage around the first query term, escaped, terms in <mark>."""
import itertools
import re

from markupsafe import Markup, escape

from search.stem import fast_fold, stem

SNIPPET_CHARS = 260  # about three lines of the result list on a phone


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


def _marked(text: str, spans, offset: int = 0) -> Markup:
    """Return text escaped, with the spans (relative to text + offset) marked."""
    out, last = [], 0
    for start, end in spans:
        start, end = start - offset, end - offset
        out.append(escape(text[last:start]))
        out.append(Markup("<mark>") + escape(text[start:end]) + Markup("</mark>"))
        last = end
    out.append(escape(text[last:]))
    return Markup("").join(out)


def highlight(text: str, terms) -> Markup:
    """Return text escaped, with the query's words marked."""
    return _marked(text, _matches(text, set(terms)))


def snippet(text: str, terms, size: int = SNIPPET_CHARS) -> Markup:
    """Return about `size` characters of text around the first marked word, cut at words."""
    text = " ".join(text.split())
    spans = _matches(text, set(terms))
    first = next(spans, None)
    start = max(0, first[0] - size // 4) if first else 0
    if start:
        start = text.find(" ", start) + 1 or start
    end = min(len(text), start + size)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    inside = []
    for span in itertools.chain([first] if first else [], spans):
        if span[0] >= end:
            break  # the rest of the text is not shown: no need to find its words
        if span[0] >= start and span[1] <= end:
            inside.append(span)
    marked = _marked(text[start:end], inside, offset=start)
    return (Markup("… ") if start else Markup("")) + marked + (Markup(" …") if end < len(text) else Markup(""))
