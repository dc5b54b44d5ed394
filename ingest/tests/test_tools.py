"""Operator tools: parse-feed, extract and sanitize read a file or stdin and print JSON, or fail clearly."""

import io
import json
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

DATA = Path(__file__).parent / "data"


def run(*args, stdin: str | None = None, monkeypatch=None) -> dict | list:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8"))
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_it_prints_a_feed_as_the_parser_sees_it():
    printed = run("parse_feed", str(DATA / "atom.xml"), "--json", "--url", "https://ziarul-cj.example/atom.xml")
    feed = json.loads(printed)
    assert "Călătorii" in printed  # Romanian letters printed as they are, not \u escapes
    assert feed["title"] == "Ziarul de Cluj" and feed["format"] == "atom10"
    entry = feed["entries"][0]
    assert entry["url"] == "https://ziarul-cj.example/stiri/tramvaie-noi"
    assert entry["published"] == "2026-11-26T07:45:00+00:00"


def test_it_reads_a_feed_from_stdin(monkeypatch):
    feed = json.loads(
        run("parse_feed", "-", "--json", stdin=(DATA / "jsonfeed.json").read_text(), monkeypatch=monkeypatch)
    )
    assert [entry["guid"] for entry in feed["entries"]] == ["bv-77", "bv-78"]


@pytest.mark.parametrize(
    "name, message",
    [
        ("truncated.xml", "parse: malformed feed"),
        ("entity_bomb.xml", "parse: refusing a feed that declares XML entities"),
        ("missing.xml", "cannot read"),
    ],
)
def test_it_fails_clearly_on_a_bad_feed(name, message):
    with pytest.raises(CommandError, match=message):
        run("parse_feed", str(DATA / name), "--json")


def test_it_prints_what_extraction_finds_on_a_saved_page():
    printed = run(
        "extract",
        str(DATA / "page_clutter.html"),
        "--json",
        "--url",
        "https://obiectiv-sv.example/2026/11/spitalul-rmn/",
    )
    result = json.loads(printed)
    assert result["title"] == "Spitalul Județean din Suceava primește un nou aparat RMN"
    assert result["author"] == "Cristina Lungu"
    assert result["published"] == "2026-11-25T12:20:00+00:00"
    assert result["image_url"].endswith("rmn-1200.jpg")
    assert result["text"].startswith("Spitalul Clinic Județean de Urgență din Suceava")
    assert "html" not in result


def test_it_decodes_a_saved_legacy_page(tmp_path):
    page = tmp_path / "pagina.html"
    text = "Ședința consiliului județean a început cu o discuție despre școlile din Țara Bârsei. " * 8
    page.write_bytes(
        f'<html><head><meta charset="iso-8859-2"><title>Ședința</title></head><body>'
        f"<article><h1>Ședința</h1><p>{text}</p></article></body></html>".replace("ș", "ş")
        .replace("ț", "ţ")
        .replace("Ș", "Ş")
        .replace("Ț", "Ţ")
        .encode("iso-8859-2")
    )
    result = json.loads(run("extract", str(page), "--json"))
    assert "consiliului județean" in result["text"]  # decoded right, legacy ţ written as ț


def test_it_fails_clearly_on_an_empty_page(tmp_path):
    empty = tmp_path / "gol.html"
    empty.write_text("")
    with pytest.raises(CommandError, match="extract: empty page"):
        run("extract", str(empty), "--json")


def test_it_sanitizes_json_lines(monkeypatch):
    lines = "\n".join(
        json.dumps(record)
        for record in [
            {
                "html": '<p onclick="x()">Bună <script>alert(1)</script><a href="/a">ziua</a></p>',
                "url": "https://z.example/s/",
            },
            {"html": "<svg><script>alert(2)</script></svg><p>Două</p>"},
        ]
    )
    printed = run("sanitize", "--json", stdin=lines + "\n", monkeypatch=monkeypatch)
    outputs = [json.loads(line) for line in printed.splitlines()]
    assert outputs == [
        {"html": '<p>Bună <a href="https://z.example/a" rel="nofollow noopener">ziua</a></p>'},
        {"html": "<p>Două</p>"},
    ]


def test_it_reports_bad_sanitize_lines_and_still_cleans_the_good_ones(monkeypatch):
    stdin = '{"html": "<p>bun</p>"}\nnu e json\n{"text": "fără html"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8"))
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="2 bad input line"):
        call_command("sanitize", "--json", stdout=out, stderr=err)
    outputs = [json.loads(line) for line in out.getvalue().splitlines()]
    assert outputs[0] == {"html": "<p>bun</p>"}
    assert [(o["line"], o["error"].startswith("sanitize: line")) for o in outputs[1:]] == [(2, True), (3, True)]
    assert "line 2" in err.getvalue() and "line 3" in err.getvalue()


def test_it_exits_non_zero_from_the_command_line():
    import subprocess

    gazeta = Path(sys.executable).with_name("gazeta")
    done = subprocess.run(
        [str(gazeta), "parse-feed", "-", "--json"], input=b"<rss><channel><title>x", capture_output=True, timeout=60
    )
    assert done.returncode != 0
    assert "parse: malformed feed" in done.stderr.decode()
