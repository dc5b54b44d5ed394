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

    sources = register_demo_sources(network.base_url)
    clock = StageClock()
    gc.collect()
    started, cpu_started = time.perf_counter(), time.process_time()
    summary = crawl_once(threads=1, clock=clock)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    stored = Article.objects.count()

    pages = _pages_extracted(network)
    library = _library_alone(pages)
    stages = {name: round(seconds, 3) for name, seconds in sorted(clock.seconds.items())}
    stages["other"] = round(max(0.0, wall - sum(clock.seconds.values())), 3)
    fetch_seconds = clock.seconds.get("fetch", 0.0)
    return {
        "sources": sources,
        "sources_failed": summary["errors"],
        "articles": stored,
        "articles_requested": options.get("articles") or 2000,
        "pages_extracted": len(pages),
        "seconds": round(wall, 2),
        "cpu_seconds": round(cpu, 2),
        "articles_per_second": round(stored / wall, 1) if wall else None,
        "articles_per_cpu_second": round(stored / cpu, 1) if cpu else None,
        "stage_seconds": stages,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "trafilatura_alone_seconds": round(library, 2),
        "trafilatura_pages_per_second": round(len(pages) / library, 1) if library else None,
        # The target: the whole pipeline costs at most 1.3x the library alone on the same pages.
        "ratio_pipeline_to_trafilatura": round(wall / library, 2) if library else None,
        # The same without the fetch stage, whose time here is mostly the demo server rendering pages.
        "ratio_without_fetch": round((wall - fetch_seconds) / library, 2) if library else None,
        "note": "one thread; the demo network runs in this process, its rendering is inside 'fetch'",
    }


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


def _library_alone(pages: list[tuple[str, str]]) -> float:
    """Return the seconds trafilatura takes on the pages, with the options the pipeline uses."""
    import trafilatura

    from .extract import TRAFILATURA_OPTIONS

    gc.collect()
    started = time.perf_counter()
    for url, page in pages:
        trafilatura.bare_extraction(page, url=url, **TRAFILATURA_OPTIONS)
    return time.perf_counter() - started
