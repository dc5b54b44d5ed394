"""The site's public address: SITE_URL when the operator set it, else the address the current request
came to (scheme and Host, which Django has checked against ALLOWED_HOSTS), else the fallback.

Set per request by RequestSiteMiddleware in a context variable, so code that builds links without
a request at hand (SEO metadata, feeds, sitemaps, own articles' addresses) still follows it.
"""

from contextvars import ContextVar

from django.conf import settings

_request_site: ContextVar[str] = ContextVar("gazeta_request_site", default="")


def site_url() -> str:
    """Return the public base address, without a trailing slash."""
    return settings.SITE_URL or _request_site.get() or settings.SITE_URL_FALLBACK


def absolute(path: str) -> str:
    """Return the public address of a path (absolute URLs pass unchanged)."""
    return path if path.startswith(("http://", "https://")) else site_url() + path


class RequestSiteMiddleware:
    """Remember the request's own address while it is answered (only when SITE_URL is unset)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SITE_URL:
            return self.get_response(request)
        token = _request_site.set(f"{request.scheme}://{request.get_host()}")
        try:
            return self.get_response(request)
        finally:
            _request_site.reset(token)
