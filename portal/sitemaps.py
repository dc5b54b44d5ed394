"""Sitemaps: an index, sections, articles, and a Google News sitemap of the last two days."""
from datetime import timedelta

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.utils import timezone

from news.models import Article
from portal import queries

# Google News: only articles published in the last 2 days, at most 1,000 URLs per file.
# https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap
NEWS_WINDOW = timedelta(days=2)
NEWS_LIMIT = 1000
ARTICLES_PER_FILE = 10000  # the protocol allows 50,000; smaller files build in bounded time


class _Site:
    """The canonical host (SITE_URL), whatever host the sitemap was requested on."""

    def __init__(self):
        self.domain = urlsplit(settings.SITE_URL).netloc


class CanonicalSitemap(Sitemap):
    def get_urls(self, page=1, site=None, protocol=None):
        return super().get_urls(page=page, site=_Site(), protocol=urlsplit(settings.SITE_URL).scheme)


class SectionSitemap(CanonicalSitemap):
    """Home, Recente, Județe, the 42 counties and the categories."""

    changefreq = "hourly"

    def items(self):
        return (["/", "/recente/", "/judete/"] + [c.get_absolute_url() for c in queries.counties()]
                + [c.get_absolute_url() for c in queries.categories()])

    def location(self, item):
        return item


class ArticleSitemap(CanonicalSitemap):
    limit = ARTICLES_PER_FILE

    def items(self):
        return Article.objects.visible().order_by("-published_at", "-id").only(
            "id", "slug", "published_at", "updated_at")

    def lastmod(self, item):
        return item.updated_at or item.published_at


class NewsSitemap(ArticleSitemap):
    """Google News sitemap entries; rendered with portal/news_sitemap.xml."""

    limit = NEWS_LIMIT

    def items(self):
        since = timezone.now() - NEWS_WINDOW
        return (Article.objects.visible().filter(published_at__gte=since).order_by("-published_at", "-id")
                .only("id", "slug", "title", "published_at", "updated_at"))


SITEMAPS = {"sectiuni": SectionSitemap, "articole": ArticleSitemap, "stiri": NewsSitemap}
