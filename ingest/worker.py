"""The crawl loop: claim due sources, read each through the pipeline, release, repeat.

`crawl_once` reads what is due now and returns; `run_forever` loops until its stop event is set
(`gazeta worker`, and the scheduler thread of `gazeta up`). Any number of these can run at once
against one database: claims (see `claims`) keep two of them off the same source.
"""

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.db import close_old_connections, connections
from django.utils import timezone

from ingest import claims, schedule
from ingest.diskguard import low_disk
from ingest.pipeline import process_source
from ingest.read_state import SourceResult, StageClock
from ingest.store import trim_fetch_logs
from news.models import Source

log = logging.getLogger(__name__)

BATCH = 8  # sources claimed at a time: small, so a dead worker strands few and others share the rest
TRIM_EVERY = 3600  # seconds between prunings of the fetch log (50 attempts kept per source)
IDLE_WAIT = 5.0  # seconds between looks at the clock when nothing is due


def threads_setting() -> int:
    """Return how many sources one process reads at once (settings.INGEST_THREADS).

    Fetching is mostly waiting on the network and the per-host gate keeps it polite; the
    default stays low because SQLite has one writer at a time.
    """
    return settings.INGEST_THREADS


def _read_one(
    source: Source, worker_id: str, clock: StageClock | None, stop: threading.Event | None = None
) -> SourceResult:
    """Read one claimed source in this thread, with this thread's own database connection."""
    try:
        if stop is not None and stop.is_set():
            # Claimed in the batch but not started: give it back untouched, still due.
            claims.release(source.pk, worker_id)
            return SourceResult(source_id=source.pk, outcome="skipped")
        # A batch is claimed at once; renewing each lease as its source starts means a short lease
        # still covers the whole batch, and a source whose lease ran out is left to its new holder.
        if not claims.renew(source.pk, worker_id):
            return SourceResult(source_id=source.pk, outcome="skipped")
        return process_source(source, worker_id=worker_id, clock=clock, stop=stop)
    except Exception as error:  # process_source records its own errors; this is the last guard
        message = f"worker: {type(error).__name__}: {error}"
        log.exception(
            "worker: source crashed", extra={"source_id": source.pk, "url": source.feed_url, "error": message}
        )
        try:  # back it off like any failure, so it is neither lost nor retried in a tight loop
            claims.release(
                source.pk, worker_id, schedule.after_failure(source, timezone.now(), error=message, status="error")
            )
        except Exception:
            log.exception("worker: cannot record the crash", extra={"source_id": source.pk})
        return SourceResult(source_id=source.pk, outcome="error", error=message)
    finally:
        if threading.current_thread() is not threading.main_thread():
            connections.close_all()


def crawl_once(
    progress=None,
    *,
    source_ids=None,
    worker_id: str | None = None,
    threads: int | None = None,
    clock: StageClock | None = None,
    stop: threading.Event | None = None,
) -> dict:
    """Read every source due now (or the given ones) and return a summary.

    `progress(result, summary)` is called after each source, e.g. to move a progress bar.
    """
    worker_id = worker_id or claims.new_worker_id()
    threads = threads or threads_setting()
    summary = {
        "sources": 0,
        "new": 0,
        "updated": 0,
        "unchanged": 0,
        "errors": 0,
        "item_errors": 0,
        "not_modified": 0,
        "failed_sources": [],
        "paused": None,
    }
    pending = list(source_ids) if source_ids is not None else None
    done: set[int] = set()  # read once per pass, whatever its new schedule says
    with ThreadPoolExecutor(max_workers=threads) if threads > 1 else _Inline() as pool:
        while not (stop and stop.is_set()):
            summary["paused"] = low_disk()
            if summary["paused"]:  # claim nothing: what is due stays due for the pass after space is freed
                break
            batch = claims.claim_due(worker_id, limit=max(BATCH, threads * 2), source_ids=pending, exclude=done)
            if not batch:
                break
            done.update(source.pk for source in batch)
            if pending is not None:
                pending = [pk for pk in pending if pk not in {s.pk for s in batch}]
            for result in pool.map(lambda source: _read_one(source, worker_id, clock, stop), batch):
                _add(summary, result)
                if progress:
                    progress(result, summary)
            if pending == []:
                break
    return summary


