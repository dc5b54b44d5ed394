"""Anonymous pages: Cache-Control, ETag/Last-Modified and a server-side page cache.

Cache keys carry a content *generation*: a number bumped whenever an article or story is
saved or deleted (signals wired in apps.py). Bumping it makes every stored page unreachable
at once, in every process sharing the cache (file, Redis), or in this one (LocMem); the old
entries expire on their own. Readers with a session (editors) always get a fresh page.

Pages themselves live in each worker's memory (`PageStore`) when the shared cache is out of
process: a file-cache write lists the whole cache directory to cull it (~10 ms with a few
thousand pages) and a read costs a file open and an unpickle, while a worker rendering a page
it has not seen costs a few ms. The generation is still read from the shared cache (at most
every GENERATION_SECONDS), so a change made by any process reaches every worker.
"""
import gc
import gzip
import hashlib
import re
import secrets
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils.http import http_date, parse_http_date_safe, quote_etag

GENERATION_KEY = "portal:generation"
# Widgets (weather, rates) are cached for 60 s by their app; a page holding them is kept as long.
SERVER_SECONDS = 60
BROWSER_SECONDS = 60
STALE_SECONDS = 120  # a CDN may serve a page this much older while it fetches a fresh one
PUBLIC = f"public, max-age={BROWSER_SECONDS}, stale-while-revalidate={STALE_SECONDS}"
# Other query parameters (utm_*, fbclid) do not change a page; "p" pages Django's sitemaps.
KEPT_PARAMETERS = ("pagina", "p")
# Another process's change is seen by a worker at most this late (its own changes at once).
GENERATION_SECONDS = 1.0
KEPT_HEADERS = ("X-Robots-Tag",)  # what views add that a cached copy must keep (sitemaps: noindex)
GZIP_LEVEL = 6  # a 38 KB county page: 7 KB in ~0.4 ms, done once per page and worker
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
LOCAL_PAGES = 1000  # pages kept per worker, least recently used dropped first (~30 KB each)


class PageStore:
    """A worker's least-recently-used pages with expiry; emptied when the generation moves."""

    def __init__(self, size: int):
        self.size, self.items, self.lock, self.generation = size, OrderedDict(), threading.Lock(), None
        self.checked_at, self.seen = 0.0, None  # the memo of the shared generation

    def get(self, key: str):
        with self.lock:
            found = self.items.get(key)
            if found is None:
                return None
            if found[0] < time.monotonic():
                del self.items[key]
                return None
            self.items.move_to_end(key)
            return found[1]

    def set(self, key: str, entry: dict, seconds: int, generation: int) -> None:
        with self.lock:
            if generation != self.generation:  # every page kept so far is unreachable
                self.items.clear()
                self.generation = generation
            self.items[key] = (time.monotonic() + seconds, entry)
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.items.clear()
            self.checked_at, self.seen = 0.0, None


local_pages = PageStore(LOCAL_PAGES)


_in_process: list[bool] = []  # memo of in_process(); emptied when settings change (tests)


def in_process() -> bool:
    """Return True when the shared cache is this process's memory (tests, a single dev server)."""
    if not _in_process:
        from django.core.cache import caches
        from django.core.cache.backends.locmem import LocMemCache

        _in_process.append(isinstance(caches["default"], LocMemCache))
    return _in_process[0]


def _forget_backend(**_kwargs) -> None:
    _in_process.clear()
    local_pages.clear()
    _memo.clear()


_memo: dict[str, tuple[float, int, object]] = {}  # small values each worker keeps (reference data)


def remembered(key: str, seconds: float, build):
    """Return a small value kept in this worker for `seconds` or until the generation moves.

    Counties and categories were read and unpickled from the file cache several times per
    page (~0.15 ms each); kept here they cost a dict lookup. Out-of-process caches only.
    """
    if in_process():
        return build()
    current = generation()
    found = _memo.get(key)
    if found is None or found[0] < time.monotonic() or found[1] != current:
        found = _memo[key] = (time.monotonic() + seconds, current, build())
    return found[2]


setting_changed.connect(_forget_backend, dispatch_uid="portal-cache-settings")


