"""Fixtures of the widget tests: a real HTTP server on 127.0.0.1 playing an outside service."""

import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class FakeService:
    """What the server answers next, and what it was asked."""

    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    requests: list[str] = field(default_factory=list)
    base_url: str = ""

    def answer(self, body: bytes | str, status: int = 200, content_type: str | None = None) -> None:
        self.body = body.encode() if isinstance(body, str) else body
        self.status = status
        if content_type:
            self.content_type = content_type


@pytest.fixture
def service():
    """Serve FakeService's answer to every GET on 127.0.0.1 (port 0), recording the paths asked."""
    state = FakeService()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            state.requests.append(self.path)
            self.send_response(state.status)
            self.send_header("Content-Type", state.content_type)
            self.send_header("Content-Length", str(len(state.body)))
            self.end_headers()
            self.wfile.write(state.body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def dead_url():
    """Return a URL on a 127.0.0.1 port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture(autouse=True)
def fresh_cache():
    """Clear the widget cache so one test's contexts never leak into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
