"""Prometheus metrics at /metrics, moved by a crawl."""
from datetime import UTC, datetime

import pytest
from local_feeds import FeedServer, full_content, rss
from prometheus_client import REGISTRY

from ingest.pipeline import process_source
from news.models import Source

pytestmark = pytest.mark.django_db


def sample(name: str, **labels) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_it_serves_the_metrics_in_prometheus_format(client):
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    for name in ("gazeta_ingest_fetches_total", "gazeta_ingest_fetch_seconds", "gazeta_ingest_items_parsed_total",
                 "gazeta_ingest_articles_stored_total", "gazeta_ingest_errors_total"):
        assert name in body


def test_a_read_moves_the_counters(settings):
    server = FeedServer()
    settings.INGEST_ALLOWED_HOSTS = [server.host]
    settings.INGEST_HOST_DELAY = 0
    try:
        items = [{"guid": f"m{n}", "link": server.url(f"/m/{n}"), "title": f"Titlu {n}",
                  "content": full_content(f"m{n}"), "published": datetime(2026, 11, 28, tzinfo=UTC)}
                 for n in range(2)]
        server.add("/feed", rss(items))
        server.add("/rau", "x", status=500, content_type="text/plain")
        before = (sample("gazeta_ingest_fetches_total", outcome="ok"),
                  sample("gazeta_ingest_fetches_total", outcome="error"),
                  sample("gazeta_ingest_items_parsed_total"),
                  sample("gazeta_ingest_articles_stored_total", outcome="new"),
                  sample("gazeta_ingest_errors_total", stage="fetch"),
                  sample("gazeta_ingest_fetch_seconds_count", kind="feed"))
        process_source(Source.objects.create(name="m", slug="m", feed_url=server.url("/feed")))
        process_source(Source.objects.create(name="r", slug="r", feed_url=server.url("/rau")))
        after = (sample("gazeta_ingest_fetches_total", outcome="ok"),
                 sample("gazeta_ingest_fetches_total", outcome="error"),
                 sample("gazeta_ingest_items_parsed_total"),
                 sample("gazeta_ingest_articles_stored_total", outcome="new"),
                 sample("gazeta_ingest_errors_total", stage="fetch"),
                 sample("gazeta_ingest_fetch_seconds_count", kind="feed"))
        assert [b - a for a, b in zip(before, after)] == [1, 1, 2, 2, 1, 2]
    finally:
        server.stop()
