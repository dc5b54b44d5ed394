"""`gazeta bench ingest`: the whole pipeline over the demo network, against trafilatura alone.

Runs in one process on one thread (the demo network serves from a second thread of the same
process, so its page rendering is counted in the fetch stage). Uses a throw-away database, never
the operator's. Figures: articles/s, seconds per stage, peak memory, and trafilatura on the same
pages with the ratio between the two.
"""
import gc
import resource
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection


def run(options: dict) -> dict:
    """Crawl the demo network once through the pipeline and return the figures."""
    from demo.server import serve_in_thread

    network = serve_in_thread(seed=int(options.get("seed", 1)), slow_delay=0)
    host = network.base_url.split("://", 1)[1]
    saved = (settings.INGEST_ALLOWED_HOSTS, settings.INGEST_HOST_DELAY)
    settings.INGEST_ALLOWED_HOSTS = [*settings.INGEST_ALLOWED_HOSTS, host]
    settings.INGEST_HOST_DELAY = 0.0
    with tempfile.TemporaryDirectory(prefix="gazeta-bench-") as scratch:
        old_name = _use_scratch_database(Path(scratch))
        try:
            return _measure(network, options)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
            settings.INGEST_ALLOWED_HOSTS, settings.INGEST_HOST_DELAY = saved
            network.stop()


def _use_scratch_database(scratch: Path) -> str:
    """Switch to a fresh database (a SQLite file in scratch, or test_<name> on PostgreSQL)."""
    if connection.vendor == "sqlite":
        connection.settings_dict.setdefault("TEST", {})["NAME"] = str(scratch / "bench.sqlite3")
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    call_command("load_reference", verbosity=0)
    return old_name


def _measure(network, options: dict) -> dict:
    from news.models import Article

    from .pipeline import StageClock
    from .sources import register_demo_sources
    from .worker import crawl_once

    requested = int(options.get("articles") or 2000)
    sources = register_demo_sources(network.base_url) + _older_pages(network, requested)
    clock = StageClock()
    gc.collect()
    started, cpu_started = time.perf_counter(), time.thread_time()
    summary = crawl_once(threads=1, clock=clock)  # runs in this thread: thread CPU is the pipeline's own
    wall, cpu = time.perf_counter() - started, time.thread_time() - cpu_started
    stored = Article.objects.count()

    pages = _pages_extracted(network)
    library_wall, library_cpu = _library_alone(pages)
    # "store" includes "cluster" (clustering runs inside the store's transaction): report it apart.
    for table in (clock.seconds, clock.cpu):
        table["store"] -= table.get("cluster", 0.0)
    return {
        "sources": sources,
        "sources_failed": summary["errors"],
        "articles": stored,
        "articles_requested": requested,
        "pages_extracted": len(pages),
        "seconds": round(wall, 2),
        "pipeline_cpu_seconds": round(cpu, 2),
        "articles_per_second": round(stored / wall, 1) if wall else None,
        "articles_per_cpu_second": round(stored / cpu, 1) if cpu else None,
        "stage_seconds": _rounded(clock.seconds, wall),
        "stage_cpu_seconds": _rounded(clock.cpu, cpu),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "trafilatura_alone_seconds": round(library_wall, 2),
        "trafilatura_alone_cpu_seconds": round(library_cpu, 2),
        "trafilatura_pages_per_second": round(len(pages) / library_wall, 1) if library_wall else None,
        # The target: the whole pipeline costs at most 1.3x the library alone on the same pages.
        # CPU of this thread is the fair measure on a shared machine: wall time also counts other
        # processes and the demo server (another thread here) rendering the pages.
        "ratio_pipeline_to_trafilatura_cpu": round(cpu / library_cpu, 2) if library_cpu else None,
        "ratio_pipeline_to_trafilatura_wall": round(wall / library_wall, 2) if library_wall else None,
        "note": "one thread; the demo network is served from another thread of this process",
    }


def _rounded(table: dict, total: float) -> dict:
    figures = {name: round(seconds, 3) for name, seconds in sorted(table.items())}
    figures["other"] = round(max(0.0, total - sum(table.values())), 3)
    return figures


def _older_pages(network, requested: int) -> int:
    """Add the second page of WordPress-style feeds as sources until the feeds hold `requested` items."""
    from news.models import Source

    from .sources import unique_slug

    truth = network.truth()
    visible = {o.slug: sum(1 for row in truth if row["outlet"] == o.slug) for o in network.world.outlets}
    # What the first pages of the healthy feeds hold (the 500 and malformed outlets give little or nothing).
    available = sum(min(o.feed_size, visible[o.slug]) for o in network.world.outlets
                    if o.failure_mode in ("", "redirect", "slow"))
    added = 0
    for source in list(Source.objects.filter(feed_url__endswith="/feed/")):
        if available >= requested * 1.05:  # a margin for items that fail on the way
            break
        name = f"{source.name} (pagina 2)"
        Source.objects.create(name=name, slug=unique_slug(name), feed_url=source.feed_url + "?paged=2",
                              county=source.county, homepage=source.homepage)
        outlet = next(o for o in network.world.outlets if source.feed_url.endswith(f"/{o.slug}/feed/"))
        available += max(0, min(outlet.feed_size, visible[outlet.slug] - outlet.feed_size))
        added += 1
    return added


def _pages_extracted(network) -> list[tuple[str, str]]:
    """Return (url, html) of every page the pipeline fetched for extraction, fetched again untimed."""
    import httpx

    from news.models import Article

    urls = Article.objects.exclude(extraction="feed").values_list("url", flat=True)
    pages = []
    with httpx.Client(trust_env=False, timeout=10) as client:
        for url in urls:
            response = client.get(url)
            if response.status_code == 200:
                pages.append((url, response.text))
    return pages


def _library_alone(pages: list[tuple[str, str]]) -> tuple[float, float]:
    """Return the (wall, CPU) seconds trafilatura takes on the pages, with the pipeline's options."""
    import trafilatura

    from .extract import TRAFILATURA_OPTIONS

    gc.collect()
    started, cpu_started = time.perf_counter(), time.thread_time()
    for url, page in pages:
        trafilatura.bare_extraction(page, url=url, **TRAFILATURA_OPTIONS)
    return time.perf_counter() - started, time.thread_time() - cpu_started
