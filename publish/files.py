"""Published pages on disk: where a page's file lives, writing it atomically, removing it, sizes.

A public address maps to one file under PUBLISH_DIR, named so that a front server finds it
with `try_files` (deploy/nginx.conf): `/bacau/` is `bacau/index.html`, a feed `/rss/` is
`rss/index.xml`, `/sitemap.xml` is itself. Each file has `.gz` and `.br` siblings holding the same
bytes compressed (nginx's gzip_static and brotli_static, or any CDN that reads them).

Writing: the three versions go to temporary files in the page's directory first (a crash leaves
only a stray `.tmp-*`, cleaned at the next start), then are renamed over the old ones, siblings
first and the page last; removing goes the other way (the page first). A front server answering
for a page that has no file falls back to Gazeta, so an absent page is never wrong, only slower.
"""

import gzip
import json
import os
import re
import tempfile
from pathlib import Path

try:
    import brotli
except ImportError:  # requirements.lock installs it; without it pages are published without .br
    brotli = None

GZIP_LEVEL = 9  # done once per page and publish, not per request: the smallest file wins
BROTLI_QUALITY = 5  # a 42 KB county page: 1.4 ms (quality 9: 10.8 ms for ~4% fewer bytes), measured
SIBLINGS = (".gz", ".br")
TEMP_PREFIX = ".tmp-"
# Addresses a file may stand for: lower-case slugs, digits and the few punctuation marks URLs use.
SAFE_PATH = re.compile(r"^/(?:[a-z0-9][a-z0-9._-]*/)*(?:[a-z0-9][a-z0-9_-]*\.xml)?$")
FEED_SUFFIXES = ("/rss/", "/atom/")


def file_for(root: Path, path: str) -> Path | None:
    """Return the file a public address is published as, or None for one that never is."""
    if len(path) > 300 or not SAFE_PATH.match(path) or ".." in path:
        return None
    if path.endswith(".xml"):
        return root / path.lstrip("/")
    name = "index.xml" if path.endswith(FEED_SUFFIXES) or path in ("/rss/", "/atom/") else "index.html"
    return root / path.lstrip("/") / name


def compressed(body: bytes) -> dict[str, bytes]:
    """Return the siblings' bytes: {".gz": ..., ".br": ...} (no .br without the brotli module)."""
    found = {".gz": gzip.compress(body, GZIP_LEVEL, mtime=0)}
    if brotli is not None:
        found[".br"] = brotli.compress(body, quality=BROTLI_QUALITY)
    return found


def _temporary(target: Path, data: bytes) -> str:
    handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(name, 0o644)  # readable by the front server's user
    except BaseException:
        os.unlink(name)
        raise
    return name


def write_page(target: Path, body: bytes) -> int:
    """Write a page and its compressed siblings atomically; return the bytes now on disk for it.

    An unchanged page is left alone (same bytes: no rename, the front server's ETag stays).
    """
    try:
        if target.read_bytes() == body:
            return sum(_size(target.with_name(target.name + s)) for s in ("", *SIBLINGS))
    except OSError:
        pass
    target.parent.mkdir(parents=True, exist_ok=True)
    versions = compressed(body)
    staged = [(_temporary(target, data), target.with_name(target.name + suffix)) for suffix, data in versions.items()]
    staged.append((_temporary(target, body), target))
    try:
        for name, final in staged:
            os.replace(name, final)
    except BaseException:  # siblings may be new and the page old: drop them, the page stands alone
        for suffix in SIBLINGS:
            _unlink(target.with_name(target.name + suffix))
        raise
    finally:
        for name, _final in staged:
            _unlink(name)
    return len(body) + sum(len(data) for data in versions.values())


def remove_page(target: Path) -> bool:
    """Remove a page and then its siblings; return True if the page was there."""
    was = target.exists()
    for suffix in ("", *SIBLINGS):
        _unlink(target.with_name(target.name + suffix))
    return was


def _unlink(path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def agrees(target: Path) -> bool:
    """Tell whether every sibling of a page holds the page's bytes (a crash between renames may part them)."""
    try:
        body = target.read_bytes()
        for suffix, decode in ((".gz", gzip.decompress), (".br", brotli.decompress if brotli else None)):
            sibling = target.with_name(target.name + suffix)
            if sibling.exists() and (decode is None or decode(sibling.read_bytes()) != body):
                return False
    except (OSError, EOFError, ValueError, gzip.BadGzipFile):
        return False
    except Exception:  # brotli.error: a truncated or foreign sibling
        return False
    return True


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def usage(root: Path) -> dict:
    """Return the pages published under root, their bytes on disk (with siblings) and stray temporaries."""
    pages = size = temporaries = 0
    for directory, _dirs, names in os.walk(root):
        for name in names:
            path = os.path.join(directory, name)
            if name.startswith(TEMP_PREFIX):
                temporaries += 1
            elif name.endswith((".html", ".xml")):
                pages += 1
            size += _size(Path(path))
    return {"pages": pages, "bytes": size, "temporaries": temporaries}


def clean_temporaries(root: Path) -> int:
    """Remove the temporaries a crash mid-write left behind; return how many.

    Where one was left, the crash may have come between two renames: the pages of that directory
    whose siblings disagree with them lose their siblings (the page itself is whole, old or new).
    """
    removed = 0
    for directory, _dirs, names in os.walk(root):
        stray = [name for name in names if name.startswith(TEMP_PREFIX)]
        for name in stray:
            os.unlink(os.path.join(directory, name))
        removed += len(stray)
        for name in names if stray else ():
            page = Path(directory) / name
            if name.endswith((".html", ".xml")) and page.exists() and not agrees(page):
                for suffix in SIBLINGS:
                    _unlink(page.with_name(name + suffix))
    return removed


def published(root: Path):
    """Yield the address of every page file under root (the inverse of file_for)."""
    for directory, _dirs, names in os.walk(root):
        relative = os.path.relpath(directory, root)
        prefix = "/" if relative == "." else f"/{relative}/"
        for name in names:
            if name in ("index.html", "index.xml"):
                yield prefix
            elif name.endswith(".xml") and not name.startswith(TEMP_PREFIX) and name != "index.xml":
                yield prefix + name


HEADERS_JSON = "headers.json"  # the security headers pages are sent with (publish.serve reads it)
HEADERS_CONF = "headers.conf"  # the same as nginx add_header lines (deploy/nginx.conf includes it)


def write_headers(root: Path, headers: dict) -> None:
    """Keep the headers the pages are sent with beside them, as JSON and as an nginx include."""
    data = json.dumps(headers, sort_keys=True).encode()
    try:
        if (root / HEADERS_JSON).read_bytes() == data:
            return
    except OSError:
        pass
    root.mkdir(parents=True, exist_ok=True)
    lines = "".join(
        f"add_header {name} {json.dumps(value)} always;\n"
        for name, value in sorted(headers.items())
        if "\n" not in value
    )
    for name, content in ((HEADERS_CONF, lines.encode()), (HEADERS_JSON, data)):
        temporary = _temporary(root / name, content)
        os.replace(temporary, root / name)


def read_headers(root: Path) -> dict:
    try:
        return json.loads((root / HEADERS_JSON).read_text())
    except (OSError, ValueError):
        return {}
