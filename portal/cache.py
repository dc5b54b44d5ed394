"""Anonymous pages: Cache-Control, ETag/Last-Modified and a server-side page cache.

Cache keys carry a content *generation*: a number bumped whenever an article or story is
saved or deleted (news.signals.content_changed, connected in apps.py; see portal.generation).
Bumping it makes every stored page unreachable at once, in every process sharing the cache (file,
Redis), or in this one (LocMem); the old entries expire on their own.

Only a logged-in session (an editor) gets a fresh page; any other cookie, and any query parameter a
view does not read, gets the cached one (issue 11: `Cookie: sessionid=x` or a random `?p=` made
every request a render). A view's known parameters are part of the key, normalized (`pagina=01`
is page 1, every malformed value one shared key). Renders themselves are limited per client
(PAGE_RATE_LIMIT a minute), as search is.

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
from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY as SESSION_KEY_NAME
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils.http import http_date, parse_http_date_safe, quote_etag

from lib import ratelimit
from lib.sessions import is_signed_key
from portal.generation import generation, in_process, local_pages
from portal.sections import referer_section

# Widgets (weather, rates) are cached for 60 s by their app; a page holding them is kept as long.
SERVER_SECONDS = 60
BROWSER_SECONDS = 60
STALE_SECONDS = 120  # a CDN may serve a page this much older while it fetches a fresh one
PUBLIC = f"public, max-age={BROWSER_SECONDS}, stale-while-revalidate={STALE_SECONDS}"
# The query parameters pages read (a page number: "pagina" on lists, "p" on Django's sitemaps);
# any other (utm_*, fbclid, junk) does not change a page and is left out of the key.
PAGE_PARAMETERS = ("pagina",)
SITEMAP_PARAMETERS = ("p",)
MAX_PAGE_VALUE = 9999  # beyond any list's or sitemap's last page: one shared "malformed" key
TOO_MANY = (
    "<!doctype html><html lang=ro><meta charset=utf-8><title>Prea multe cereri</title>"
    "<p>Prea multe pagini cerute într-un timp scurt. Vă rugăm să reîncercați peste un minut.</p></html>"
)
KEPT_HEADERS = ("X-Robots-Tag",)  # what views add that a cached copy must keep (sitemaps: noindex)
GZIP_LEVEL = 6  # a 38 KB county page: 7 KB in ~0.4 ms, done once per page and worker
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def is_personal(request: HttpRequest) -> bool:
    """Return True for a request with a logged-in session (an editor), the only kind that skips the cache.

    Looked up once per request (before SessionMiddleware runs): a key this server did not make
    fails its signature (lib.sessions) without a database read; a real one costs one session read.
    """
    known = getattr(request, "_portal_personal", None)
    if known is None:
        key = request.COOKIES.get(settings.SESSION_COOKIE_NAME, "")
        known = request._portal_personal = is_signed_key(key) and _logged_in(key)
    return known


def _logged_in(session_key: str) -> bool:
    try:
        return SESSION_KEY_NAME in import_module(settings.SESSION_ENGINE).SessionStore(session_key).load()
    except Exception:  # a broken session store must not take the pages down: treat as anonymous
        return False


def known_parameters(request: HttpRequest, names) -> str:
    """Return the key part of the view's parameters: canonical page numbers, "!" for any malformed value."""
    kept = []
    for name in names:
        raw = request.GET.get(name)
        if raw is not None:
            valid = raw.isascii() and raw.isdigit() and len(raw) <= 5 and 1 <= int(raw) <= MAX_PAGE_VALUE
            if not valid or int(raw) > 1:  # page 1 is the page without the parameter
                kept.append(f"{name}={int(raw) if valid else '!'}")
    return "&".join(kept)


def page_key(request: HttpRequest, variant: str = "", parameters=PAGE_PARAMETERS) -> str:
    raw = f"{request.get_host()}|{request.path}|{known_parameters(request, parameters)}|{variant}"
    return f"portal:page:{generation()}:{hashlib.sha1(raw.encode()).hexdigest()}"


