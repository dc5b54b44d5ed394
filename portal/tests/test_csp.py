"""The Content-Security-Policy: own scripts, styles and images only, widgets' extras."""

import re

import pytest

from portal import csp

pytestmark = pytest.mark.django_db


def test_it_sends_a_policy_without_unsafe_inline_on_pages(client, newsroom):
    policy = client.get(newsroom["own"].get_absolute_url())["Content-Security-Policy"]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "img-src 'self' data:;" in policy and "frame-ancestors 'none'" in policy


def test_it_has_no_inline_script_or_style_in_pages(client, newsroom):
    for path in ("/", "/bacau/", newsroom["own"].get_absolute_url(), "/judete/", "/recente/"):
        html = client.get(path).content.decode()
        assert not re.search(r"<script(?![^>]*(src=|application/ld\+json))", html), path
        assert " style=" not in html and "<style" not in html, path


def test_it_adds_the_widgets_sources_to_their_directives():
    policy = csp.build_policy({"media-src": ["https://radio.example.ro"], "frame-src": ["https://ads.example.net"]})
    assert "media-src 'self' https://radio.example.ro" in policy
    assert "frame-src https://ads.example.net" in policy and "'none' https" not in policy


def test_it_leaves_the_admin_alone(client, reference_data):
    assert "Content-Security-Policy" not in client.get("/admin/login/")


def test_it_admits_images_of_the_media_host_only(client, newsroom, settings):
    settings.INGEST_ALLOWED_HOSTS = ["127.0.0.1:8765"]  # outlets' hosts are never image sources
    img_src = next(
        part for part in client.get("/")["Content-Security-Policy"].split("; ") if part.startswith("img-src")
    )
    assert img_src.split() == ["img-src", "'self'", "data:"]
    settings.MEDIA_URL = "https://cdn.gazeta.example/media/"
    img_src = next(
        part for part in client.get("/recente/")["Content-Security-Policy"].split("; ") if part.startswith("img-src")
    )
    assert img_src.split() == ["img-src", "'self'", "data:", "https://cdn.gazeta.example"]
