"""The editor's home, the admin's first page: today per county, stories without a county, the review
queue of unsure counties, failing sources."""

import pytest
from django.test import Client

from news.desk import home_context
from news.models import Article, Source, Story
from news.tests.conftest import EDITOR_PASSWORD
from portal.tests.conftest import _fresh_cache, make_article, make_source, newsroom  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db


@pytest.mark.dates
def test_the_first_page_after_login_is_the_desk(desk_editor, newsroom, frozen_now):
    Article.objects.update(geo_confidence=0.99)  # the fixture's articles: the tagger was sure
    unsure = make_article("Accident pe un drum județean", source=newsroom["local"], geo_confidence=0.35, minutes_ago=5)
    make_article("Sigur din Bacău", source=newsroom["local"], geo_confidence=0.99, minutes_ago=6)
    Article.objects.filter(pk=newsroom["hidden"].pk).update(geo_confidence=0.1)  # hidden: not on the site
    lost = Story.objects.create(title="Ploi în toată țara", last_published_at=frozen_now, article_count=1)
    make_source("Ziarul Căzut", error_count=4, last_error="fetch: HTTP 503")
    make_source("Ziarul Oprit", error_count=9, enabled=False)

    client = Client()
    response = client.post("/admin/login/?next=/admin/", {"username": "redactor", "password": EDITOR_PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    page = client.get("/admin/").content.decode()
    assert "Masa redacției" in page
    assert unsure.title in page and "Sigur din Bacău" not in page and "Articol ascuns" not in page
    assert "De verificat: județ nesigur (1)" in page, page[page.find("desk-review") :][:300]
    assert lost.title in page
    assert "1 articol ·" in page and "1 articole" not in page  # Romanian agreement (lib.ro.count)
    assert "Ziarul Căzut" in page and "Ziarul Oprit" not in page and "Surse cu erori (1)" in page
    assert 'href="/admin/news/article/?localizare=de-verificat"' in page
    assert 'href="/admin/news/article/add/"' in page  # the tables are still listed below


@pytest.mark.dates
def test_it_counts_todays_visible_articles_per_county(newsroom, frozen_now):
    before = dict((c.slug, n) for c, n in home_context()["today_per_county"])
    make_article("Azi în Iași", county="iasi", source=newsroom["local"], minutes_ago=1)
    make_article("Programat în Iași", county="iasi", status=Article.SCHEDULED, minutes_ago=-120)
    after = home_context()
    counts = dict((c.slug, n) for c, n in after["today_per_county"])
    assert counts["iasi"] == before["iasi"] + 1 and len(counts) == 42
    assert after["today_total"] == sum(counts.values()) + after["today_without_county"]


def test_the_desk_is_for_staff_only(client, reference_data):
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert Source.objects.count() == 0
