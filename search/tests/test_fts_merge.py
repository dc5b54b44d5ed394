import datetime as dt
import itertools

import pytest
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from news.models import Article, County
from search import index
from search.backends import sqlite
from search.query import parse
from search.results import search

ON_SQLITE = settings.DATABASES["default"]["ENGINE"].endswith("sqlite3")
sqlite_only = pytest.mark.skipif(not ON_SQLITE, reason="FTS5 segments exist on SQLite only")
_urls = itertools.count()
PLACES = ["Onișcani", "Bârlad", "Tecuci", "Vaslui", "Huși"]
TOPICS = ["spitalul", "școala", "drumul", "podul"]


def filler(n: int) -> str:
    """Return 150 words no other article has, so a merged index spans several pages."""
    return " ".join("zq" + "".join(chr(97 + int(d)) for d in f"{n:03d}{i:03d}") for i in range(150))


@pytest.fixture
def many_inserts(reference_data):
    """Forty articles, each written in its own transaction, as ingest writes them."""
    county = County.objects.get(slug="bacau")
    for n in range(40):
        with transaction.atomic():  # FTS5 writes a segment when a (sub)transaction ends
            Article.objects.create(
                url=f"https://exemplu.example/merge/{next(_urls)}",
                county=county,
                title=f"{TOPICS[n % 4]} din {PLACES[n % 5]} se renovează",
                text=f"Lucrări la {TOPICS[(n + 1) % 4]} începute. {filler(n)}",
                published_at=timezone.now() - dt.timedelta(hours=n),
            )


def results() -> dict:
    now = timezone.now()
    return {
        q: [hit.article.pk for hit in search(parse(q), 1, now).hits]
        for q in [*PLACES, *TOPICS, "spitalul Bârlad", "drumul podul"]
    }


@sqlite_only
def test_the_job_merges_many_segments_into_one_and_finds_the_same(many_inserts):
    before, found = sqlite.segment_count(), results()
    assert before > sqlite.MERGE_ABOVE
    summary = index.merge()
    assert summary["segments_before"] == before and summary["segments_after"] == sqlite.segment_count() == 1
    assert results() == found and any(found.values())
    with connection.cursor() as cursor:  # raises if the merged index disagrees with its content
        cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")


@sqlite_only
def test_each_run_does_a_bounded_amount_of_work_and_the_next_carries_on(many_inserts, monkeypatch):
    monkeypatch.setattr(sqlite, "MERGE_STEP_PAGES", 1)
    found = results()
    first = sqlite.merge(max_steps=1, pause=0)
    assert first["steps"] == 1 and first["segments_after"] > 1
    runs = 1
    while sqlite.segment_count() > 1 and runs < 200:
        sqlite.merge(max_steps=1, pause=0)
        runs += 1
    assert sqlite.segment_count() == 1 and runs > 1
    assert results() == found


@sqlite_only
def test_a_merged_index_is_left_alone(many_inserts):
    sqlite.merge(max_steps=1000, pause=0)
    assert sqlite.merge(max_steps=1000, pause=0) == {"segments_before": 1, "segments_after": 1, "steps": 1}


@pytest.mark.postgres
def test_the_job_does_nothing_on_postgresql(db):
    assert index.merge() == {"skipped": "postgresql"}
