"""An outlet's feed updates only that outlet's articles; an item needs an http(s) link of its own (issue 11)."""

from datetime import UTC, datetime, timedelta

import pytest
from local_feeds import HTML_TYPE, article_page, full_content, rss

from ingest.items import Item
from ingest.pipeline import process_source
from ingest.store import NEW, UNCHANGED, store_item
from news.models import Article, County, Source
from understand.result import GeoResult

pytestmark = pytest.mark.django_db

WHEN = datetime(2026, 11, 28, 9, tzinfo=UTC)


def outlet_source(name: str, feed_url: str = "http://z.invalid/feed") -> Source:
    return Source.objects.create(
        name=name, slug=name.lower().replace(" ", "-"), feed_url=feed_url, county=County.objects.get(slug="iasi")
    )


def item_of(source: Source, **values) -> Item:
    base = dict(
        source_id=source.pk,
        guid="g-1",
        url="https://ziarul.invalid/stire-1",
        title="Drum nou la Iași",
        body_html="<p>Lucrările încep luni.</p>",
        text="Lucrările încep luni.",
        published_at=WHEN,
        fetched_at=WHEN,
        geo=GeoResult(county="iasi", counties=("iasi",)),
    )
    base.update(values)
    return Item(**base)


def test_a_url_owned_by_another_source_is_never_overwritten(reference_data):
    owner, other = outlet_source("Ziarul de Iași"), outlet_source("Alt Ziar")
    original = store_item(item_of(owner), owner)
    forged = store_item(
        item_of(other, guid="atac", title="Titlu fals", text="Altceva.", body_html="<p>Altceva.</p>"), other
    )
    assert forged.outcome == NEW and forged.article_id != original.article_id
    kept = Article.objects.get(pk=original.article_id)
    assert (kept.title, kept.source, kept.text) == ("Drum nou la Iași", owner, "Lucrările încep luni.")
    copy = Article.objects.get(pk=forged.article_id)
    assert (copy.source, copy.title, copy.url) == (other, "Titlu fals", kept.url)  # credited to who said it
    # The owner's own feed still finds and updates its article; the other's repeat finds its copy.
    assert store_item(item_of(owner, title="Drum nou la Iași (actualizat)"), owner).article_id == original.article_id
    assert (
        store_item(
            item_of(other, guid="atac", title="Titlu fals", text="Altceva.", body_html="<p>Altceva.</p>"), other
        ).outcome
        == UNCHANGED
    )
    assert Article.objects.get(pk=original.article_id).title == "Drum nou la Iași (actualizat)"


def test_the_same_source_still_finds_its_article_by_url_under_another_guid(reference_data):
    owner = outlet_source("Ziarul de Iași")
    first = store_item(item_of(owner), owner)
    assert store_item(item_of(owner, guid="g-alt"), owner).article_id == first.article_id
    assert Article.objects.count() == 1


@pytest.mark.parametrize("url", ["", "javascript:alert(1)", "data:text/html,x", "ftp://ziarul.invalid/a", "/relativ"])
def test_the_store_refuses_an_item_without_an_http_link(reference_data, url):
    owner = outlet_source("Ziarul de Iași")
    with pytest.raises(ValueError, match="http"):
        store_item(item_of(owner, url=url), owner)
    assert not Article.objects.exists()


def test_a_feed_cannot_rewrite_another_outlets_article(outlet, reference_data):
    link = outlet.add("/stiri/pod", article_page("Podul de la Iași se redeschide"), content_type=HTML_TYPE)
    outlet.add(
        "/a/feed", rss([{"guid": "a-1", "link": link, "title": "Podul de la Iași se redeschide", "published": WHEN}])
    )
    outlet.add(
        "/b/feed",
        rss(
            [
                {
                    "guid": "b-1",
                    "link": link,
                    "title": "Titlu fals despre pod",
                    "content": full_content("Altă poveste"),
                    "published": WHEN,
                }
            ]
        ),
    )
    owner, attacker = outlet_source("Ziarul A", outlet.url("/a/feed")), outlet_source("Ziarul B", outlet.url("/b/feed"))
    process_source(owner)
    process_source(attacker)
    original = Article.objects.get(source=owner)
    assert original.title == "Podul de la Iași se redeschide" and "Altă poveste" not in original.text
    assert Article.objects.get(source=attacker).title == "Titlu fals despre pod"


def test_items_without_a_usable_link_are_refused_with_a_reason_not_merged(outlet, reference_data):
    bad_links = [
        "javascript:alert(1)",
        "data:text/html,<b>x</b>",
        "vbscript:x",
        "java\tscript:alert(2)",
        "mailto:redactie@ziar.invalid",
        "ftp://ziar.invalid/stire",
    ]
    items = [
        {
            "guid": "",
            "link": link,
            "title": f"Știre fără adresă {n}",
            "content": full_content(f"Știrea {n}"),
            "published": WHEN - timedelta(minutes=n),
        }
        for n, link in enumerate(bad_links)
    ]
    good = outlet.add("/stiri/buna", article_page("Știre bună"), content_type=HTML_TYPE)
    items.append({"guid": "bun", "link": good, "title": "Știre bună", "published": WHEN})
    outlet.add("/feed", rss(items))
    result = process_source(outlet_source("Ziarul C", outlet.url("/feed")))
    assert (result.new, result.item_errors) == (1, len(bad_links))
    assert "http(s)" in result.error
    assert list(Article.objects.values_list("title", flat=True)) == ["Știre bună"]
