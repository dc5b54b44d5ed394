"""Article pages shaped like real Romanian outlets' (tagDiv, JNews, GeneratePress, Sahifa, custom CMSs, AMP,
table layouts, legacy charsets), read through `gazeta extract FILE --json --url URL` as an operator would."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from ingest.extract import parse_html
from ingest.page_meta import PageMeta, choose_author, clean_byline, clean_title
from ingest.page_shapes import breaks_to_paragraphs, unwrap_layout_tables

DATA = Path(__file__).parent / "data" / "realworld"
CASES = json.loads((DATA / "pages.expected.json").read_text())


def extract(name: str, url: str) -> dict:
    out = io.StringIO()
    call_command("extract", str(DATA / name), "--json", "--url", url, "--html", stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.parametrize("case", CASES, ids=[case["file"] for case in CASES])
def test_it_extracts_the_fields_of_real_world_page_shapes(case):
    result = extract(case["file"], case["url"])
    assert result["published"].endswith("+00:00")  # UTC, ISO 8601
    for field in ("title", "author", "published", "image_url", "image_caption"):
        if field in case:
            assert result[field] == case[field], field
    lines = result["text"].split("\n")
    assert lines[0].startswith(case["first"])
    if "last" in case:
        assert lines[-1].endswith(case["last"])
    for expected in case.get("contains", []):
        assert expected in result["text"]
    for clutter in case["absent"]:
        assert clutter not in result["text"] and clutter not in result["html"], clutter
    assert not any(ch in result["text"] for ch in "şţŞŢ")  # legacy cedillas written with commas


@pytest.mark.parametrize(
    "candidates, expected",
    [
        (["Redacția", "George Ionescu"], "George Ionescu"),  # a person beats the newsroom
        (["admin"], ""),  # an account name is never a byline
        (["admin", "Redacția"], "Redacția"),  # the newsroom when it is the only byline
        (["Horia Suciu; Irina Dragomir"], "Horia Suciu, Irina Dragomir"),
        (["Știri de Cluj", "Ana Pop"], "Ana Pop"),  # the site's own name is the newsroom
    ],
)
def test_it_chooses_a_person_over_boilerplate_bylines(candidates, expected):
    assert choose_author(candidates, site_name="Știri de Cluj") == expected


@pytest.mark.parametrize(
    "byline, expected",
    [
        ("De Dan Bogdan", "Dan Bogdan"),
        ("Delia Pop", "Delia Pop"),
        ("Autor: de Ion Pop -", "Ion Pop"),
        ("de Ion Pop, 12 martie 2025", ""),
        ("Acest articol a fost scris de echipa noastră de reporteri locali", ""),
    ],
)
def test_it_cleans_bylines(byline, expected):
    assert clean_byline(byline) == expected


@pytest.mark.parametrize(
    "title, url, expected",
    [
        ("Ploi în Vrancea | Ziarul de Vrancea", "https://ziaruldevrancea.example/a", "Ploi în Vrancea"),
        ("Ploi în Vrancea - două case inundate", "https://zv.example/a", "Ploi în Vrancea - două case inundate"),
        ("Ploi în Vrancea :: Monitorul", "https://monitorul-vn.example/a", "Ploi în Vrancea"),
    ],
)
def test_it_strips_the_site_name_from_titles(title, url, expected):
    assert clean_title(title, PageMeta(), url) == expected


def test_it_leaves_data_tables_inside_the_article_alone():
    tree = parse_html(
        "<html><body><table width='980'><tr><td><div><p>Articol</p>"
        "<table><tr><td>Candidat</td><td>Voturi</td></tr><tr><td>A</td><td>1200</td></tr></table>"
        "</div></td></tr></table></body></html>"
    )
    unwrap_layout_tables(tree)
    assert [t.xpath("string(.)") for t in tree.iter("table")] == ["CandidatVoturiA1200"]


def test_it_turns_double_breaks_into_paragraphs_and_keeps_inline_markup():
    tree = parse_html(
        "<html><body><div>Primul rând, destul de lung ca să fie un paragraf adevărat.<br><br>"
        "Al <b>doilea</b> paragraf, tot destul de lung.<br/> <br/>Al treilea.</div></body></html>"
    )
    breaks_to_paragraphs(tree)
    paragraphs = tree.findall(".//p")
    assert [p.text_content() for p in paragraphs] == [
        "Primul rând, destul de lung ca să fie un paragraf adevărat.",
        "Al doilea paragraf, tot destul de lung.",
        "Al treilea.",
    ]
    assert paragraphs[1].find("b") is not None
