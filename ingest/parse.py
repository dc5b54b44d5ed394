"""Parse a feed (RSS 0.9x/1.0/2.0, Atom, JSON Feed) into a ParsedFeed with absolute links and UTC dates."""

import calendar
import html
import html.entities
import re
from datetime import UTC, datetime
from urllib.parse import urljoin

import feedparser

from ingest.charset import declared_charset, decode_body, wide_encoding
from ingest.dates import parse_date
from ingest.entries import clamp_date, dedupe_entries
from ingest.errors import ParseError
from ingest.items import FeedEntry, ParsedFeed
from ingest.jsonfeed import MAX_ITEMS, looks_like_json, parse_json_feed
from ingest.normalize import web_url
from lib.text import fix_diacritics

# An entity declaration inside a feed is only ever an attack (billion laughs, external entities):
# no real RSS or Atom feed needs one, so we refuse the document before any parser sees it.
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.I)
_DOCTYPE_WINDOW = 64 * 1024
_PROLOG_ENCODING = re.compile(rb'^(\s*<\?xml[^>]*?encoding\s*=\s*)["\'][^"\']*["\']')
# feedparser's bozo exceptions that still leave a usable feed (a wrong declared encoding, say).
_HARMLESS_BOZO = (feedparser.CharacterEncodingOverride,)
# What may precede the XML declaration in files served by real CMSs: a BOM, blank lines, spaces
# (a PHP include with a trailing newline). XML forbids it; we drop it before parsing.
_LEADING_JUNK = b"\xef\xbb\xbf \t\r\n"
# HTML's named entities that XML does not define (&nbsp; &icirc; &hellip; in RSS written by hand or
# by old CMSs): turned into numeric references so the strict parser reads the feed.
# A bare "&" (an unescaped query string in <link>, "Ion & Maria" in a title) is escaped too.
_XML_ENTITIES = {b"amp", b"lt", b"gt", b"quot", b"apos"}
_NAMED_ENTITY = re.compile(rb"&(?:([A-Za-z][A-Za-z0-9]{1,31});|(?!#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};))")
# PHP notices and warnings printed before the feed ("<b>Warning</b>: ... on line 12<br />"), the
# most common way a WordPress feed breaks: whatever precedes the XML declaration is cut.
_PROLOG = b"<?xml"
_PROLOG_WINDOW = 8192
# A feed this big may hold thousands of items (an archive dump): it is cut after MAX_ITEMS items
# and closed, so that parsing costs what a feed of MAX_ITEMS costs (20,000 items took 8 s of CPU).
# Real feeds of 10-100 items stay far below 1 MB and are never cut.
BOUND_BYTES = 1024 * 1024
_ITEM_END = re.compile(rb"</(?:item|entry)\s*>")
_ROOT_CLOSERS = ((b"<rss", b"</channel></rss>"), (b"<rdf:RDF", b"</rdf:RDF>"), (b"<feed", b"</feed>"))
_ROOT_ENDS = (b"</rss>", b"</rdf:RDF>", b"</feed>")
# A feed inside an XHTML page (some blogs style their Atom feed for browsers that way): its root
# element, its end, and an item that shows it is a feed and not the word "feed" in a script.
_EMBEDDED = ((b"<feed", b"</feed>", b"<entry"), (b"<rss", b"</rss>", b"<item"))
_ITEM_START = re.compile(rb"<(?:item|entry)[\s>/]")
# An item's own title: <title> (RSS, Atom) or <dc:title>, not media:title inside its media:content.
_OWN_TITLE = re.compile(rb"<(?:dc:)?title[\s>/]")
# An HTML page (an error page, a login wall, a parked domain) instead of a feed.
_HTML_PAGE = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>])", re.I | re.S)
_HTML_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)
# An image in the content, for feeds that carry no media:content or enclosure (most WordPress
# feeds without a plugin): the first <img> whose source is not a placeholder or a counter.
_CONTENT_IMG = re.compile(r"<img\b[^>]*?\s(?:data-src|src)\s*=\s*[\"']([^\"']+)[\"']", re.I)
_NOT_A_PICTURE = re.compile(r"^data:|feedburner|pixel|spacer|blank\.gif|1x1|gravatar|/emoji/|\.svg(\?|$)", re.I)


