"""A small per-client limiter in the shared cache: a fixed window of requests per minute."""
import time

from django.conf import settings
from django.core.cache import cache

# A reader types a few queries a minute; 30 leaves room for paging and filters while keeping
# a scraper from making search (the one uncached public page) the site's load.


def client_ip(request) -> str:
    """Return the client address; behind a proxy, the operator sets REMOTE_ADDR from it."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def allow(request, scope: str = "search") -> bool:
    """Count this request; return False when the client is over its limit this minute."""
    limit = settings.SEARCH_RATE_LIMIT
    if not limit:
        return True
    key = f"ratelimit:{scope}:{client_ip(request)}:{int(time.time() // 60)}"
    if cache.add(key, 1, timeout=90):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=90)
        return True
    return count <= limit
