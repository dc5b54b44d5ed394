"""Sitemaps: an index, sections, articles, and a Google News sitemap of the last two days."""

from datetime import timedelta
from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.utils import timezone

from lib.site import site_url
from news.models import Article
from news.visibility import VISIBLE_STATUSES, visible_sql
from portal import lists, queries

# Google News: only articles published in the last 2 days, at most 1,000 URLs per file.
# https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap
NEWS_WINDOW = timedelta(days=2)
NEWS_LIMIT = 1000
ARTICLES_PER_FILE = 10000  # the protocol allows 50,000; smaller files build in bounded time
COUNT_SECONDS = 300  # how long the article count that pages the sitemap index is reused


class _Site:
    """The canonical host (lib.site: SITE_URL, or the request's own when it is unset)."""

    def __init__(self):
        self.domain = urlsplit(site_url()).netloc


class CanonicalSitemap(Sitemap):
    def get_urls(self, page=1, site=None, protocol=None):
        return super().get_urls(page=page, site=_Site(), protocol=urlsplit(site_url()).scheme)


class SectionSitemap(CanonicalSitemap):
    """Home, Recente, Județe, the 42 counties and the categories."""

    changefreq = "hourly"

    def items(self):
        return (
            ["/", "/recente/", "/judete/"]
            + [c.get_absolute_url() for c in queries.counties()]
            + [c.get_absolute_url() for c in queries.categories()]
        )

    def location(self, item):
        return item


class VisibleArticles:
    """The visible articles matching a condition, newest first, as the sitemap paginator wants them.

    Django's paginator asks for len() and slices. A queryset with visible() made SQLite sort
    the whole table for every slice and count (seconds at 1M articles); here a slice is one
    index walk for ids (portal.lists) and len() counts each status on its index.
    """

    def __init__(
        self,
        where: str = "1 = 1",
        params: tuple = (),
        fields: tuple = ("id", "slug", "published_at", "updated_at"),
        count_seconds: float = COUNT_SECONDS,
    ):
        self.where, self.params, self.fields = where, list(params), fields
        self.count_seconds = count_seconds

    def __len__(self) -> int:
        from portal.generation import remembered

        if not self.count_seconds:
            return self.count()
        # The index's page count may be minutes old; counting 1M rows costs ~60 ms.
        return remembered(f"portal:sitemap-count:{self.where}:{self.params}", self.count_seconds, self.count)

    def count(self) -> int:
        from django.db import connection

        now = timezone.now()
        with connection.cursor() as cursor:
            total = 0
            for status in VISIBLE_STATUSES:  # one index walk per status (see lists.newest)
                visible, params = visible_sql("a", (status,), now)
                cursor.execute(
                    f"SELECT COUNT(*) FROM news_article a WHERE {self.where} AND {visible}", [*self.params, *params]
                )
                total += cursor.fetchone()[0]
        return total

    def __getitem__(self, window: slice) -> list[Article]:
        start, stop = window.start or 0, window.stop
        ids = lists.ids(self.where, self.params, stop - start, start, per_story=False)
        return lists.pick({a.id: a for a in Article.objects.filter(id__in=ids).only(*self.fields)}, ids)

    def latest(self):
        rows = lists.newest(self.where, self.params, 1, per_story=False)
        return Article.objects.filter(id=rows[0][0]).values_list("published_at", flat=True).first() if rows else None


class ArticleSitemap(CanonicalSitemap):
    limit = ARTICLES_PER_FILE

    def items(self):
        return VisibleArticles()

    def lastmod(self, item):
        return item.updated_at or item.published_at

    def location(self, item):
        return lists.article_path(item.id, item.slug)  # get_absolute_url() reverses: 0.4 s per 10,000 items

    def get_latest_lastmod(self):
        """Return the newest publication (Django's default reads every item: 16 s at 1M articles)."""
        return self.items().latest()


class NewsSitemap(ArticleSitemap):
    """Google News sitemap entries; rendered with portal/news_sitemap.xml."""

    limit = NEWS_LIMIT

    def items(self):
        from django.db import connection

        since = connection.ops.adapt_datetimefield_value(timezone.now() - NEWS_WINDOW)
        # Not remembered: `since` moves with the clock, so each count would sit in the worker's
        # memo under a key never asked again: the count was made on every call anyway.
        return VisibleArticles(
            "a.published_at >= %s", (since,), ("id", "slug", "title", "published_at", "updated_at"), count_seconds=0
        )


class PlaceSitemap(CanonicalSitemap):
    """The place pages: every town, commune and village with visible news (and the counties' place lists)."""

    changefreq = "daily"

    def items(self):
        from django.urls import reverse

        from news.models import Locality

        template = reverse("portal:place", args=["judet-marcaj", "loc-marcaj"])
        places = Locality.objects.with_news().order_by("county__slug", "slug").values_list("county__slug", "slug")
        pages = [template.replace("judet-marcaj", c).replace("loc-marcaj", s) for c, s in places]
        counties = sorted({c for c, _ in places})
        return [reverse("portal:county-places", args=[c]) for c in counties] + pages

    def location(self, item):
        return item


SITEMAPS = {"sectiuni": SectionSitemap, "localitati": PlaceSitemap, "articole": ArticleSitemap, "stiri": NewsSitemap}
