"""Fetch one URL safely: public addresses only, bounded time and size, polite, conditional.

Every hop of a redirect chain is checked again before its request, and the connection itself
only reaches checked addresses (see `netguard`).
"""

import logging
import threading
import time
import zlib
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import httpx
from django.conf import settings

from ingest.charset import decode_body
from ingest.errors import FetchError, RobotsDisallowed
from ingest.hostgate import HostGate, default_gate
from ingest.items import Fetched
from ingest.netguard import (  # noqa: F401 - re-exported: callers know these as fetch's
    READ_TIMEOUT,
    _deadline,
    check_url,
    host_allowed,
    is_public_address,
    make_client,
    resolve_checked,
)
from ingest.robots import ROBOTS_MAX_BYTES, RobotsCache, default_robots
from lib.text import ascii_header

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5  # what browsers allow is ~20; feeds and articles never need more than a few
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
# robots.txt Crawl-delay is honoured up to this many seconds; a larger one would let one site
# hold a worker's slot for minutes (the scheduler's interval already spaces feed reads).
MAX_CRAWL_DELAY = 10.0
CHUNK = 64 * 1024  # decompress at most this much at a time, so a bomb never fills memory
MAX_LINK_HEADERS = 8  # Link headers kept per response (a feed names its hub and self in one or two)

# What each kind of fetch accepts (media type without parameters). Anything else is refused
# before the body is read: a 40 MB PDF linked from a feed is not an article page.
PAGE_TYPES = {"text/html", "application/xhtml+xml"}
FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
    "application/json",
    "text/plain",
    "application/x-rss+xml",
    "application/octet-stream",  # misconfigured servers, seen in the wild
}
ACCEPT = {
    "page": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "feed": "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,"
    "text/xml;q=0.9,*/*;q=0.1",
    "image": "image/webp,image/avif,image/jpeg,image/png,image/gif;q=0.9,*/*;q=0.1",
    "any": "*/*",
}
BINARY_KINDS = {"binary", "image"}  # bodies kept as bytes; an image's type is sniffed from them, not the header

# --- fetching ------------------------------------------------------------------------------


def fetch(
    url: str,
    *,
    etag: str = "",
    last_modified: str = "",
    user_agent: str | None = None,
    allowed_hosts=None,
    max_bytes: int | None = None,
    timeout: float | None = None,
    client: httpx.Client | None = None,
    kind: str = "any",
    respect_robots: bool = True,
    robots_cache: RobotsCache | None = None,
    gate: HostGate | None = None,
) -> Fetched:
    """Fetch url ("page", "feed" or "any" content) and return its decoded body, or raise FetchError."""
    user_agent = ascii_header(user_agent or settings.INGEST_USER_AGENT)
    max_bytes = max_bytes or settings.INGEST_MAX_BYTES
    total = timeout or settings.INGEST_TIMEOUT
    own_client = client is None and allowed_hosts is not None
    if client is None:
        client = make_client(allowed_hosts=allowed_hosts, timeout=total) if own_client else shared_client()
    token = _deadline.set(time.monotonic() + total)
    started = time.monotonic()
    try:
        return _follow(
            url,
            client=client,
            etag=etag,
            last_modified=last_modified,
            user_agent=user_agent,
            allowed_hosts=allowed_hosts,
            max_bytes=max_bytes,
            kind=kind,
            started=started,
            robots=(robots_cache or default_robots) if respect_robots else None,
            gate=gate or default_gate,
        )
    finally:
        _deadline.reset(token)
        if own_client:
            client.close()


_shared: httpx.Client | None = None
_shared_lock = threading.Lock()


def shared_client() -> httpx.Client:
    """Return the process's guarded client (allowlist read from settings at each connect).

    Building a client loads the CA bundle (~20 ms), so one-off fetches share this one; httpx
    clients are safe to use from several threads. The total deadline still applies per fetch.
    """
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = make_client(timeout=max(settings.INGEST_TIMEOUT, READ_TIMEOUT))
        return _shared


