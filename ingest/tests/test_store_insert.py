"""The store's own INSERT of a new article: the row, the signals and the search index as save() gives them."""

import dataclasses
from datetime import UTC, datetime

import pytest
from django.db.models.signals import post_save
from django.utils import timezone

from ingest.items import Item
from ingest.store import NEW, store_item
from news.models import Article, Category, County, Source
from search.query import parse
from search.results import search
from understand.result import GeoResult

pytestmark = pytest.mark.django_db


@pytest.fixture
def source(reference_data):
    return Source.objects.create(
        name="Gazeta de Vaslui",
        slug="gazeta-de-vaslui",
        feed_url="http://v.invalid/feed",
        county=County.objects.get(slug="vaslui"),
    )


def _item(source) -> Item:
    return Item(
        source_id=source.pk,
        guid="v-1",
        url="https://v.invalid/pod-nou",
        title="Pod nou peste râul Bârlad",
        lead="Consiliul județean a semnat contractul.",
        body_html="<p>Podul va avea două benzi.</p>",
        text="Podul va avea două benzi și trotuare late.",
        snippet="Podul va avea două benzi.",
        author_name="Ion Țurcanu",
        published_at=datetime(2026, 11, 3, 7, tzinfo=UTC),
        fetched_at=datetime(2026, 11, 3, 8, tzinfo=UTC),
        source_categories=("Local", "Infrastructură"),
        geo=GeoResult(
            county="vaslui",
            counties=("vaslui", "iasi"),
            confidence=0.8,
            places=({"name": "Bârlad", "county": "vaslui"},),
        ),
        category=Category.objects.first().slug,
        word_count=7,
        reading_minutes=1,
        extraction="trafilatura",
        fingerprint="ab" * 32,
    )


def test_the_inserted_row_reads_back_as_an_orm_saved_copy(source):
    stored = store_item(_item(source), source)
    assert stored.outcome == NEW
    inserted = Article.objects.get(pk=stored.article_id)
    copy = Article.objects.get(pk=stored.article_id)
    copy.pk, copy.guid, copy.url, copy.story_id = None, "v-2", "https://v.invalid/pod-nou-2", inserted.story_id
    copy.save()
    copy.refresh_from_db()
    skip = {"id", "guid", "url", "created_at", "modified_at"}
    for field in Article._meta.concrete_fields:
        if field.name not in skip:
            assert getattr(copy, field.attname) == getattr(inserted, field.attname), field.name
    assert inserted.source_categories == ["Local", "Infrastructură"]
    assert inserted.geo_places == [{"name": "Bârlad", "county": "vaslui"}]
    assert inserted.created_at is not None and inserted.modified_at is not None
    assert abs(inserted.created_at - timezone.now()).total_seconds() < 3600
    assert [c.slug for c in inserted.other_counties.all()] == ["iasi"]
    assert inserted.author.name == "Ion Țurcanu"


def test_the_insert_sends_post_save_as_created(source):
    seen = []

    def receiver(sender, instance, created, **kwargs):
        seen.append((instance.pk, created, instance._state.adding))

    post_save.connect(receiver, sender=Article, dispatch_uid="test-store-insert")
    try:
        stored = store_item(_item(source), source)
    finally:
        post_save.disconnect(sender=Article, dispatch_uid="test-store-insert")
    assert seen == [(stored.article_id, True, False)]


def test_the_inserted_article_is_found_by_search(source):
    stored = store_item(_item(source), source)
    results = search(parse("Bârlad"), 1, timezone.now())
    assert stored.article_id in [hit.article.pk for hit in results.hits]


def test_an_edit_still_goes_through_save(source):
    first = store_item(_item(source), source)
    edited = dataclasses.replace(_item(source), text="Podul va avea patru benzi.")
    assert store_item(edited, source).article_id == first.article_id
    assert Article.objects.get().text == "Podul va avea patru benzi."


def test_a_created_byline_is_remembered_only_once_committed(source, django_capture_on_commit_callbacks):
    from django.db import transaction

    from ingest.store import author_for

    known = {}
    with django_capture_on_commit_callbacks(execute=True):
        created = author_for("Maria Ștefănescu", source, known=known)
    assert known == {("Maria Ștefănescu", source.pk): created}
    lost = {}
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            author_for("Radu Bălan", source, known=lost)
            transaction.set_rollback(True)
    assert lost == {}
