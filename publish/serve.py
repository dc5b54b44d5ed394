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
from dataclasses import dataclass
from email.utils import formatdate
from pathlib import Path

from publish import files

PUBLIC = "public, max-age=60, stale-while-revalidate=120"  # as portal.cache sends cached pages
TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml; charset=utf-8"}
FEED_TYPES = {"/rss/": "application/rss+xml; charset=utf-8", "/atom/": "application/atom+xml; charset=utf-8"}
KEPT = 2000  # files kept in memory per worker (~60 KB each with siblings): the newest pages and the sections
HEADERS_CHECK_SECONDS = 5.0


@dataclass(frozen=True)
class Kept:
    """A page kept in memory: its file, the file's identity when read, and each version as sent."""

    target: str
    stamp: tuple
    extra: tuple  # the security headers the versions were built with
    plain: tuple  # (body, headers, etag)
    gz: tuple | None
    br: tuple | None


class PublishedFiles:
    """WSGI middleware: published files for anonymous readers, Django for everything else."""

    def __init__(self, app, root: Path, session_cookie: str = "sessionid"):
        self.app, self.root, self.marker = app, Path(root), session_cookie + "="
        self.kept: dict[str, tuple] = {}
        self.lock = threading.Lock()
        self.extra: tuple[tuple[str, str], ...] = ()
        self.extra_stamp = None
        self.extra_checked = 0.0

    def __call__(self, environ, start_response):
        if (
            environ.get("REQUEST_METHOD") not in ("GET", "HEAD")
            or environ.get("QUERY_STRING")
            or self.marker in environ.get("HTTP_COOKIE", "")
        ):
            return self.app(environ, start_response)
        found = self.lookup(environ.get("PATH_INFO", ""))
        if found is None:
            return self.app(environ, start_response)
        accepts = environ.get("HTTP_ACCEPT_ENCODING", "")
        variant = (
            found.br if found.br and "br" in accepts else found.gz if found.gz and "gzip" in accepts else found.plain
        )
        body, headers, tag = variant
        if environ.get("HTTP_IF_NONE_MATCH") == tag:
            start_response("304 Not Modified", headers[:-1])
            return [b""]
        start_response("200 OK", headers)
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else body]

    def lookup(self, path: str):
        """Return the page's versions, read again when its file changed; None when it has no file.

        A page kept in memory costs one stat of its file per request (a removed or replaced file is
        seen at once); the headers of each version are built once, when the file is read.
        """
        found = self.kept.get(path)
        if found is not None:
            try:
                info = os.stat(found.target)
            except OSError:
                self.kept.pop(path, None)
                return None
            if (info.st_mtime_ns, info.st_size, info.st_ino) == found.stamp and found.extra is self.security_headers():
                return found
        target = files.file_for(self.root, path)
        if target is None:
            return None
        try:
            info = os.stat(target)
            plain = target.read_bytes()
        except OSError:
            self.kept.pop(path, None)
            return None
        content_type = FEED_TYPES.get(path[-6:] if path.endswith("/atom/") else path[-5:]) or TYPES[target.suffix]
        etag = f'"p{info.st_mtime_ns:x}-{info.st_size:x}"'
        extra = self.security_headers()
        common = [
            ("Content-Type", content_type),
            ("Cache-Control", PUBLIC),
            ("Vary", "Accept-Encoding"),
            ("Last-Modified", formatdate(info.st_mtime, usegmt=True)),
            *extra,
        ]

        def version(body, encoding, tag):
            if body is None:
                return None
            headers = [*common, ("ETag", tag), *([("Content-Encoding", encoding)] if encoding else [])]
            return body, [*headers, ("Content-Length", str(len(body)))], tag

        found = Kept(
            target=str(target),
            stamp=(info.st_mtime_ns, info.st_size, info.st_ino),
            extra=extra,
            plain=version(plain, None, etag),
            gz=version(self.sibling(target, ".gz"), "gzip", etag[:-1] + '-gz"'),
            br=version(self.sibling(target, ".br"), "br", etag[:-1] + '-br"'),
        )
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

    def security_headers(self) -> tuple[tuple[str, str], ...]:
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
            self.extra = tuple(sorted(files.read_headers(self.root).items()))
            self.extra_stamp = stamp
        return self.extra


def wrap(application):
    """Put published files in front of the WSGI application when PUBLISH_DIR is set and PUBLISH_SERVE on."""
    from django.conf import settings

    if not (settings.PUBLISH_DIR and settings.PUBLISH_SERVE):
        return application
    return PublishedFiles(application, Path(settings.PUBLISH_DIR), settings.SESSION_COOKIE_NAME)