def new_generation() -> int:
    """Return a fresh generation: the clock in ms and a random part, so one made after a
    cache.clear() never equals an older one bumped a few times (pages keyed on it would return)."""
    return int(time.time() * 1000) * 1000 + secrets.randbelow(1000)


def _memo_seconds() -> float:
    # Tests clear the shared cache between cases: a worker must see that at once.
    return 0.0 if settings.TESTING else GENERATION_SECONDS


def generation() -> int:
    """Return the current content generation (created on first use), memoised briefly per worker."""
    local = not in_process()
    if local and local_pages.seen is not None and time.monotonic() - local_pages.checked_at < _memo_seconds():
        return local_pages.seen
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, new_generation(), None)
        value = cache.get(GENERATION_KEY, 0)
    if local:
        local_pages.seen, local_pages.checked_at = value, time.monotonic()
    return value


_deferring = threading.local()  # per thread: a crawl thread's saves are not another request's


@contextmanager
def one_bump():
    """Within the block, saves in this thread make pages stale once, when the block ends.

    A crawl saves an article at a time, each in its own transaction; bumping for every one
    cost a read and a write of the shared cache per article (a file rename on the embedded
    setup). Pages are a few seconds later to show a source's new articles, never stale after.
    """
    if getattr(_deferring, "active", False):  # nested: the outer block bumps
        yield
        return
    _deferring.active, _deferring.pending = True, False
    try:
        yield
    finally:
        pending = _deferring.pending
        _deferring.active = _deferring.pending = False
        if pending:
            bump()


def bump(**_signal_kwargs) -> None:
    """Make every cached page stale: content changed."""
    if getattr(_deferring, "active", False):
        _deferring.pending = True
        return
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet (or evicted): any new value will do
        cache.set(GENERATION_KEY, new_generation(), None)
    local_pages.clear()  # this worker sees its own change at once
    _memo.clear()


