"""Article retention deletes exactly other outlets' old articles, and what is left keeps working.

Deleted: their rows, search index rows, clustering keys, and stories left empty. Kept: own
articles, recent ones, corrected ones, ones whose picture is still stored; mixed stories are
counted again. A deleted article's or story's address answers 410 Gone, not 500 or 404.
"""

import datetime as dt

import pytest
from django.db import connection

from images.models import LeadImage
from news.corrections import Correction
from news.models import Article, Source, Story
from ops import retention
from search.query import parse
from search.results import search
from stories.models import ArticleBand, ArticleSignature

pytestmark = pytest.mark.dates
TEXT = "Consiliul județean a votat bugetul pentru podul de la Zănești."


def found(text, now):
    return {hit.article.pk for hit in search(parse(text), 1, now).hits}


def search_rows(article_id):
    """Rows the search index holds for one article, whichever database runs the test."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT count(*) FROM search_document WHERE article_id = %s", [article_id])
        else:
            cursor.execute(
                "SELECT count(*) FROM search_fts WHERE rowid IN (SELECT id FROM news_article WHERE id = %s)",
                [article_id],
            )
        return cursor.fetchone()[0]


@pytest.fixture
def world(reference_data, frozen_now, settings):
    settings.RETENTION_ARTICLE_DAYS = 365
    now = frozen_now
    outlet = Source.objects.create(name="Ziarul", slug="ziarul", feed_url="https://sursa.example/rss")
    counter = iter(range(1, 100))

    def article(days, story=None, own=False, source=outlet):
        n = next(counter)
        made = Article.objects.create(
            source=None if own else source,
            is_own=own,
            guid=f"g{n}",
            url=f"https://sursa.example/{n}",
            slug=f"sedinta-extraordinara-la-zanesti-{n}",
            title=f"Ședință extraordinară la Zănești {n}",
            body_html=f"<p>{TEXT}</p>",
            text=TEXT,
            snippet="Consiliul județean a votat.",
            story=story,
            published_at=now - dt.timedelta(days=days),
        )
        ArticleSignature.objects.create(article=made, minhash=b"\x00" * 8, published_at=made.published_at)
        ArticleBand.objects.create(article=made, key=n)
        return made

    return now, outlet, article


@pytest.mark.django_db(transaction=True)
def test_old_outlet_articles_go_and_everything_else_stays(world):
    now, outlet, article = world
    gone_story = Story.objects.create(title="Doar vechi")
    old_a, old_b = article(400, gone_story), article(380, gone_story)
    mixed = Story.objects.create(title="Amestecat")
    old_in_mixed, recent_in_mixed = article(500, mixed), article(10, mixed)
    own_old = article(900, Story.objects.create(title="Al nostru"), own=True)
    corrected = article(700)
    Correction.objects.create(article=corrected, field=Correction.COUNTY, before="", after="bacau", title="x")
    pictured = article(600)
    LeadImage.objects.create(article=pictured, origin="https://sursa.example/p.jpg", state=LeadImage.DONE)
    expired_picture = article(600)
    LeadImage.objects.create(article=expired_picture, origin="https://sursa.example/q.jpg", state=LeadImage.EXPIRED)
    young = article(364)
    for story in Story.objects.all():
        story.recount()
    assert {old_a.pk, old_b.pk} & found("Zănești", now)  # a story is listed once, by one article

    done = retention.run(now=now)

    deleted = {old_a.pk, old_b.pk, old_in_mixed.pk, expired_picture.pk}
    assert done["articles"] == 4 and done["finished"]
    assert not Article.objects.filter(pk__in=deleted).exists()
    assert set(Article.objects.values_list("pk", flat=True)) == {
        recent_in_mixed.pk,
        own_old.pk,
        corrected.pk,
        pictured.pk,
        young.pk,
    }
    assert not Story.objects.filter(pk=gone_story.pk).exists()  # emptied: deleted
    mixed.refresh_from_db()
    assert (mixed.article_count, mixed.representative_id) == (1, recent_in_mixed.pk)
    assert all(search_rows(pk) == 0 for pk in deleted)
    assert not ArticleSignature.objects.filter(article_id__in=deleted).exists()
    assert not ArticleBand.objects.filter(article_id__in=deleted).exists()
    assert not LeadImage.objects.filter(article_id=expired_picture.pk).exists()
    assert Correction.objects.filter(article=corrected).exists()
    hits = found("Zănești", now)
    assert hits.isdisjoint(deleted) and recent_in_mixed.pk in hits
    assert retention.run(now=now)["articles"] == 0  # nothing left: a second run deletes nothing


@pytest.mark.django_db(transaction=True)
def test_zero_days_keeps_every_article(world, settings):
    now, outlet, article = world
    settings.RETENTION_ARTICLE_DAYS = 0
    kept = article(5000)
    assert retention.run(now=now)["articles"] == 0
    assert Article.objects.filter(pk=kept.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_a_deleted_articles_address_answers_410_with_a_search_for_its_title(world, client):
    now, outlet, article = world
    story = Story.objects.create(title="Veche")
    old = article(400, story)
    story.recount()
    address, story_address = old.get_absolute_url(), story.get_absolute_url()
    article(1, Story.objects.create(title="Nouă"))  # later ids exist: ids below them were stored here once
    retention.run(now=now)

    response = client.get(address)
    assert response.status_code == 410
    page = response.content.decode()
    assert "Articolul nu mai este disponibil" in page and "/cauta/?q=sedinta%20extraordinara" in page
    assert client.get(story_address).status_code == 410
    assert client.get(address).status_code == 410  # the second answer comes from the page cache
    assert client.get("/articol/999999/nu-exista/").status_code == 404  # never existed: still 404


@pytest.mark.django_db(transaction=True)
def test_expired_sessions_and_old_login_records_go(world, settings):
    from axes.models import AccessAttempt, AccessLog
    from django.contrib.sessions.models import Session

    now, _, _ = world
    settings.RETENTION_LOGIN_DAYS = 90
    Session.objects.create(session_key="a" * 32, session_data="x", expire_date=now - dt.timedelta(minutes=1))
    Session.objects.create(session_key="b" * 32, session_data="x", expire_date=now + dt.timedelta(days=1))
    for days, n in ((91, 1), (89, 2)):
        fields = {
            "user_agent": "u",
            "ip_address": "192.0.2.1",
            "username": f"ion{n}",
            "http_accept": "*/*",
            "path_info": "/admin/login/",
        }
        attempt = AccessAttempt.objects.create(get_data="", post_data="", failures_since_start=3, **fields)
        log = AccessLog.objects.create(**fields)
        AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=now - dt.timedelta(days=days))
        AccessLog.objects.filter(pk=log.pk).update(attempt_time=now - dt.timedelta(days=days))

    assert retention.run(now=now)["logins"] == 3

    assert list(Session.objects.values_list("session_key", flat=True)) == ["b" * 32]
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["ion2"]
    assert list(AccessLog.objects.values_list("username", flat=True)) == ["ion2"]
