"""Normalize: diacritics, spacing, canonical URLs, snippets, reading time and fingerprints."""

import pytest

from ingest.items import Item
from ingest.normalize import canonical_url, clean_line, clean_text, normalize_item
from lib.text import SNIPPET_LENGTH, count_words, fingerprint, make_snippet, reading_minutes


def test_it_maps_legacy_cedillas_to_comma_below():
    assert clean_text("Şedinţa de la Ţăndărei, şcoala") == "Ședința de la Țăndărei, școala"


def test_it_decodes_entities_and_collapses_spaces_keeping_paragraphs():
    text = "Primăria&nbsp;a  anunţat\t&quot;ceva&quot;\u200b.\n\n\n  Al doilea   paragraf. "
    assert clean_text(text) == 'Primăria a anunțat "ceva".\n\nAl doilea paragraf.'
    assert clean_line(" Titlu\n pe  două\nrânduri ") == "Titlu pe două rânduri"


@pytest.mark.parametrize(
    "url, expected",
    [
        (
            "https://Ziar.example/stiri/a?utm_source=fb&utm_medium=social&id=5#comentarii",
            "https://ziar.example/stiri/a?id=5",
        ),
        ("http://ziar.example:80/a?fbclid=IwAR0x&gclid=1", "http://ziar.example/a"),
        ("https://ziar.example:8443/a?b=2&a=1&mc_cid=x", "https://ziar.example:8443/a?b=2&a=1"),
        ("https://ziar.example", "https://ziar.example/"),
        ("https://ziar.example/a?pk_campaign=x&utm_campaign=y&page=2", "https://ziar.example/a?page=2"),
    ],
)
def test_it_makes_canonical_urls(url, expected):
    assert canonical_url(url) == expected


def test_it_cuts_the_snippet_at_a_word_boundary():
    text = " ".join(["cuvântul"] * 120)  # no sentence ends
    snippet = make_snippet(text)
    assert len(snippet) <= SNIPPET_LENGTH + 1
    assert snippet.endswith("cuvântul…")
    assert len(snippet) > SNIPPET_LENGTH * 0.9


def test_it_prefers_ending_the_snippet_at_a_sentence():
    sentence = "Consilierii locali au aprobat bugetul pe anul viitor după o dezbatere lungă. "
    snippet = make_snippet(sentence * 8)
    assert snippet.endswith("lungă.") and len(snippet) <= SNIPPET_LENGTH


def test_it_keeps_a_short_text_whole():
    assert make_snippet("Scurt   și\nclar.") == "Scurt și clar."


def test_it_counts_romanian_words():
    assert count_words("Într-o zi, s-a întâmplat ceva la Cluj-Napoca: 3 mașini.") == 9


@pytest.mark.parametrize(
    "words, images, minutes", [(0, 0, 1), (50, 0, 1), (200, 0, 1), (1000, 0, 5), (1000, 5, 6), (100, 10, 2)]
)
def test_it_computes_reading_time(words, images, minutes):
    assert reading_minutes(" ".join(["vorbă"] * words), images) == minutes


def test_it_fingerprints_text_regardless_of_spacing_case_and_diacritic_form():
    assert fingerprint("Şedinţa  Consiliului\nJudeţean") == fingerprint("ședința consiliului județean")
    assert fingerprint("Ședința consiliului") != fingerprint("Ședința primăriei")


def test_it_normalizes_a_whole_item():
    text = "Şcoala din satul Ţigănaşi a fost renovată. " * 60
    item = Item(
        source_id=1,
        guid="g",
        url="https://ziar.example/a?utm_source=x",
        title="  Şcoala  renovată ",
        body_html="<p>Şcoala</p><img src='a.jpg'>",
        text=text,
        author_name=" Ion  Ţăranu ",
        source_categories=("Educaţie", "Educaţie", ""),
        image_url="https://ziar.example/lead.jpg",
    )
    normalized = normalize_item(item)
    assert normalized.url == "https://ziar.example/a"
    assert normalized.title == "Școala renovată"
    assert normalized.author_name == "Ion Țăranu"
    assert "ş" not in normalized.text and "Școala" in normalized.body_html
    assert normalized.source_categories == ("Educație",)
    assert normalized.word_count == 7 * 60
    assert normalized.reading_minutes == round((420 * 60 / 200 + 2 * 12) / 60)
    assert normalized.snippet.startswith("Școala din satul Țigănași") and len(normalized.snippet) <= SNIPPET_LENGTH + 1
    assert normalized.fingerprint == fingerprint(normalized.text)
