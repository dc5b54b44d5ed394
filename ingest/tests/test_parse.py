"""Parse: every feed format into FeedEntry records with absolute links, UTC dates and no duplicates."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from ingest.errors import ParseError
from ingest.parse import parse_feed

DATA = Path(__file__).parent / "data"
NOW = datetime(2026, 11, 29, 6, 0, tzinfo=UTC)


def parse(name, url="", **kwargs):
    return parse_feed((DATA / name).read_bytes(), url=url, now=NOW, **kwargs)


def test_it_reads_rss20_with_absolute_links_utc_dates_and_images():
    feed = parse("rss20.xml", url="https://gazeta-vs.example/rss")
    assert feed.format == "rss20"
    assert feed.title == "Gazeta de Vaslui — Ultimele știri"
    assert feed.link == "https://gazeta-vs.example/"
    first = feed.entries[0]
    assert first.guid == "vs-1001"
    assert first.url == "https://gazeta-vs.example/stiri/drumul-judetean-negresti?utm_source=rss"
    assert first.published == datetime(2026, 11, 24, 7, 30, tzinfo=UTC)  # +0200 to UTC
    assert first.author == "Mihai Ciobanu"
    assert first.categories == ("Local", "Infrastructură")
    assert "Lucrările încep în martie." in first.content_html
    assert 'src="https://gazeta-vs.example/poze/drum.jpg"' in first.content_html  # relative link in content
    assert first.image_url == "https://gazeta-vs.example/poze/drum-mare.jpg"  # media:content
    assert feed.entries[1].image_url == "https://gazeta-vs.example/poze/placinte.jpg"  # image enclosure


def test_it_gives_a_missing_date_the_fetch_time_and_clamps_future_dates():
    feed = parse("rss20.xml", url="https://gazeta-vs.example/rss")
    by_title = {entry.title: entry for entry in feed.entries}
    assert by_title["Știre fără dată"].published == NOW
    assert by_title["Știre din viitor"].published == NOW
    assert by_title["Știre din viitor"].image_url == "https://gazeta-vs.example/poze/viitor-mic.jpg"  # thumbnail
    assert all(entry.published <= NOW for entry in feed.entries)
    assert all(entry.published.tzinfo is not None for entry in feed.entries)


def test_it_gives_an_entry_without_guid_its_link_as_guid():
    feed = parse("rss20.xml", url="https://gazeta-vs.example/rss")
    undated = next(entry for entry in feed.entries if entry.title == "Știre fără dată")
    assert undated.guid == undated.url == "https://gazeta-vs.example/stiri/fara-data"


def test_it_reads_rss10_rdf():
    feed = parse("rss10.xml")
    assert feed.format == "rss10"
    entry = feed.entries[0]
    assert entry.title == "Ședință extraordinară la Primăria Dorohoi"
    assert entry.published == datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
    assert entry.author == "Elena Rusu"


def test_it_reads_rss091_in_a_legacy_encoding():
    feed = parse("rss091.xml")
    assert feed.format.startswith("rss091")
    assert feed.entries[0].title == "Pescarii din Deltă cer prelungirea sezonului"
    assert "Asociația" in feed.entries[0].summary_html


def test_it_reads_atom_with_xml_base():
    feed = parse("atom.xml", url="https://ziarul-cj.example/atom.xml")
    assert feed.format == "atom10"
    entry = feed.entries[0]
    assert entry.url == "https://ziarul-cj.example/stiri/tramvaie-noi"
    assert entry.published == datetime(2026, 11, 26, 7, 45, tzinfo=UTC)
    assert entry.updated == datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    assert entry.author == "Andrei Pop"
    assert "Călătorii le pot folosi de luni." in entry.content_html
    assert entry.categories == ("Transport",)


def test_it_reads_json_feed():
    feed = parse("jsonfeed.json", url="https://stiri-bv.example/feed.json")
    assert feed.format == "json11"
    assert feed.title == "Știri Brașov"
    assert [entry.guid for entry in feed.entries] == ["bv-77", "bv-78"]  # the duplicate id collapsed
    first, second = feed.entries
    assert first.url == "https://stiri-bv.example/articol/telegondola"
    assert first.image_url == "https://stiri-bv.example/poze/tampa.jpg"
    assert first.author == "Dana Stoica"
    assert first.published == datetime(2026, 11, 27, 5, 15, tzinfo=UTC)
    assert second.published == NOW  # the future clamped
    assert second.author == "Redacția"  # the feed's author when the item has none
    assert second.content_html == "<p>Stratul a ajuns la doi centimetri.</p><p>Drumurile sunt practicabile.</p>"


def test_it_collapses_duplicate_guids_keeping_the_first():
    feed = parse("duplicates.xml")
    assert [entry.title for entry in feed.entries] == ["Varianta nouă", "Alt articol"]


def test_it_returns_an_empty_feed_without_error():
    feed = parse("empty.xml")
    assert feed.title == "Gazeta fără știri"
    assert feed.entries == ()


def test_it_refuses_malformed_xml_with_the_reason():
    with pytest.raises(ParseError, match=r"^parse: malformed feed: no element found"):
        parse("truncated.xml")


def test_it_drops_entries_a_broken_feed_left_without_a_link():
    feed = parse("malformed.xml")
    assert feed.warning.startswith("parse: malformed feed: mismatched tag")
    assert feed.entries == ()  # the only entry lost its link to the broken markup


def test_it_refuses_an_entity_bomb_before_parsing():
    with pytest.raises(ParseError, match="declares XML entities"):
        parse("entity_bomb.xml")


def test_it_refuses_external_entities():
    xxe = b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&x;</title></channel></rss>'
    with pytest.raises(ParseError, match="declares XML entities"):
        parse_feed(xxe, now=NOW)


@pytest.mark.parametrize(
    "document, reason",
    [
        (b"", "empty document"),
        (b"<html><body><p>Nu e un flux</p></body></html>", "not a feed"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": {}}', "items is not a list"),
        (b'{"title": "fara versiune"}', "not a JSON Feed"),
        (b'{"version": ', "malformed JSON feed"),
    ],
)
def test_it_says_why_a_document_is_not_a_feed(document, reason):
    with pytest.raises(ParseError, match=reason):
        parse_feed(document, now=NOW)


@pytest.fixture(scope="module")
def demo():
    from demo.server import serve_in_thread

    network = serve_in_thread(seed=1, slow_delay=0)
    yield network
    network.stop()


def test_it_reads_every_demo_feed_like_its_ground_truth(demo, settings):
    from ingest.errors import FetchError
    from ingest.fetch import fetch
    from ingest.hostgate import HostGate
    from lib.text import fix_diacritics

    settings.INGEST_ALLOWED_HOSTS = [demo.base_url.split("//", 1)[1]]
    truth = {row["guid"]: row for row in demo.truth()}
    outcomes = {}
    for outlet in demo.world.outlets:
        feed_url = f"{demo.base_url}/{outlet.slug}/{outlet.feed_path}"
        try:
            fetched = fetch(feed_url, kind="feed", gate=HostGate(delay=0), respect_robots=False)
            feed = parse_feed(
                fetched.body, url=fetched.final_url, content_type=fetched.content_type, now=datetime.now(UTC)
            )
        except (FetchError, ParseError) as error:
            outcomes[outlet.failure_mode or "healthy"] = type(error).__name__
            continue
        outcomes.setdefault(outlet.failure_mode or "healthy", "warning" if feed.warning else "ok")
        assert feed.entries, outlet.slug
        for entry in feed.entries:
            expected = truth[entry.guid]
            assert fix_diacritics(entry.title) == fix_diacritics(expected["title"]), entry.guid
            assert entry.published == datetime.fromisoformat(expected["published"]), entry.guid
            assert entry.url.startswith(demo.base_url + "/" + outlet.slug + "/")
    assert outcomes["healthy"] == "ok"
    assert outcomes.get("malformed") == "warning"  # entries recovered, the error still reported
    assert outcomes.get("http_500") == "FetchError"
    assert outcomes.get("redirect", "ok") == "ok"


def test_it_recovers_the_whole_entries_of_a_truncated_feed_and_warns():
    whole = (DATA / "rss20.xml").read_bytes()
    truncated = whole[: whole.index("<title>Știre fără dată".encode()) + 10]
    feed = parse_feed(truncated, url="https://gazeta-vs.example/rss", now=NOW)
    assert [entry.guid for entry in feed.entries] == ["vs-1001", "https://gazeta-vs.example/stiri/festival-placinte"]
    assert feed.warning.startswith("parse: malformed feed:")
    assert parse("rss20.xml").warning == ""


@pytest.mark.parametrize(
    "encoding, prolog, content_type",
    [
        ("windows-1250", "windows-1250", "application/rss+xml; charset=utf-8"),  # the header lies
        ("iso-8859-2", "", "application/rss+xml"),  # nothing declared: detection
        ("iso-8859-2", "ISO-8859-2", ""),
        ("utf-8", "iso-8859-1", "text/xml"),  # valid UTF-8 beats a wrong prolog
    ],
)
def test_it_reads_feeds_in_any_charset_they_are_served_in(encoding, prolog, content_type):
    title = "Şedinţa consiliului judeţean: şcolile din Ţara Bârsei primesc fonduri pentru încălzire"
    declaration = f'<?xml version="1.0" encoding="{prolog}"?>' if prolog else '<?xml version="1.0"?>'
    document = (
        f'{declaration}<rss version="2.0"><channel><title>Gazeta</title><item><title>{title}</title>'
        f"<link>https://g.example/a</link><description>Învăţământ în judeţ, ştiri şi ţări</description>"
        f"</item></channel></rss>"
    ).encode(encoding)
    feed = parse_feed(document, url="https://g.example/rss", now=NOW, content_type=content_type)
    assert feed.entries[0].title == title.translate(str.maketrans("şţŞŢ", "șțȘȚ"))  # legacy cedillas fixed
