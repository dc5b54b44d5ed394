"""Uploaded images, robots.txt and favicon.ico are served by the site itself."""

import pytest

pytestmark = pytest.mark.django_db


def test_it_serves_an_uploaded_lead_image_and_nothing_outside_media(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "articole").mkdir()
    (tmp_path / "articole" / "foto.jpg").write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    (tmp_path.parent / "secret.txt").write_text("nu")
    response = client.get("/media/articole/foto.jpg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg" and "max-age=" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == b"\xff\xd8\xff\xe0 jpeg"
    assert client.get("/media/articole/lipsa.jpg").status_code == 404
    assert client.get("/media/articole/").status_code == 404
    assert client.get("/media/../secret.txt").status_code == 404
    assert client.get("/media/%2e%2e/secret.txt").status_code == 404


def test_it_names_the_sitemaps_in_robots_txt(client, settings):
    settings.SITE_URL = "https://gazeta.example.ro"
    response = client.get("/robots.txt")
    text = response.content.decode()
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    assert "Sitemap: https://gazeta.example.ro/sitemap.xml" in text
    assert "Disallow: /admin/" in text


def test_it_sends_favicon_ico_to_the_svg_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("portal/favicon.svg")
