"""Content-Security-Policy for the public pages: own scripts and styles only, no 'unsafe-inline'.

Images come from this site only (and its MEDIA host when that is a CDN or a bucket): lead
images are Gazeta's own renditions, so no reader's visit is reported to an outlet's server.
The widgets app may widen script/frame/media sources (radio streams, enabled ad networks).
frame-src names the allowlisted embed players (lib/embeds.py); a page loads one only when the
reader clicks its link, so no visit reaches them before that.
"""

from django.http import HttpRequest, HttpResponse

from lib.embeds import FRAME_ORIGINS

BASE_POLICY: dict[str, list[str]] = {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "style-src": ["'self'"],
    "script-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    "font-src": ["'self'"],
    "frame-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
SKIPPED_PREFIXES = ("/admin/",)  # the admin is Django's, with its own inline needs


def media_sources() -> list[str]:
    """Return the origin of MEDIA_URL when it is another host (a CDN or an S3 bucket), else []."""
    from urllib.parse import urlsplit

    from django.conf import settings

    parts = urlsplit(settings.MEDIA_URL)
    return [f"{parts.scheme}://{parts.netloc}"] if parts.scheme and parts.netloc else []


def extra_sources() -> dict[str, list[str]]:
    """Return the widgets' and ingest's extra origins per directive."""
    extra: dict[str, list[str]] = {}
    try:
        from widgets.csp import extra_sources as widget_sources

        extra = dict(widget_sources())
    except ImportError:
        pass
    except Exception:  # a broken widget table must not take every page down
        pass
    extra["frame-src"] = [*extra.get("frame-src", []), *FRAME_ORIGINS]
    images = media_sources()
    if images:
        extra["img-src"] = [*extra.get("img-src", []), *images]
    return extra


def build_policy(extra: dict[str, list[str]]) -> str:
    """Return the header value: the base policy with extra origins appended (none' dropped)."""
    parts = []
    for directive, sources in BASE_POLICY.items():
        added = [s for s in extra.get(directive, []) if s and s not in sources]
        merged = [s for s in sources if s != "'none'"] + added if added else sources
        parts.append(f"{directive} {' '.join(merged)}")
    return "; ".join(parts)


class ContentSecurityPolicyMiddleware:
    """Add the policy to HTML responses outside the admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith(SKIPPED_PREFIXES) or "Content-Security-Policy" in response:
            return response
        if response.get("Content-Type", "").startswith("text/html"):
            response["Content-Security-Policy"] = build_policy(extra_sources())
        return response
