"""Search's limit per client (lib.ratelimit with SEARCH_RATE_LIMIT).

A reader types a few queries a minute; 30 leaves room for paging and filters while keeping
a scraper from making search (an uncached page by nature) the site's load.
"""

from django.conf import settings

from lib.ratelimit import allow as allow_within


def allow(request, scope: str = "search") -> bool:
    """Count this search; return False when the client is over SEARCH_RATE_LIMIT this minute."""
    return allow_within(request, scope, settings.SEARCH_RATE_LIMIT)
