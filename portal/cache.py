"""Anonymous pages: Cache-Control, ETag/Last-Modified and a server-side page cache.

Cache keys carry a content *generation*: a number bumped whenever an article or story is
saved or deleted (signals wired in apps.py). Bumping it makes every stored page unreachable
at once, in every process sharing the cache (file, Redis), or in this one (LocMem); the old
entries expire on their own. Readers with a session (editors) always get a fresh page.
"""
import hashlib
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils.http import http_date, parse_http_date_safe, quote_etag

GENERATION_KEY = "portal:generation"
# Widgets (weather, rates) are cached for 60 s by their app; a page holding them is kept as long.
SERVER_SECONDS = 60
BROWSER_SECONDS = 60
STALE_SECONDS = 120  # a CDN may serve a page this much older while it fetches a fresh one
PUBLIC = f"public, max-age={BROWSER_SECONDS}, stale-while-revalidate={STALE_SECONDS}"
KEPT_PARAMETERS = ("pagina",)  # other query parameters (utm_*, fbclid) do not change a page


def generation() -> int:
    """Return the current content generation (created on first use)."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, int(time.time() * 1000), None)
        value = cache.get(GENERATION_KEY, 0)
    return value


def bump(**_signal_kwargs) -> None:
    """Make every cached page stale: content changed."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet (or evicted): any new value will do
        cache.set(GENERATION_KEY, int(time.time() * 1000), None)


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
    since = parse_http_date_safe(request.META.get("HTTP_IF_MODIFIED_SINCE", ""))
    return since is not None and modified <= since


def _respond(request: HttpRequest, entry: dict) -> HttpResponse:
    if _not_modified(request, entry["etag"], entry["modified"]):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(entry["body"], content_type=entry["type"])
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = http_date(entry["modified"])
    response["Cache-Control"] = PUBLIC
    if entry["vary"]:
        response["Vary"] = entry["vary"]
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
            entry = cache.get(key)
            if entry is None:
                response = view_function(request, *args, **kwargs)
                if response.status_code != 200 or response.streaming:
                    if response.status_code in (301, 404):
                        response["Cache-Control"] = PUBLIC
                    return response
                body = response.content
                entry = {"body": body, "type": response["Content-Type"],
                         "etag": quote_etag(hashlib.blake2b(body, digest_size=12).hexdigest()),
                         "modified": int(time.time()), "vary": "Referer" if vary_on_back_link else ""}
                cache.set(key, entry, SERVER_SECONDS)
            return _respond(request, entry)
        return wrapper

    return decorate(view) if view is not None else decorate
