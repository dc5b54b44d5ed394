"""Feed shapes seen in the wild that plain feedparser reads: each test is written from the shape's description."""

import codecs
import json
from datetime import UTC, datetime

import pytest

from ingest.charset import decode_body, wide_encoding
from ingest.errors import ParseError
from ingest.parse import parse_feed

NOW = datetime(2026, 11, 29, 6, 0, tzinfo=UTC)

RSS = """<?xml version="1.0" encoding="{encoding}"?>
<rss version="2.0"><channel><title>Știri din Iași</title><link>https://ziar-is.example/</link>
<item><title>Podul de la Țuțora se redeschide</title><link>https://ziar-is.example/pod</link>
<guid>is-1</guid><description>Circulația se reia de luni.</description></item>
<item><title>Târg de Crăciun în Piața Unirii</title><link>https://ziar-is.example/targ</link>
<guid>is-2</guid><description>Căsuțele se deschid vineri.</description></item>
</channel></rss>
"""


def parse(data, **kwargs):
    return parse_feed(data, url="https://ziar-is.example/rss", now=NOW, **kwargs)


@pytest.mark.parametrize(
    "codec, bom, label",
    [
        ("utf-16-le", b"", "UTF-16"),  # UTF-16 without a byte-order mark, little-endian
        ("utf-16-be", b"", "UTF-16"),  # and big-endian
        ("utf-32-le", codecs.BOM_UTF32_LE, "UTF-32"),  # UTF-32 with its mark
        ("utf-32-be", codecs.BOM_UTF32_BE, "UTF-32"),
        ("utf-32-le", b"", "UTF-32"),  # UTF-32 without one
        ("utf-32-be", b"", "UTF-32"),
    ],
)
def test_it_reads_a_feed_in_utf16_or_utf32_with_or_without_a_byte_order_mark(codec, bom, label):
    feed = parse(bom + RSS.format(encoding=label).encode(codec))
    assert not feed.warning
    assert [e.title for e in feed.entries] == ["Podul de la Țuțora se redeschide", "Târg de Crăciun în Piața Unirii"]
    assert feed.title == "Știri din Iași"


@pytest.mark.parametrize(
    "bom, codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
)
def test_it_reads_a_feed_whose_byte_order_mark_is_followed_by_whitespace_before_the_prolog(bom, codec):
    label = "UTF-8" if codec == "utf-8" else "UTF-16"
    feed = parse(bom + ("\r\n  \n" + RSS.format(encoding=label)).encode(codec))
    assert feed.warning == ""  # no spurious "malformed" report
    assert len(feed.entries) == 2 and feed.entries[0].url == "https://ziar-is.example/pod"


def test_wide_encodings_are_told_by_their_zero_bytes_and_plain_text_is_not_mistaken_for_one():
    assert wide_encoding("<rss>".encode("utf-16-le")) == "utf-16-le"
    assert wide_encoding("{}".encode("utf-32-be")) == "utf-32-be"
    assert wide_encoding(b"<rss>") == ""
    assert wide_encoding(b"<\x00") == ""  # too short to tell
    assert decode_body("<p>Bârlad</p>".encode("utf-16-be")) == ("<p>Bârlad</p>", "utf-16-be")


@pytest.mark.parametrize("version, expected", [("1.0", "json10"), ("1.1", "json11"), (1.1, "json11"), ("1", "json10")])
def test_it_reads_a_json_feed_whose_version_is_a_bare_number(version, expected):
    document = {
        "version": version,
        "title": "Radio Vaslui",
        "items": [
            {
                "id": "rv-1",
                "url": "https://radio-vs.example/a",
                "title": "Ninsoare la Huși",
                "content_text": "Drumurile sunt deszăpezite.",
            }
        ],
    }
    feed = parse(json.dumps(document).encode(), content_type="application/feed+json")
    assert feed.format == expected
    assert feed.entries[0].title == "Ninsoare la Huși"


def test_it_still_refuses_json_that_only_carries_a_number_as_version():
    with pytest.raises(ParseError, match="not a JSON Feed"):
        parse(json.dumps({"version": "1.1", "data": []}).encode())
    with pytest.raises(ParseError, match="not a JSON Feed"):
        parse(json.dumps({"version": "2.0", "items": []}).encode())