def too_many(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(TOO_MANY, status=429)
    response["Retry-After"] = "60"
    response["Cache-Control"] = "no-store"
    return response


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
        response = HttpResponse(entry["body"], content_type=entry["type"], status=entry.get("status", 200))
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = entry["last_modified"]
    response["Cache-Control"] = PUBLIC
    if entry["vary"]:
        response["Vary"] = entry["vary"]
    for name, value in entry.get("headers", {}).items():
        response[name] = value
    return response


def cached_page(view=None, *, vary_on_back_link: bool = False, parameters=PAGE_PARAMETERS):
    """Cache a public GET view's 200 and 404 responses for anonymous readers (bare or with arguments).

    vary_on_back_link: the article page's back link depends on the Referer's section, so the
    key carries that section (at most ~600 values) and the response says `Vary: Referer`.
    parameters: the query parameters the view reads (the rest never reach the key).
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
            key = page_key(request, variant, parameters)
            store = cache if in_process() else local_pages
            entry = store.get(key)
            if entry is None:
                if not ratelimit.allow(request, "render", settings.PAGE_RATE_LIMIT):
                    return too_many(request)
                try:
                    response = view_function(request, *args, **kwargs)
                except Http404 as error:  # kept like a page, so repeating a bad address costs no render
                    from portal.views.errors import not_found  # the views import this module

                    response = not_found(request, error)
                if callable(getattr(response, "render", None)):  # a TemplateResponse (sitemaps)
                    response = response.render()
                if response.status_code not in (200, 404, 410) or response.streaming:  # 410: a removed article
                    if response.status_code == 301:
                        response["Cache-Control"] = PUBLIC
                    return response
                body = response.content
                modified = int(time.time())
                entry = {
                    "body": body,
                    "type": response["Content-Type"],
                    "status": response.status_code,
                    "etag": quote_etag(hashlib.blake2b(body, digest_size=12).hexdigest()),
                    "modified": modified,
                    "last_modified": http_date(modified),
                    "vary": "Referer" if vary_on_back_link else "",
                    "headers": {name: value for name, value in response.items() if name in KEPT_HEADERS},
                }
                if store is cache:
                    cache.set(key, entry, SERVER_SECONDS)
                else:
                    local_pages.set(key, entry, SERVER_SECONDS, generation())
            response = _respond(request, entry)
            if request.method == "GET" and response.status_code in (200, 404):
                response.portal_entry = entry  # PageCacheMiddleware may keep the finished response
                response.portal_parameters = parameters  # ... under the key this view's parameters make
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
        if entry is None or response.status_code not in (200, 404) or response.cookies:
            return response
        kept = self.variants(entry, response.headers)
        # Kept under the view's own key, not the one looked up: a junk or foreign parameter
        # (?p= on a list page) makes a lookup key no page is stored under, never a new entry
        # pushing real pages out of the worker's store.
        key = self.key(request, response.portal_parameters)
        local_pages.set(key, kept, SERVER_SECONDS, generation())
        return self.replay(request, kept)

    @staticmethod
    def variants(entry: dict, finished) -> dict:
        """Return the page as sent, ready to be sent plain or (compressed on first demand) gzipped."""
        headers = dict(finished)
        vary = headers.get("Vary")
        headers["Vary"] = f"{vary}, Accept-Encoding" if vary else "Accept-Encoding"
        return {
            "modified": entry["modified"],
            "etag": entry["etag"],
            "plain": (entry["body"], headers),
            "status": entry.get("status", 200),
        }

    @staticmethod
    def zipped(kept: dict) -> tuple[bytes, dict]:
        """Return the gzipped variant, compressing it the first time a reader accepts gzip."""
        found = kept.get("gzip")
        if found is None:
            body, headers = kept["plain"]
            data = gzip.compress(body, GZIP_LEVEL, mtime=0)
            found = kept["gzip"] = (
                data,
                dict(
                    headers,
                    **{
                        "Content-Encoding": "gzip",
                        "Content-Length": str(len(data)),
                        "ETag": kept["etag"][:-1] + '-gz"',
                    },
                ),
            )
        return found

    @classmethod
    def replay(cls, request: HttpRequest, kept: dict) -> HttpResponse:
        if ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            body, headers = cls.zipped(kept)
        else:
            body, headers = kept["plain"]
        if kept["status"] == 200 and _not_modified(request, headers["ETag"], kept["modified"]):
            response = HttpResponseNotModified()
            for name in ("ETag", "Last-Modified", "Cache-Control", "Vary"):
                if name in headers:
                    response[name] = headers[name]
            return response
        response = HttpResponse(body, status=kept["status"])
        for name, value in headers.items():
            response.headers[name] = value
        return response

    @staticmethod
    def key(request: HttpRequest, parameters=None) -> str:
        """Return the key of a finished page; before URL resolution the parameters follow the path
        (the sitemaps' "p", the lists' "pagina"), as urls.py gives them to cached_page."""
        if parameters is None:
            parameters = SITEMAP_PARAMETERS if request.path.startswith("/sitemap") else PAGE_PARAMETERS
        section = ""
        if "HTTP_REFERER" in request.META:
            section = referer_section(request)
        return "fast:" + page_key(request, section, parameters)
