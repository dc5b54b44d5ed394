"""Feeds shaped like the ones real Romanian outlets serve: WordPress, Atom xhtml, RDF, JSON Feed, broken prologs."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ingest.dates import find_date, parse_date
from ingest.errors import ParseError
from ingest.jsonfeed import MAX_ITEMS
from ingest.parse import BOUND_BYTES, _bounded, parse_feed

DATA = Path(__file__).parent / "data" / "realworld"
NOW = datetime(2026, 11, 29, 6, 0, tzinfo=UTC)


def parse(name, url="", **kwargs):
    return parse_feed((DATA / name).read_bytes(), url=url, now=NOW, **kwargs)


def test_it_reads_a_wordpress_feed_with_a_bom_and_blank_lines_before_the_prolog():
    feed = parse("wp_rss20.xml", url="https://monitorul-nt.example/feed/")
    assert feed.warning == ""  # nothing malformed once the junk before <?xml is gone
    assert feed.title == "Monitorul de Neamț – Știri locale"
    first, second, third = feed.entries
    assert first.guid == "https://monitorul-nt.example/?p=48211"
    assert first.author == "Andreea Vasilescu"  # dc:creator in CDATA
    assert first.categories == ("Administrație", "Piatra Neamț", "telegondolă")
    assert first.published == datetime(2026, 11, 28, 16, 40, tzinfo=UTC)
    assert first.updated is None  # RSS has no update date; feedparser's alias is not one
    assert "<figcaption" in first.content_html and "Valoarea contractului" in first.content_html
    assert first.image_url == "https://monitorul-nt.example/wp-content/uploads/2026/11/telegondola.jpg"
    assert second.image_url.endswith("accident-bicaz.jpg")  # image enclosure
    assert "\u00a0" in second.summary_html and "&nbsp;" not in second.summary_html  # HTML entity outside CDATA
    assert third.image_url.endswith("scoala-150x150.jpg")  # media:thumbnail
    assert third.published == datetime(2026, 11, 27, 7, 0, tzinfo=UTC)


def test_it_turns_legacy_cedillas_into_commas():
    third = parse("wp_rss20.xml").entries[2]
    assert third.title == "Școala din Tarcău, renovată după ț ani"
    assert third.author == "Ion Țăranu"
    assert "învață" in third.summary_html


def test_it_reads_atom_xhtml_and_html_content_with_xml_base():
    feed = parse("atom_mixed.xml", url="https://jurnal-bh.example/atom.xml")
    assert feed.warning == "" and feed.format == "atom10"
    first, second = feed.entries
    assert first.url == "https://jurnal-bh.example/stiri/pod-dacia-redeschis"  # feed-level xml:base
    assert first.title == "Oradea: Podul Dacia se redeschide & circulația revine"  # type="html" title
    assert 'src="https://jurnal-bh.example/stiri/2026/img/pod-noaptea.jpg"' in first.content_html  # content xml:base
    assert 'href="https://jurnal-bh.example/stiri/harta-ocoliri"' in first.content_html
    assert first.published == datetime(2026, 11, 28, 13, 30, tzinfo=UTC)
    assert first.updated == datetime(2026, 11, 28, 14, 10, tzinfo=UTC)
    assert first.categories == ("Oradea", "Infrastructură")  # the label, not the slug
    assert first.image_url == "https://jurnal-bh.example/media/pod-dacia.jpg"
    assert "<b>duminică</b>" in second.content_html  # escaped type="html" content
    assert second.image_url == "https://jurnal-bh.example/media/colinde.jpg"  # first picture of the content
    assert second.published == datetime(2026, 11, 27, 19, 0, tzinfo=UTC)  # only <updated>


def test_it_reads_rdf_with_dublin_core_dates_and_content_encoded():
    document = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        '<channel rdf:about="https://ziar-sb.example/"><title>Ziarul de Sibiu</title>'
        "<link>https://ziar-sb.example/</link><description>Știri</description>"
        '<items><rdf:Seq><rdf:li rdf:resource="https://ziar-sb.example/1"/></rdf:Seq></items></channel>'
        '<item rdf:about="https://ziar-sb.example/1"><title>Târgul de Crăciun se deschide</title>'
        "<link>https://ziar-sb.example/1</link><dc:creator>Mara Cioran</dc:creator>"
        "<dc:date>2026-11-27T18:00:00+02:00</dc:date><dc:subject>Sibiu</dc:subject>"
        '<content:encoded><![CDATA[<p>Târgul&nbsp;de Crăciun <img src="/t.jpg"></p>]]></content:encoded>'
        "</item></rdf:RDF>"
    ).encode()
    feed = parse_feed(document, url="https://ziar-sb.example/rss", now=NOW)
    assert feed.format == "rss10" and feed.warning == ""
    (entry,) = feed.entries
    assert entry.published == datetime(2026, 11, 27, 16, 0, tzinfo=UTC)
    assert entry.author == "Mara Cioran" and entry.categories == ("Sibiu",)
    assert entry.image_url == "https://ziar-sb.example/t.jpg"


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Data în română cu zi a săptămânii", datetime(2026, 11, 27, 8, 15, tzinfo=UTC)),
        ("Data cu puncte", datetime(2026, 11, 27, 8, 15, tzinfo=UTC)),
        ("Data ISO fără fus orar", datetime(2026, 11, 27, 8, 15, tzinfo=UTC)),  # local time, not UTC
        ("Data cu EET", datetime(2026, 11, 27, 8, 15, tzinfo=UTC)),
        ("Data cu lună scurtă românească", datetime(2026, 11, 27, 8, 15, tzinfo=UTC)),
        ("Data cu GMT+2", datetime(2026, 11, 27, 8, 15, tzinfo=UTC)),
        ("Data vara cu EEST", datetime(2026, 7, 15, 7, 15, tzinfo=UTC)),
        ("Data textuală fără oră", datetime(2026, 11, 27, 0, 0, tzinfo=UTC)),  # the day kept in UTC
        ("Data cu slash", datetime(2026, 11, 27, 8, 15, tzinfo=UTC)),
        ("Data cu fus ISO compact", datetime(2026, 11, 27, 8, 15, tzinfo=UTC)),
        ("Data iulie fără diacritice", datetime(2026, 7, 15, 7, 15, tzinfo=UTC)),
    ],
)
def test_it_reads_romanian_and_non_rfc822_feed_dates(title, expected):
    by_title = {entry.title: entry for entry in parse("ro_dates.xml").entries}
    assert by_title[title].published == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Publicat: 12.03.2025 14:20", datetime(2025, 3, 12, 12, 20, tzinfo=UTC)),
        ("29 noiembrie 2026, 10:15", datetime(2026, 11, 29, 8, 15, tzinfo=UTC)),
        ("Actualizat la 3 mar. 2025 ora 9.05", datetime(2025, 3, 3, 7, 5, tzinfo=UTC)),
        ("de Ion Pop | 1 iunie 2026", datetime(2026, 6, 1, tzinfo=UTC)),
        ("0000-00-00 00:00:00", None),
        ("31.02.2026", None),
        ("ieri", None),
    ],
)
def test_it_finds_dates_in_romanian_text(text, expected):
    assert find_date(text) == expected


def test_it_reads_rfc822_dates_exactly():
    assert parse_date("Sat, 28 Nov 2026 16:40:00 +0000") == datetime(2026, 11, 28, 16, 40, tzinfo=UTC)
    assert parse_date("2026-11-27T10:15:00.000+02:00") == datetime(2026, 11, 27, 8, 15, tzinfo=UTC)
    assert parse_date("") is None and parse_date(None) is None


@pytest.mark.parametrize("name, content_type", [("html_error.html", ""), ("html_error.html", "text/html")])
def test_it_says_clearly_that_an_html_page_is_not_a_feed(name, content_type):
    with pytest.raises(ParseError, match=r'not a feed: the server sent an HTML page \("503 Service Unavailable"\)'):
        parse(name, url="https://x.example/feed", content_type=content_type)


def test_it_reads_a_feed_served_as_text_html():
    feed = parse("wp_rss20.xml", url="https://monitorul-nt.example/feed/", content_type="text/html; charset=UTF-8")
    assert feed.warning == "" and len(feed.entries) == 3


def _rss(title: str, prolog: str) -> str:
    return (
        f'<?xml version="1.0" encoding="{prolog}"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>{title}</title><link>https://z.example/1</link></item></channel></rss>"
    )


def test_it_reads_utf8_declared_as_iso_8859_2():
    title = "Ședința de la Târgu Jiu: bugetul județului, votat în unanimitate"
    feed = parse_feed(_rss(title, "ISO-8859-2").encode("utf-8"), now=NOW, content_type="text/xml; charset=iso-8859-2")
    assert feed.entries[0].title == title


def test_it_reads_iso_8859_2_declared_as_utf8():
    title = "Ședința de la Târgu Jiu: bugetul județului, votat în unanimitate"
    feed = parse_feed(_rss(title, "UTF-8").encode("iso-8859-16"), now=NOW)
    assert feed.entries[0].title == title


def test_it_keeps_entities_inside_cdata_titles_readable():
    document = (
        '<rss version="2.0"><channel><title><![CDATA[Ziar &amp; Radio]]></title><item>'
        "<title><![CDATA[Ploi &#8211; cod galben &amp; vânt]]></title><link>https://z.example/1</link>"
        "<description><![CDATA[<p>Text &amp; &nbsp;mai mult</p>]]></description></item></channel></rss>"
    )
    feed = parse_feed(document, now=NOW)
    assert feed.title == "Ziar & Radio"
    assert feed.entries[0].title == "Ploi – cod galben & vânt"
    assert "Text &amp;" in feed.entries[0].summary_html  # HTML stays HTML


@pytest.mark.parametrize(
    "root, item, end, padding",
    [
        ('<rss version="2.0"><channel><title>T</title>', "item", "</channel></rss>", 0),
        ('<rss version="2.0"><channel><title>T</title>', "item", "</channel></rss>", 400),  # > 1 MB: cut first
        ('<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>', "entry", "</feed>", 400),
    ],
)
def test_it_keeps_a_feed_of_thousands_of_items_bounded(root, item, end, padding):
    link = "link" if item == "item" else "id"
    items = "".join(
        f"<{item}><title>Știrea {n}</title><{link}>https://z.example/{n}</{link}>"
        f"<summary>{'text lung ' * padding}</summary></{item}>"
        for n in range(3000)
    )
    raw = f"{root}{items}{end}".encode()
    bounded = _bounded(raw)  # the entry list is sliced anyway: only the document shows the cut
    if len(raw) >= BOUND_BYTES:
        assert bounded.count(f"</{item}>".encode()) == MAX_ITEMS and bounded.endswith(end.encode())
    else:
        assert bounded == raw
    feed = parse_feed(raw, now=NOW)
    assert len(feed.entries) == MAX_ITEMS and feed.warning == ""
    assert feed.entries[0].guid == "https://z.example/0"  # the newest, first in the document, are kept
    assert feed.entries[-1].guid == f"https://z.example/{MAX_ITEMS - 1}"


def test_it_reads_json_feed_1_0_with_author_objects_and_relative_urls():
    feed = parse("jsonfeed10.json")
    assert feed.format == "json10" and feed.title == "Radio Arad — Știri"
    first, second = feed.entries
    assert first.url == "https://radio-ar.example/stiri/2231-gara-arad"  # relative to feed_url
    assert first.image_url == "https://radio-ar.example/img/gara.jpg"
    assert first.title == "Gara din Arad, în renovare"
    assert first.author == "Sorin Pop" and first.categories == ("Arad", "Transport")
    assert first.published == datetime(2026, 11, 28, 7, 30, tzinfo=UTC)
    assert first.content_html.count("<p>") == 2  # content_text paragraphs
    assert second.guid == "2230"  # a numeric id is still an id
    assert second.author == "Redacția Radio Arad"  # the feed's author stands in
    assert second.published == NOW  # an unreadable date is the fetch time


def test_it_reads_json_feed_1_1_with_several_authors():
    (entry,) = parse("jsonfeed11.json").entries
    assert entry.author == "Ana Moldovan, Vasile Țurcanu"
    assert entry.updated == datetime(2026, 11, 28, 7, 0, tzinfo=UTC)
    assert entry.image_url == "https://bn-azi.example/img/rodna.jpg"


def test_it_says_why_json_that_is_not_a_feed_is_refused():
    with pytest.raises(ParseError, match="not a JSON Feed"):
        parse_feed(json.dumps({"error": "not found"}).encode(), now=NOW)
    with pytest.raises(ParseError, match="malformed JSON feed"):
        parse_feed(b'{"version": "https://jsonfeed.org/version/1.1", "items": [', now=NOW)


def test_it_cuts_php_warnings_before_the_prolog_and_escapes_bare_ampersands():
    feed = parse("php_warning.xml", url="https://gazeta-ot.example/feed/")
    assert feed.warning == ""
    assert feed.title == "Gazeta de Olt & Romanați"
    (entry,) = feed.entries
    assert entry.title == "Ion & Maria au deschis o brutărie în Caracal"
    assert entry.url == "https://gazeta-ot.example/?p=812&utm_source=rss&utm_medium=rss"
    assert entry.summary_html == "O brutărie nouă… în centrul orașului Caracal."


def test_it_says_an_xhtml_error_page_is_not_a_feed_even_when_served_as_json():
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>404 Pagina nu a fost găsită</title></head></html>'
    )
    for content_type in ("application/json", "text/html", ""):
        with pytest.raises(ParseError, match="HTML page .*404 Pagina nu a fost găsită"):
            parse_feed(page.encode(), now=NOW, content_type=content_type)


def test_it_drops_links_and_images_that_are_not_web_addresses():
    document = (
        '<rss version="2.0"><channel><title>T</title><item><title>A</title><guid>a-1</guid>'
        '<link>javascript:alert(1)</link><enclosure url="data:image/png;base64,AAAA" type="image/png"/>'
        '<description><![CDATA[<img src="javascript:alert(2)"><img src="/poza.jpg">]]></description>'
        "</item></channel></rss>"
    )
    (entry,) = parse_feed(document, url="https://z.example/rss", now=NOW).entries
    assert entry.url == "" and entry.guid.endswith("a-1")  # the entry keeps its id, not the script
    assert entry.image_url == "https://z.example/poza.jpg"
