"""Highlighted snippets: the passage around the first query term, escaped, terms in <mark>."""
import re

from markupsafe import Markup, escape

from search.stem import fast_fold, stem

SNIPPET_CHARS = 260  # about three lines of the result list on a phone


def _matches(text: str, terms: set) -> list[tuple[int, int]]:
    """Return (start, end) of the words of text whose stem is a query term."""
    folded = fast_fold(text)
    if len(folded) != len(text):  # ligatures or the like moved the offsets: no marks, still safe
        return []
    if not terms:
        return []
    # Only words starting with a stem can have it as their stem: test those alone.
    candidates = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(terms))) + r")[0-9a-z]*")
    return [m.span() for m in candidates.finditer(folded) if stem(m.group()) in terms]


def highlight(text: str, terms) -> Markup:
    """Return text escaped, with the query's words marked."""
    out, last = [], 0
    for start, end in _matches(text, set(terms)):
        out.append(escape(text[last:start]))
        out.append(Markup("<mark>") + escape(text[start:end]) + Markup("</mark>"))
        last = end
    out.append(escape(text[last:]))
    return Markup("").join(out)


def snippet(text: str, terms, size: int = SNIPPET_CHARS) -> Markup:
    """Return about `size` characters of text around the first marked word, cut at words."""
    text = " ".join(text.split())
    spans = _matches(text, set(terms))
    start = max(0, spans[0][0] - size // 4) if spans else 0
    if start:
        start = text.find(" ", start) + 1 or start
    end = min(len(text), start + size)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    piece = text[start:end]
    marked = highlight(piece, terms)
    return (Markup("… ") if start else Markup("")) + marked + (Markup(" …") if end < len(text) else Markup(""))
