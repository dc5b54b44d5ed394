"""The page path's candidates: trafilatura with measured options, a second pass when the first looks wrong.

Options and thresholds were chosen on the real-page corpus (`gazeta eval extraction`, trafilatura's
990 evaluation pages) split in two by URL hash: measured on the "tune" half only, then checked on
the "holdout" half, so that they do not follow one half's quirks. Figures below are the tune half's
snippet F1 (plain `trafilatura.extract` scored 0.924 there).

- First pass, precision without the fast path and without images: 0.928. With images the
  library keeps photo credits and image-led "related" boxes (precision 0.915); fast=True with
  favor_precision cut bodies short or returned nothing (0.912, 8 pages empty); balanced 0.927,
  recall-first 0.920.
- A second pass, favor_recall, only when the first looks wrong (see `suspicion`): it ran on 10% of
  the pages and lifted F1 to 0.930; running it on every page and keeping the longer gained no more.
  A fast first pass with this chain behind it scored 0.928 (13% of pages retried): cheaper, less good.
- The library's balanced mode when the recall pass looks wrong too, then the JSON-LD articleBody;
  the feed's content is the last candidate (in extract.py).
"""
import re
from dataclasses import dataclass

import trafilatura
from lxml import etree

COMMON_OPTIONS = {
    "with_metadata": False,  # metadata comes from page_meta and library_meta, without htmldate's slow search
    "include_comments": False,
    "include_images": False,
    "include_formatting": True,
    "include_links": True,
    "include_tables": True,
    "deduplicate": False,
}
FIRST_PASS = {**COMMON_OPTIONS, "fast": False, "favor_precision": True}

# A first pass is suspect below this many characters (the corpus's shortest real articles, recipes
# and notices, run 300-600; 250 is also the pipeline's MIN_PAGE_CHARS)...
SHORT_CHARS = 250
# ...or below this share of the text the page holds in its paragraphs (after clutter is dropped):
# 0.5 retried 10% of the tune half; 0.7 and 0.9 retried 2-4 times as many pages for no gain.
PAGE_SHARE = 0.5
# ...or when links hold more than this share of its text (a list of teasers, a menu).
LINK_SHARE = 0.5
# ...or when it is shorter than this share of the page's own JSON-LD articleBody.
JSON_LD_SHARE = 0.8
# The second pass replaces the first only when it is this much longer: recall-first extraction
# adds boilerplate at the edges, so small gains in length are mostly noise (1.3 scored 0.9295,
# 1.5 0.9302, 2.0 0.9302 on the tune half).
LONGER_FACTOR = 1.5
# When a pass looks wrong, the next one runs (name, options, how much longer it must be to replace
# the best so far): recall-first, then the library's own balance.
RETRIES = (
    ("recall", {**COMMON_OPTIONS, "fast": False, "favor_recall": True}, LONGER_FACTOR),
    ("balanced", {**COMMON_OPTIONS, "fast": False}, LONGER_FACTOR),
)
# A body that is only a notice: reprint rights, cookies, subscription or login walls, a disabled
# JavaScript warning. A candidate this short that holds one of these phrases scores nothing.
# The phrases are the notices met on Romanian outlets and in the corpus's languages (en, de, fr).
NOTICE_MAX_CHARS = 600
NOTICE_PHRASES = re.compile(
    r"reproducerea|preluarea (integral[aă]|textului|articolului|con[tț]inutului)|toate drepturile rezervate|"
    r"all rights reserved|cookie|abonează-te|abonament|subscribe to (read|continue)|subscribers only|"
    r"log ?in to (read|continue)|autentific[aă]-te|enable javascript|activa[tț]i javascript|"
    r"nachdruck|alle rechte vorbehalten|jetzt abonnieren|tous droits réservés|abonnez-vous", re.I)
_PARAGRAPH_TEXT = etree.XPath("//p//text()")


@dataclass
class Candidate:
    """One extraction of the body: trafilatura's XML (or a JSON-LD body as <p>s), its text and its name."""

    method: str  # "fast", "precision", "recall", "balanced", "json-ld"
    body: object  # an lxml element holding the body
    text: str
    link_chars: int = 0

    @property
    def score(self) -> int:
        """Characters of prose: the text minus its links, nothing when the whole candidate is a notice."""
        if is_notice(self.text):
            return 0
        return max(len(self.text) - self.link_chars, 0)


def page_chars(tree) -> int:
    """Characters of text in the page's paragraphs (run on the cleaned tree, before trafilatura)."""
    return sum(len(text.strip()) for text in _PARAGRAPH_TEXT(tree))


def run(tree, url: str, options: dict, method: str) -> Candidate | None:
    """Run trafilatura on the tree (it works on its own copy); None when it finds no body."""
    # no URL: trafilatura would resolve every link against it (a tenth of its time on link-heavy
    # pages); sanitize.py makes the kept links absolute anyway
    document = trafilatura.bare_extraction(tree, **options)
    if document is None or document.body is None:
        return None
    links = sum(len("".join(ref.itertext())) for ref in document.body.iter("ref"))
    return Candidate(method=method, body=document.body, text=document.text or "", link_chars=links)


def from_json_ld(body_text: str) -> Candidate | None:
    """Return the page's JSON-LD articleBody as a candidate of paragraphs, or None."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\r?\n", body_text or "")]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        return None
    body = etree.Element("body")
    for paragraph in paragraphs:
        etree.SubElement(body, "p").text = paragraph
    return Candidate(method="json-ld", body=body, text="\n".join(paragraphs))


def suspicion(candidate: Candidate | None, *, paragraph_chars: int, json_ld_chars: int) -> str:
    """Return why a first pass looks wrong ('' when it looks like the article)."""
    if candidate is None or not candidate.text.strip():
        return "empty"
    length = len(candidate.text)
    if length < SHORT_CHARS:
        return f"short ({length} characters)"
    if length < PAGE_SHARE * paragraph_chars:
        return f"short against the page ({length} of {paragraph_chars} characters)"
    if candidate.link_chars > LINK_SHARE * length:
        return "mostly links"
    if is_notice(candidate.text):
        return "a notice"
    if json_ld_chars and length < JSON_LD_SHARE * json_ld_chars:
        return f"shorter than the page's JSON-LD body ({length} of {json_ld_chars})"
    return ""


def is_notice(text: str) -> bool:
    """Tell whether a short text is a reprint, cookie, subscription or JavaScript notice."""
    return len(text) <= NOTICE_MAX_CHARS and bool(NOTICE_PHRASES.search(text))


def choose(tree, url: str, *, json_ld_body: str = "") -> tuple[Candidate | None, str]:
    """Return the best candidate body and why the first pass was not enough ('' when it was)."""
    paragraph_chars = page_chars(tree)
    first = run(tree, url, FIRST_PASS, "precision")
    reason = suspicion(first, paragraph_chars=paragraph_chars, json_ld_chars=len(json_ld_body))
    if not reason:
        return first, ""
    best = first if first is not None and first.score else None
    for method, options, factor in RETRIES:
        candidate = run(tree, url, options, method)
        best = _longer(best, candidate, factor)
        if not suspicion(candidate, paragraph_chars=paragraph_chars, json_ld_chars=len(json_ld_body)):
            break
    return _longer(best, from_json_ld(json_ld_body), LONGER_FACTOR), reason


def _longer(best: Candidate | None, other: Candidate | None, factor: float) -> Candidate | None:
    """Return other when its score beats best's by factor (or best has none), else best."""
    if other is None or not other.score:
        return best
    return other if best is None or other.score > factor * best.score else best
