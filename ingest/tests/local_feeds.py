"""A tiny outlet on 127.0.0.1 for pipeline tests: routes of feeds and pages, counting hits."""

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

RSS_TYPE = "application/rss+xml; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"


@dataclass
class Route:
    body: bytes
    status: int = 200
    content_type: str = RSS_TYPE
    headers: dict = field(default_factory=dict)
    etag: str = ""
    delay: float = 0.0


class FeedServer:
    """Serve routes from a thread; change them between requests; count what was asked for."""

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.hits: Counter = Counter()
        self.agents: dict[str, str] = {}  # path -> the last User-Agent that asked for it
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                path = self.path.split("?", 1)[0]
                server.hits[path] += 1
                server.agents[path] = self.headers.get("User-Agent", "")
                route = server.routes.get(path)
                if route is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if route.delay:
                    time.sleep(route.delay)
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.end_headers()
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                if route.etag:
                    self.send_header("ETag", route.etag)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.host = f"127.0.0.1:{self.port}"
        self.base_url = f"http://{self.host}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base_url + path

    def add(self, path: str, body: str | bytes, **options) -> str:
        self.routes[path] = Route(body=body.encode() if isinstance(body, str) else body, **options)
        self.routes["/robots.txt"] = self.routes.get("/robots.txt") or Route(b"", 404, "text/plain")
        return self.url(path)

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


PARAGRAPH = (
    "Consiliul Județean a aprobat în ședința de joi bugetul pentru modernizarea drumurilor "
    "comunale, iar lucrările vor începe în primăvară, au anunțat reprezentanții instituției. "
)


def rss(items: list[dict], title: str = "Outlet local") -> str:
    """Return an RSS 2.0 feed of items {guid, link, title, summary, content, published, author}."""
    parts = [
        f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
        f'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        f'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{escape(title)}</title>'
        f"<link>http://example.invalid/</link>"
    ]
    for item in items:
        parts.append("<item>")
        parts.append(f"<title>{escape(item['title'])}</title><link>{escape(item['link'])}</link>")
        parts.append(f'<guid isPermaLink="false">{escape(item.get("guid", item["link"]))}</guid>')
        if item.get("published"):
            parts.append(f"<pubDate>{format_datetime(item['published'])}</pubDate>")
        if item.get("author"):
            parts.append(f"<dc:creator>{escape(item['author'])}</dc:creator>")
        parts.append(f"<description>{escape(item.get('summary', 'Pe scurt.'))}</description>")
        if item.get("content"):
            parts.append(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "".join(parts)


def article_page(title: str, paragraphs: int = 6, extra: str = "") -> str:
    """Return an article page with clutter around a body of several paragraphs."""
    body = "".join(
        f"<p>{PARAGRAPH}Paragraful {n} are și alte detalii despre {escape(title)}.</p>" for n in range(paragraphs)
    )
    return (
        f"<!doctype html><html lang=ro><head><meta charset=utf-8><title>{escape(title)}</title></head>"
        f"<body><nav><a href=/>Acasă</a> <a href=/sport>Sport</a></nav><main><article>"
        f"<h1>{escape(title)}</h1>{body}{extra}</article></main>"
        f"<footer>© Outlet local. Toate drepturile rezervate.</footer></body></html>"
    )


def full_content(title: str, words: str = "") -> str:
    """Return feed content long enough to count as the whole article."""
    return "".join(f"<p>{PARAGRAPH}{escape(title)} {words} {n}.</p>" for n in range(8))
