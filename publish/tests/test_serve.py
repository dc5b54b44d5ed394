"""`gazeta up`'s own serving of published pages (publish.serve): files for readers, Django for the rest."""

import gzip
import io

import brotli
import pytest

from publish import files
from publish.serve import PublishedFiles


def django_app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("X-From", "django")])
    return [b"from django"]


@pytest.fixture
def served(tmp_path):
    files.write_page(tmp_path / "bacau" / "index.html", "<p>Bacău</p>".encode())
    files.write_page(tmp_path / "bacau" / "rss" / "index.xml", b"<rss/>")
    files.write_headers(tmp_path, {"Content-Security-Policy": "default-src 'self'"})
    return PublishedFiles(django_app, tmp_path)


def get(app, path, method="GET", query="", **headers):
    environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query, "wsgi.input": io.BytesIO()}
    environ.update({"HTTP_" + k.upper(): v for k, v in headers.items()})
    answer = {}

    def start_response(status, headers):
        answer["status"], answer["headers"] = status, dict(headers)

    body = b"".join(app(environ, start_response))
    return answer["status"], answer["headers"], body


def test_a_reader_gets_the_file_in_the_encoding_it_accepts(served):
    status, headers, body = get(served, "/bacau/")
    assert status == "200 OK" and body == "<p>Bacău</p>".encode() and "X-From" not in headers
    assert headers["Content-Type"] == "text/html; charset=utf-8" and headers["Vary"] == "Accept-Encoding"
    assert headers["Content-Security-Policy"] == "default-src 'self'"
    _, headers, body = get(served, "/bacau/", accept_encoding="gzip, deflate, br")
    assert headers["Content-Encoding"] == "br" and brotli.decompress(body) == "<p>Bacău</p>".encode()
    _, headers, body = get(served, "/bacau/", accept_encoding="gzip")
    assert headers["Content-Encoding"] == "gzip" and gzip.decompress(body) == "<p>Bacău</p>".encode()
    _, headers, _ = get(served, "/bacau/rss/")
    assert headers["Content-Type"].startswith("application/rss+xml")
    status, _, body = get(served, "/bacau/", if_none_match=headers["ETag"].replace("p", "x"))
    assert status == "200 OK"


def test_editors_posts_queries_and_unpublished_pages_go_to_django(served):
    for request in (
        dict(path="/bacau/", cookie="csrftoken=a; sessionid=abc"),
        dict(path="/bacau/", method="POST"),
        dict(path="/bacau/", query="pagina=2"),
        dict(path="/cauta/", query="q=bacau"),
        dict(path="/neamt/"),
        dict(path="/admin/"),
        dict(path="/../etc/passwd"),
    ):
        path = request.pop("path")
        status, headers, body = get(served, path, **request)
        assert body == b"from django", path


def test_a_changed_or_removed_file_is_seen_at_once(served, tmp_path):
    assert get(served, "/bacau/")[2] == "<p>Bacău</p>".encode()
    files.write_page(tmp_path / "bacau" / "index.html", b"<p>nou</p>")
    _, _, body = get(served, "/bacau/", accept_encoding="br")
    assert brotli.decompress(body) == b"<p>nou</p>"
    files.remove_page(tmp_path / "bacau" / "index.html")
    assert get(served, "/bacau/")[2] == b"from django"


def test_not_modified(served):
    _, headers, _ = get(served, "/bacau/", accept_encoding="gzip")
    status, _, body = get(served, "/bacau/", accept_encoding="gzip", if_none_match=headers["ETag"])
    assert status == "304 Not Modified" and body == b""
