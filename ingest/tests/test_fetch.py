"""Fetch against tiny real HTTP servers on 127.0.0.1: limits, redirects, addresses, charsets, politeness."""

import gzip
import http.server
import threading
import time

import pytest

from ingest.errors import BlockedAddressError, FetchError, RobotsDisallowed
from ingest.fetch import fetch
from ingest.hostgate import HostGate
from ingest.robots import RobotsCache
from lib.text import ascii_header

ROMANIAN = "Știri din Bistrița: ședința consiliului județean, țăranii și școala"


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10  # a client that went away never holds a server thread for long

    def do_GET(self):  # noqa: N802 - the stdlib's name
        self.server.requests.append((self.path, dict(self.headers)))
        route = self.server.routes.get(self.path.split("?")[0])
        if route is None:
            return self.reply(404, b"not here", "text/plain")
        try:
            route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def reply(self, status, body=b"", content_type="text/html; charset=utf-8", headers=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes = {}
        self.requests = []

    def handle_error(self, request, client_address):
        pass  # clients that hang up on purpose (caps, deadlines) are the point of these tests

    @property
    def base(self):
        return f"http://127.0.0.1:{self.server_address[1]}"

    @property
    def hostport(self):
        return f"127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def make_server():
    servers = []

    def start():
        server = _Server()
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def server(make_server, settings):
    server = make_server()
    settings.INGEST_ALLOWED_HOSTS = [server.hostport]
    settings.INGEST_HOST_DELAY = 0
    settings.INGEST_TIMEOUT = 5
    return server


def get(url, **kwargs):
    kwargs.setdefault("respect_robots", False)
    kwargs.setdefault("gate", HostGate(concurrency=4, delay=0))
    return fetch(url, **kwargs)


def html_page(text=ROMANIAN):
    return f"<html><head><title>t</title></head><body><p>{text}</p></body></html>"


def test_it_fetches_a_page_and_decodes_it(server):
    server.routes["/a"] = lambda h: h.reply(200, html_page().encode(), headers={"ETag": '"v1"'})
    fetched = get(server.base + "/a", kind="page")
    assert fetched.status == 200
    assert ROMANIAN in fetched.text
    assert fetched.etag == '"v1"'
    assert fetched.final_url == server.base + "/a"


def test_it_sends_an_honest_user_agent_and_a_per_source_override(server, settings):
    server.routes["/a"] = lambda h: h.reply(200, html_page().encode())
    get(server.base + "/a")
    get(server.base + "/a", user_agent="GazetaBot/0.1 (sursa 7)")
    agents = [headers.get("User-Agent") for _path, headers in server.requests]
    assert agents == [ascii_header(settings.INGEST_USER_AGENT), "GazetaBot/0.1 (sursa 7)"]
    assert agents[0].startswith("GazetaBot/")


def test_it_refuses_loopback_when_the_host_is_not_allowlisted(server, settings):
    server.routes["/a"] = lambda h: h.reply(200, html_page().encode())
    settings.INGEST_ALLOWED_HOSTS = []
    with pytest.raises(BlockedAddressError, match="non-public address 127.0.0.1"):
        get(server.base + "/a")
    assert server.requests == []


def test_it_admits_an_allowlisted_host_without_a_port(server, settings):
    server.routes["/a"] = lambda h: h.reply(200, html_page().encode())
    settings.INGEST_ALLOWED_HOSTS = ["127.0.0.1"]
    assert get(server.base + "/a").status == 200


def test_it_refuses_a_redirect_to_another_local_port(server, make_server):
    other = make_server()  # not on the allowlist
    other.routes["/secret"] = lambda h: h.reply(200, b"internal")
    server.routes["/go"] = lambda h: h.reply(302, headers={"Location": other.base + "/secret"})
    with pytest.raises(BlockedAddressError, match="refusing 127.0.0.1"):
        get(server.base + "/go")
    assert other.requests == []


def test_it_refuses_a_redirect_to_the_metadata_address(server):
    server.routes["/go"] = lambda h: h.reply(301, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    with pytest.raises(BlockedAddressError, match="169.254.169.254"):
        get(server.base + "/go")


def test_it_follows_a_relative_redirect(server):
    server.routes["/old"] = lambda h: h.reply(301, headers={"Location": "/new"})
    server.routes["/new"] = lambda h: h.reply(200, html_page().encode())
    fetched = get(server.base + "/old")
    assert fetched.final_url == server.base + "/new"
    assert fetched.url == server.base + "/old"


def test_it_stops_a_redirect_loop(server):
    server.routes["/a"] = lambda h: h.reply(302, headers={"Location": "/b"})
    server.routes["/b"] = lambda h: h.reply(302, headers={"Location": "/a"})
    with pytest.raises(FetchError, match="redirect loop"):
        get(server.base + "/a")


def test_it_follows_at_most_five_redirects(server):
    for hop in range(10):
        server.routes[f"/r{hop}"] = lambda h, hop=hop: h.reply(302, headers={"Location": f"/r{hop + 1}"})
    with pytest.raises(FetchError, match="more than 5 redirects"):
        get(server.base + "/r0")
    assert len(server.requests) == 6


def test_it_reports_a_dns_failure():
    with pytest.raises(FetchError, match="cannot resolve host 'gazeta-test.invalid'"):
        get("http://gazeta-test.invalid/feed")


def test_it_refuses_non_http_schemes():
    with pytest.raises(FetchError, match="only http and https"):
        get("file:///etc/passwd")


def _endless(handler, chunk=b"0" * 65536, limit=100 * 1024 * 1024, headers=None):
    """Send a 100 MB body without Content-Length (closing the connection ends it)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Connection", "close")
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    sent = 0
    while sent < limit:
        handler.wfile.write(chunk)
        sent += len(chunk)


def test_it_stops_a_100_mb_body_at_the_cap(server):
    server.routes["/big"] = _endless
    with pytest.raises(FetchError, match="over the 1048576-byte limit"):
        get(server.base + "/big", max_bytes=1024 * 1024)


def test_it_refuses_a_declared_length_over_the_cap(server):
    server.routes["/big"] = lambda h: h.reply(200, b"x" * 300_000)
    with pytest.raises(FetchError, match="body of 300000 bytes"):
        get(server.base + "/big", max_bytes=100_000)


def test_it_stops_a_gzip_bomb_at_the_cap(server):
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)  # ~64 KB on the wire
    server.routes["/bomb"] = lambda h: h.reply(200, bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="over the 2097152-byte limit"):
        get(server.base + "/bomb", max_bytes=2 * 1024 * 1024)


def test_it_decompresses_gzip(server):
    body = gzip.compress(html_page().encode())
    server.routes["/z"] = lambda h: h.reply(200, body, headers={"Content-Encoding": "gzip"})
    assert ROMANIAN in get(server.base + "/z").text


def _drip(handler, in_headers=False):
    """Send one byte at a time, forever, as slowly as a broken server would."""
    if in_headers:
        for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: " + b"a" * 1000:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(0.25)
        return
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    for _ in range(100000):
        handler.wfile.write(b"a")
        handler.wfile.flush()
        time.sleep(0.25)


@pytest.mark.parametrize("in_headers", [False, True], ids=["body", "headers"])
def test_it_cuts_off_a_server_that_drips_bytes(server, in_headers):
    server.routes["/drip"] = lambda h: _drip(h, in_headers)
    with pytest.raises(FetchError, match="time"):
        get(server.base + "/drip", timeout=1.5)


def test_it_refuses_a_non_html_content_type_for_a_page(server):
    server.routes["/doc.pdf"] = lambda h: h.reply(200, b"%PDF-1.7", "application/pdf")
    with pytest.raises(FetchError, match="refusing content type 'application/pdf' for a page fetch"):
        get(server.base + "/doc.pdf", kind="page")


def test_it_accepts_xml_for_a_feed_but_not_an_image(server):
    server.routes["/rss"] = lambda h: h.reply(200, b"<rss/>", "application/rss+xml")
    server.routes["/img"] = lambda h: h.reply(200, b"GIF89a", "image/gif")
    assert get(server.base + "/rss", kind="feed").body == b"<rss/>"
    with pytest.raises(FetchError, match="image/gif"):
        get(server.base + "/img", kind="feed")


@pytest.mark.parametrize(
    "encoding, content_type, meta",
    [
        ("windows-1250", "text/html; charset=utf-8", ""),  # a wrong declaration
        ("windows-1250", "text/html", '<meta charset="windows-1250">'),
        ("iso-8859-2", "text/html", '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'),
        ("iso-8859-2", "text/html; charset=ISO-8859-2", ""),
        ("utf-8", "text/html; charset=iso-8859-1", ""),  # valid UTF-8 wins over the declaration
        ("windows-1250", "text/html", ""),  # nothing declared: detection
    ],
)
def test_it_decodes_romanian_pages_in_legacy_charsets(server, encoding, content_type, meta):
    text = "Înștiințare: ședința de astăzi a consiliului local din Țăndărei, privind școala și grădinița"
    legacy = text.replace("ș", "ş").replace("ț", "ţ").replace("Ț", "Ţ")  # 8-bit code pages only have ş/ţ
    source = legacy if encoding != "utf-8" else text
    body = f"<html><head>{meta}<title>x</title></head><body><p>{source}</p></body></html>".encode(encoding)
    server.routes["/p"] = lambda h: h.reply(200, body, content_type)
    fetched = get(server.base + "/p", kind="page")
    assert source in fetched.text


def test_it_sends_conditional_headers_and_reports_not_modified(server):
    def conditional(h):
        if h.headers.get("If-None-Match") == '"v1"':
            return h.reply(304, headers={"ETag": '"v1"'})
        h.reply(
            200, b"<rss/>", "application/rss+xml", {"ETag": '"v1"', "Last-Modified": "Sun, 29 Nov 2026 05:00:00 GMT"}
        )

    server.routes["/rss"] = conditional
    first = get(server.base + "/rss", kind="feed")
    second = get(server.base + "/rss", kind="feed", etag=first.etag, last_modified=first.last_modified)
    assert (first.not_modified, second.not_modified) == (False, True)
    assert second.status == 304 and second.body == b""
    assert server.requests[1][1]["If-Modified-Since"] == "Sun, 29 Nov 2026 05:00:00 GMT"


@pytest.mark.parametrize("status", [429, 503])
def test_it_carries_retry_after_on_throttling(server, status):
    server.routes["/rss"] = lambda h: h.reply(status, b"slow down", "text/plain", {"Retry-After": "120"})
    with pytest.raises(FetchError) as caught:
        get(server.base + "/rss")
    assert caught.value.status == status
    assert caught.value.retry_after == 120
    assert str(caught.value).startswith(f"fetch: HTTP {status}")


def test_it_obeys_robots_txt_and_caches_it(server):
    server.routes["/robots.txt"] = lambda h: h.reply(200, b"User-agent: GazetaBot\nDisallow: /privat/\n", "text/plain")
    server.routes["/privat/a"] = lambda h: h.reply(200, html_page().encode())
    server.routes["/public"] = lambda h: h.reply(200, html_page().encode())
    robots = RobotsCache()
    with pytest.raises(RobotsDisallowed, match="robots.txt disallows"):
        get(server.base + "/privat/a", respect_robots=True, robots_cache=robots)
    get(server.base + "/public", respect_robots=True, robots_cache=robots)
    get(server.base + "/public", respect_robots=True, robots_cache=robots)
    paths = [path for path, _headers in server.requests]
    assert paths == ["/robots.txt", "/public", "/public"]


@pytest.mark.parametrize("status", [404, 500])
def test_it_allows_everything_when_robots_txt_is_missing_or_broken(server, status):
    server.routes["/robots.txt"] = lambda h: h.reply(status, b"", "text/plain")
    server.routes["/a"] = lambda h: h.reply(200, html_page().encode())
    assert get(server.base + "/a", respect_robots=True, robots_cache=RobotsCache()).status == 200


def test_it_honours_a_robots_crawl_delay(server):
    arrivals = []

    def page(h):
        arrivals.append(time.monotonic())
        h.reply(200, html_page().encode())

    server.routes["/robots.txt"] = lambda h: h.reply(200, b"User-agent: *\nCrawl-delay: 0.5\n", "text/plain")
    server.routes["/a"] = page
    robots, gate = RobotsCache(), HostGate(concurrency=4, delay=0)
    for _ in range(2):
        get(server.base + "/a", respect_robots=True, robots_cache=robots, gate=gate)
    assert arrivals[1] - arrivals[0] >= 0.4  # 0.5 s asked; first-request latency may eat a little


def test_it_gives_up_when_the_host_stays_busy(server):
    server.routes["/a"] = lambda h: h.reply(200, html_page().encode())
    gate, held, release = HostGate(concurrency=1, delay=0), threading.Event(), threading.Event()

    def hold():
        with gate.slot(server.hostport):
            held.set()
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(5)
    try:
        with pytest.raises(FetchError, match="no free connection slot"):
            get(server.base + "/a", gate=gate, timeout=0.5)
    finally:
        release.set()
        holder.join(5)
    assert server.requests == []
