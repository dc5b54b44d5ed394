"""'Previzualizare' of a published article shows the form's edits without saving (a save would publish them)."""

import pytest
from django.test import Client
from django.utils import timezone

from news.models import Article
from news.tests.conftest import make_editor
from news.tests.test_desk import add, staff  # noqa: F401 (fixture)
from portal.tests.conftest import _fresh_cache  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

EDITED = "<h2>Ce se schimbă</h2><p>Circulația se reia <strong>marți</strong>, nu luni.</p>"


@pytest.fixture
def published(staff):  # noqa: F811
    add(staff, "_publish_now")
    article = Article.objects.get()
    assert article.status == Article.PUBLISHED
    return article


def edit_form(article: Article, **fields) -> dict:
    published = timezone.localtime(article.published_at)
    data = {
        "title": article.title,
        "slug": article.slug,
        "lead": article.lead,
        "body_html": article.body_html,
        "status": article.status,
        "published_at_0": published.date().isoformat(),
        "published_at_1": published.strftime("%H:%M:%S"),
        "county": article.county_id,
        "category": article.category_id,
    }
    data.update(fields)
    return data


def test_the_preview_of_a_public_article_shows_the_edits_and_readers_still_see_the_saved_one(staff, published):  # noqa: F811
    reader = Client()
    before = reader.get(published.get_absolute_url()).content.decode()
    form = staff.get(f"/admin/news/article/{published.pk}/change/").content.decode()
    assert 'name="_preview" formtarget="_blank"' in form  # opens beside the form, whose edits stay

    response = staff.post(
        f"/admin/news/article/{published.pk}/change/",
        edit_form(
            published, title="Podul se redeschide marți", body_html=EDITED + "<script>alert(1)</script>", _preview="1"
        ),
    )
    assert response.status_code == 302
    assert response["Location"] == f"/previzualizare/articol/{published.pk}/?nesalvat=1"
    stored = Article.objects.get()
    assert (stored.title, stored.body_html, stored.modified_at) == (
        published.title,
        published.body_html,
        published.modified_at,
    )

    preview = staff.get(response["Location"])
    page = preview.content.decode()
    assert "modificări nesalvate; cititorii văd articolul așa cum a fost salvat." in page
    assert "Podul se redeschide marți" in page and "<strong>marți</strong>" in page
    assert "<script>alert(1)" not in page  # prepared as a save would: through the sanitizer
    assert preview["Cache-Control"] == "private, no-store" and preview["X-Robots-Tag"] == "noindex, nofollow"

    assert reader.get(published.get_absolute_url()).content.decode() == before
    assert reader.get(response["Location"]).status_code == 404  # staff only
    other = Client()
    other.force_login(make_editor("alt-redactor"))
    assert "Podul se redeschide marți" not in other.get(response["Location"]).content.decode()  # one editor's edits

    # Saving afterwards publishes the edits as usual.
    staff.post(
        f"/admin/news/article/{published.pk}/change/",
        edit_form(published, title="Podul se redeschide marți", body_html=EDITED, _save="1"),
    )
    assert "Podul se redeschide marți" in reader.get(Article.objects.get().get_absolute_url()).content.decode()


def test_an_invalid_edit_is_shown_with_its_errors_and_nothing_is_saved(staff, published):  # noqa: F811
    response = staff.post(f"/admin/news/article/{published.pk}/change/", edit_form(published, title="", _preview="1"))
    assert response.status_code == 200 and "errorlist" in response.content.decode()
    assert Article.objects.get().title == published.title


def test_a_drafts_preview_still_saves_first(staff):  # noqa: F811
    add(staff)
    draft = Article.objects.get()
    response = staff.post(
        f"/admin/news/article/{draft.pk}/change/", edit_form(draft, title="Titlu nou al ciornei", _preview="1")
    )
    assert response["Location"] == f"/previzualizare/articol/{draft.pk}/"
    assert Article.objects.get().title == "Titlu nou al ciornei"
