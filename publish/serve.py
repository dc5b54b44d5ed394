"""`gazeta up`'s own serving of published pages: a WSGI layer in front of Django.

What nginx's `try_files` does (deploy/nginx.conf), for one machine without a front server: an
anonymous GET or HEAD without a query string whose page has a file gets that file (its .br or
.gz sibling when the reader accepts them); anything else, any request with a session cookie
(an editor) among them, goes to Django untouched. No Django code runs for a file: one stat to see
that the file is still the one kept in memory, then the bytes.

granian's own static serving (Rust, --static-path-mount) was measured too (`gazeta bench pages`)
but cannot be used here: it serves every request under its route, an editor's included, and
knows no fallback to the application for a missing file.
"""

import os
import threading
import time
from email.utils import formatdate
from pathlib import Path

from publish import files

PUBLIC = "public, max-age=60, stale-while-revalidate=120"  # as portal.cache sends cached pages
TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml; charset=utf-8"}
FEED_TYPES = {"/rss/": "application/rss+xml; charset=utf-8", "/atom/": "application/atom+xml; charset=utf-8"}
KEPT = 2000  # files kept in memory per worker (~60 KB each with siblings): the newest pages and the sections
HEADERS_CHECK_SECONDS = 5.0


class PublishedFiles:
    """WSGI middleware: published files for anonymous readers, Django for everything else."""

    def __init__(self, app, root: Path, session_cookie: str = "sessionid"):
        self.app, self.root, self.cookie = app, Path(root), session_cookie.encode("latin-1")
        self.kept: dict[str, tuple] = {}
        self.lock = threading.Lock()
        self.extra: list[tuple[str, str]] = []
        self.extra_stamp = None
        self.extra_checked = 0.0

    def __call__(self, environ, start_response):
        if (
            environ.get("REQUEST_METHOD") not in ("GET", "HEAD")
            or environ.get("QUERY_STRING")
            or self.cookie.decode("latin-1") + "=" in environ.get("HTTP_COOKIE", "")
        ):
            return self.app(environ, start_response)
        path = environ.get("PATH_INFO", "")
        found = self.lookup(path)
        if found is None:
            return self.app(environ, start_response)
        stamp, plain, gz, br, etag, modified, content_type = found
        accepts = environ.get("HTTP_ACCEPT_ENCODING", "")
        if br is not None and "br" in accepts:
            body, encoding, tag = br, "br", etag[:-1] + '-br"'
        elif gz is not None and "gzip" in accepts:
            body, encoding, tag = gz, "gzip", etag[:-1] + '-gz"'
        else:
            body, encoding, tag = plain, None, etag
        headers = [
            ("Content-Type", content_type),
            ("Cache-Control", PUBLIC),
            ("Vary", "Accept-Encoding"),
            ("ETag", tag),
            ("Last-Modified", modified),
            *self.security_headers(),
        ]
        if environ.get("HTTP_IF_NONE_MATCH") == tag:
            start_response("304 Not Modified", headers)
            return [b""]
        if encoding:
            headers.append(("Content-Encoding", encoding))
        headers.append(("Content-Length", str(len(body))))
        start_response("200 OK", headers)
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else body]

    def lookup(self, path: str):
        """Return the file's versions, read again when it changed on disk; None when it has no file."""
        target = files.file_for(self.root, path)
        if target is None:
            return None
        try:
            info = os.stat(target)
        except OSError:
            self.kept.pop(path, None)
            return None
        stamp = (info.st_mtime_ns, info.st_size, info.st_ino)
        found = self.kept.get(path)
        if found is not None and found[0] == stamp:
            return found
        try:
            plain = target.read_bytes()
        except OSError:
            return None
        gz, br = self.sibling(target, ".gz"), self.sibling(target, ".br")
        content_type = FEED_TYPES.get(path[-6:] if path.endswith("/atom/") else path[-5:]) or TYPES[target.suffix]
        etag = f'"p{info.st_mtime_ns:x}-{info.st_size:x}"'
        found = (stamp, plain, gz, br, etag, formatdate(info.st_mtime, usegmt=True), content_type)
        with self.lock:
            if len(self.kept) >= KEPT:
                self.kept.pop(next(iter(self.kept)))
            self.kept[path] = found
        return found

    @staticmethod
    def sibling(target: Path, suffix: str):
        """Return a sibling's bytes if it belongs with the page (as new as the page, or newer)."""
        sibling = target.with_name(target.name + suffix)
        try:
            return sibling.read_bytes()
        except OSError:
            return None

    def security_headers(self) -> list[tuple[str, str]]:
        """Return the site's security headers as the publisher last saw them (looked at every few seconds)."""
        now = time.monotonic()
        if now - self.extra_checked < HEADERS_CHECK_SECONDS:
            return self.extra
        self.extra_checked = now
        target = self.root / files.HEADERS_JSON
        try:
            stamp = os.stat(target).st_mtime_ns
        except OSError:
            return self.extra
        if stamp != self.extra_stamp:
            self.extra = sorted(files.read_headers(self.root).items())
            self.extra_stamp = stamp
        return self.extra


def wrap(application):
    """Put published files in front of the WSGI application when PUBLISH_DIR is set and PUBLISH_SERVE on."""
    from django.conf import settings

    if not (settings.PUBLISH_DIR and settings.PUBLISH_SERVE):
        return application
    return PublishedFiles(application, Path(settings.PUBLISH_DIR), settings.SESSION_COOKIE_NAME)
