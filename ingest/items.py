"""The small frozen records that flow between ingest stages.

Stages are pure functions from one of these to the next; only `store` touches the database.
"""

from dataclasses import dataclass, field
from datetime import datetime

from understand.result import GeoResult


@dataclass(frozen=True)
class Fetched:
    """An HTTP response body, decoded as far as the fetch stage can know."""

    url: str  # what was asked for
    final_url: str  # after redirects
    status: int
    content_type: str = ""
    body: bytes = b""
    text: str = ""  # decoded body ('' for binary or not-modified)
    encoding: str = ""
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False
    elapsed: float = 0.0
    links: tuple[str, ...] = ()  # HTTP Link header values (a feed's WebSub hub and self), at most MAX_LINK_HEADERS


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed as the parser sees it, links absolute, dates in UTC."""

    guid: str
    url: str
    title: str
    summary_html: str = ""
    content_html: str = ""  # full text when the feed carries it (content:encoded, atom:content)
    published: datetime | None = None
    updated: datetime | None = None
    author: str = ""
    categories: tuple[str, ...] = ()
    image_url: str = ""
    image_caption: str = ""


@dataclass(frozen=True)
class ParsedFeed:
    """A feed's title, link and entries."""

    title: str
    link: str
    format: str  # rss20, atom10, json1, ... as feedparser names them
    entries: tuple[FeedEntry, ...] = ()
    warning: str = ""  # "parse: malformed feed: ..." when entries were recovered from a broken feed


@dataclass(frozen=True)
class Extracted:
    """What the extract stage got from an article page (or fell back to)."""

    path: str  # "page" (trafilatura on the page), "feed" (feed content was complete), "fallback"
    title: str = ""
    author: str = ""
    published: datetime | None = None
    html: str = ""  # unsanitized body HTML
    text: str = ""
    image_url: str = ""
    image_caption: str = ""
    canonical_url: str = ""
    categories: tuple[str, ...] = ()
    description: str = ""  # the page's own summary (og:description / meta description)
    image_alt: str = ""
    reason: str = ""  # why the page was not used ("fallback"), or why its first extraction was not kept ("page")
    method: str = ""  # which candidate gave the body on the page path: "balanced", "recall", "json-ld"
    modified: datetime | None = None  # the page's own "last modified" time, when it writes one


@dataclass(frozen=True)
class Item:
    """An article ready to store: normalized, sanitized and enriched."""

    source_id: int | None
    guid: str
    url: str  # canonical
    title: str
    lead: str = ""
    body_html: str = ""  # sanitized
    text: str = ""
    snippet: str = ""
    image_url: str = ""
    image_caption: str = ""
    image_alt: str = ""
    author_name: str = ""
    published_at: datetime | None = None
    updated_at: datetime | None = None
    fetched_at: datetime | None = None
    reading_minutes: int = 1
    word_count: int = 0
    source_categories: tuple[str, ...] = ()
    extraction: str = ""
    fingerprint: str = ""
    geo: GeoResult = field(default_factory=GeoResult)
    category: str | None = None  # category slug
    language: str = "ro"  # two-letter code, from the text (understand.language)
