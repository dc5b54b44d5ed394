"""Workers: crawl passes, claims shared by concurrent workers, a stop event (processes: test_worker_processes.py)."""

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection, connections
from django.utils import timezone
from local_feeds import FeedServer, full_content, rss

from ingest import claims
from ingest.models import FetchLog
from ingest.worker import crawl_once, run_forever
from news.models import Article, Source

WHEN = datetime(2026, 11, 28, 9, tzinfo=UTC)


def add_outlet(server: FeedServer, name: str, items: int = 3) -> Source:
    """Serve a feed carrying full text (no page fetches) and register it as a source."""
    entries = [
        {
            "guid": f"{name}-{n}",
            "link": server.url(f"/{name}/{n}"),
            "title": f"{name}: știrea {n}",
            "content": full_content(f"{name} {n}"),
            "published": WHEN - timedelta(hours=n),
        }
        for n in range(items)
    ]
    server.add(f"/{name}/feed", rss(entries))
    return Source.objects.create(name=name, slug=name, feed_url=server.url(f"/{name}/feed"))


@pytest.mark.django_db
def test_a_pass_reads_every_due_source_and_a_broken_one_does_not_stop_it(outlet, settings):
    settings.INGEST_TIMEOUT = 1
    good = [add_outlet(outlet, f"bun{n}") for n in range(3)]
    outlet.add("/rau/feed", "eroare", status=500, content_type="text/plain")
    outlet.add("/lent/feed", rss([]), delay=3)  # answers after the timeout
    broken = [Source.objects.create(name=n, slug=n, feed_url=outlet.url(f"/{n}/feed")) for n in ("rau", "lent")]
    seen = []
    summary = crawl_once(progress=lambda result, totals: seen.append(result.source_id), threads=1)
    assert summary["sources"] == 5 and summary["new"] == 9 and summary["errors"] == 2
    assert sorted(seen) == sorted(s.pk for s in good + broken)
    for source in broken:
        source.refresh_from_db()
        assert source.error_count == 1 and source.last_error and source.next_fetch_at > timezone.now()
        assert source.claimed_by == ""
    assert crawl_once(threads=1)["sources"] == 0  # nothing is due any more


@pytest.mark.django_db
def test_a_named_source_is_read_even_when_not_due(outlet):
    source = add_outlet(outlet, "anume")
    Source.objects.filter(pk=source.pk).update(next_fetch_at=timezone.now() + timedelta(hours=1))
    assert crawl_once(source_ids=[source.pk], threads=1)["new"] == 3


@pytest.mark.django_db
def test_claims_never_overlap_and_expire(outlet):
    for n in range(6):
        add_outlet(outlet, f"s{n}", items=0)
    first = claims.claim_due("w1", limit=4)
    second = claims.claim_due("w2", limit=4)
    assert len(first) == 4 and len(second) == 2
    assert not {s.pk for s in first} & {s.pk for s in second}
    assert claims.claim_due("w3") == []
    later = timezone.now() + timedelta(seconds=claims.lease_seconds() + 1)
    assert len(claims.claim_due("w3", now=later)) == 6


@pytest.mark.django_db
def test_a_source_whose_lease_was_taken_over_is_left_to_its_new_holder(outlet):
    source = add_outlet(outlet, "preluat")
    assert claims.claim_due("w1") == [source]
    later = timezone.now() + timedelta(seconds=claims.lease_seconds() + 1)
    assert claims.claim_due("w2", now=later) == [source]
    assert not claims.renew(source.pk, "w1") and claims.renew(source.pk, "w2")
    from ingest.worker import _read_one

    assert _read_one(source, "w1", None).outcome == "skipped"
    assert outlet.hits["/preluat/feed"] == 0 and not Article.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_run_forever_crawls_until_its_stop_event(outlet):
    source = add_outlet(outlet, "bucla")
    stop = threading.Event()
    thread = threading.Thread(target=run_forever, args=(stop, "loop"), daemon=True)
    thread.start()
    # Watch the server, not the database: the in-memory test database locks whole tables.
    deadline = time.monotonic() + 20
    while not outlet.hits["/bucla/feed"] and time.monotonic() < deadline:
        time.sleep(0.05)
    stop.set()  # the read in progress stops before its next entry (or finishes), then the loop ends
    thread.join(timeout=20)
    assert not thread.is_alive()
    source.refresh_from_db()
    assert source.claimed_by == ""
    crawl_once(source_ids=[source.pk], threads=1)  # what was left is read by the next pass, once
    assert Article.objects.count() == 3


