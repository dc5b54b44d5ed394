"""Corrections that teach: an editor's county/category/story change is kept, exported and scored."""

import io
import json

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from news.corrections import Correction
from news.models import Category, County
from portal.tests.conftest import _fresh_cache, make_article, make_source, newsroom  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

# Ingested from an Iași outlet and tagged Iași; each text names a place of the county an editor
# moves it to. The last one names none: the tagger cannot learn it from the text.
CASES = [
    ("Stadionul din Onești se renovează", "Primăria municipiului Onești a semnat contractul pentru tribune.", "BC"),
    ("Apă oprită în Moinești", "Locuitorii din Moinești, județul Bacău, rămân fără apă marți.", "BC"),
    ("Festival la Piatra Neamț", "Centrul Piatra Neamț găzduiește festivalul de teatru în weekend.", "NT"),
    ("Drum reparat spre Bârlad", "Consiliul Județean Vaslui repară drumul dintre Bârlad și Vaslui.", "VS"),
    ("Concert în aer liber", "Orchestra cântă duminică seara în parcul central, cu intrare liberă.", "SV"),
]


@pytest.fixture
def staff(desk_editor, reference_data):
    client = Client()
    client.force_login(desk_editor)
    return client


def change(client, article, **fields):
    """Post the ingested article's admin form with its current values, some replaced."""
    published = timezone.localtime(article.published_at)
    data = {
        "title": article.title,
        "slug": article.slug,
        "lead": article.lead,
        "status": article.status,
        "published_at_0": published.date().isoformat(),
        "published_at_1": published.strftime("%H:%M:%S"),
        "author_name": article.author_name,
        "source": article.source_id,
        "url": article.url,
        "guid": article.guid,
        "county": article.county_id or "",
        "category": article.category_id or "",
        "story": article.story_id or "",
        "image_url": article.image_url,
        "image_caption": "",
        "image_alt": "",
    }
    data.update(fields)
    response = client.post(f"/admin/news/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:3000]


def ingested(title: str, text: str):
    outlet = make_source("Ziarul de Iași Test", "iasi")
    return make_article(title, county="iasi", source=outlet, text=text, lead=text)


def test_five_county_corrections_make_a_scored_set_of_five(staff):
    for title, text, code in CASES:
        change(staff, ingested(title, text), county=County.objects.get(code=code).pk)
    assert Correction.objects.filter(field=Correction.COUNTY).count() == 5

    out = io.StringIO()
    call_command("eval", "--json", "--corrections-only", "--failures", stdout=out)
    figures = json.loads(out.getvalue())["corrections"]
    assert figures["items"] == 5 and figures["county_items"] == 5 and figures["category_items"] == 0
    failed = {row["title"] for row in figures["failures"]}
    assert figures["county_accuracy"] == (5 - len(failed)) / 5
    assert "Concert în aer liber" in failed  # nothing in its text says Suceava
    assert "Stadionul din Onești se renovează" not in failed


def test_the_set_exports_as_jsonl_with_the_machines_and_the_editors_answers(staff, tmp_path):
    article = ingested(*CASES[0][:2])
    change(staff, article, county=County.objects.get(code="NT").pk)
    change(staff, article, county=County.objects.get(code="BC").pk, category=Category.objects.get(slug="sport").pk)
    target = tmp_path / "corecturi.jsonl"
    call_command("corrections", "export", "--jsonl", "--output", str(target))
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [(r["field"], r["machine"], r.get(r["field"])) for r in rows] == [
        ("county", "iasi", "bacau"),
        ("category", "actualitate", "sport"),
    ]
    assert rows[0]["title"] == article.title and rows[0]["source_county"] == "iasi" and rows[0]["editor"] == "redactor"
    assert "Onești" in rows[0]["text"]


def test_changing_it_back_removes_the_example(staff):
    article = ingested(*CASES[1][:2])
    change(staff, article, county=County.objects.get(code="BC").pk)
    assert Correction.objects.count() == 1
    change(staff, article, county=County.objects.get(code="IS").pk)
    assert not Correction.objects.exists()


def test_moving_an_article_out_of_its_story_is_kept_too(staff, newsroom):
    article = newsroom["copies"][1]
    change(staff, article, story="")
    correction = Correction.objects.get(field=Correction.STORY)
    assert correction.before == str(newsroom["story"].pk) and correction.after == ""


def test_own_articles_and_unchanged_fields_make_no_corrections(staff, newsroom):
    article = newsroom["ingested"]
    change(staff, article, title=article.title + " (actualizat)")
    assert not Correction.objects.exists()
    assert staff.get("/admin/news/correction/").status_code == 200
    assert staff.get("/admin/news/correction/add/").status_code == 403
