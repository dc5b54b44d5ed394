"""A small per-client limiter in the shared cache: a fixed window of requests per minute."""

import time

from django.core.cache import cache


def client_ip(request) -> str:
    """Return the client address; behind a proxy, the operator sets REMOTE_ADDR from it."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def allow(request, scope: str, limit: int) -> bool:
    """Count this request; return False when the client is over `limit` this minute (0: no limit)."""
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