def three_workers(outlet) -> None:
    """Run three crawl passes at once and check each source was read once, each article stored once."""
    sources = [add_outlet(outlet, f"o{n}", items=4) for n in range(9)]
    errors = []

    def work(name):
        try:
            crawl_once(worker_id=name, threads=1)
        except Exception as error:  # surface it in the main thread's assertion
            errors.append(error)
        finally:
            connections.close_all()

    workers = [threading.Thread(target=work, args=(f"w{n}",)) for n in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert not errors
    assert all(outlet.hits[f"/o{n}/feed"] == 1 for n in range(9))
    assert Article.objects.count() == 36
    assert FetchLog.objects.count() == 9
    assert set(FetchLog.objects.values_list("source_id", flat=True)) == {s.pk for s in sources}


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_three_workers_on_postgresql_read_each_source_once(outlet):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL=postgres://...)")
    three_workers(outlet)


@pytest.fixture
def demo_network(settings):
    from demo.server import serve_in_thread

    network = serve_in_thread(seed=1, slow_delay=3)
    settings.INGEST_ALLOWED_HOSTS = [network.base_url.split("://", 1)[1]]
    settings.INGEST_HOST_DELAY = 0
    settings.INGEST_TIMEOUT = 2  # under the slow outlet's delay, so it times out
    yield network
    network.stop()


@pytest.mark.slow
@pytest.mark.django_db
def test_crawling_the_demo_network_fills_the_database_and_shows_each_failure(demo_network, reference_data, settings):
    from collections import defaultdict

    from news.sources import register_demo_sources

    assert register_demo_sources(demo_network.base_url) == len(demo_network.world.outlets)
    first = crawl_once(threads=1)

    expected = defaultdict(set)  # a feed shows the newest feed_size items of its outlet
    rows = sorted(demo_network.truth(), key=lambda row: row["published"], reverse=True)
    sizes = {o.slug: o.feed_size for o in demo_network.world.outlets}
    for row in rows:
        if len(expected[row["outlet"]]) < sizes[row["outlet"]]:
            expected[row["outlet"]].add(row["guid"])
    modes = {o.slug: o.failure_mode for o in demo_network.world.outlets}
    for source in Source.objects.all():
        stored = set(source.articles.values_list("guid", flat=True))
        if modes[source.slug] in ("", "redirect"):
            assert stored == expected[source.slug], source.slug
            assert source.error_count == 0 and source.last_success_at is not None, source.slug
        else:
            # a broken feed keeps the entries its parser recovered; the others store nothing
            assert stored <= expected[source.slug] and (bool(stored) == (modes[source.slug] == "malformed"))
            assert source.error_count == 1 and source.last_error, source.slug
            wait = (source.next_fetch_at - source.last_fetch_at).total_seconds()
            assert wait >= settings.INGEST_MIN_INTERVAL * (1 - settings.INGEST_JITTER), source.slug
    healthy = sum(len(expected[slug]) for slug, mode in modes.items() if mode in ("", "redirect"))
    recovered = Article.objects.filter(source__slug="foaia-salajului").count()
    assert Article.objects.count() == healthy + recovered == first["new"]
    errors = {s.slug: s.last_error for s in Source.objects.filter(error_count__gt=0)}
    assert errors.keys() == {"foaia-botosanilor", "ecoul-buzaului", "foaia-salajului"}
    assert errors["foaia-botosanilor"].startswith("fetch: HTTP 500")
    assert errors["ecoul-buzaului"].startswith("fetch:") and "timed out" in errors["ecoul-buzaului"]
    assert errors["foaia-salajului"].startswith("parse:")
    assert not Article.objects.filter(body_html__icontains="<script").exists()

    modified = dict(Article.objects.values_list("pk", "modified_at"))
    Source.objects.update(next_fetch_at=timezone.now())
    second = crawl_once(threads=1)
    assert second["new"] == 0 and second["updated"] == 0
    assert second["not_modified"] == len([m for m in modes.values() if m in ("", "redirect")])
    assert dict(Article.objects.values_list("pk", "modified_at")) == modified
    assert Source.objects.filter(error_count__gt=0).count() == 3
    assert Source.objects.get(slug="foaia-botosanilor").error_count == 2


@pytest.mark.django_db
def test_a_source_that_crashes_the_pipeline_does_not_stop_the_pass(outlet, monkeypatch):
    import ingest.worker

    _good, bad = add_outlet(outlet, "bun"), add_outlet(outlet, "stricat")
    real = ingest.worker.process_source

    def flaky(source, **kwargs):
        if source.pk == bad.pk:
            raise RuntimeError("database went away")
        return real(source, **kwargs)

    monkeypatch.setattr(ingest.worker, "process_source", flaky)
    summary = crawl_once(threads=1)
    assert summary["sources"] == 2 and summary["errors"] == 1 and summary["new"] == 3
    bad.refresh_from_db()
    assert bad.claimed_by == "" and bad.error_count == 1 and bad.last_error.startswith("worker: RuntimeError")
    assert bad.next_fetch_at > timezone.now()  # backed off, not retried in a tight loop


@pytest.mark.django_db
def test_the_crawl_command_reports_sources_articles_and_errors(outlet):
    from io import StringIO

    from django.core.management import call_command
    from django.core.management.base import CommandError

    add_outlet(outlet, "comanda")
    outlet.add("/rau/feed", "eroare", status=500, content_type="text/plain")
    Source.objects.create(name="rau", slug="rau", feed_url=outlet.url("/rau/feed"))
    out = StringIO()
    call_command("crawl", "--once", "--threads", "1", stdout=out)
    assert "Surse citite: 2, articole noi: 3, actualizate: 0, erori: 1" in out.getvalue()
    assert "fetch: HTTP 500" in out.getvalue()
    with pytest.raises(CommandError, match="no source with id 999"):
        call_command("crawl", "--source", "999")
