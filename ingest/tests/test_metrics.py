"""Prometheus metrics at /metrics, moved by a crawl."""

import os
import subprocess
import sys
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
    for name in (
        "gazeta_ingest_fetches_total",
        "gazeta_ingest_fetch_seconds",
        "gazeta_ingest_items_parsed_total",
        "gazeta_ingest_articles_stored_total",
        "gazeta_ingest_errors_total",
    ):
        assert name in body


def test_a_read_moves_the_counters(settings):
    server = FeedServer()
    settings.INGEST_ALLOWED_HOSTS = [server.host]
    settings.INGEST_HOST_DELAY = 0
    try:
        items = [
            {
                "guid": f"m{n}",
                "link": server.url(f"/m/{n}"),
                "title": f"Titlu {n}",
                "content": full_content(f"m{n}"),
                "published": datetime(2026, 11, 28, tzinfo=UTC),
            }
            for n in range(2)
        ]
        server.add("/feed", rss(items))
        server.add("/rau", "x", status=500, content_type="text/plain")
        before = (
            sample("gazeta_ingest_fetches_total", outcome="ok"),
            sample("gazeta_ingest_fetches_total", outcome="error"),
            sample("gazeta_ingest_items_parsed_total"),
            sample("gazeta_ingest_articles_stored_total", outcome="new"),
            sample("gazeta_ingest_errors_total", stage="fetch"),
            sample("gazeta_ingest_fetch_seconds_count", kind="feed"),
        )
        process_source(Source.objects.create(name="m", slug="m", feed_url=server.url("/feed")))
        process_source(Source.objects.create(name="r", slug="r", feed_url=server.url("/rau")))
        after = (
            sample("gazeta_ingest_fetches_total", outcome="ok"),
            sample("gazeta_ingest_fetches_total", outcome="error"),
            sample("gazeta_ingest_items_parsed_total"),
            sample("gazeta_ingest_articles_stored_total", outcome="new"),
            sample("gazeta_ingest_errors_total", stage="fetch"),
            sample("gazeta_ingest_fetch_seconds_count", kind="feed"),
        )
        assert [b - a for a, b in zip(before, after)] == [1, 1, 2, 2, 1, 2]
    finally:
        server.stop()


def test_in_multiprocess_mode_the_view_sums_what_other_processes_counted(client, tmp_path, monkeypatch):
    # Under `gazeta up` the crawler counts in one process and granian's workers answer /metrics.
    child = (
        "import os; os.environ['DJANGO_SETTINGS_MODULE'] = 'gazeta.settings'\n"
        "import django; django.setup()\n"
        "from ingest import metrics\n"
        "metrics.FETCHES.labels('ok').inc(3)\n"
        "metrics.ARTICLES_STORED.labels('new').inc(7)\n"
    )
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    subprocess.run([sys.executable, "-c", child], env=env, check=True, timeout=60)
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    body = client.get("/metrics").content.decode()
    assert 'gazeta_ingest_fetches_total{outcome="ok"} 3.0' in body
    assert 'gazeta_ingest_articles_stored_total{outcome="new"} 7.0' in body


def test_gazeta_up_gives_its_processes_a_fresh_metrics_directory(monkeypatch):
    from gazeta import cli

    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
    seen = []
    monkeypatch.setattr(
        "django.core.management.execute_from_command_line",
        lambda argv: seen.append((argv[1], os.environ.get("PROMETHEUS_MULTIPROC_DIR"))),
    )
    monkeypatch.setattr(sys, "argv", ["gazeta", "up", "--demo"])
    cli.main()
    first = seen[-1][1]
    # Plain pops: monkeypatch.delenv would record cli's value and put it back after the test,
    # leaving a removed directory in the environment of every later test's subprocess.
    os.environ.pop("PROMETHEUS_MULTIPROC_DIR")
    cli.main()
    second = seen[-1][1]
    monkeypatch.setattr(sys, "argv", ["gazeta", "crawl", "--once"])
    os.environ.pop("PROMETHEUS_MULTIPROC_DIR")
    cli.main()
    assert first and second and first != second and os.path.isdir(first) and not os.listdir(first)
    assert seen[-1] == ("crawl", None)
    os.rmdir(first), os.rmdir(second)
