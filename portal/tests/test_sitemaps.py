"""Sitemap index, sections, articles and the Google News sitemap."""

from datetime import timedelta
from xml.etree import ElementTree

import pytest

from portal import sitemaps
from portal.tests.conftest import make_article

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "n": "http://www.google.com/schemas/sitemap-news/0.9"}


def locations(client, path):
    root = ElementTree.fromstring(client.get(path).content)
    return [e.text for e in root.iter(f"{{{NS['s']}}}loc")], root


def test_it_indexes_every_sitemap(client, newsroom):
    locs, _ = locations(client, "/sitemap.xml")
    assert any(loc.endswith("/sitemap-articole.xml") for loc in locs)
    assert any(loc.endswith("/sitemap-stiri.xml") for loc in locs)
    assert any(loc.endswith("/sitemap-sectiuni.xml") for loc in locs)


def test_it_lists_visible_articles_at_their_canonical_address(client, newsroom, settings):
    locs, _ = locations(client, "/sitemap-articole.xml")
    assert settings.SITE_URL + newsroom["own"].get_absolute_url() in locs
    assert settings.SITE_URL + newsroom["hidden"].get_absolute_url() not in locs


def test_it_puts_only_the_last_two_days_in_the_news_sitemap(client, newsroom, settings):
    old = make_article("Știre veche", minutes_ago=3 * 24 * 60)
    locs, root = locations(client, "/sitemap-stiri.xml")
    assert settings.SITE_URL + newsroom["ingested"].get_absolute_url() in locs
    assert settings.SITE_URL + old.get_absolute_url() not in locs
    titles = [e.text for e in root.iter(f"{{{NS['n']}}}title")]
    assert newsroom["ingested"].title in titles
    assert root.find(".//n:language", NS).text == "ro"


def test_it_caps_a_news_sitemap_file_at_1000_urls(client, reference_data, monkeypatch):
    monkeypatch.setattr(sitemaps.NewsSitemap, "limit", 3)  # same rule, small numbers
    for i in range(5):
        make_article("Știre", minutes_ago=i + 1)
    locs, _ = locations(client, "/sitemap-stiri.xml")
    assert len(locs) == 3
    assert sitemaps.NEWS_LIMIT == 1000 and timedelta(days=2) == sitemaps.NEWS_WINDOW


def test_it_pages_article_sitemaps_and_caches_each_page_apart(client, reference_data, monkeypatch, settings):
    monkeypatch.setattr(sitemaps.ArticleSitemap, "limit", 2)  # same paging, small numbers
    made = [make_article("Știre", minutes_ago=i + 1) for i in range(5)]
    index, _ = locations(client, "/sitemap.xml")
    assert sum("sitemap-articole.xml" in loc for loc in index) == 3  # 5 articles, 2 per file
    pages = [locations(client, f"/sitemap-articole.xml?p={n}")[0] for n in (1, 2, 3)]
    assert pages[0] == [settings.SITE_URL + a.get_absolute_url() for a in made[:2]]
    assert pages[2] == [settings.SITE_URL + made[4].get_absolute_url()]
    first, cached = client.get("/sitemap-articole.xml?p=2"), client.get("/sitemap-articole.xml?p=2")
    assert cached.content == first.content and "noindex" in cached["X-Robots-Tag"]
