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


def render(path: str) -> tuple[int, bytes]:
    """Return (status, body) of GET path for an anonymous reader, rendered now."""
    handler = getattr(_local, "handler", None)
    if handler is None:
        handler = _local.handler = _Handler()
    host, secure = _site()
    request = RequestFactory().get(path, HTTP_HOST=host, secure=secure)
    request._portal_personal = True  # portal.cache: skip the page cache, render afresh
    response = handler.get_response(request)
    if response.streaming:
        return response.status_code, b"".join(response.streaming_content)
    return response.status_code, response.content
