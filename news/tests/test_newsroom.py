import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from news.models import Article, Category, County


@pytest.fixture
def editor(reference_data, client):
    user = get_user_model().objects.create_user("redactor", password="parola-lunga-1", is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


def _jpeg(width=640, height=360) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 60, 40)).save(buffer, "JPEG")
    return SimpleUploadedFile("foto.jpg", buffer.getvalue(), content_type="image/jpeg")


def _post(client, **fields):
    data = {
        "title": "Primăria Bacău deschide un parc nou",
        "lead": "Parcul are 3 hectare.",
        "body_html": "<p>Lucrările s-au încheiat.</p><script>alert(1)</script><p onclick='x()'>Gata.</p>",
        "status": Article.PUBLISHED,
        "published_at_0": timezone.localdate().isoformat(),
        "published_at_1": "08:00:00",
        "is_own": "on",
        "url": "",
        "guid": "",
        "slug": "",
        "county": County.objects.get(code="BC").pk,
        "category": Category.objects.get(slug="administratie").pk,
        "geo_places": "[]",
        "source_categories": "[]",
        "image_caption": "Parcul nou",
        "image_alt": "Alei și bănci",
    }
    data.update(fields)
    return client.post("/admin/news/article/add/", data, follow=True)


def test_it_publishes_an_own_article_with_a_lead_image(editor, client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    response = _post(client, image=_jpeg())
    assert response.status_code == 200
    article = Article.objects.get()
    assert article.is_own and article.source is None
    assert article.url == settings.SITE_URL + article.get_absolute_url()
    assert "script" not in article.body_html and "onclick" not in article.body_html
    assert article.text.startswith("Lucrările s-au încheiat.")
    assert (article.image_width, article.image_height) == (640, 360)
    assert article.county_locked and article.category_locked
    assert article.slug.startswith("primaria-bacau-deschide")


def test_it_schedules_an_article_dated_in_the_future(editor, client):
    tomorrow = timezone.localdate() + timedelta(days=1)
    _post(client, published_at_0=tomorrow.isoformat())
    article = Article.objects.get()
    assert article.status == Article.SCHEDULED
    assert not Article.objects.visible().exists()
