"""RSS 2.0 and Atom for the site, each county and each category, read back with feedparser."""

import feedparser
import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path,version",
    [
        ("/rss/", "rss20"),
        ("/atom/", "atom10"),
        ("/bacau/rss/", "rss20"),
        ("/bacau/atom/", "atom10"),
        ("/categorie/eveniment/rss/", "rss20"),
        ("/categorie/eveniment/atom/", "atom10"),
    ],
)
def test_it_serves_valid_feeds(client, newsroom, path, version):
    parsed = feedparser.parse(client.get(path).content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == version
    assert parsed.entries and all(e.link.startswith("http") for e in parsed.entries)
    assert newsroom["hidden"].title not in [e.title for e in parsed.entries]


def test_it_keeps_each_feed_to_its_section(client, newsroom, settings):
    county = feedparser.parse(client.get("/bacau/rss/").content)
    titles = {e.title for e in county.entries}
    assert newsroom["ingested"].title in titles and newsroom["national"][0].title not in titles
    category = feedparser.parse(client.get("/categorie/eveniment/rss/").content)
    assert {e.title for e in category.entries} == {newsroom["ingested"].title}  # the story once, not its copies
    entry = next(e for e in county.entries if e.title == newsroom["ingested"].title)
    assert entry.link == settings.SITE_URL + newsroom["ingested"].get_absolute_url()
    assert entry.published_parsed is not None


def test_it_answers_404_for_unknown_sections(client, reference_data):
    assert client.get("/nu-exista/rss/").status_code == 404
    assert client.get("/categorie/nu-exista/atom/").status_code == 404
