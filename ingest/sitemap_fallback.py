"""Read an outlet's news sitemap as if it were a feed, for sources whose feed fails.

Google News sitemaps (sitemaps.org + the `news:` extension) list an outlet's articles of the last
two days with title and publication date; the pipeline then extracts each page as usual.
"""

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from urllib.parse import urljoin

from ingest.errors import ParseError
from ingest.items import FeedEntry, ParsedFeed
from lib.ro import parse_iso

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
# A news sitemap holds at most 1,000 URLs (Google's limit); we read the newest 100.
MAX_ENTRIES = 100
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.I)


def parse_sitemap(data: bytes, *, url: str = "", now: datetime | None = None) -> ParsedFeed:
    """Return a sitemap's article URLs as feed entries; a sitemap index yields its sitemaps as `link`s."""
    now = now or datetime.now(UTC)
    if _ENTITY_DECLARATION.search(data[:65536]):
        raise ParseError("sitemap: refusing a document that declares XML entities", url=url)
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise ParseError(f"sitemap: malformed XML ({error})", url=url) from error
    if root.tag == f"{SM}sitemapindex":
        children = [urljoin(url, loc.text.strip()) for loc in root.iter(f"{SM}loc") if loc.text]
        return ParsedFeed(
            title="",
            link=url,
            format="sitemapindex",
            entries=tuple(FeedEntry(guid=child, url=child, title="") for child in children),
        )
    if root.tag != f"{SM}urlset":
        raise ParseError("sitemap: not a sitemap (no urlset root)", url=url)
    entries = []
    for node in root.iter(f"{SM}url"):
        loc = (node.findtext(f"{SM}loc") or "").strip()
        if not loc:
            continue
        loc = urljoin(url, loc)
        title = (node.findtext(f"{NEWS}news/{NEWS}title") or "").strip()
        published = parse_iso(node.findtext(f"{NEWS}news/{NEWS}publication_date") or node.findtext(f"{SM}lastmod"))
        entries.append(FeedEntry(guid=loc, url=loc, title=title, published=min(published, now) if published else now))
    entries.sort(key=lambda entry: entry.published, reverse=True)
    return ParsedFeed(title="", link=url, format="sitemap", entries=tuple(entries[:MAX_ENTRIES]))
