"""Anonymous pages: Cache-Control, ETag/Last-Modified, server-side cache invalidated on change."""

import gzip

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.tests.conftest import make_article

pytestmark = pytest.mark.django_db


def test_it_serves_anonymous_pages_with_validators_and_from_cache(client, newsroom):
    first = client.get("/bacau/")
    assert first["Cache-Control"].startswith("public, max-age=")
    assert first["ETag"] and first["Last-Modified"]
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/bacau/")
    assert len(queries) == 0 and second.content == first.content


def test_it_answers_304_to_a_matching_etag(client, newsroom):
    etag = client.get("/").headers["ETag"]
    again = client.get("/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""


def test_it_drops_cached_pages_when_an_article_changes(client, newsroom):
    client.get("/bacau/")
    fresh = make_article("Știre proaspătă din Bacău", source=newsroom["local"], minutes_ago=0)
    assert fresh.title in client.get("/bacau/").content.decode()
    fresh.title = "Titlu corectat"
    fresh.save()
    assert "Titlu corectat" in client.get("/bacau/").content.decode()
    fresh.delete()
    assert "Titlu corectat" not in client.get("/bacau/").content.decode()


def test_it_never_caches_for_logged_in_editors(client, newsroom, django_user_model):
    user = django_user_model.objects.create_user("redactor", password="parola-lunga-1")
    client.force_login(user)
    response = client.get("/")
    assert response["Cache-Control"] == "private, no-cache"


def test_it_keeps_back_links_apart_in_the_cache(client, newsroom):
    url = newsroom["ingested"].get_absolute_url()
    via_recent = client.get(url, HTTP_REFERER="http://testserver/recente/")
    direct = client.get(url)
    assert 'class="back-link" href="/recente/"' in via_recent.content.decode()
    assert 'class="back-link" href="/bacau/"' in direct.content.decode()
    assert "Referer" in [part.strip() for part in direct["Vary"].split(",")]


def test_it_ignores_tracking_parameters_in_the_cache_key(client, newsroom):
    client.get("/recente/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/recente/?utm_source=facebook&fbclid=abc")
    assert len(queries) == 0


def test_it_keeps_pages_in_worker_memory_with_an_out_of_process_cache(client, newsroom, settings, tmp_path):
    from portal.generation import local_pages

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(tmp_path)}
    }
    local_pages.clear()
    first = client.get("/bacau/")
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/bacau/")
    assert len(queries) == 0 and second.content == first.content
    assert any(key.startswith("fast:") for key in local_pages.items)  # finished response kept whole
    for header in ("Content-Security-Policy", "X-Frame-Options", "ETag", "Cache-Control", "Content-Type"):
        assert second[header] == first[header]
    assert client.get("/bacau/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    zipped = client.get("/bacau/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert zipped["Content-Encoding"] == "gzip" and "Accept-Encoding" in zipped["Vary"]
    assert gzip.decompress(zipped.content) == first.content and zipped["ETag"] != first["ETag"]
    marker = "Știri din județul Bacău".encode()
    assert marker in first.content
    assert not any(marker in path.read_bytes() for path in tmp_path.glob("*.djcache"))  # no page written there
    fresh = make_article("Știre nouă văzută de toți lucrătorii", source=newsroom["local"], minutes_ago=0)
    assert fresh.title in client.get("/bacau/").content.decode()
