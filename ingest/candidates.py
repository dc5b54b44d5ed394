"""The page path's candidates: trafilatura with measured options, a second pass when the first looks wrong.

Options and thresholds were chosen on the real-page corpus (`gazeta eval extraction`, trafilatura's
990 evaluation pages) split in two by URL hash into a "tune" and a "holdout" half. Figures are
snippet F1 against plain `trafilatura.extract` on the same page (all / tune / holdout), each
candidate run on our cleaned tree (site rules and clutter dropped, page_clean.py):

- First pass, the library's balanced mode without images: +0.0047 / +0.0015 / +0.0080.
  Until 2026-12 the first pass favoured precision: +0.0002 / +0.0033 / -0.0029 alone. It had been
  chosen on the tune half, where it led, and lost on the other: balanced is the one that holds on
  both, and on our cleaned tree it is also the cheaper pass (16 ms against 18 ms a page).
  recall-first alone: -0.0021; with images the library keeps photo credits and image-led
  "related" boxes; fast=True cut bodies short or returned nothing.
- A second pass, favor_recall, only when the first looks wrong (see `suspicion`: 5% of pages),
  then the JSON-LD articleBody: +0.0050 / +0.0019 / +0.0081, no page empty where the library
  finds the article (with the notice rule below). A precision pass after it gained on the tune
  half only (+0.0011 there, +0.0000 on the holdout) and was left out. The feed's content is the last candidate (in extract.py).
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
FIRST_PASS = {**COMMON_OPTIONS, "fast": False}

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
# the best so far).
RETRIES = (("recall", {**COMMON_OPTIONS, "fast": False, "favor_recall": True}, LONGER_FACTOR),)
# A body that is only a notice: reprint rights, cookies, subscription or login walls, a disabled
# JavaScript warning. A candidate this short that holds one of these phrases scores nothing.
# The phrases are the notices met on Romanian outlets and in the corpus's languages (en, de, fr).
# A short article that merely ends in a copyright line ("© 2018. All Rights Reserved.") is not a
# notice: the sentences holding a phrase must make up at least NOTICE_SHARE of the text. The
# notices met (reprint rights, cookie banners) are a sentence or two and wholly notice; the
# copyright line of the short photo-blog post the corpus had emptied is 5% of its text.
NOTICE_MAX_CHARS = 600
NOTICE_SHARE = 1 / 3
NOTICE_TAIL_LINES = 3  # notice lines under a story: a prompt, its button, a copyright line
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
NOTICE_PHRASES = re.compile(
    r"reproducerea|preluarea (integral[aă]|textului|articolului|con[tț]inutului)|toate drepturile rezervate|"
    r"all rights reserved|cookie|abonează-te|abonament|subscribe to (read|continue)|subscribers only|"
    r"log ?in to (read|continue)|autentific[aă]-te|enable javascript|activa[tț]i javascript|"
    r"nachdruck|alle rechte vorbehalten|jetzt abonnieren|tous droits réservés|abonnez-vous|"
    r"disponibil doar abona[tț]|available (only )?to subscribers|nur für abonnenten|réservé aux abonnés",
    re.I,
)
_PARAGRAPH_TEXT = etree.XPath("//p//text()")


@dataclass
class Candidate:
    """One extraction of the body: trafilatura's XML (or a JSON-LD body as <p>s), its text and its name."""

    method: str  # "balanced", "recall", "json-ld"
    body: object  # an lxml element holding the body
    text: str
    link_chars: int = 0

    @property
    def score(self) -> int:
        """Characters of prose: the text minus its links, nothing when the whole candidate is a notice."""
        if is_notice(story(self.text)):
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
    if is_notice(story(candidate.text)):
        return "a notice"
    if json_ld_chars and length < JSON_LD_SHARE * json_ld_chars:
        return f"shorter than the page's JSON-LD body ({length} of {json_ld_chars})"
    return ""


def story(text: str) -> str:
    """Return text without the notice lines under the story (a paywall prompt, a copyright line).

    extract._body drops them from the body the same way: the candidate is judged on what is kept.
    """
    lines = text.rstrip().split("\n")
    for _ in range(NOTICE_TAIL_LINES):
        if len(lines) < 2 or not is_notice(" ".join(lines[-1].split())):
            break
        lines.pop()
    return "\n".join(lines)


def is_notice(text: str) -> bool:
    """Tell whether a short text is a reprint, cookie, subscription or JavaScript notice."""
    if len(text) > NOTICE_MAX_CHARS or not NOTICE_PHRASES.search(text):
        return False
    noticed = sum(len(sentence) for sentence in _SENTENCE.findall(text) if NOTICE_PHRASES.search(sentence))
    return noticed >= NOTICE_SHARE * len(text.strip())


def choose(tree, url: str, *, json_ld_body: str = "") -> tuple[Candidate | None, str]:
    """Return the best candidate body and why the first pass was not enough ('' when it was)."""
    paragraph_chars = page_chars(tree)
    first = run(tree, url, FIRST_PASS, "balanced")
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
