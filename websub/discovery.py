"""Find a feed's WebSub hub and its own address: HTTP `Link` headers first, then link elements.

Only the head of the feed is read (DISCOVERY_BYTES): publishers put the links at the top, and a
hostile feed cannot make the scan long. Addresses must be http(s); relative ones are resolved
against the feed's address.
"""

import re
from urllib.parse import urljoin

DISCOVERY_BYTES = 64 * 1024
_HEADER_LINK = re.compile(r'<([^>]{1,1000})>\s*((?:;\s*[a-zA-Z*]+\s*=\s*(?:"[^"]{0,200}"|[^;,]{0,200})\s*)*)')
_PARAM_REL = re.compile(r'rel\s*=\s*(?:"([^"]*)"|([^;,\s]+))', re.I)
_ELEMENT = re.compile(rb"<(?:[a-zA-Z0-9]+:)?link\b([^>]{0,2000})>", re.I)
_ATTRIBUTE = re.compile(rb'([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')


def _rels(value: str) -> set[str]:
    return {rel.lower() for rel in value.split()}


def from_headers(link_headers: list[str]) -> dict[str, str]:
    """Return {"hub": url, "self": url} from HTTP Link header values (first of each kind)."""
    found: dict[str, str] = {}
    for header in link_headers:
        for match in _HEADER_LINK.finditer(header[:8000]):
            rel = _PARAM_REL.search(match.group(2) or "")
            if rel:
                for kind in _rels(rel.group(1) or rel.group(2)) & {"hub", "self"}:
                    found.setdefault(kind, match.group(1).strip())
    return found


def from_body(body: bytes) -> dict[str, str]:
    """Return {"hub": url, "self": url} from the feed's <link rel="hub"/"self" href> elements."""
    found: dict[str, str] = {}
    for match in _ELEMENT.finditer(body[:DISCOVERY_BYTES]):
        attributes = {name.lower().split(b":")[-1]: (a or b) for name, a, b in _ATTRIBUTE.findall(match.group(1))}
        href, rel = attributes.get(b"href"), attributes.get(b"rel")
        if href and rel:
            for kind in _rels(rel.decode("utf-8", "replace")) & {"hub", "self"}:
                found.setdefault(kind, href.decode("utf-8", "replace").strip())
    return found


def discover(feed_url: str, body: bytes, link_headers: list[str]) -> tuple[str, str] | None:
    """Return (hub, topic) for a feed, or None when it names no hub. Headers win over the body."""
    found = {**from_body(body), **from_headers(link_headers)}
    hub = found.get("hub")
    if not hub:
        return None
    hub, topic = urljoin(feed_url, hub), urljoin(feed_url, found.get("self") or feed_url)
    if not all(url.startswith(("http://", "https://")) and len(url) <= 1000 for url in (hub, topic)):
        return None
    return hub, topic
