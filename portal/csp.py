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


def extra_sources() -> dict[str, list[str]]:
    """Return the widgets' extra origins per directive, or nothing when that app is absent."""
    try:
        from widgets.csp import extra_sources as widget_sources
    except ImportError:
        return {}
    try:
        return widget_sources()
    except Exception:  # a broken widget table must not take every page down
        return {}


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