def parse_feed(data: bytes | str, *, url: str = "", now: datetime | None = None, content_type: str = "") -> ParsedFeed:
    """Return the feed's title, link and entries; raise ParseError when it cannot be read at all."""
    now = now or datetime.now(UTC)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    raw = _narrow(raw)
    if not raw.strip():
        raise ParseError("empty document", url=url)
    if looks_like_json(raw, content_type):
        return parse_json_feed(raw, url=url, now=now)
    if _ENTITY_DECLARATION.search(raw[:_DOCTYPE_WINDOW]):
        raise ParseError("refusing a feed that declares XML entities (possible entity bomb)", url=url)
    raw = raw.lstrip(_LEADING_JUNK)
    prolog = raw.find(_PROLOG, 0, _PROLOG_WINDOW)
    if prolog > 0:
        raw = raw[prolog:]
    if _HTML_PAGE.match(raw[:_DOCTYPE_WINDOW]):
        embedded = _embedded_feed(raw)
        if embedded is None:
            raise ParseError(f"not a feed: the server sent an HTML page{_page_title(raw)}", url=url)
        raw = embedded
    untitled = _untitled_items(raw)
    raw = _numeric_entities(as_utf8(_bounded(raw), content_type))
    headers = {"content-location": url} if url else {}
    # The body is UTF-8 XML by now; the served type (text/html, text/plain from a misconfigured
    # server) would only make feedparser distrust a feed it can read.
    headers["content-type"] = "application/xml; charset=utf-8"
    parsed = feedparser.parse(raw, response_headers=headers, sanitize_html=False, resolve_relative_uris=True)
    warning = ""
    if parsed.bozo and not _is_harmless(parsed):
        reason = getattr(parsed.get("bozo_exception"), "getMessage", None)
        reason = reason() if reason else str(parsed.get("bozo_exception") or "not a feed")
        if not parsed.entries:
            raise ParseError(f"malformed feed: {reason}", url=url)
        # feedparser's lenient parser recovered entries: keep them (losing nothing), say so.
        warning = str(ParseError(f"malformed feed: {reason}; {len(parsed.entries)} entries recovered"))
    if not parsed.version and not parsed.entries:
        raise ParseError("not a feed (no RSS, Atom or JSON Feed root element)", url=url)
    feed = parsed.feed
    link = urljoin(url, feed.get("link", "")) if url else feed.get("link", "")
    # a feed is a window on the latest items; a dump of thousands is read only that far
    if len(untitled) != len(parsed.entries):
        untitled = [False] * len(parsed.entries)  # the recovering parser saw other items than we counted
    entries = [_entry(e, base=url or link, now=now, untitled=u) for e, u in zip(parsed.entries[:MAX_ITEMS], untitled)]
    if warning:
        # An entry without a link is kept when it has a title (its guid, or the title, names it)
        # unless it is the last one of a document cut short: that one was cut in half.
        cut = not raw.rstrip().endswith(_ROOT_ENDS)
        entries = [
            entry
            for number, entry in enumerate(entries)
            if entry.url or (entry.title and not (cut and number == len(entries) - 1))
        ]
    return ParsedFeed(
        title=_text(feed.get("title", "")),
        link=link,
        format=parsed.version or "unknown",
        entries=dedupe_entries(entries),
        warning=warning,
    )


def _narrow(raw: bytes) -> bytes:
    """Return a UTF-16/UTF-32 document (with or without BOM) as UTF-8, whitespace before its prolog dropped."""
    wide = wide_encoding(raw)
    if not wide:
        return raw
    text = raw.decode(wide, errors="replace").lstrip("\ufeff \t\r\n")
    return _PROLOG_ENCODING.sub(rb'\1"utf-8"', text.encode("utf-8"), count=1)


def _embedded_feed(raw: bytes) -> bytes | None:
    """Return the Atom or RSS document an XHTML page wraps (a feed styled for browsers), or None."""
    for start_tag, end_tag, item in _EMBEDDED:
        start = raw.find(start_tag)
        end = raw.rfind(end_tag)
        if start < 0 or end < start or raw.find(item, start, end) < 0:
            continue
        if raw[start + len(start_tag) : start + len(start_tag) + 1] not in (b" ", b">", b"\n", b"\r", b"\t"):
            continue
        charset = declared_charset(raw) or "utf-8"
        return b'<?xml version="1.0" encoding="%s"?>\n' % charset.encode("ascii") + raw[start : end + len(end_tag)]
    return None


def _untitled_items(raw: bytes) -> list[bool]:
    """Tell, item by item in document order, which items have no title element of their own.

    feedparser gives an item without <title> the title of its media:content (media:title), often
    HTML meant as a caption; such items get no headline from the feed (the page gives one).
    """
    starts = [match.start() for match in _ITEM_START.finditer(raw)]
    return [not _OWN_TITLE.search(raw, begin, end) for begin, end in zip(starts, starts[1:] + [len(raw)])]


def as_utf8(raw: bytes, content_type: str = "") -> bytes:
    """Return the feed re-encoded as UTF-8 with a matching XML declaration.

    Decoding is the fetch stage's rule (valid UTF-8, else the header or prolog, else detection),
    so a feed whose server lies about its charset reads as well as a page does; feedparser's own
    rules would trust the wrong header and turn ș into mojibake.
    """
    try:
        raw.decode("utf-8")
        text = None
    except UnicodeDecodeError:
        text, _encoding = decode_body(raw, content_type)
    if text is None:
        if not _PROLOG_ENCODING.search(raw[:200]):
            return raw
        text = raw.decode("utf-8")
    return _PROLOG_ENCODING.sub(rb'\1"utf-8"', text.encode("utf-8"), count=1)


def _bounded(raw: bytes) -> bytes:
    """Return a very long feed cut after its first MAX_ITEMS items and closed again."""
    if len(raw) < BOUND_BYTES:
        return raw
    closer = next((end for start, end in _ROOT_CLOSERS if start in raw[:_PROLOG_WINDOW]), b"")
    if not closer:
        return raw
    for count, match in enumerate(_ITEM_END.finditer(raw), start=1):
        if count == MAX_ITEMS:
            return raw[: match.end()] + closer
    return raw


