"""What one read of a source carries through the stages: its context, its result, the stage clock.

Shared by the source-level steps (`pipeline`) and the per-entry ones (`entry_stages`), with the
timed fetch both go through.
"""

import threading
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from ingest import metrics
from ingest.fetch import fetch
from ingest.store import SlugIds
from news.models import Source


@dataclass
class StageClock:
    """Seconds spent per stage (wall, and CPU of the calling thread), summed over what one clock saw."""

    seconds: dict = field(default_factory=lambda: defaultdict(float))
    cpu: dict = field(default_factory=lambda: defaultdict(float))

    @contextmanager
    def stage(self, name: str):
        started, cpu_started = time.perf_counter(), time.thread_time()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - started
            self.cpu[name] += time.thread_time() - cpu_started


@dataclass
class SourceResult:
    """How one read of a source went."""

    source_id: int
    outcome: str = "ok"  # ok, not_modified, fallback, partial (broken feed, entries recovered), error,
    # stopped (abandoned mid-read because the process is stopping; the claim is given back)
    http_status: int | None = None
    entries: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    item_errors: int = 0
    error: str = ""
    elapsed: float = 0.0
    lead_images: list = field(default_factory=list)  # ids of stored articles whose image is to fetch


@dataclass
class Context:
    """What every entry of one read shares: the source, one HTTP client, the clock."""

    source: Source
    now: datetime
    client: object
    clock: StageClock
    user_agent: str | None
    slugs: SlugIds = field(default_factory=SlugIds)
    stop: threading.Event | None = None  # set when the process is asked to stop (SIGTERM)


def timed_fetch(ctx: Context, url: str, *, kind: str, etag: str = "", last_modified: str = ""):
    """Fetch url with the read's client and User-Agent, timed as the fetch stage and in the metrics."""
    started = time.perf_counter()
    try:
        with ctx.clock.stage("fetch"):
            return fetch(
                url, etag=etag, last_modified=last_modified, user_agent=ctx.user_agent, client=ctx.client, kind=kind
            )
    finally:
        metrics.FETCH_SECONDS.labels(kind).observe(time.perf_counter() - started)
