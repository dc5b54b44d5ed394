"""The store stage: idempotent upserts, edits, canonical URLs, editor locks, bylines, fetch logs."""

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from ingest.items import Item
from ingest.models import FetchLog
from ingest.store import NEW, UNCHANGED, UPDATED, SlugIds, author_for, record_fetch, store_item
from news.models import Article, Author, Category, County, Source, Story
from understand.result import GeoResult

pytestmark = pytest.mark.django_db


@pytest.fixture
def source(reference_data):
    return Source.objects.create(
        name="Ziarul de Iași",
        slug="ziarul-de-iasi",
        feed_url="http://z.invalid/feed",
        county=County.objects.get(slug="iasi"),
    )


def make_item(source, **values) -> Item:
    base = dict(
        source_id=source.pk,
        guid="g-1",
        url="https://z.invalid/stire-1",
        title="Drum nou la Iași",
        body_html="<p>Lucrările încep luni.</p>",
        text="Lucrările încep luni.",
        snippet="Lucrările încep luni.",
        author_name="Ana Pop",
        published_at=datetime(2026, 11, 1, 8, tzinfo=UTC),
        fetched_at=datetime(2026, 11, 1, 9, tzinfo=UTC),
        geo=GeoResult(county="iasi", counties=("iasi", "vaslui")),
        category=Category.objects.first().slug,
    )
    base.update(values)
    return Item(**base)


def test_it_stores_an_item_seen_twice_once(source):
    item = make_item(source)
    first, second = store_item(item, source), store_item(item, source)
    assert (first.outcome, second.outcome) == (NEW, UNCHANGED)
    assert first.article_id == second.article_id
    assert Article.objects.count() == 1


def test_it_updates_the_text_and_update_time_of_an_edited_item(source):
    store_item(make_item(source), source)
    edited = make_item(source, body_html="<p>Lucrările încep marți.</p>", text="Lucrările încep marți.")
    result = store_item(edited, source)
    article = Article.objects.get()
    assert result.outcome == UPDATED
    assert article.text == "Lucrările încep marți."
    assert article.updated_at is not None and article.updated_at > article.published_at
    assert article.published_at == datetime(2026, 11, 1, 8, tzinfo=UTC)


def test_it_uses_the_outlets_update_time_when_it_moved_forward(source):
    store_item(make_item(source), source)
    when = datetime(2026, 11, 2, 10, tzinfo=UTC)
    store_item(make_item(source, title="Drum nou la Iași (actualizat)", updated_at=when), source)
    assert Article.objects.get().updated_at == when


def test_it_keeps_one_article_for_one_canonical_url_under_another_guid(source):
    store_item(make_item(source), source)
    result = store_item(make_item(source, guid="g-other"), source)
    assert result.outcome == UNCHANGED
    assert Article.objects.count() == 1


def test_it_tells_different_guids_and_urls_apart(source):
    store_item(make_item(source), source)
    store_item(make_item(source, guid="g-2", url="https://z.invalid/stire-2"), source)
    assert Article.objects.count() == 2


def test_it_places_the_article_in_its_counties_and_category(source):
    store_item(make_item(source), source)
    article = Article.objects.get()
    assert article.county.slug == "iasi"
    assert list(article.other_counties.values_list("slug", flat=True)) == ["vaslui"]
    assert article.category == Category.objects.first()
    assert article.slug == "drum-nou-la-iasi"


def test_it_never_overwrites_an_editors_county_or_category(source):
    store_item(make_item(source), source)
    chosen_county, chosen_category = County.objects.get(slug="bacau"), Category.objects.last()
    Article.objects.update(county=chosen_county, county_locked=True, category=chosen_category, category_locked=True)
    store_item(
        make_item(
            source, text="Text nou.", body_html="<p>Text nou.</p>", geo=GeoResult(county="cluj", counties=("cluj",))
        ),
        source,
    )
    article = Article.objects.get()
    assert article.text == "Text nou."
    assert (article.county, article.category) == (chosen_county, chosen_category)


def test_it_keeps_one_author_row_per_byline_and_source(source):
    store_item(make_item(source), source)
    store_item(make_item(source, guid="g-2", url="https://z.invalid/stire-2"), source)
    other = Source.objects.create(name="Alt ziar", slug="alt-ziar", feed_url="http://a.invalid/feed")
    assert Author.objects.count() == 1
    assert Article.objects.filter(author__name="Ana Pop").count() == 2
    elsewhere = author_for("Ana Pop", other)
    assert elsewhere.slug != "ana-pop" and Author.objects.count() == 2