def _numeric_entities(raw: bytes) -> bytes:
    """Return raw with HTML-only named entities (&nbsp;) written as numeric references XML knows."""
    if b"&" not in raw:
        return raw

    def numeric(match: re.Match) -> bytes:
        name = match.group(1)
        if name is None:
            return b"&amp;"
        if name in _XML_ENTITIES:
            return match.group(0)
        codepoint = html.entities.name2codepoint.get(name.decode("ascii"))
        return b"&#%d;" % codepoint if codepoint else b"&amp;" + name + b";"

    return _NAMED_ENTITY.sub(numeric, raw)


def _page_title(raw: bytes) -> str:
    """Return ' ("title")' of an HTML page, for the error message, or ''."""
    match = _HTML_TITLE.search(raw[:_DOCTYPE_WINDOW])
    title = _text(match.group(1).decode("utf-8", "replace"))[:120] if match else ""
    return f' ("{title}")' if title else ""


def _is_harmless(parsed) -> bool:
    """Tell whether a feed's bozo error leaves it readable (only a wrong declared encoding does)."""
    return isinstance(parsed.get("bozo_exception"), _HARMLESS_BOZO)


def _date(entry, key: str) -> datetime | None:
    """Return the entry's date in UTC: our reading of the raw string, else feedparser's, else None.

    Ours first because feedparser reads EET as UTC, naive times as UTC (a Romanian CMS means local
    time) and no Romanian month names; feedparser still covers the exotic formats we do not.
    """
    if not dict.__contains__(entry, key):  # FeedParserDict answers "updated" with "published"
        return None
    ours = parse_date(entry.get(key))
    if ours is not None:
        return ours
    value = entry.get(f"{key}_parsed")
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError):
        return None


def _entry(entry, *, base: str, now: datetime, untitled: bool = False) -> FeedEntry:
    """Adapt one feedparser entry to a FeedEntry (untitled: the item has no title element of its own)."""
    link = _link(entry, base)
    title = "" if untitled else _text(entry.get("title", ""))
    guid = (entry.get("id") or "").strip() or link or title
    content = ""
    for block in entry.get("content", []) or []:
        if len(block.get("value", "")) > len(content):
            content = block.get("value", "")
    summary = entry.get("summary", "") or ""
    if content and content.strip() == summary.strip():
        summary = ""  # feedparser copies description into both for some RSS feeds
    published = _date(entry, "published") or _date(entry, "updated") or _date(entry, "created")
    updated = _date(entry, "updated")
    image, caption = _image(entry, base)
    return FeedEntry(
        guid=guid,
        url=link,
        title=title,
        summary_html=fix_diacritics(summary),
        content_html=fix_diacritics(content),
        published=clamp_date(published, now),
        updated=clamp_date(updated, now) if updated else None,
        author=_text(entry.get("author", "")),
        categories=tuple(
            dict.fromkeys(
                _text(t.get("label") or t.get("term") or "")
                for t in entry.get("tags", []) or []
                if (t.get("label") or t.get("term"))
            )
        ),
        image_url=web_url(image) or _content_image(content or summary, base),
        image_caption=caption,
    )


def _link(entry, base: str) -> str:
    """Return the entry's alternate link, absolute."""
    link = entry.get("link", "")
    for candidate in entry.get("links", []) or []:
        if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
            link = candidate["href"]
            break
    return web_url(urljoin(base, link.strip())) if link else ""


def _image(entry, base: str) -> tuple[str, str]:
    """Return (url, caption) of the entry's picture: media:content, media:thumbnail or an image enclosure."""
    for media in entry.get("media_content", []) or []:
        if media.get("url") and (
            media.get("medium") == "image" or _is_image_type(media.get("type", "")) or not media.get("type")
        ):
            return urljoin(base, media["url"]), _text(entry.get("media_description", ""))
    for thumb in entry.get("media_thumbnail", []) or []:
        if thumb.get("url"):
            return urljoin(base, thumb["url"]), ""
    for link in entry.get("links", []) or []:
        if link.get("rel") == "enclosure" and _is_image_type(link.get("type", "")) and link.get("href"):
            return urljoin(base, link["href"]), ""
    return "", ""


def _content_image(fragment: str, base: str) -> str:
    """Return the first real picture inside an entry's HTML, absolute, or ''."""
    for match in _CONTENT_IMG.finditer(fragment or ""):
        src = html.unescape(match.group(1)).strip()
        if src and not _NOT_A_PICTURE.search(src) and web_url(urljoin(base, src)):
            return urljoin(base, src)
    return ""


def _is_image_type(media_type: str) -> bool:
    """Tell whether a MIME type names an image."""
    return media_type.lower().startswith("image/")


def _text(value: str) -> str:
    """Return a one-line plain text value (feed titles may carry tags and entities), ş/ţ as ș/ț."""
    value = re.sub(r"<[^>]+>", " ", value or "")
    return fix_diacritics(" ".join(html.unescape(value).split()))
