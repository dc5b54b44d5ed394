"""Hostile HTML (data/hostile_html.jsonl, classic XSS vectors) through `gazeta sanitize --json` and the extract path.

Outputs are checked by parsing them as a browser would (html5lib) and as lxml does: every element
and attribute must be on the allowlist and every URL http(s), mailto or relative. String
matching alone would miss a vector that only becomes markup once re-parsed.
"""

import io
import json
import sys
from pathlib import Path

import html5lib
import lxml.html
import pytest
from django.core.management import CommandError, call_command

from ingest.errors import ExtractError
from ingest.extract import extract_page
from lib.sanitize import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, sanitize_html
from lib.text import url_scheme

CORPUS = Path(__file__).parent / "data" / "hostile_html.jsonl"
RECORDS = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
URL_ATTRIBUTES = {"href", "src", "cite"}
GENERIC_ATTRIBUTES = {"title", "lang"}  # what nh3 (ammonia) allows on every element
SAFE_SCHEMES = {"", "http", "https", "mailto"}
STORY = (
    "<p>Consiliul Local Râmnicu Vâlcea a aprobat joi bugetul pentru reabilitarea a două școli din "
    "cartierul Ostroveni, după o ședință care a durat aproape trei ore și în care opoziția a cerut "
    "amânarea votului. Lucrările ar urma să înceapă în primăvară și să dureze un an.</p>"
)


def assert_inert(fragment: str) -> None:
    """Fail when a parsed fragment holds an element, attribute or URL that could run or load script."""
    for root in _parsed(fragment):
        for element in root.iter():
            if not isinstance(element.tag, str) or element is root:
                continue
            tag = element.tag.rsplit("}", 1)[-1].lower()
            assert tag in ALLOWED_TAGS, (tag, fragment[:300])
            allowed = ALLOWED_ATTRIBUTES.get(tag, set()) | GENERIC_ATTRIBUTES | ({"rel"} if tag == "a" else set())
            for name, value in element.attrib.items():
                name = name.rsplit("}", 1)[-1].lower()
                assert name in allowed, (tag, name, fragment[:300])
                if name in URL_ATTRIBUTES:
                    schemes = {"http", "https"} if tag == "img" or name == "cite" else SAFE_SCHEMES
                    assert url_scheme(value) in schemes | {""}, (tag, name, value[:100])


def _parsed(fragment: str):
    """Yield the fragment parsed by html5lib (a browser's algorithm) and by lxml."""
    yield _html5lib_root(fragment)
    if fragment.strip():
        yield lxml.html.fragment_fromstring(fragment, create_parent="div")


def _html5lib_root(fragment: str):
    """Return an element holding html5lib's parse of the fragment (in a <div>, as pages show it)."""
    document = html5lib.parse(
        f"<!DOCTYPE html><html><body><div id='x'>{fragment}</div></body></html>",
        treebuilder="lxml",
        namespaceHTMLElements=False,
    )
    return document.getroot().find(".//body/div")


