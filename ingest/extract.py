"""Extract an article's text and metadata from its page with trafilatura, or fall back to the feed.

The cascade, in order:
1. the feed entry already carries the full text (`feed_is_complete`) -> path "feed", no page fetch;
2. the page is parsed once with lxml; site rules drop clutter and may point at the body; lazy
   images get real, absolute sources; trafilatura runs once on that tree -> path "page";
3. the page yields too little text (or nothing) -> the feed's content or summary, path "fallback".
"""

import dataclasses
import html
import logging
import re
from urllib.parse import urljoin

import lxml.html
from lxml import etree
from trafilatura.htmlprocessing import convert_to_html

from ingest import library_meta
from ingest.candidates import FIRST_PASS, NOTICE_TAIL_LINES, choose, is_notice
from ingest.dates import find_date, parse_date
from ingest.errors import ExtractError
from ingest.extract_trim import drop_keeping_tail, trim
from ingest.items import Extracted, FeedEntry
from ingest.normalize import web_url
from ingest.page_clean import apply_rule, first_value, lead_figure, resolve_lazy_images
from ingest.page_meta import (
    choose_author,
    clean_byline,
    clean_title,
    read_page_meta,
    visible_date,
)
from ingest.page_shapes import breaks_to_paragraphs, unwrap_layout_tables
from ingest.site_rules import rule_for
from lib.ro import parse_iso
from lib.text import fix_diacritics

log = logging.getLogger(__name__)

# A page extraction shorter than this is a teaser, a paywall or a gallery caption, not an article:
# on our fixtures real bodies start around 600 characters and failed extractions stay under 200.
MIN_PAGE_CHARS = 250
# When the feed carries more text than the page extraction by this factor, trafilatura missed part
# of the body (a split article, an unusual layout) and the feed's copy is the better one.
FEED_LONGER_FACTOR = 1.5
# A feed entry with at least this much text, longer than its summary and without a "read more"
# ending, is the whole article, so the page is not fetched. WordPress excerpts are ~55 words
# (~350 characters) and end in [...]; short Romanian news items start around 600 characters
# (the demo network's bodies run 600-1,600, median ~1,040).
FEED_COMPLETE_CHARS = 500
_TRUNCATED = re.compile(
    r"(\[(…|\.\.\.)\]|…|\.\.\.|citește (mai departe|mai mult|continuarea)|"
    r"read more|continuă lectura)\W*$",
    re.I,
)

# trafilatura's options for the first pass, shared with the benchmark so "the library alone" runs
# the same extraction (how they were chosen: candidates.py).
TRAFILATURA_OPTIONS = FIRST_PASS

# The page's own machine-readable publication time beats trafilatura's date (a day, no time).
_DATE_XPATH = etree.XPath(
    '//meta[@property="article:published_time" or @name="article:published_time" or '
    '@property="og:article:published_time" or @name="pubdate" or @name="publishdate" or '
    '@name="publish-date" or @name="date" or @name="DC.date.issued" or @name="dcterms.created" or '
    '@name="sailthru.date" or @name="parsely-pub-date"]/@content'
    ' | //*[@itemprop="datePublished"]/@content | //time[@itemprop="datePublished"]/@datetime'
)
# The page's own time of its last edit (what "Actualizat ..." shows when the feed has none).
_MODIFIED_XPATH = etree.XPath(
    '//meta[@property="article:modified_time" or @name="article:modified_time" or '
    '@property="og:updated_time" or @name="last-modified" or @name="dcterms.modified"]/@content'
    ' | //*[@itemprop="dateModified"]/@content | //time[@itemprop="dateModified"]/@datetime'
)
_CANONICAL = etree.XPath('//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content')
# Above the story, trafilatura sometimes keeps the byline/date line or the lead image's caption;
# up to this many leading blocks this short are checked (a real first paragraph is longer).
HEAD_BLOCKS, MAX_HEAD_LINE = 3, 160
# C0 controls other than tab, LF and CR: stray bytes from word processors (\x0b, \x01) that XML
# refuses, so trafilatura's tree conversion gives up on the whole page; UTF-8 never uses these
# bytes inside a character, so deleting them cannot cut one.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 13))
# Soft hyphens (&shy;, German and Romanian pages hyphenate long words with them) and zero-width
# spaces: invisible in a browser, but inside a word they hide it from search and from readers'
# copy-paste ("Mus\xadso\xadli\xadni").
_INVISIBLE = ("\u00ad", "\u200b", "\u2060", "\ufeff")
# Every element of our trees is a plain HtmlElement, looked up in C: lxml.html's own lookup calls
# Python for each element touched (to hand out form and input classes nobody here uses), and
# trafilatura's passes touch every element several times; on the real-page corpus this made a
# trafilatura pass on our tree 6% cheaper, with the same output.
_PLAIN_ELEMENTS = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)
_BLOCKS = ("p", "h2", "h3", "h4", "li", "blockquote", "figcaption", "pre", "td", "th")


