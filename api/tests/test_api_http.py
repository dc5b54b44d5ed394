"""The API's HTTP: conditional requests, CORS for GET only, the per-client limit."""

import pytest

from portal.tests.conftest import _fresh_cache, make_article, newsroom  # noqa: F401

pytestmark = pytest.mark.django_db


def test_it_answers_304_to_a_matching_etag_or_date(client, newsroom):
    first = client.get("/api/v1/articles")
    assert first.status_code == 200 and first["ETag"] and first["Last-Modified"]
    assert client.get("/api/v1/articles", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get("/api/v1/articles", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    make_article("Știre nouă", minutes_ago=1)
    changed = client.get("/api/v1/articles", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200 and changed["ETag"] != first["ETag"]


def test_it_allows_cross_site_reads_but_no_writes(client, reference_data):
    response = client.get("/api/v1/counties", HTTP_ORIGIN="https://partener.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "POST" not in response["Access-Control-Allow-Methods"]
    preflight = client.options(
        "/api/v1/counties", HTTP_ORIGIN="https://partener.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert preflight.status_code == 204 and preflight["Access-Control-Allow-Methods"] == "GET, OPTIONS"
    assert "Access-Control-Allow-Credentials" not in preflight
    assert client.post("/api/v1/counties", {}).status_code == 405


def test_it_limits_each_client_per_minute(client, reference_data, settings):
    settings.API_RATE_LIMIT = 3
    codes = [client.get("/api/v1/categories").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    other = client.get("/api/v1/categories", REMOTE_ADDR="10.1.2.3")
    assert other.status_code == 200
    refused = client.get("/api/v1/categories")
    assert refused["Retry-After"] == "60" and "Prea multe cereri" in refused.json()["detail"]
