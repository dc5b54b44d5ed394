"""Trim the boilerplate trafilatura keeps inside a chosen body: "read also" links between paragraphs, related boxes under it.

Both rules work on the body as HTML (extract._body), before its own head and tail rules, and are
data with the way they were chosen. They were measured one at a time on the saved candidates of
the real-page corpus (trafilatura's 990 evaluation pages, `gazeta eval extraction`), split by URL
hash into a "tune" and a "holdout" half: each threshold was picked on the tune half and kept only
because it helped the holdout half too. Figures are snippet F1 on the pages whose body came from
the balanced pass (tune / holdout), against 0.9265 / 0.9266 without either rule.

1. A short paragraph that is mostly a link is a "read also" teaser (in the corpus's languages: "Read
   more: <link>", "Lesen Sie auch: <link>", "Lea también: <link>", "Czytaj też: <link>"), not a
   sentence of the story: prose links a few words, not the whole line. Dropped anywhere in the body.
   With the tail rule: 0.9327 / 0.9305. 80 characters 0.9295 / 0.9308, 160 0.9323 / 0.9305; a link
   share of 0.6 or 0.8 0.9324 / 0.9305 and 0.9321 / 0.9302. Also dropping list items and headings
   so made it 0.9330 / 0.9301 and 0.9333 / 0.9297: better on the tune half, worse on the holdout,
   left out.
2. Under the story, up to three closing blocks that are a heading (the title of a related box), mostly
   links, or a short line that does not end a sentence ("Weitere Themen", "Mehr zum Thema", "Kontakt:",
   "Schon gelesen?" ends one, but the line before it goes) are dropped: 0.9290 / 0.9285 alone.
   A link share of 0.3 0.9286 / 0.9281 and 0.9 0.9280 / 0.9283; short lines of up to 60 or 80
   characters: 0.9287 / 0.9261 and 0.9289 / 0.9270; up to eight blocks: 0.9290 / 0.9284.
   Dropping a closing line that ends in ":" as well: 0.9330 / 0.9297, left out.

Two exceptions came from the extraction gate's 40 pages, where the rules had cut real text: a
paragraph that is a bare address is a reference the author cites (a forum post's GNU link), and CJK
full stops and brackets end a sentence (a Xinhua reporter's name line). With both: 0.9334 / 0.9301.
Whole corpus, one run of `gazeta eval extraction`: F1 0.9329 against the library's 0.9214.
"""

import re

# Rule 1: a paragraph of at most this many characters whose links hold at least this share of its text.
TEASER_MAX_CHARS = 120
TEASER_LINK_SHARE = 0.5
# Rule 2: how many closing blocks may go, the link share that makes one a list of links, and the
# length under which a line that does not end like a sentence is a label.
TAIL_BLOCKS = 3
TAIL_LINK_SHARE = 0.5
TAIL_LABEL_CHARS = 40
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_LINKS = ("a", "ref")
# How a sentence (or a quotation, a parenthesis) ends, in the corpus's languages.
_SENTENCE_END = re.compile(r"[.!?…\"'»«“”’)\]。！？）」』]$")
# A link whose text is an address ("http://www.gnu.org/...") is a reference the author cites, not a teaser.
_ADDRESS = re.compile(r"^(https?://|www\.)\S+$", re.I)


def trim(container) -> None:
    """Drop teaser paragraphs and the related boxes under the story, in place (never the only block)."""
    for paragraph in list(container.iter("p")):
        if len(container) < 2:
            break
        text = _text(paragraph)
        if (
            text
            and len(text) <= TEASER_MAX_CHARS
            and not _ADDRESS.match(text)
            and _link_share(paragraph, text) >= TEASER_LINK_SHARE
        ):
            drop_keeping_tail(paragraph)
    for _ in range(TAIL_BLOCKS):
        if len(container) < 2:
            break
        last = container[-1]
        if not _is_closing_clutter(last):
            break
        container.remove(last)


def _is_closing_clutter(block) -> bool:
    """Tell whether a block under the story is a heading, a list of links or a short label."""
    if block.find(".//img") is not None:
        return False  # a closing picture is part of the story
    if block.tag in _HEADINGS:
        return True
    text = _text(block)
    if not text:
        return False
    return _link_share(block, text) > TAIL_LINK_SHARE or (
        len(text) <= TAIL_LABEL_CHARS and not _SENTENCE_END.search(text)
    )


def _text(element) -> str:
    """Return an element's text with its whitespace squashed."""
    return " ".join("".join(element.itertext()).split())


def _link_share(element, text: str) -> float:
    """Return the share of an element's text that sits in links."""
    linked = sum(len(" ".join("".join(link.itertext()).split())) for link in element.iter(*_LINKS))
    return linked / len(text)


def drop_keeping_tail(element) -> None:
    """Remove an element, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