def feed_is_complete(entry: FeedEntry) -> bool:
    """Tell whether the feed entry carries the whole article, so the page need not be fetched."""
    text = _html_text(entry.content_html)
    if len(text) < FEED_COMPLETE_CHARS or _TRUNCATED.search(text[-80:]):
        return False
    return len(text) > len(_html_text(entry.summary_html))  # not the excerpt repeated


def from_feed(entry: FeedEntry, path: str = "feed", reason: str = "") -> Extracted:
    """Return the feed entry's own content as an Extracted (path "feed" or "fallback")."""
    body = entry.content_html or entry.summary_html
    if body and "<" not in body:
        body = "".join(f"<p>{_escape(p.strip())}</p>" for p in body.split("\n\n") if p.strip())
    return Extracted(
        path=path,
        title=entry.title,
        author=entry.author,
        published=entry.published,
        html=body,
        text=_html_text(body),
        image_url=entry.image_url,
        image_caption=entry.image_caption,
        canonical_url=entry.url,
        categories=entry.categories,
        reason=reason,
    )


def extract_article(page: str | bytes, *, url: str = "", entry: FeedEntry | None = None) -> Extracted:
    """Extract the article from its page; fall back to the feed entry when the page gives too little."""
    try:
        extracted = extract_page(page, url=url)
    except ExtractError as exc:
        if entry is None:
            raise
        return from_feed(entry, path="fallback", reason=exc.reason)
    if entry is None:
        if len(extracted.text) < MIN_PAGE_CHARS:
            raise ExtractError(f"only {len(extracted.text)} characters of text on the page", url=url)
        return extracted
    feed_text_length = len(_html_text(entry.content_html or entry.summary_html))
    page_too_short = len(extracted.text) < MIN_PAGE_CHARS and feed_text_length > len(extracted.text)
    if page_too_short or feed_text_length > FEED_LONGER_FACTOR * len(extracted.text):
        reason = f"page text too short ({len(extracted.text)} characters, feed {feed_text_length})"
        fallback = from_feed(entry, path="fallback", reason=reason)
        return _merge(fallback, extracted)
    return _merge(extracted, from_feed(entry))


def _merge(primary: Extracted, secondary: Extracted) -> Extracted:
    """Fill primary's empty metadata fields from secondary."""
    values = {}
    for name in (
        "title",
        "author",
        "published",
        "image_url",
        "image_caption",
        "canonical_url",
        "categories",
        "description",
        "image_alt",
        "modified",
    ):
        if not getattr(primary, name) and getattr(secondary, name):
            values[name] = getattr(secondary, name)
    if "image_url" in values and primary.image_url == "":
        values.setdefault("image_caption", secondary.image_caption)
    return _replace(primary, **values)


def _replace(extracted: Extracted, **values) -> Extracted:
    """Return a copy of extracted with some fields changed."""
    return dataclasses.replace(extracted, **values) if values else extracted


def extract_page(page: str | bytes, *, url: str = "") -> Extracted:
    """Run the page path of the cascade: one lxml parse, site rules, lazy images, trafilatura once."""
    tree = parse_html(page)
    rule = rule_for(url)
    meta = read_page_meta(tree, url)
    canonical = first_value(tree, _CANONICAL)
    og_image, caption, alt, lead_img = lead_figure(tree, rule, url, meta)
    resolve_lazy_images(tree, url)
    lead_src = lead_img.get("src", "") if lead_img is not None else ""
    lead_image = og_image or lead_src
    if not caption and meta.image_caption and og_image == meta.image:
        caption = meta.image_caption
    published = parse_date(first_value(tree, _DATE_XPATH)) or meta.published or visible_date(tree)
    modified = parse_date(first_value(tree, _MODIFIED_XPATH))
    unwrap_layout_tables(tree)
    breaks_to_paragraphs(tree)
    tree = apply_rule(tree, rule)
    candidate, suspicion = choose(tree, url, json_ld_body=meta.body)
    if candidate is None:
        raise ExtractError("trafilatura found no article body", url=url)
    document = library_meta.read(tree, url, need_date=published is None)
    image = document.image or lead_image
    if image and url:
        image = urljoin(url, image)
    title = clean_title(
        document.title or meta.title or (meta.headings[0] if meta.headings else ""), meta, url, document.sitename
    )
    author = choose_author(meta.authors + [clean_byline(document.author)], meta.site_name or document.sitename)
    body_html, text = _body(candidate.body, title=title, drop_images={image, lead_src}, head_lines=(caption, author))
    return Extracted(
        path="page",
        method=candidate.method,
        reason=suspicion,
        title=fix_diacritics(title),
        author=fix_diacritics(author),
        published=published or parse_iso(document.date),
        html=fix_diacritics(body_html),
        text=fix_diacritics(text),
        image_url=web_url(image or ""),
        image_caption=fix_diacritics(caption) if image in (lead_image, lead_src) else "",
        image_alt=fix_diacritics(alt) if image in (lead_image, lead_src) else "",
        canonical_url=web_url(urljoin(url, canonical)) if canonical else "",
        categories=document.categories,
        description=document.description,
        modified=modified,
    )


