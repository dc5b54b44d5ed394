"""The reads behind the public pages: few, bounded, index-friendly queries.

Every list is `LIMIT`ed and ordered by (-published_at, -id) so the (…, status, -published_at)
indexes of news.Article serve it; nothing counts over the whole table.
"""
from django.core.cache import cache
from django.db.models import QuerySet
from django.utils import timezone

from news.models import Article, Category, County, Story

# Columns a list item needs; the body and text stay in the database.
TEASER_FIELDS = (
    "id", "slug", "title", "snippet", "lead", "image_url", "image", "image_width", "image_height",
    "image_alt", "published_at", "updated_at", "status", "county", "source", "category", "author_name", "author",
    "county__slug", "county__name", "county__code", "source__name",
)
REFERENCE_SECONDS = 300  # counties and categories change only through the admin


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
    for status in (Article.PUBLISHED, Article.SCHEDULED):
        rows += list(base.filter(status=status, published_at__lte=now).order_by("-published_at", "-id")
                     .select_related("county", "source").only(*TEASER_FIELDS)[:end])
    rows.sort(key=lambda a: (a.published_at, a.id), reverse=True)
    return rows[offset:end]


def latest(limit: int, offset: int = 0) -> list[Article]:
    return fetch(None, limit, offset)


def latest_in_county(county: County, limit: int, offset: int = 0) -> list[Article]:
    """Return the county's newest articles: primary county, then those tagged with it as secondary.

    Two indexed reads merged in Python instead of one OR + DISTINCT, which no index can serve.
    """
    end = offset + limit
    primary = fetch(Article.objects.filter(county=county), end)
    secondary = fetch(Article.objects.filter(other_counties=county).exclude(county=county), end)
    merged = sorted(primary + secondary, key=lambda a: (a.published_at, a.id), reverse=True)
    return merged[offset:end]


def latest_in_category(category: Category, limit: int, offset: int = 0, county: County | None = None):
    queryset = Article.objects.filter(category=category)
    if county is not None:
        queryset = queryset.filter(county=county)
    return fetch(queryset, limit, offset)


def page_slice(items: list, per_page: int) -> tuple[list, bool]:
    """Split a list fetched with one extra row into the page and whether a next page exists."""
    return items[:per_page], len(items) > per_page


def counties() -> list[County]:
    """Return the 42 sections (briefly cached: reference data)."""
    found = cache.get("portal:counties")
    if found is None:
        found = list(County.objects.all())
        cache.set("portal:counties", found, REFERENCE_SECONDS)
    return found


def county_by_slug(slug: str) -> County | None:
    return next((c for c in counties() if c.slug == slug), None)


def categories() -> list[Category]:
    found = cache.get("portal:categories")
    if found is None:
        found = list(Category.objects.all())
        cache.set("portal:categories", found, REFERENCE_SECONDS)
    return found


def category_by_slug(slug: str) -> Category | None:
    return next((c for c in categories() if c.slug == slug), None)


def top_stories(limit: int, since) -> list[Story]:
    """Return recent stories told by the most outlets, with their representative article."""
    return list(
        Story.objects.filter(last_published_at__gte=since, representative__isnull=False,
                             representative__status__in=[Article.PUBLISHED, Article.SCHEDULED])
        .select_related("representative", "representative__county", "representative__source")
        .order_by("-source_count", "-last_published_at")[:limit]
    )
