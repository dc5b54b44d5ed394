"""JSON Feed 1.0/1.1 (jsonfeed.org/version/1.1), which feedparser does not read, adapted to ParsedFeed."""

import html
import json
from datetime import datetime
from urllib.parse import urljoin

from ingest.entries import clamp_date, dedupe_entries
from ingest.errors import ParseError
from ingest.items import FeedEntry, ParsedFeed
from ingest.normalize import web_url
from lib.ro import parse_iso
from lib.text import fix_diacritics

JSON_TYPES = ("application/feed+json", "application/json")
MAX_ITEMS = 1000  # a feed is a window on the latest items; more is a dump, not a feed


def looks_like_json(raw: bytes, content_type: str = "") -> bool:
    """Tell whether a document is JSON (by its type, or by its first character)."""
    media = content_type.split(";", 1)[0].strip().lower()
    first = raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    # served as JSON but starting with "<": an XML feed or an HTML error page, said so by the XML path
    return first == b"{" or (media in JSON_TYPES and first != b"<")


def parse_json_feed(raw: bytes, *, url: str = "", now: datetime) -> ParsedFeed:
    """Parse a JSON Feed document; raise ParseError when it is not one."""
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ParseError(f"malformed JSON feed: {exc}", url=url) from exc
    version = _version(document)
    if not version:
        raise ParseError("not a JSON Feed (no jsonfeed.org version)", url=url)
    items = document.get("items", [])
    if not isinstance(items, list):
        raise ParseError("malformed JSON feed: items is not a list", url=url)
    base = url or str(document.get("feed_url") or document.get("home_page_url") or "")
    entries = []
    for item in items[:MAX_ITEMS]:
        if not isinstance(item, dict):
            continue
        link = web_url(urljoin(base, str(item.get("url") or item.get("external_url") or "")))
        guid = str(item.get("id") or link or "").strip()
        content = str(item.get("content_html") or "")
        if not content and item.get("content_text"):
            content = "".join(f"<p>{html.escape(p)}</p>" for p in str(item["content_text"]).split("\n\n"))
        published = parse_iso(item.get("date_published")) or parse_iso(item.get("date_modified"))
        updated = parse_iso(item.get("date_modified"))
        entries.append(
            FeedEntry(
                guid=guid,
                url=link,
                title=fix_diacritics(" ".join(str(item.get("title") or "").split())),
                summary_html=html.escape(str(item.get("summary") or "")),
                content_html=fix_diacritics(content),
                published=clamp_date(published, now),
                updated=clamp_date(updated, now) if updated else None,
                author=fix_diacritics(_author(item) or _author(document)),
                categories=tuple(fix_diacritics(str(t)) for t in item.get("tags") or [] if isinstance(t, str | int)),
                image_url=web_url(urljoin(base, str(item.get("image") or item.get("banner_image") or "")))
                if (item.get("image") or item.get("banner_image"))
                else "",
            )
        )
    return ParsedFeed(
        title=" ".join(str(document.get("title") or "").split()),
        link=urljoin(base, str(document.get("home_page_url") or "")),
        format="json" + version,
        entries=dedupe_entries(entries),
    )


def _version(document) -> str:
    """Return "10" or "11" (versions 1 and 1.1) for a JSON Feed, "" for other JSON.

    The specification's version is the jsonfeed.org URL; some generators write the bare number
    ("1.0", "1.1", 1.1), which names the same format.
    """
    if not isinstance(document, dict):
        return ""
    value = str(document.get("version", "")).strip().rstrip("/")
    if "jsonfeed.org/version/" in value:
        value = value.rsplit("/", 1)[1]
    elif not isinstance(document.get("items"), list):
        return ""  # a bare number is trusted only beside an item list
    return {"1": "10", "1.0": "10", "1.1": "11"}.get(value, "")


def _author(node: dict) -> str:
    """Return the first author's name of an item or feed (1.1 'authors' or 1.0 'author')."""
    authors = node.get("authors") or ([node["author"]] if isinstance(node.get("author"), dict) else [])
    names = [str(a.get("name", "")).strip() for a in authors if isinstance(a, dict)]
    return ", ".join(n for n in names if n)
