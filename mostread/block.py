"""The "Cele mai citite" sidebar block: the last 24 hours' most read articles, rendered and cached.

The block's HTML is kept in the shared cache for BLOCK_SECONDS per county (and once for the
whole country); building it first moves waiting counts to the database (counting.flush), so the
list is at most a few minutes behind the readers. Pages embed the HTML: counting never changes
a page's cache key, only this block's content when it is next built.
"""

import logging

from django.core.cache import cache
from django.template.loader import render_to_string
from markupsafe import Markup

from mostread import counting, store
from news.models import Article

log = logging.getLogger("mostread")

BLOCK_SECONDS = 180  # a few minutes of staleness; pages themselves are cached for 60 s
SHOWN = 5
TEMPLATE = "mostread/most_read.html"


def most_read(county_id: int | None, now: float | None = None, limit: int = SHOWN) -> list:
    """Return the visible articles most read in the last 24 hours (of a county, or nationally)."""
    ranked = store.leaders(county_id, now, limit=limit * 4)  # room for hidden or deleted ones
    found = {
        a.pk: a
        for a in Article.objects.visible()
        .filter(pk__in=[article for article, _views in ranked])
        .select_related("county")
        .only("id", "slug", "title", "language", "published_at", "county__name", "county__slug")
    }
    return [found[article] for article, _views in ranked if article in found][:limit]


def cache_key(county) -> str:
    return f"mostread:block:{county.pk if county else '-'}"


def block_html(county, now: float | None = None) -> Markup:
    """Return the block's HTML for a county page (None: the national pages), '' when nothing was read."""
    key = cache_key(county)
    html = cache.get(key)
    if html is None:
        try:
            counting.flush(now)
        except Exception:  # the list may lag; the page must not fail
            log.exception("mostread: flush before building the block failed")
        articles = most_read(county.pk if county else None, now)
        html = render_to_string(TEMPLATE, {"articles": articles, "county": county}) if articles else ""
        cache.set(key, html, BLOCK_SECONDS)
    return Markup(html)
