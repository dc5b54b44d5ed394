"""Trimming a chosen body: "read also" teasers between paragraphs and the related box under the story."""

import lxml.html

from ingest.charset import decode_body
from ingest.extract import extract_page
from ingest.extract_trim import trim

PROSE = "Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nach langer Debatte. "


def _body(inner: str):
    return lxml.html.fragment_fromstring(inner, create_parent="body")


def _texts(container) -> list[str]:
    return [" ".join(block.text_content().split()) for block in container]


def test_a_short_paragraph_that_is_mostly_a_link_is_a_teaser_and_goes():
    container = _body(
        f"<p>{PROSE}</p><p>Lesen Sie auch: <a href='/x'>Neue Brücke über den Rhein eröffnet</a></p><p>{PROSE}</p>"
    )
    trim(container)
    assert _texts(container) == [PROSE.strip(), PROSE.strip()]


def test_a_sentence_with_a_link_in_it_stays():
    sentence = f"Die Stadt nennt die Zahlen in ihrem <a href='/b'>Bericht</a>, den der Rat am Montag las. {PROSE}"
    container = _body(f"<p>{PROSE}</p><p>{sentence}</p><p>{PROSE}</p>")
    trim(container)
    assert len(container) == 3


def test_the_related_box_under_the_story_goes_but_a_closing_sentence_stays():
    container = _body(
        f"<p>{PROSE}</p><p>Das letzte Wort hat der Rat.</p><h2>Mehr zum Thema</h2>"
        "<ul><li><a href='/1'>Brücke eröffnet</a></li><li><a href='/2'>Haushalt 2023</a></li></ul>"
        "<p>Weitere Themen</p>"
    )
    trim(container)
    assert _texts(container) == [PROSE.strip(), "Das letzte Wort hat der Rat."]


def test_a_closing_picture_and_the_only_block_stay():
    container = _body(f"<p>{PROSE}</p><p><img src='/a.jpg'></p>")
    trim(container)
    assert len(container) == 2
    alone = _body("<p><a href='/x'>Nur ein Link</a></p>")
    trim(alone)
    assert len(alone) == 1


def test_a_page_keeps_its_story_without_the_teasers():
    page = (
        "<html><head><title>Haushalt beschlossen</title></head><body><nav><a href='/'>Start</a></nav>"
        "<article><h1>Haushalt beschlossen</h1>"
        + f"<p>{PROSE * 3}</p><p>Lesen Sie auch: <a href='/b'>Neue Brücke über den Rhein eröffnet</a></p>"
        + f"<p>{PROSE * 3}</p><p>Weitere Artikel zum Thema</p></article></body></html>"
    )
    extracted = extract_page(page, url="https://zeitung.example/haushalt")
    assert "Brücke" not in extracted.text and "Weitere Artikel" not in extracted.text
    assert extracted.text.count("Gemeinderat") == 6


def test_a_page_declared_utf8_with_a_stray_byte_is_read_as_utf8():
    text = "<html><head><meta charset='utf-8'></head><body>" + "<p>Zażółć gęślą jaźń, łódź.</p>" * 20
    body = text.encode("utf-8").replace(b"</p>", b"\xff</p>", 1)
    decoded, encoding = decode_body(body, "")
    assert encoding == "utf-8"
    assert "Zażółć gęślą jaźń" in decoded and decoded.count("\ufffd") == 1


def test_a_legacy_page_that_claims_utf8_is_still_detected():
    text = "<html><body><p>Ştirile zilei: primăria anunţă lucrări în cartierul Ţiglina, până în martie.</p>" * 20
    decoded, encoding = decode_body(text.encode("windows-1250"), "text/html; charset=utf-8")
    assert encoding != "utf-8" and "primăria anunţă" in decoded