XHTML_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Flux Atom — Blogul Bacăului</title></head>
<body><h1>Abonează-te</h1>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blogul Bacăului</title>
<link href="https://blog-bc.example/"/><id>tag:blog-bc.example,2026:feed</id><updated>2026-11-28T10:00:00Z</updated>
<entry><title>Parcul Cancicov, iarna</title><link href="https://blog-bc.example/cancicov"/>
<id>tag:blog-bc.example,2026:1</id><updated>2026-11-28T09:00:00Z</updated><summary>Zăpadă în parc.</summary></entry>
</feed>
</body></html>
"""


def test_it_reads_an_atom_feed_wrapped_in_an_xhtml_page():
    feed = parse(XHTML_ATOM.encode())
    assert feed.format == "atom10"
    assert feed.title == "Blogul Bacăului"
    assert [(e.title, e.url) for e in feed.entries] == [("Parcul Cancicov, iarna", "https://blog-bc.example/cancicov")]


def test_an_html_page_that_only_mentions_a_feed_is_still_refused():
    page = b"<!DOCTYPE html><html><head><title>Eroare 404</title></head><body><p>Vezi <feed> aici</p></body></html>"
    with pytest.raises(ParseError, match="HTML page"):
        parse(page)


MALFORMED_WITHOUT_LINKS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Ziarul de Vrancea</title><link>https://ziar-vn.example/</link>
<item><title>Ședință de consiliu la Focșani</title><link>https://ziar-vn.example/sedinta</link></item>
<item><title>Vin nou la Panciu & Odobești</title><description>Fără link în flux.</description></item>
<item><title>Concert la Mărășești</title><description>Nici aici.</description></item>
</channel></rss>
"""


def test_it_keeps_titled_items_without_a_link_of_a_malformed_but_usable_feed_with_a_stable_identity():
    data = MALFORMED_WITHOUT_LINKS.encode().replace(b"<item><title>Concert", b"<item><title>Concert<br>")
    first, second = parse(data), parse(data)
    assert first.warning.startswith("parse: malformed feed") or "malformed" in first.warning
    titles = [e.title for e in first.entries]
    assert "Ședință de consiliu la Focșani" in titles
    assert any(t.startswith("Vin nou la Panciu") for t in titles)  # kept although it has no link
    linkless = [e for e in first.entries if not e.url]
    assert linkless and all(e.guid for e in linkless)
    assert [e.guid for e in first.entries] == [e.guid for e in second.entries]  # the same on every read


def test_the_last_item_of_a_feed_cut_short_is_still_dropped_when_it_has_no_link():
    data = MALFORMED_WITHOUT_LINKS.encode()
    cut = data[: data.index(b"<description>Nici")]  # the document ends inside the last item
    feed = parse(cut)
    titles = [e.title for e in feed.entries]
    assert "Concert la Mărășești" not in titles
    assert "Ședință de consiliu la Focșani" in titles


MEDIA_TITLE = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Foto Sibiu</title>
<link>https://foto-sb.example/</link>
<item><link>https://foto-sb.example/galerie</link><guid>sb-1</guid><description>Galerie din Piața Mare.</description>
<media:content url="https://foto-sb.example/p.jpg" medium="image">
<media:title type="html">&lt;b&gt;Foto:&lt;/b&gt; Piața Mare, seara</media:title></media:content></item>
<item><title>Târgul de Crăciun s-a deschis</title><link>https://foto-sb.example/targ</link><guid>sb-2</guid>
<media:content url="https://foto-sb.example/t.jpg" medium="image"><media:title>Căsuțe</media:title></media:content></item>
</channel></rss>
"""


def test_an_item_without_a_title_does_not_take_its_enclosures_media_title_as_headline():
    untitled, titled = parse(MEDIA_TITLE.encode()).entries
    assert untitled.title == ""  # the page will give the headline
    assert untitled.url == "https://foto-sb.example/galerie"
    assert untitled.image_url == "https://foto-sb.example/p.jpg"
    assert titled.title == "Târgul de Crăciun s-a deschis"
