"""What the widgets add to the Content-Security-Policy: stream origins and enabled ad networks only."""

from django.core.cache import cache

from widgets.ads import csp_sources
from widgets.radio import media_sources

CACHE_SECONDS = 60


def extra_sources() -> dict[str, list[str]]:
    """Return directive -> extra origins, for whoever builds the CSP header (briefly cached)."""
    found = cache.get("widgets:csp")
    if found is None:
        networks = csp_sources()
        found = {
            "media-src": media_sources(),
            "script-src": networks,
            "frame-src": networks,
            "img-src": networks,
            "connect-src": networks,
        }
        cache.set("widgets:csp", found, CACHE_SECONDS)
    return found