def _run_sanitize(stdin: bytes, monkeypatch) -> tuple[list[dict], str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("sanitize", "--json", stdout=out, stderr=err)
    except CommandError:
        pass  # bad lines make the exit status non-zero; every line still has its output
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


@pytest.fixture(scope="module")
def generated() -> list[bytes]:
    """Lines too big or too broken to keep in the corpus file, as raw bytes."""
    return [
        json.dumps({"html": "<div>" * 10_000 + "<script>alert(1)</script>adânc" + "</div>" * 10_000}).encode(),
        json.dumps({"html": "<b><i>" * 5_000 + "<img src=x onerror=alert(1)>"}).encode(),
        json.dumps(
            {
                "html": '<a href="https://ok.example/'
                + "a" * 200_000
                + '" title="'
                + "t" * 100_000
                + '" onclick="'
                + "x" * 100_000
                + '">lung</a>'
            }
        ).encode(),
        json.dumps(
            {"html": "<p>nul\x00byte</p><scr\x00ipt>alert(1)</scr\x00ipt><img src=x o\x00nerror=alert(1)>"}
        ).encode(),
        b'{"html": "<p>\xff\xfe octe\xc8\x9bi invalizi</p><img src=x onerror=alert(1)>"}',
        b'{"html": "<p>surogat singur \\ud800</p><svg onload=alert(1)>"}',
        b"<script>alert(1)</script>",  # not JSON at all
        b'{"html": ["<script>alert(1)</script>"]}',  # html is not a string
        b'{"html": "<p>ultima linie, bun\xc4\x83</p>"}',
    ]


def test_the_corpus_covers_the_classic_vector_families():
    names = {record["id"].split("-", 1)[0] for record in RECORDS}
    assert {
        "script",
        "onerror",
        "handler",
        "js",
        "data",
        "svg",
        "math",
        "base",
        "meta",
        "form",
        "iframe",
        "object",
        "embed",
        "style",
        "noscript",
        "template",
        "xmp",
        "comment",
        "cdata",
        "nested",
    } <= names
    assert len(RECORDS) >= 100


def test_sanitize_leaves_every_corpus_vector_inert_and_never_crashes(monkeypatch, generated):
    stdin = b"\n".join(json.dumps(record).encode() for record in RECORDS) + b"\n" + b"\n".join(generated) + b"\n"
    outputs, errors = _run_sanitize(stdin, monkeypatch)
    assert len(outputs) == len(RECORDS) + len(generated)  # one output line per input line
    for record, output in zip(RECORDS, outputs):
        assert "html" in output, (record["id"], output)
        assert_inert(output["html"])
    generated_outputs = outputs[len(RECORDS) :]
    assert [("error" in output) for output in generated_outputs] == [False] * 6 + [True, True, False]
    for output in generated_outputs:
        if "html" in output:
            assert_inert(output["html"])
    assert [o["line"] for o in generated_outputs if "error" in o] == [len(RECORDS) + 7, len(RECORDS) + 8]
    assert "adânc" in generated_outputs[0]["html"]  # deep nesting: the text survives
    assert "octeți invalizi" in generated_outputs[4]["html"]  # bad bytes replaced, the rest kept
    assert generated_outputs[-1] == {"html": "<p>ultima linie, bună</p>"}  # the run went on to the end
    assert "line" in errors


def test_it_keeps_the_readable_parts_of_hostile_input():
    assert sanitize_html('<p onclick="x()">Bună <b>ziua</b></p>') == "<p>Bună <b>ziua</b></p>"
    assert (
        sanitize_html('<blockquote cite="javascript:alert(1)">Citat</blockquote>') == "<blockquote>Citat</blockquote>"
    )
    assert sanitize_html('<a href="jav&#x09;ascript:alert(1)">x</a>') == '<a rel="nofollow noopener">x</a>'
    assert 'href="' not in sanitize_html('<a href="https://ok.example/' + "a" * 10_000 + '">lung</a>')


@pytest.mark.parametrize("record", RECORDS, ids=[record["id"] for record in RECORDS])
def test_the_extract_path_keeps_hostile_pages_inert(record):
    page = (
        f'<html><head><title>Știre</title><meta property="og:image" content="javascript:alert(1)">'
        f'<link rel="canonical" href="javascript:alert(2)"></head><body><article><h1>Știre</h1>'
        f"{STORY}{record['html']}{STORY}</article></body></html>"
    )
    try:
        extracted = extract_page(page, url="https://ziar.example/stiri/a.html")
    except ExtractError:
        return  # refusing the page is fine; crashing is not
    assert extracted.image_url == "" and extracted.canonical_url == ""
    assert_inert(sanitize_html(extracted.html, base_url="https://ziar.example/stiri/a.html"))


@pytest.mark.parametrize(
    "page",
    [
        "<div>" * 10_000 + STORY + "</div>" * 10_000,
        "<table><tr><td>" * 2_000 + STORY,
        STORY.replace("<p>", '<p title="' + "x" * 1_000_000 + '">'),
        "<p>nul\x00" + STORY,
        "\ufeff\x00\x01<html><body>" + STORY * 3,
    ],
)
def test_the_extract_path_survives_pathological_pages(page):
    try:
        extracted = extract_page(page.encode("utf-8", "replace"), url="https://ziar.example/a")
    except ExtractError:
        return
    assert_inert(sanitize_html(extracted.html))


def test_the_inert_check_catches_what_it_should():
    for executable in (
        "<img src=x onerror=alert(1)>",
        '<a href="java\tscript:alert(1)">x</a>',
        "<script>x</script>",
        '<svg><a href="#">x</a></svg>',
        '<p style="x">y</p>',
    ):
        with pytest.raises(AssertionError):
            assert_inert(executable)
    assert_inert('<p>Bună <a href="https://ok.example/a" rel="nofollow noopener">ziua</a></p>')


def test_stray_control_characters_do_not_lose_the_page():
    page = f"<html><body><article><h1>Știre</h1>{STORY}<p>rând\x0bcu\x01control</p>{STORY}</article></body></html>"
    extracted = extract_page(page, url="https://ziar.example/a")  # XML-invalid bytes once made trafilatura give up
    assert "rândcucontrol" in extracted.text and extracted.text.count("Consiliul Local") == 2