def _follow(
    url, *, client, etag, last_modified, user_agent, allowed_hosts, max_bytes, kind, started, robots, gate
) -> Fetched:
    """Request url and follow at most MAX_REDIRECTS redirects, checking every hop."""
    current, seen = url, {url}
    for _hop in range(MAX_REDIRECTS + 1):
        host, port = check_url(current, allowed_hosts)
        crawl_delay = 0.0
        if robots is not None:
            fetch_text = _robots_fetcher(client, user_agent, allowed_hosts)
            if not robots.allowed(current, user_agent, fetch_text):
                raise RobotsDisallowed(f"robots.txt disallows {current}", url=url)
            crawl_delay = min(robots.crawl_delay(current, user_agent, fetch_text), MAX_CRAWL_DELAY)
        headers = {
            "User-Agent": user_agent,
            "Accept": ACCEPT.get(kind, "*/*"),
            "Accept-Encoding": "gzip, deflate",
            "Accept-Language": "ro,en;q=0.5",
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with gate.slot(f"{host}:{port}", timeout=_remaining(), min_delay=crawl_delay):
                result = _request(
                    client, current, headers, max_bytes=max_bytes, kind=kind, original=url, started=started
                )
        except TimeoutError as exc:  # every slot of this host stayed busy for the whole time limit
            raise FetchError(f"no free connection slot for {host}:{port} in time", url=url) from exc
        if isinstance(result, Fetched):
            return result
        location = urljoin(current, result)
        if location in seen:
            raise FetchError(f"redirect loop at {location}", url=url)
        seen.add(location)
        current = location
    raise FetchError(f"more than {MAX_REDIRECTS} redirects", url=url)


def _remaining() -> float:
    """Return the seconds left before the fetch's deadline."""
    deadline = _deadline.get()
    return max(0.0, deadline - time.monotonic()) if deadline else settings.INGEST_TIMEOUT


def _request(client, url, headers, *, max_bytes, kind, original, started) -> Fetched | str:
    """Do one GET; return the Fetched result, or the Location of a redirect."""
    try:
        with client.stream("GET", url, headers=headers) as response:
            if response.status_code in REDIRECT_STATUSES:
                location = response.headers.get("location", "").strip()
                if not location:
                    raise FetchError(f"redirect {response.status_code} without Location", url=original)
                return location
            return _read_response(response, url=url, original=original, max_bytes=max_bytes, kind=kind, started=started)
    except FetchError:
        raise
    except httpx.TimeoutException as exc:
        raise FetchError(f"timed out fetching {url} ({exc or type(exc).__name__})", url=original) from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot fetch {url}: {exc}", url=original) from exc


def _read_response(response: httpx.Response, *, url, original, max_bytes, kind, started) -> Fetched:
    """Turn one non-redirect response into Fetched, or raise for errors and refused content."""
    status = response.status_code
    etag = response.headers.get("etag", "")
    last_modified = response.headers.get("last-modified", "")
    links = tuple(value[:8000] for value in response.headers.get_list("link")[:MAX_LINK_HEADERS])
    if status == 304:
        return Fetched(
            url=original,
            final_url=url,
            status=304,
            etag=etag,
            last_modified=last_modified,
            not_modified=True,
            elapsed=time.monotonic() - started,
            links=links,
        )
    if status >= 400:
        retry_after = parse_retry_after(response.headers.get("retry-after", "")) if status in (429, 503) else None
        raise FetchError(f"HTTP {status} from {url}", url=original, status=status, retry_after=retry_after)
    content_type = response.headers.get("content-type", "")
    check_content_type(content_type, kind, url=original)
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"body of {declared} bytes is over the {max_bytes}-byte limit", url=original)
    body = read_capped(response, max_bytes, url=original)
    text, encoding = decode_body(body, content_type) if kind not in BINARY_KINDS else ("", "")
    return Fetched(
        url=original,
        final_url=url,
        status=status,
        content_type=content_type,
        body=body,
        text=text,
        encoding=encoding,
        etag=etag,
        last_modified=last_modified,
        elapsed=time.monotonic() - started,
        links=links,
    )


def check_content_type(content_type: str, kind: str, *, url: str = "") -> None:
    """Refuse a media type that the kind of fetch cannot use."""
    media = content_type.split(";", 1)[0].strip().lower()
    if kind == "page":
        ok = media in PAGE_TYPES or not media
    elif kind == "feed":
        ok = media in FEED_TYPES or media in PAGE_TYPES or media.endswith(("+xml", "+json")) or not media
    elif kind == "any":
        ok = media in PAGE_TYPES or media in FEED_TYPES or media.endswith(("+xml", "+json")) or not media
    else:
        ok = True
    if not ok:
        raise FetchError(f"refusing content type {media!r} for a {kind} fetch", url=url)


def read_capped(response: httpx.Response, max_bytes: int, *, url: str = "") -> bytes:
    """Read and decompress the body, stopping as soon as it passes max_bytes or the deadline."""
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    decompressor = _decompressor(encoding, url)
    parts: list[bytes] = []
    size = 0
    for raw in response.iter_raw():
        if _deadline.get() is not None and time.monotonic() > _deadline.get():
            raise FetchError("total time limit reached while reading the body", url=url)
        pending = raw
        while pending:
            if decompressor is None:
                out, pending = pending, b""
            else:
                try:
                    out = decompressor.decompress(pending, CHUNK)
                except zlib.error as exc:
                    raise FetchError(f"corrupt {encoding} body ({exc})", url=url) from exc
                pending = decompressor.unconsumed_tail
            size += len(out)
            if size > max_bytes:
                raise FetchError(f"body is over the {max_bytes}-byte limit", url=url)
            parts.append(out)
    return b"".join(parts)


def _decompressor(encoding: str, url: str):
    """Return a zlib decompressor for the Content-Encoding, or None for identity."""
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip", "deflate"):
        return zlib.decompressobj(zlib.MAX_WBITS | 32 if encoding != "deflate" else zlib.MAX_WBITS)
    raise FetchError(f"unsupported content encoding {encoding!r}", url=url)


def parse_retry_after(value: str, now: float | None = None) -> float | None:
    """Return the seconds a Retry-After header asks for (a number or an HTTP date), or None."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _robots_fetcher(client, user_agent, allowed_hosts):
    """Return a callable that fetches a robots.txt through the same guarded client."""

    def fetch_text(robots_url: str) -> tuple[int, str]:
        check_url(robots_url, allowed_hosts)
        headers = {"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"}
        current = robots_url
        for _hop in range(MAX_REDIRECTS + 1):
            with client.stream("GET", current, headers=headers) as response:
                if response.status_code in REDIRECT_STATUSES and response.headers.get("location"):
                    current = urljoin(current, response.headers["location"])
                    check_url(current, allowed_hosts)
                    continue
                if response.status_code >= 400:
                    return response.status_code, ""
                body = read_capped(response, ROBOTS_MAX_BYTES, url=robots_url)
                return response.status_code, decode_body(body, response.headers.get("content-type", ""))[0]
        return 404, ""  # a redirect chain for robots.txt: RFC 9309 says treat it as unavailable

    return fetch_text
