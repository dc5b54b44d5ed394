"""deploy/nginx.conf in a real nginx (skipped where nginx is not installed): files for readers, Gazeta for the rest."""

import http.client
import http.server
import shutil
import threading
import time

import pytest

from publish import files
from tools.bench_published import BROTLI_MODULE, free_port, shipped_server, start_nginx, stop

pytestmark = pytest.mark.skipif(not shutil.which("nginx"), reason="needs nginx (apt-get install nginx)")


class Upstream(http.server.BaseHTTPRequestHandler):
    """Stands for Gazeta: says who answered."""

    def answer(self):
        body = b"gazeta"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = answer

    def log_message(self, *args):
        pass


def fetch(port, path, method="GET", **headers):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.request(method, path, body=b"" if method == "POST" else None, headers=headers)
    response = conn.getresponse()
    return response.status, dict(response.getheaders()), response.read()


def test_the_shipped_config_sends_files_to_readers_and_the_rest_to_gazeta(tmp_path):
    import os

    root = tmp_path / "publicat"
    files.write_page(root / "bacau" / "index.html", "<p>Bacău</p>".encode())
    files.write_page(root / "rss" / "index.xml", b"<rss/>")
    files.write_page(root / "sitemap-stiri.xml", b"<urlset/>")
    files.write_headers(root, {"Content-Security-Policy": "default-src 'self'"})
    upstream = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Upstream)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    port = free_port()
    brotli = os.path.exists(BROTLI_MODULE)
    server = start_nginx(tmp_path / "nginx", shipped_server(port, root, upstream.server_port, brotli), brotli)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                fetch(port, "/")
                break
            except OSError:
                time.sleep(0.1)
        status, headers, body = fetch(port, "/bacau/")
        assert (status, body) == (200, "<p>Bacău</p>".encode())
        assert headers["Content-Security-Policy"] == "default-src 'self'" and "max-age=60" in headers["Cache-Control"]
        assert fetch(port, "/bacau/", **{"Accept-Encoding": "gzip"})[1].get("Content-Encoding") == "gzip"
        if brotli:
            assert fetch(port, "/bacau/", **{"Accept-Encoding": "br"})[1].get("Content-Encoding") == "br"
        assert fetch(port, "/rss/")[2] == b"<rss/>" and fetch(port, "/sitemap-stiri.xml")[2] == b"<urlset/>"
        for path, method, headers in (
            ("/bacau/", "GET", {"Cookie": "csrftoken=x; sessionid=abc"}),
            ("/bacau/", "POST", {}),
            ("/bacau/?pagina=2", "GET", {}),
            ("/cauta/?q=bacau", "GET", {}),
            ("/neamt/", "GET", {}),
            ("/admin/", "GET", {}),
            ("/headers.json", "GET", {}),
            ("/publish-state.json", "GET", {}),
        ):
            assert fetch(port, path, method, **headers)[2] == b"gazeta", (path, method, headers)
    finally:
        stop(server)
        upstream.shutdown()
