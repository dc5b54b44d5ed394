"""The article and source admin as an editor meets them: Romanian, searchable pickers, instant hiding."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from news.models import Article
from portal.tests.conftest import _fresh_cache, make_article, newsroom  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(newsroom):
    user = get_user_model().objects.create_user("redactor", password="parola-lunga-1", is_staff=True, is_superuser=True)
    staff = Client()
    staff.force_login(user)
    return staff


def test_the_article_form_speaks_romanian_and_picks_by_name(editor, newsroom):
    page = editor.get("/admin/news/article/add/").content.decode()
    for label in ("Autor:", "Subiect:", "Adresă scurtă (slug):", "Alte județe:"):
        assert label in page, label
    for english in ("Author:", "Story:", "Hold down", "Choose all"):
        assert english not in page, english
    assert "vForeignKeyRawIdAdminField" not in page and page.count("admin-autocomplete") >= 3
    page = editor.get(f"/admin/news/article/{newsroom['ingested'].pk}/change/").content.decode()
    for label in ("Sursă:", "Încrederea în județ:", "Rubricile sursei", "Număr de cuvinte"):
        assert label in page, label
    for english in ("Source:", "Geo confidence", "Source categories"):
        assert english not in page, english


def test_the_author_picker_finds_an_author_by_name(editor, newsroom):
    response = editor.get(
        "/admin/autocomplete/",
        {"term": "Țurcanu", "app_label": "news", "model_name": "article", "field_name": "author"},
    )
    assert [r["text"] for r in response.json()["results"]] == ["Ioana Țurcanu"]


def test_the_source_list_links_to_the_health_dashboard(editor):
    page = editor.get("/admin/news/source/").content.decode()
    assert 'href="/admin/sanatate-surse/">Sănătatea surselor</a>' in page


def test_hiding_an_article_takes_it_off_cached_pages_at_once(editor, newsroom, client):
    article = make_article("Știre retrasă la cererea instanței", source=newsroom["local"], minutes_ago=0)
    assert article.title in client.get("/bacau/").content.decode()  # now in the page cache
    response = editor.post("/admin/news/article/", {"action": "hide", "_selected_action": [article.pk]}, follow=True)
    assert "Articole ascunse: 1" in response.content.decode()
    assert Article.objects.get(pk=article.pk).status == Article.HIDDEN
    assert article.title not in client.get("/bacau/").content.decode()
    editor.post("/admin/news/article/", {"action": "publish", "_selected_action": [article.pk]})
    assert article.title in client.get("/bacau/").content.decode()


def test_the_place_review_queue_lists_unsure_ingested_articles(editor, newsroom):
    unsure = make_article("Ședință la consiliu", source=newsroom["local"], geo_confidence=0.23)
    make_article("Accident la Onești", source=newsroom["local"], geo_confidence=0.98)
    make_article("Drum închis", source=newsroom["local"], geo_confidence=0.5, county_locked=True)
    assert list(
        Article.objects.filter(
            title__in=["Ședință la consiliu", "Accident la Onești", "Drum închis"]
        ).needs_place_review()
    ) == [unsure]
    page = editor.get("/admin/news/article/", {"localizare": "de-verificat"}).content.decode()
    assert "Ședință la consiliu" in page and "Accident la Onești" not in page and "Drum închis" not in page
    assert "De verificat (încredere sub 90%)" in editor.get("/admin/news/article/").content.decode()