def test_it_stores_what_the_item_says_without_a_byline(source):
    store_item(make_item(source, author_name=""), source)
    assert Article.objects.get().author is None


def test_it_clusters_inside_the_items_transaction(source, monkeypatch):
    from django.db import connection

    from ingest import entry_stages

    seen = []
    monkeypatch.setattr(
        entry_stages,
        "cluster_saved",
        lambda article, new, counties, about: seen.append((article.pk, new, connection.in_atomic_block)),
    )
    entry_stages.store_and_cluster(make_item(source), source, slugs=SlugIds())
    assert seen == [(Article.objects.get().pk, True, True)]
    entry_stages.store_and_cluster(make_item(source), source, slugs=SlugIds())  # unchanged: not clustered again
    assert len(seen) == 1


def test_a_failing_cluster_keeps_the_article_without_a_story(source, monkeypatch):
    from ingest.entry_stages import store_and_cluster
    from stories import cluster

    def broken(article, new, about=()):
        Story.objects.create(title="half-made")
        raise RuntimeError("cluster: boom")

    monkeypatch.setattr(cluster, "cluster_article", broken)
    assert store_and_cluster(make_item(source), source, slugs=SlugIds()).outcome == NEW
    assert Article.objects.get().story is None
    assert not Story.objects.exists()  # the failed clustering's writes were rolled back


def test_it_records_a_fetch_and_releases_the_claim(source):
    now = timezone.now()
    Source.objects.filter(pk=source.pk).update(claimed_by="w1", claimed_until=now + timedelta(minutes=5))
    held = record_fetch(
        source,
        "w1",
        {"error_count": 0, "last_status": "200", "next_fetch_at": now},
        {"started_at": now, "outcome": FetchLog.OK, "new_articles": 3},
    )
    source.refresh_from_db()
    assert held and source.claimed_by == "" and source.claimed_until is None and source.last_status == "200"
    assert FetchLog.objects.get().new_articles == 3


def test_it_records_state_even_when_the_claim_was_lost(source):
    Source.objects.filter(pk=source.pk).update(claimed_by="w2", claimed_until=timezone.now())
    held = record_fetch(
        source,
        "w1",
        {"last_status": "HTTP 500", "error_count": 1},
        {"started_at": timezone.now(), "outcome": FetchLog.ERROR, "error": "fetch: HTTP 500"},
    )
    source.refresh_from_db()
    assert not held and source.error_count == 1 and source.claimed_by == "w2"


def test_it_truncates_overlong_fields_instead_of_failing(source):
    item = make_item(source, title="T" * 900, image_caption="c" * 900, author_name="N" * 400)
    store_item(dataclasses.replace(item), source)
    article = Article.objects.get()
    assert len(article.title) == 500 and len(article.image_caption) == 500


def test_it_stores_the_language_the_enrich_stage_detected(source):
    from ingest.entry_stages import enrich

    item = make_item(source, title="Leégett egy csűr Zetelakán", text="Kedd este kigyulladt egy szénával teli csűr.")
    item = enrich(item, source)
    assert (item.language, item.geo.county) == ("hu", "harghita")
    store_item(item, source)
    assert Article.objects.get().language == "hu"


def test_a_new_article_keeps_the_outlets_update_time_when_it_came_well_after_publication(source):
    edited = datetime(2026, 11, 1, 11, 30, tzinfo=UTC)
    store_item(make_item(source, updated_at=edited), source)
    assert Article.objects.get().updated_at == edited
    # Saved seconds after publishing (the CMS's own save): not an update.
    store_item(
        make_item(
            source, guid="g-2", url="https://z.invalid/stire-2", updated_at=datetime(2026, 11, 1, 8, 0, 40, tzinfo=UTC)
        ),
        source,
    )
    assert Article.objects.get(guid="g-2").updated_at is None


def test_it_links_the_siruta_places_the_geotagger_found(source):
    places = (
        {"name": "Deleni", "county": "iasi", "kind": "place"},
        {"name": "Iași", "county": "iasi", "kind": "county"},
        {"name": "Hârlău", "county": "iasi", "kind": "place"},
    )
    store_item(make_item(source, geo=GeoResult(county="iasi", counties=("iasi",), places=places)), source)
    article = Article.objects.get()
    assert sorted(article.place_links.values_list("locality__name", flat=True)) == ["Deleni", "Hârlău"]
    store_item(
        make_item(
            source, title="Drum nou la Deleni", geo=GeoResult(county="iasi", counties=("iasi",), places=places[:1])
        ),
        source,
    )
    assert list(article.place_links.values_list("locality__name", flat=True)) == ["Deleni"]