def is_personal(request: HttpRequest) -> bool:
    """Return True for requests that may see something personal (a logged-in editor)."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def page_key(request: HttpRequest, variant: str = "") -> str:
    kept = "&".join(f"{name}={request.GET.get(name)}" for name in KEPT_PARAMETERS if name in request.GET)
    raw = f"{request.get_host()}|{request.path}|{kept}|{variant}"
    return f"portal:page:{generation()}:{hashlib.sha1(raw.encode()).hexdigest()}"


def _not_modified(request: HttpRequest, etag: str, modified: int) -> bool:
    if_none_match = request.META.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        return etag in [tag.strip() for tag in if_none_match.split(",")] or if_none_match.strip() == "*"
    header = request.META.get("HTTP_IF_MODIFIED_SINCE")
    since = parse_http_date_safe(header) if header else None
    return since is not None and modified <= since


def _respond(request: HttpRequest, entry: dict) -> HttpResponse:
    if _not_modified(request, entry["etag"], entry["modified"]):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(entry["body"], content_type=entry["type"])
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = entry["last_modified"]
    response["Cache-Control"] = PUBLIC
    if entry["vary"]:
        response["Vary"] = entry["vary"]
    for name, value in entry.get("headers", {}).items():
        response[name] = value
    return response


def cached_page(view=None, *, vary_on_back_link: bool = False):
    """Cache a public GET view's 200 responses for anonymous readers (use bare or with arguments).

    vary_on_back_link: the article page's back link depends on the Referer's section, so the
    key carries that section (at most ~600 values) and the response says `Vary: Referer`.
    """
    def decorate(view_function):
        @wraps(view_function)
        def wrapper(request: HttpRequest, *args, **kwargs):
            if request.method not in ("GET", "HEAD") or is_personal(request):
                response = view_function(request, *args, **kwargs)
                response["Cache-Control"] = "private, no-cache"
                return response
            variant = ""
            if vary_on_back_link:
                from portal.views.common import referer_section

                variant = referer_section(request)
            key = page_key(request, variant)
            store = cache if in_process() else local_pages
            entry = store.get(key)
            if entry is None:
                response = view_function(request, *args, **kwargs)
                if callable(getattr(response, "render", None)):  # a TemplateResponse (sitemaps)
                    response = response.render()
                if response.status_code != 200 or response.streaming:
                    if response.status_code in (301, 404):
                        response["Cache-Control"] = PUBLIC
                    return response
                body = response.content
                modified = int(time.time())
                entry = {"body": body, "type": response["Content-Type"],
                         "etag": quote_etag(hashlib.blake2b(body, digest_size=12).hexdigest()),
                         "modified": modified, "last_modified": http_date(modified),
                         "vary": "Referer" if vary_on_back_link else "",
                         "headers": {name: value for name, value in response.items() if name in KEPT_HEADERS}}
                if store is cache:
                    cache.set(key, entry, SERVER_SECONDS)
                else:
                    local_pages.set(key, entry, SERVER_SECONDS, generation())
            response = _respond(request, entry)
            if request.method == "GET" and response.status_code == 200:
                response.portal_entry = entry  # PageCacheMiddleware may keep the finished response
            return response
        return wrapper

    return decorate(view) if view is not None else decorate


class PageCacheMiddleware:
    """Answer an anonymous GET for a page this worker already finished, before the other middleware.

    A cached page still went through sessions, CSRF, auth, messages and URL resolution (~240 µs
    of Python per request); here a page finished once (every middleware's headers included) is
    replayed from the worker's PageStore under the same generation. Only when the shared cache
    is out of process, only responses that set no cookie; the Referer's section is part of the
    key because the article page's back link depends on it. Readers who accept gzip get the
    page compressed once per worker (Lighthouse's text-compression audit; ~5x fewer bytes).
    """

    # After this many requests a worker has imported and compiled what it serves (templates, URL
    # resolvers, widgets): those objects are frozen out of the cyclic GC, whose full passes over
    # them cost ~40 ms and made the article page's p99 (53 ms -> ~17 ms at 1M articles).
    FREEZE_AFTER = 200

    def __init__(self, get_response):
        self.get_response = get_response
        self.served = 0

    def __call__(self, request: HttpRequest):
        self.served += 1
        if self.served == self.FREEZE_AFTER:
            gc.collect()
            gc.freeze()
        if request.method != "GET" or is_personal(request) or in_process():
            return self.get_response(request)
        key = self.key(request)
        kept = local_pages.get(key)
        if kept is not None:
            return self.replay(request, kept)
        response = self.get_response(request)
        entry = getattr(response, "portal_entry", None)
        if entry is None or response.status_code != 200 or response.cookies:
            return response
        kept = self.variants(entry, response.headers)
        local_pages.set(key, kept, SERVER_SECONDS, generation())
        return self.replay(request, kept)

    @staticmethod
    def variants(entry: dict, finished) -> dict:
        """Return the page as sent, ready to be sent plain or (compressed on first demand) gzipped."""
        headers = dict(finished)
        vary = headers.get("Vary")
        headers["Vary"] = f"{vary}, Accept-Encoding" if vary else "Accept-Encoding"
        return {"modified": entry["modified"], "etag": entry["etag"], "plain": (entry["body"], headers)}

    @staticmethod
    def zipped(kept: dict) -> tuple[bytes, dict]:
        """Return the gzipped variant, compressing it the first time a reader accepts gzip."""
        found = kept.get("gzip")
        if found is None:
            body, headers = kept["plain"]
            data = gzip.compress(body, GZIP_LEVEL, mtime=0)
            found = kept["gzip"] = (data, dict(headers, **{
                "Content-Encoding": "gzip", "Content-Length": str(len(data)), "ETag": kept["etag"][:-1] + '-gz"'}))
        return found

    @classmethod
    def replay(cls, request: HttpRequest, kept: dict) -> HttpResponse:
        if ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            body, headers = cls.zipped(kept)
        else:
            body, headers = kept["plain"]
        if _not_modified(request, headers["ETag"], kept["modified"]):
            response = HttpResponseNotModified()
            for name in ("ETag", "Last-Modified", "Cache-Control", "Vary"):
                if name in headers:
                    response[name] = headers[name]
            return response
        response = HttpResponse(body)
        for name, value in headers.items():
            response.headers[name] = value
        return response

    @staticmethod
    def key(request: HttpRequest) -> str:
        section = ""
        if "HTTP_REFERER" in request.META:
            from portal.views.common import referer_section

            section = referer_section(request)
        return "fast:" + page_key(request, section)
