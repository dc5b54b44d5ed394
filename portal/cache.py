"""Anonymous pages: Cache-Control, ETag/Last-Modified and a server-side page cache.

Cache keys carry a content *generation*: a number bumped whenever an article or story is
saved or deleted (news.signals.content_changed, connected in apps.py; see portal.generation).
Bumping it makes every stored page unreachable at once, in every process sharing the cache (file, Redis), or in this one (LocMem); the old
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
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils.http import http_date, parse_http_date_safe, quote_etag

from portal.generation import generation, in_process, local_pages
from portal.sections import referer_section

# Widgets (weather, rates) are cached for 60 s by their app; a page holding them is kept as long.
SERVER_SECONDS = 60
BROWSER_SECONDS = 60
STALE_SECONDS = 120  # a CDN may serve a page this much older while it fetches a fresh one
PUBLIC = f"public, max-age={BROWSER_SECONDS}, stale-while-revalidate={STALE_SECONDS}"
# Other query parameters (utm_*, fbclid) do not change a page; "p" pages Django's sitemaps.
KEPT_PARAMETERS = ("pagina", "p")
KEPT_HEADERS = ("X-Robots-Tag",)  # what views add that a cached copy must keep (sitemaps: noindex)
GZIP_LEVEL = 6  # a 38 KB county page: 7 KB in ~0.4 ms, done once per page and worker
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


























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
                response.headers.setdefault("Cache-Control", "private, no-cache")  # a preview says no-store
                return response
            variant = ""
            if vary_on_back_link:
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
            section = referer_section(request)
        return "fast:" + page_key(request, section)
