"""Render a public address as an anonymous reader gets it: Django's whole handler, no network.

The page cache is bypassed (the request counts as personal for portal.cache), so a file is
never made from a page cached before the change that asked for it.
"""

import threading
from urllib.parse import urlsplit

from django.conf import settings
from django.core.handlers.base import BaseHandler
from django.test import RequestFactory

_local = threading.local()


class _Handler(BaseHandler):
    def __init__(self):
        super().__init__()
        self.load_middleware()


def _site() -> tuple[str, bool]:
    parts = urlsplit(settings.SITE_URL or settings.SITE_URL_FALLBACK)
    return parts.netloc, parts.scheme == "https"


# Headers a published page is sent with besides its type: the site's security policy, read from
# a render (publish.serve and deploy/nginx.conf's generated include send the same ones).
SENT_HEADERS = (
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "X-Frame-Options",
    "Cross-Origin-Opener-Policy",
    "Permissions-Policy",
    "Strict-Transport-Security",
)


def render(path: str) -> tuple[int, bytes, dict]:
    """Return (status, body, the headers in SENT_HEADERS) of GET path for an anonymous reader, rendered now."""
    handler = getattr(_local, "handler", None)
    if handler is None:
        handler = _local.handler = _Handler()
    host, secure = _site()
    request = RequestFactory().get(path, HTTP_HOST=host, secure=secure)
    request._portal_personal = True  # portal.cache: skip the page cache, render afresh
    response = handler.get_response(request)
    headers = {name: response[name] for name in SENT_HEADERS if name in response}
    if response.streaming:
        return response.status_code, b"".join(response.streaming_content), headers
    return response.status_code, response.content, headers
