"""Public URLs. Names portal:home/county/category/article/story/author are used by news models."""

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from portal import feeds, views
from portal.cache import SITEMAP_PARAMETERS, cached_page
from portal.site_pages import SitePage
from portal.sitemaps import SITEMAPS
from portal.views import files

app_name = "portal"

SITEMAP_SECONDS = 900

urlpatterns = [
    path("", views.home, name="home"),
    path("robots.txt", files.robots_txt, name="robots"),
    path("favicon.ico", files.favicon, name="favicon"),
    # Uploaded images, unless MEDIA_URL points at another host (a CDN or a bucket).
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", files.media, name="media"),
    path("recente/", views.recent, name="recent"),
    # The site's own pages: fixed addresses, before the counties' /<slug>/.
    *[path(f"{slug}/", views.site_page, {"slug": slug}, name=f"site-page-{slug}") for slug, _ in SitePage.PAGES],
    path("judete/", views.counties, name="counties"),
    path("judetul-meu/<slug:slug>/", views.my_county, name="my-county"),  # a fragment for the home page
    path("articol/<int:pk>/<slug:slug>/", views.article, name="article"),
    path("previzualizare/articol/<int:pk>/", views.article_preview, name="article-preview"),  # staff only
    path("subiect/<int:pk>/", views.story, name="story"),
    path("categorie/<slug:slug>/", views.category, name="category"),
    path("categorie/<slug:slug>/rss/", cached_page(feeds.CategoryFeed()), name="category-rss"),
    path("categorie/<slug:slug>/atom/", cached_page(feeds.CategoryAtom()), name="category-atom"),
    path("autor/<slug:slug>/", views.author, name="author"),
    path("rss/", cached_page(feeds.LatestFeed()), name="rss"),
    path("atom/", cached_page(feeds.LatestAtom()), name="atom"),
    path(
        "sitemap.xml",
        cached_page(sitemap_views.index, parameters=SITEMAP_PARAMETERS),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "portal:sitemap"},
        name="sitemap-index",
    ),
    path(
        "sitemap-stiri.xml",
        cached_page(sitemap_views.sitemap, parameters=SITEMAP_PARAMETERS),
        {"sitemaps": {"stiri": SITEMAPS["stiri"]}, "template_name": "portal/news_sitemap.xml"},
        name="news-sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        cached_page(sitemap_views.sitemap, parameters=SITEMAP_PARAMETERS),
        {"sitemaps": SITEMAPS},
        name="sitemap",
    ),
    path("<slug:county_slug>/rss/", cached_page(feeds.CountyFeed()), name="county-rss"),
    path("<slug:county_slug>/atom/", cached_page(feeds.CountyAtom()), name="county-atom"),
    path("<slug:county_slug>/localitati/", views.county_places, name="county-places"),
    path("<slug:county_slug>/<slug:slug>/rss/", cached_page(feeds.PlaceFeed()), name="place-rss"),
    path("<slug:county_slug>/<slug:slug>/atom/", cached_page(feeds.PlaceAtom()), name="place-atom"),
    path("<slug:county_slug>/<slug:slug>/", views.county_path, name="county-category"),
    # The same address, by the name place pages are reversed with (county_path routes it).
    path("<slug:county_slug>/<slug:slug>/", views.county_path, name="place"),
    path("<slug:slug>/", views.county, name="county"),
]
