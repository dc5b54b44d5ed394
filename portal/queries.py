"""The reads behind the public pages: few, bounded, index-friendly queries.

Every list is `LIMIT`ed and ordered by (-published_at, -id) so the (…, status, -published_at)
indexes of news.Article serve it; nothing counts over the whole table.
"""

from django.core.cache import cache
from django.db.models import QuerySet
from django.utils import timezone

from news.models import Article, Category, County
from news.visibility import VISIBLE_STATUSES
from portal.generation import remembered

REFERENCE_SECONDS = 300  # counties and categories change only through the admin
WORKER_SECONDS = 30  # a worker re-reads them from the shared cache this often (or on its own change)
# Columns a list item needs (feeds and the story and author pages load Articles with them).
TEASER_FIELDS = (
    "id",
    "slug",
    "title",
    "snippet",
    "lead",
    "image_url",
    "image",
    "image_width",
    "image_height",
    "image_alt",
    "image_key",
    "image_widths",
    "image_color",
    "published_at",
    "updated_at",
    "status",
    "county",
    "source",
    "category",
    "author_name",
    "author",
    "county__slug",
    "county__name",
    "county__code",
    "source__name",
    "language",
)


def teasers(queryset: QuerySet | None = None) -> QuerySet:
    """Return visible articles, newest first, with only the columns a list item shows."""
    queryset = Article.objects.all() if queryset is None else queryset
    return queryset.visible().latest_first().select_related("county", "source").only(*TEASER_FIELDS)


def fetch(queryset: QuerySet | None, limit: int, offset: int = 0) -> list[Article]:
    """Return one page of visible articles, newest first, one indexed read per visible status.

    `status IN (published, scheduled)` makes SQLite sort every matching row (a temporary
    B-tree over the whole county or site); `status = ?` walks the (status, -published_at)
    index and stops after `offset + limit` rows. Scheduled articles whose time has come are few.
    """
    base = Article.objects.all() if queryset is None else queryset
    now, end = timezone.now(), offset + limit
    rows: list[Article] = []
    for status in VISIBLE_STATUSES:
        rows += list(
            base.visible(now, (status,))
            .order_by("-published_at", "-id")
            .select_related("county", "source")
            .only(*TEASER_FIELDS)[:end]
        )
    rows.sort(key=lambda a: (a.published_at, a.id), reverse=True)
    return rows[offset:end]


def _shared_rows(model, key: str) -> list:
    """Return every row of a reference table from the shared cache, reading it once when absent."""
    found = cache.get(key)
    if found is None:
        found = list(model.objects.all())
        cache.set(key, found, REFERENCE_SECONDS)
    return found


def forget_reference_data(**_signal_kwargs) -> None:
    """Drop the shared copies of counties and categories: an editor changed one (its desk, its name)."""
    cache.delete_many(["portal:counties", "portal:categories"])


def counties() -> list[County]:
    """Return the 42 sections (briefly cached: reference data)."""
    return remembered("portal:counties", WORKER_SECONDS, lambda: _shared_rows(County, "portal:counties"))


def county_by_slug(slug: str) -> County | None:
    return next((c for c in counties() if c.slug == slug), None)


def categories() -> list[Category]:
    return remembered("portal:categories", WORKER_SECONDS, lambda: _shared_rows(Category, "portal:categories"))


def category_by_slug(slug: str) -> Category | None:
    return next((c for c in categories() if c.slug == slug), None)


BREAKING_LIMIT = 3  # a band of headlines, not a list: more than three and none stands out


def breaking(county: County | None = None) -> list[Article]:
    """Return the articles marked "Ultima oră" right now (nationally, or of a county), newest first.

    Pages holding the band are cached SERVER_SECONDS at most, so it goes within a minute of its end.
    """
    return list(
        Article.objects.breaking(county=county).select_related("county", "source").only(*TEASER_FIELDS)[:BREAKING_LIMIT]
    )
