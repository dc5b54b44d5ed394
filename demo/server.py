"""Serve the demo World over HTTP on 127.0.0.1: feeds, pages, images, failure modes, ETag/304.

Every header but Date is derived from content, so two servers with the same seed and anchor
answer byte for byte alike. In live mode an item appears once the wall clock passes its time.
"""

import hashlib
import json
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from demo import services
from demo.hub import MAX_FORM_BYTES, Hub
from demo.images import FORMATS, draw_image
from demo.pages import render_article, render_home
from demo.render import render_feed
from demo.world import World, build_world

MAX_SLOW_DELAY = 30.0  # seconds; the slow outlet never hangs a client longer than this
DEFAULT_SLOW_DELAY = 8.0
ROBOTS = b"User-agent: *\nAllow: /\n"


class DemoHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    world: World
    live: bool
    slow_delay: float
    clock: Callable[[], datetime]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    hub: Hub

    def cutoff(self) -> datetime:
        """Items published by this moment are visible."""
        if self.live:
            return min(self.clock(), self.world.end)
        return self.world.anchor

    def feed_body(self, outlet, page: int = 1, cutoff: datetime | None = None) -> tuple[bytes, str]:
        """Return the outlet's feed page as served now, and its Content-Type (a GET and a hub push alike)."""
        items = self.world.visible(outlet.slug, cutoff or self.cutoff())
        chunk = items[(page - 1) * outlet.feed_size : page * outlet.feed_size]
        body = render_feed(self.world, outlet, chunk, self.base_url, page)
        kind = "atom" if outlet.feed_format == "atom" else "rss"
        return body, f"application/{kind}+xml; charset={outlet.encoding}"

    def server_close(self) -> None:
        self.hub.stop()
        super().server_close()

    def handle_error(self, request, client_address) -> None:
        """A client that hangs up (a reader stopped mid-crawl) is routine: no traceback on the console."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class Handler(BaseHTTPRequestHandler):
    server: DemoHTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "gazeta-demo-network/1"
    sys_version = ""

    def log_message(self, format, *args):  # noqa: A002 - keep test output quiet
        pass

    def do_HEAD(self):
        self._dispatch(head=True)

    def do_GET(self):
        self._dispatch(head=False)

    def do_POST(self):  # noqa: N802 - http.server's name
        """Only the WebSub hub takes POSTs (demo.hub): form-encoded, bounded."""
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if urlsplit(self.path).path != "/_hub":
            self.close_connection = True
            return self._send(405, b"method not allowed", "text/plain")
        if not 0 <= length <= MAX_FORM_BYTES:
            self.close_connection = True
            return self._send(413, b"form too large", "text/plain")
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode("utf-8", "replace")).items()}
        status, body = self.server.hub.request(form)
        return self._send(status, body, "text/plain; charset=utf-8")

    def _dispatch(self, head: bool) -> None:
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        world, base = self.server.world, self.server.base_url
        cutoff = self.server.cutoff()
        if path == "/robots.txt":
            return self._send(200, ROBOTS, "text/plain; charset=utf-8", head=head)
        if path == "/_outlets.json":
            return self._json(outlets_json(world, base), head)
        if path == "/_truth.json":
            return self._json(world.truth(base, None if "all" in query else cutoff), head)
        if path.startswith("/_services/"):
            return self._service(path, query, cutoff, head)
        if path == "/":
            links = "".join(f'<li><a href="/{o.slug}/">{o.name}</a></li>' for o in world.outlets)
            return self._send(
                200,
                f"<!DOCTYPE html><html lang=ro><meta charset=utf-8><ul>{links}</ul>".encode(),
                "text/html; charset=utf-8",
                head=head,
            )
        slug, _, rest = path.strip("/").partition("/")
        outlet = world.outlet_by_slug.get(slug)
        if outlet is None:
            return self._send(404, b"not found", "text/plain", head=head)
        charset = f"charset={outlet.encoding}"
        if rest == "" and path.endswith("/") and "paged" not in query:
            return self._send(200, render_home(world, outlet, base, cutoff), f"text/html; {charset}", head=head)
        if (
            outlet.failure_mode == "redirect"
            and rest == outlet.feed_path.rstrip("/")
            or (outlet.failure_mode == "redirect" and rest + "/" == outlet.feed_path)
        ):
            return self._send(
                301, b"", "text/plain", head=head, extra={"Location": f"{base}/{slug}/{outlet.served_feed_path}"}
            )
        if (
            rest == outlet.served_feed_path.rstrip("/")
            or rest + "/" == outlet.served_feed_path
            or (rest == "" and outlet.paginated and "paged" in query)
        ):
            return self._feed(outlet, query, cutoff, head)
        if rest.startswith("media/"):
            return self._image(rest, head)
        article = world.by_path.get(path)
        if article is None or article.outlet != slug or article.published > cutoff:
            return self._send(404, b"not found", "text/plain", head=head)
        body = render_article(world, outlet, article, base, cutoff)
        return self._send(200, body, f"text/html; {charset}", head=head, modified=article.published)

    def _service(self, path: str, query: dict, cutoff: datetime, head: bool) -> None:
        """Answer as Open-Meteo or the BNR would, so the widgets have data offline."""
        seed = self.server.world.seed
        if path == "/_services/open-meteo/v1/forecast":
            try:
                lats = [float(v) for v in query.get("latitude", [""])[0].split(",")]
                lons = [float(v) for v in query.get("longitude", [""])[0].split(",")]
            except ValueError:
                return self._send(400, b'{"error": true, "reason": "bad coordinates"}', "application/json", head=head)
            body = services.forecast(lats, lons, cutoff, seed)
            return self._send(200, body, "application/json; charset=utf-8", head=head)
        if path == "/_services/bnr/nbrfxrates.xml":
            return self._send(200, services.reference_rates(cutoff.date(), seed), "text/xml; charset=utf-8", head=head)
        return self._send(404, b"not found", "text/plain", head=head)

    def _feed(self, outlet, query, cutoff, head: bool) -> None:
        if outlet.failure_mode == "http_500":
            return self._send(500, b"<h1>Internal Server Error</h1>", "text/html", head=head)
        if outlet.failure_mode == "slow":
            time.sleep(max(0.0, min(self.server.slow_delay, MAX_SLOW_DELAY)))
        items = self.server.world.visible(outlet.slug, cutoff)
        page = 1
        if outlet.paginated:
            try:
                page = max(1, int(query.get("paged", ["1"])[0]))
            except ValueError:
                page = 1
        chunk = items[(page - 1) * outlet.feed_size : page * outlet.feed_size]
        if page > 1 and not chunk:
            return self._send(404, b"not found", "text/plain", head=head)
        body, content_type = self.server.feed_body(outlet, page, cutoff)
        modified = chunk[0].published if chunk else self.server.world.start
        extra = {}
        if outlet.hub in ("header", "both"):
            hub, topic = self.server.hub.url(), self.server.hub.topic(outlet)
            extra["Link"] = f'<{hub}>; rel="hub", <{topic}>; rel="self"'
        return self._send(200, body, content_type, head=head, modified=modified, extra=extra)

    def _image(self, rest: str, head: bool) -> None:
        name = rest.rsplit("/", 1)[-1]
        try:
            stem, ext = name.rsplit(".", 1)
            article_id, size = stem.split("-", 1)
            width, height = (int(v) for v in size.split("x"))
            body = draw_image(self.server.world.seed, int(article_id), width, height, ext)
        except (ValueError, KeyError):
            return self._send(404, b"not found", "text/plain", head=head)
        article = self.server.world.by_id.get(int(article_id))
        if article is None or article.published > self.server.cutoff():
            return self._send(404, b"not found", "text/plain", head=head)
        return self._send(200, body, FORMATS[ext][1], head=head, modified=article.published)

    def _json(self, data, head: bool) -> None:
        body = json.dumps(data, ensure_ascii=False, indent=1).encode()
        self._send(200, body, "application/json; charset=utf-8", head=head)

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str,
        head: bool = False,
        modified: datetime | None = None,
        extra: dict | None = None,
    ) -> None:
        headers = {"Content-Type": content_type, **(extra or {})}
        if status == 200:
            etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
            headers["ETag"] = etag
            headers["Cache-Control"] = "max-age=60"
            if modified is not None:
                headers["Last-Modified"] = format_datetime(modified.astimezone(UTC), usegmt=True)
            if self._not_modified(etag, modified):
                status, body = 304, b""
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and body:
            self.wfile.write(body)

    def _not_modified(self, etag: str, modified: datetime | None) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            return etag in [v.strip() for v in if_none_match.split(",")] or if_none_match.strip() == "*"
        since = self.headers.get("If-Modified-Since")
        if since and modified is not None:
            try:
                return modified.replace(microsecond=0) <= parsedate_to_datetime(since)
            except (TypeError, ValueError):
                return False
        return False


def outlets_json(world: World, base_url: str) -> list[dict]:
    """Return the roster as the lead's source registration reads it."""
    return [
        {
            "slug": o.slug,
            "name": o.name,
            "homepage": f"{base_url}/{o.slug}/",
            "feed_url": f"{base_url}/{o.slug}/{o.feed_path}",
            "county": o.county_slug,
            "kind": o.kind,
            "language": o.language,
            "failure_mode": o.failure_mode,
            "default_category": o.default_category,
            "feed_format": o.feed_format,
            "encoding": o.encoding,
            "layout": o.layout,
            "full_content": o.full_content,
            "legacy_cedilla": o.legacy_cedilla,
            "hub": o.hub,
        }
        for o in world.outlets
    ]


