"""The benches' load generator against a real server on 127.0.0.1."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tools.http_load import drive


@pytest.fixture
def server():
    asked = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the benches use it

        def do_GET(self):
            asked.append((self.path, self.headers.get("X-Probe")))
            self.send_response(200 if self.path == "/found" else 404)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd.server_address[1], asked
    httpd.shutdown()
    httpd.server_close()


def test_it_counts_the_answers_it_was_told_are_fine_and_walks_the_paths_per_connection(server):
    port, asked = server
    run = drive(port, 0.3, lambda rng, n: (("/found", "/missing")[n % 2], {"X-Probe": str(n)}), connections=1)
    assert run["ok"] >= 1 and run["other"] >= 1 and abs(run["ok"] - run["other"]) <= 1
    assert [path for path, _ in asked[:4]] == ["/found", "/missing", "/found", "/missing"]
    assert [probe for _, probe in asked[:3]] == ["0", "1", "2"]

    asked.clear()
    run = drive(port, 0.3, lambda rng, n: ("/missing", {}), connections=2, ok=(200, 404))
    assert run["other"] == 0 and run["ok"] == len(asked) > 0