def _add(summary: dict, result: SourceResult) -> None:
    if result.outcome == "skipped":
        return
    summary["sources"] += 1
    summary["new"] += result.new
    summary["updated"] += result.updated
    summary["unchanged"] += result.unchanged
    summary["item_errors"] += result.item_errors
    if result.outcome == "not_modified":
        summary["not_modified"] += 1
    if result.outcome in ("error", "partial"):
        summary["errors"] += 1
        summary["failed_sources"].append({"id": result.source_id, "error": result.error})


def run_forever(stop_event: threading.Event, worker_id: str | None = None) -> None:
    """Crawl whatever falls due until stop_event is set; never dies on a source's error."""
    worker_id = worker_id or claims.new_worker_id()
    log.info("worker started", extra={"stage": "worker", "status": worker_id})
    last_trim = 0.0
    paused = None
    while not stop_event.is_set():
        try:
            if time.monotonic() - last_trim > TRIM_EVERY:
                last_trim = time.monotonic()
                trim_fetch_logs()
            summary = crawl_once(worker_id=worker_id, stop=stop_event)
            close_old_connections()  # a long-lived loop must not keep a dead or stale connection
            if bool(summary["paused"]) != bool(paused):  # said once when it starts and once when it ends
                paused = summary["paused"]
                if paused:
                    log.warning("ingest paused", extra={"stage": "worker", "error": paused})
                else:
                    log.info("ingest resumed: free disk above DISK_MIN_FREE_MB", extra={"stage": "worker"})
            if summary["sources"]:
                log.info(
                    "crawl pass done",
                    extra={
                        "stage": "worker",
                        "count": summary["sources"],
                        "status": f"new={summary['new']} errors={summary['errors']}",
                    },
                )
        except Exception:  # the database went away, say; wait and try again
            log.exception("worker: crawl pass failed", extra={"stage": "worker"})
            close_old_connections()
        stop_event.wait(IDLE_WAIT if paused else seconds_until_due())
    connections.close_all()  # this thread's own connections: a server counts them until closed
    log.info("worker stopped", extra={"stage": "worker", "status": worker_id})


def wait_stopped(thread: threading.Thread, worker_id: str, grace: float | None = None) -> bool:
    """Once the stop event is set: wait for the crawler thread, then give back every claim it still holds.

    The thread stops claiming at once and stops a read between two entries; an entry whose page is
    slow to come keeps it up to `grace` seconds (settings.INGEST_STOP_SECONDS). Whatever it still
    holds then is released here, so other workers can read those sources at once instead of after
    the lease. Returns False when the thread is still busy: the caller exits the process without
    it (an entry caught mid-store is rolled back with the connection, as after SIGKILL).
    """
    thread.join(settings.INGEST_STOP_SECONDS if grace is None else grace)
    finished = not thread.is_alive()
    try:
        released = claims.release_all(worker_id)
    except Exception:  # the database is gone: the leases will run out on their own
        log.exception("worker: cannot release claims on stopping", extra={"stage": "worker"})
        released = -1
    finally:
        connections.close_all()
    log.info(
        "worker stopping",
        extra={"stage": "worker", "status": "finished" if finished else "abandoned", "count": released},
    )
    return finished


def seconds_until_due(now=None) -> float:
    """Return how long to sleep before the next source falls due (at most IDLE_WAIT)."""
    now = now or timezone.now()
    try:
        upcoming = (
            Source.objects.filter(enabled=True, next_fetch_at__isnull=False)
            .order_by("next_fetch_at")
            .values_list("next_fetch_at", flat=True)
            .first()
        )
    except Exception:
        return IDLE_WAIT
    if upcoming is None:
        return IDLE_WAIT
    return min(IDLE_WAIT, max(0.2, (upcoming - now).total_seconds()))


class _Inline:
    """A stand-in for a thread pool that runs everything in the calling thread."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def map(self, function, items):
        return map(function, items)
