"""Disk nearly full: ingest pauses with a clear message, pages keep serving, and it resumes when space returns."""

import io

import pytest
from django.core.management import call_command
from test_worker import add_outlet

from ingest.worker import crawl_once
from news.models import Article


@pytest.mark.django_db
def test_ingest_pauses_below_the_free_disk_threshold_and_pages_keep_serving(outlet, settings, client, reference_data):
    source = add_outlet(outlet, "plin")
    settings.DISK_MIN_FREE_MB = 10**12  # more than any disk has: the threshold stands in for a full disk

    summary = crawl_once(threads=1)

    assert "DISK_MIN_FREE_MB" in summary["paused"] and summary["sources"] == 0
    assert outlet.hits["/plin/feed"] == 0 and Article.objects.count() == 0
    source.refresh_from_db()
    assert source.claimed_by == "" and source.error_count == 0  # not failed, only waiting
    printed = io.StringIO()
    call_command("crawl", stdout=printed)
    assert "Preluare oprită" in printed.getvalue()
    assert client.get("/").status_code == 200

    settings.DISK_MIN_FREE_MB = 0
    summary = crawl_once(threads=1)
    assert summary["paused"] is None and Article.objects.count() == 3
