"""Retention prunes old outlets' full text, old clustering keys and old fetch logs, and nothing a reader relies on."""

import datetime as dt

import pytest
from django.utils import timezone

from ingest.models import FetchLog
from news.models import Article, Source, Story
from ops import retention
from search.query import parse
from search.results import search
from stories.models import ArticleBand, ArticleSignature

BODY = "<p>Consiliul județean a votat bugetul pentru podul de la Zănești.</p>"
TEXT = "Consiliul județean a votat bugetul pentru podul de la Zănești."


def found(text):
    return [hit.article.pk for hit in search(parse(text), 1, timezone.now()).hits]


def article(source, days, story, n, **fields):
    made = Article.objects.create(
        source=source,
        guid=f"g{n}",
        url=f"https://sursa.example/{n}",
        title=f"Ședință extraordinară {n}",
        body_html=BODY,
        text=TEXT,
        snippet="Consiliul județean a votat bugetul.",
        story=story,
        published_at=timezone.now() - dt.timedelta(days=days),
        **fields,
    )
    ArticleSignature.objects.create(article=made, minhash=b"\x00" * 8, published_at=made.published_at)
    ArticleBand.objects.create(article=made, key=n)
    return made


@pytest.mark.django_db(transaction=True)
def test_old_outlet_text_becomes_its_snippet_while_search_and_stories_keep_working(reference_data, settings):
    settings.RETENTION_FULL_TEXT_DAYS = 90
    settings.RETENTION_SIGNATURE_DAYS = 30
    settings.RETENTION_FETCH_LOG_DAYS = 30
    outlet = Source.objects.create(name="Ziarul", slug="ziarul", feed_url="https://sursa.example/rss")
    licensed = Source.objects.create(
        name="Agenția", slug="agentia", feed_url="https://agentie.example/rss", display_policy=Source.POLICY_FULL
    )
    # one story each: search lists a story once, by one of its articles
    story = Story.objects.create(title="Ședință", article_count=1)
    old = article(outlet, 100, story, 1)
    recent = article(outlet, 10, Story.objects.create(title="Ședință 2", article_count=1), 2)
    kept = article(licensed, 100, Story.objects.create(title="Ședință 3", article_count=1), 3)
    own = Article.objects.create(
        url="https://gazeta.example/a",
        title="Ședință, comentariu",
        body_html=BODY,
        text=TEXT,
        is_own=True,
        published_at=timezone.now() - dt.timedelta(days=200),
    )
    for days in (40, 1):
        FetchLog.objects.create(source=outlet, started_at=timezone.now() - dt.timedelta(days=days), outcome="ok")
    assert old.pk in found("Zănești")

    done = retention.run()

    assert done["full_text"] == 1 and done["signatures"] == 2 and done["fetch_logs"] == 1 and done["finished"]
    old.refresh_from_db()
    assert old.body_html == "" and old.text == old.snippet
    assert old.story_id == story.pk  # still a member of its story
    for other in (recent, kept, own):
        other.refresh_from_db()
        assert other.body_html == BODY and other.text == TEXT
    assert old.pk in found("extraordinară")  # title, lead and snippet are still searched
    assert old.pk not in found("Zănești") and recent.pk in found("Zănești")  # the body's own words are gone
    assert set(ArticleSignature.objects.values_list("article_id", flat=True)) == {recent.pk}
    assert set(ArticleBand.objects.values_list("article_id", flat=True)) == {recent.pk}
    assert FetchLog.objects.count() == 1
    assert retention.run()["full_text"] == 0  # nothing left to do: a second run changes nothing


@pytest.mark.django_db
def test_steps_shrink_when_slow_and_grow_when_fast(monkeypatch):
    monkeypatch.setattr(retention, "PAUSE_SECONDS", 0)
    steps = retention.Steps(deadline=float("inf"))
    steps.ran(1.0)  # ten times too slow
    assert steps.size == retention.MIN_BATCH  # 50 rows took 1 s: 8x too slow, the floor
    steps.ran(0.001)
    assert steps.size == retention.MIN_BATCH * 2  # grows at most twofold a step
    assert steps.longest == 1.0
