"""gazeta tag --json: JSON lines in, tags out, bad lines reported without stopping."""

import io
import json

import pytest
from django.core.management import CommandError, call_command


def run(lines, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    out, err = io.StringIO(), io.StringIO()
    error = None
    try:
        call_command("tag", "--json", stdout=out, stderr=err)
    except CommandError as exc:
        error = exc
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue(), error


def test_it_tags_each_line(monkeypatch):
    rows, _, error = run(
        [
            json.dumps({"title": "Accident la Onești", "text": "Doi răniți."}),
            json.dumps(
                {"title": "Meci", "text": "Echipa a câștigat.", "source_county": "iasi", "source_categories": ["Sport"]}
            ),
        ],
        monkeypatch,
    )
    assert error is None
    assert rows[0]["county"] == "bacau" and rows[0]["places"][0]["name"] == "Onești"
    assert rows[1] == {**rows[1], "county": "iasi", "category": "sport"}
    assert set(rows[0]) == {"county", "counties", "places", "category", "confidence"}


def test_it_reports_bad_lines_and_goes_on(monkeypatch):
    rows, err, error = run(
        [
            "not json",
            json.dumps({"title": "x", "source_county": "atlantida"}),
            json.dumps({"title": "Ploi la Cluj", "text": ""}),
        ],
        monkeypatch,
    )
    assert "line 1" in err and "atlantida" in err
    assert rows[2]["county"] == "cluj"
    with pytest.raises(CommandError):
        raise error
