"""'Ultima oră': an article or story an editor marks breaking is banded on home and its county pages
and first in the RSS feeds, until the end time given."""

from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from news.models import Article, Story
from news.tests.conftest import make_editor
from portal.tests.conftest import make_article

pytestmark = [pytest.mark.django_db, pytest.mark.dates]


def band(client, path: str) -> str:
    page = client.get(path).content.decode()
    start = page.find('<section class="breaking"')
    return "" if start < 0 else page[start : page.find("</section>", start)]


def test_a_breaking_article_leads_home_its_county_and_the_feeds_until_its_end(client, newsroom, frozen_now):
    old = make_article("Cod roșu de inundații pe Siret", source=newsroom["local"], minutes_ago=600)
    old.breaking_until = frozen_now + timedelta(hours=2)
    old.save()
    for path in ("/", "/bacau/"):
        assert old.title in band(client, path), path
    assert band(client, "/iasi/") == ""
    for path in ("/rss/", "/bacau/rss/"):
        feed = client.get(path).content.decode()
        assert feed.index(old.title) < feed.index(newsroom["ingested"].title), path  # first, though older
    with time_machine.travel(frozen_now + timedelta(hours=2, minutes=1), tick=True):
        # Pages are cached for a minute; Redis (the PostgreSQL run's cache) expires entries by
        # its own clock, which the pinned one does not move: let that minute pass there too.
        cache.clear()
        assert band(client, "/") == "" and band(client, "/bacau/") == ""
        feed = client.get("/rss/").content.decode()
        assert feed.index(old.title) > feed.index(newsroom["ingested"].title)  # back to its place by date


def test_a_breaking_story_shows_its_representative_once(client, newsroom, frozen_now):
    story = newsroom["story"]
    Story.objects.filter(pk=story.pk).update(breaking_until=frozen_now + timedelta(hours=1))
    home = band(client, "/")
    assert home.count("<li>") == 1 and story.representative.title in home  # not each outlet's copy
    assert story.representative.title in band(client, "/bacau/")
    assert band(client, "/iasi/") == ""  # the Iași outlet's copy is not the story's representative


def test_hidden_or_unpublished_articles_are_never_breaking(client, newsroom, frozen_now):
    Article.objects.filter(pk=newsroom["hidden"].pk).update(breaking_until=frozen_now + timedelta(hours=1))
    draft = make_article("Ciornă urgentă", status=Article.DRAFT, breaking_until=frozen_now + timedelta(hours=1))
    assert list(Article.objects.breaking()) == []
    assert draft.title not in band(client, "/")


def test_the_editor_marks_and_ends_breaking_news_from_the_article_list(newsroom, frozen_now):
    staff = Client()
    staff.force_login(make_editor())
    article = newsroom["ingested"]
    response = staff.post(
        "/admin/news/article/", {"action": "mark_breaking", "_selected_action": [article.pk]}, follow=True
    )
    assert "„Ultima oră” până la" in response.content.decode()
    article.refresh_from_db()
    assert article.breaking_until == pytest.approx(timezone.now() + timedelta(hours=3), abs=timedelta(minutes=1))
    assert article.title in band(Client(), "/")
    staff.post("/admin/news/article/", {"action": "end_breaking", "_selected_action": [article.pk]})
    assert band(Client(), "/") == ""
