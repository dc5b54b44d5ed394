"""Content-Security-Policy for the public pages: own scripts and styles only, no 'unsafe-inline'.

Images may come from any https host: ingested lead images stay on their outlets' servers.
The widgets app may widen script/frame/media sources (radio streams, enabled ad networks).
"""
from django.http import HttpRequest, HttpResponse

BASE_POLICY: dict[str, list[str]] = {
    "default-src": ["'self'"],
    "img-src": ["'self'", "https:", "data:"],
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


def ingest_image_sources() -> list[str]:
    """Return http origins of hosts ingest may read though they are private (the demo network).

    Their lead images are served over plain http on a private address, which `https:` does not
    cover; only hosts an operator allowlisted for ingest are admitted.
    """
    from django.conf import settings

    return [f"http://{host}" for host in settings.INGEST_ALLOWED_HOSTS if host and "/" not in host]


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
    images = ingest_image_sources()
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
