"""One sanitizing policy for article bodies on every save path (issue 11, finding 7)."""

import pytest
from django.contrib.auth import get_user_model
from django.forms.models import model_to_dict
from django.test import Client
from django.utils import timezone

from news.models import Article
from portal.tests.conftest import _fresh_cache, make_article, make_source, newsroom  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

HOSTILE = (
    '<meta http-equiv="refresh" content="0;url=https://rau.example"><p>Text bun.</p>'
    '<img src="https://img.example.ro/a.jpg" onerror="alert(1)"><script>alert(2)</script>'
    '<a href="javascript:alert(3)">link</a><iframe src="https://rau.example"></iframe>'
    '<p style="position:fixed">acoperă pagina</p><form action="https://rau.example"><input></form>'
)
LEFT_OUT = (
    "<meta",
    "http-equiv",
    "onerror",
    "<script",
    "alert(2)",
    "javascript:",
    "<iframe",
    "style=",
    "<form",
    "<input",
)


def assert_clean(body: str):
    lowered = body.lower()
    assert "Text bun." in body
    for bad in LEFT_OUT:
        assert bad not in lowered, bad


@pytest.fixture
def editor(newsroom):
    user = get_user_model().objects.create_user("sef", password="parola-lunga-1", is_staff=True, is_superuser=True)
    staff = Client()
    staff.force_login(user)
    return staff


def change_form(article: Article, **changes) -> dict:
    """Return the POST of the article's admin change form as the browser would send it, with changes."""
    data = {key: value for key, value in model_to_dict(article).items() if value is not None}
    data["other_counties"] = [county.pk for county in data.get("other_counties", [])]
    data.pop("image", None)
    for name in ("published_at", "updated_at"):
        value = getattr(article, name)
        if value:
            local = timezone.localtime(value)
            data[f"{name}_0"], data[f"{name}_1"] = local.date().isoformat(), local.strftime("%H:%M:%S")
        data.pop(name, None)
    data.update(changes)
    return data


def test_an_ingested_article_edited_in_the_admin_never_stores_a_hostile_body(editor, newsroom):
    article = newsroom["ingested"]
    assert not article.is_own
    response = editor.post(f"/admin/news/article/{article.pk}/change/", change_form(article, body_html=HOSTILE))
    assert response.status_code == 302, response.content.decode()[:3000]
    stored = Article.objects.get(pk=article.pk).body_html
    for bad in LEFT_OUT:  # the body is shown read-only (the outlet's text) or sanitized: never raw
        assert bad not in stored.lower(), bad
    assert "onerror" not in editor.get(f"/admin/news/article/{article.pk}/change/").content.decode()


def test_an_own_article_edited_in_the_admin_is_sanitized(editor, newsroom):
    article = newsroom["own"]
    response = editor.post(f"/admin/news/article/{article.pk}/change/", change_form(article, body_html=HOSTILE))
    assert response.status_code == 302, response.content.decode()[:3000]
    assert_clean(Article.objects.get(pk=article.pk).body_html)


def test_a_body_saved_by_code_is_sanitized_too(newsroom):
    made = make_article("Salvat din cod", source=make_source("Ziar"), body_html=HOSTILE)
    assert_clean(Article.objects.get(pk=made.pk).body_html)
    made.body_html = HOSTILE
    made.save()
    assert_clean(Article.objects.get(pk=made.pk).body_html)


def test_a_clean_body_is_kept_as_it_is(newsroom):
    body = '<p>Un paragraf cu <a href="https://sursa.example.ro/a" rel="nofollow noopener">un link</a>.</p>'
    made = make_article("Curat", body_html=body)
    assert Article.objects.get(pk=made.pk).body_html == made.body_html
    assert "https://sursa.example.ro/a" in made.body_html