class DemoServer:
    """A running demo network; use as a context manager or call stop()."""

    def __init__(self, httpd: DemoHTTPServer, thread: threading.Thread | None):
        self.httpd, self.thread = httpd, thread

    @property
    def base_url(self) -> str:
        return self.httpd.base_url

    @property
    def world(self) -> World:
        return self.httpd.world

    def truth(self) -> list[dict]:
        """Ground truth of the items visible now, with this server's URLs."""
        return self.world.truth(self.base_url, self.httpd.cutoff())

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self.thread is not None:
            self.thread.join(timeout=5)

    def __enter__(self) -> "DemoServer":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def make_server(
    seed: int = 1,
    port: int = 0,
    live: bool = False,
    anchor: datetime | None = None,
    slow_delay: float = DEFAULT_SLOW_DELAY,
    clock: Callable[[], datetime] | None = None,
) -> DemoHTTPServer:
    """Build the World and bind a server on 127.0.0.1 (port 0 picks a free port)."""
    httpd = DemoHTTPServer(("127.0.0.1", port), Handler)
    httpd.world = build_world(seed, anchor)
    httpd.live = live
    httpd.slow_delay = max(0.0, min(float(slow_delay), MAX_SLOW_DELAY))
    httpd.clock = clock or (lambda: datetime.now(UTC))
    httpd.hub = Hub(httpd)
    return httpd


def serve_in_thread(
    seed: int = 1,
    port: int = 0,
    live: bool = False,
    anchor: datetime | None = None,
    slow_delay: float = DEFAULT_SLOW_DELAY,
    clock: Callable[[], datetime] | None = None,
) -> DemoServer:
    """Start a demo network in a background thread and return it."""
    httpd = make_server(seed, port, live, anchor, slow_delay, clock)
    thread = threading.Thread(target=httpd.serve_forever, name="demo-network", daemon=True)
    thread.start()
    return DemoServer(httpd, thread)