def parse_html(page: str | bytes) -> lxml.html.HtmlElement:
    """Parse a page into an lxml tree; raise ExtractError for an empty or unreadable page."""
    if isinstance(page, str):
        page = page.encode("utf-8")  # the parser is told UTF-8, so a stale meta charset cannot mislead it
    page = page.translate(None, _CONTROL_BYTES)
    if not page.strip():
        raise ExtractError("empty page")
    try:
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
        parser.set_element_class_lookup(_PLAIN_ELEMENTS)
        tree = lxml.html.document_fromstring(page, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractError(f"unreadable HTML ({exc})") from exc
    return tree


def _body(body, *, title: str = "", drop_images=frozenset(), head_lines=()) -> tuple[str, str]:
    """Return (html, text) of trafilatura's XML body, without a leading title copy, byline or the lead image."""
    container = convert_to_html(body).find("body")
    trim(container)  # "read also" teasers and related boxes trafilatura kept (extract_trim.py)
    first = container[0] if len(container) else None
    if first is not None and first.tag in ("h1", "h2") and _same_words("".join(first.itertext()), title):
        container.remove(first)
    for block in list(container)[:HEAD_BLOCKS]:
        if not _is_head_line(" ".join("".join(block.itertext()).split()), *head_lines):
            break
        if block.find(".//img") is None:
            container.remove(block)
    # a paywall or copyright notice under the story ("Abonează-te", "© 2018. All Rights Reserved.")
    for _ in range(NOTICE_TAIL_LINES):
        if len(container) < 2 or not is_notice(" ".join("".join(container[-1].itertext()).split())):
            break
        container.remove(container[-1])
    last = container[-1] if len(container) else None
    if last is not None and head_lines[1:] and _is_signature(" ".join("".join(last.itertext()).split()), head_lines[1]):
        container.remove(last)
    for img in list(container.iter("img")):
        if img.get("src") in drop_images:
            drop_keeping_tail(img)
            break  # only the first copy is the lead image; a later one is part of the story
    parts = [etree.tostring(child, encoding="unicode", method="html", with_tail=True) for child in container]
    if container.text and container.text.strip():
        parts.insert(0, _escape(container.text))
    return _visible("".join(parts).strip()), _visible(_tree_text(container))


def _visible(text: str) -> str:
    """Return text without soft hyphens and zero-width spaces."""
    for character in _INVISIBLE:
        if character in text:
            text = text.replace(character, "")
    return text


def _is_head_line(text: str, caption: str = "", author: str = "") -> bool:
    """Tell whether a block above the story is the lead image's caption or the byline/date line."""
    if not text:
        return True
    if len(text) > MAX_HEAD_LINE:
        return False
    if caption and _same_words(text, caption):
        return True
    has_author = bool(author) and author.split(",")[0].lower() in text.lower()
    has_date = find_date(text) is not None
    return (has_author and (has_date or len(text) <= len(author) + 20)) or (has_date and len(text) <= 60)


def _is_signature(text: str, author: str) -> bool:
    """Tell whether the story's last block only signs it ("Autor: Ion Pop", when Ion Pop is the byline)."""
    return bool(author) and text != author and len(text) <= MAX_HEAD_LINE and clean_byline(text) == author


def _tree_text(root) -> str:
    """Return the text of a tree, one line per outermost block element."""
    lines: list[str] = []

    def walk(element) -> None:
        for child in element:
            if not isinstance(child.tag, str):
                continue
            if child.tag in _BLOCKS:
                line = " ".join("".join(child.itertext()).split())
                if line:
                    lines.append(line)
            else:
                walk(child)

    walk(root)
    if not lines:
        return " ".join("".join(root.itertext()).split())
    return "\n".join(lines)


def _same_words(a: str, b: str) -> bool:
    """Tell whether two strings have the same words, ignoring case and spacing."""
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def _html_text(fragment: str) -> str:
    """Return the text of an HTML fragment, one block per line."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        return " ".join(fragment.split())
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return " ".join(re.sub(r"<[^>]+>", " ", fragment).split())
    return _tree_text(root)


def _escape(text: str) -> str:
    """Escape text for HTML."""
    return html.escape(text, quote=False)
