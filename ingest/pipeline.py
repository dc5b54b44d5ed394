"""Pipeline: read one source end to end, in the one order that keeps every stage simple.

    fetch → parse → extract → sanitize → normalize → enrich → dedupe/cluster → store

1. fetch the feed (conditional GET: a 304 ends the read as a success with nothing new);
   when the feed fails and the source has a news sitemap, read that instead.
2. parse it into entries with absolute links and UTC dates.
3. extract: an entry whose feed carries only a summary gets its page fetched and extracted;
   extraction failing falls back to the feed's content, and the path taken is recorded.
4. sanitize *after* extraction and before anything reads the HTML as trusted: extraction needs
   the page as it is, while everything from here on (and the database) must only ever see
   allowlisted markup. The plain text is derived from the sanitized HTML.
5. normalize after sanitizing, so diacritics, spacing, canonical URL, snippet and reading time
   are computed once, on what will be stored.
6. enrich (county, category) on normalized text: the gazetteer matches comma-below diacritics,
   and the source's county and default category are the fallback.
7. dedupe/cluster and store in one transaction per item: the upsert matches by (source, guid)
   then canonical URL, and clustering runs inside that transaction so an article is never
   stored without its story.
8. lead images of the new articles, once these are stored and visible (see `lead_images`).

The understanding stages (geotag, categorize: `understand`; cluster: `stories`) are plain
imports. When one of them fails on an entry, the article keeps its source's county and default
category, or is stored without a story; it is never lost.

An entry that fails is logged against its source and counted; the other entries go on. A source
that fails is backed off (see `schedule`) with its error kept on the Source, never disabled. A
broken feed whose entries the parser could recover is both: its entries are stored, and the
source shows the error and backs off ("partial"), so an operator sees it.
"""

import gc
import logging
import threading
import time
from datetime import datetime

from django.utils import timezone

from ingest import metrics, schedule
from ingest.entry_stages import process_entry
from ingest.errors import FetchError, IngestError
from ingest.fetch import shared_client
from ingest.hooks import announce_poll
from ingest.items import ParsedFeed
from ingest.lead_images import fetch_lead_images
from ingest.parse import parse_feed
from ingest.read_end import abandoned, failed, log_entry, status_of
from ingest.read_state import Context, SourceResult, StageClock, timed_fetch
from ingest.sitemap_fallback import parse_sitemap
from ingest.store import record_fetch
from news.models import Source
from news.signals import one_change
from understand.gazetteer_index import index

log = logging.getLogger(__name__)

_warmed = False


def warm_up() -> None:
    """Build the stages' process-wide tables once, then exempt everything alive from the cyclic GC.

    The gazetteer index and Django's own tables are ~160,000 long-lived objects: left to the
    collector, every full collection walks them again (68 ms each, measured) while extraction
    allocates quickly; frozen, a full collection takes microseconds.
    """
    global _warmed
    if _warmed:
        return
    _warmed = True
    index()
    gc.collect()
    gc.freeze()


def process_source(
    source: Source,
    *,
    worker_id: str = "",
    clock: StageClock | None = None,
    now: datetime | None = None,
    stop: threading.Event | None = None,
) -> SourceResult:
    """Read one source, store its new and edited articles, and write its polling state.

    When `stop` is set between two entries the read is abandoned (see `read_end.abandoned`).
    """
    # Cached pages go stale once per read, after its last article committed, not once per article.
    clock = clock or StageClock()
    with one_change():
        result = _read_source(source, worker_id=worker_id, clock=clock, now=now, stop=stop)
    # After the articles are visible, so an image never delays one; a stopping worker leaves them
    # to the lead-images job.
    if result.lead_images and not (stop and stop.is_set()):
        with one_change():
            fetch_lead_images(result.lead_images, user_agent=source.user_agent or None, clock=clock)
    return result


def _read_source(
    source: Source,
    *,
    worker_id: str,
    clock: StageClock | None,
    now: datetime | None,
    stop: threading.Event | None = None,
) -> SourceResult:
    warm_up()
    started = time.monotonic()
    now = now or timezone.now()
    result = SourceResult(source_id=source.pk)
    ctx = Context(
        source=source, now=now, client=shared_client(), clock=clock, user_agent=source.user_agent or None, stop=stop
    )
    try:
        feed, fetched, result.outcome = read_feed(ctx)
    except Exception as error:  # any failure of one source is recorded, never raised
        return failed(source, result, error, worker_id, now, started)
    result.http_status = fetched.status
    published, new_published = [], []
    if feed is not None:
        result.entries = len(feed.entries)
        metrics.ITEMS_PARSED.inc(len(feed.entries))
        for entry in feed.entries:
            if stop is not None and stop.is_set():
                return abandoned(source, result, worker_id, started)
            published.append(entry.published)
            outcome = process_entry(entry, ctx, result)
            if outcome:
                setattr(result, outcome, getattr(result, outcome) + 1)
                metrics.ARTICLES_STORED.labels(outcome).inc()
            if outcome == "new":
                new_published.append(entry.published)
    if feed is not None and feed.warning:
        # A broken feed whose entries were recovered: they are stored, and the source still
        # shows the error and backs off like a failing one, so an operator sees it.
        result.outcome = "partial"
        return failed(
            source, result, IngestError(feed.warning.removeprefix("parse: ")), worker_id, now, started, stage="parse"
        )
    result.elapsed = time.monotonic() - started
    fields = schedule.after_success(
        source,
        now,
        new_items=result.new,
        published=published,
        status=status_of(result),
        etag=fetched.etag if result.outcome != "fallback" else source.etag,
        last_modified=fetched.last_modified if result.outcome != "fallback" else source.last_modified,
    )
    record_fetch(source, worker_id, fields, log_entry(result, now))
    if result.outcome in ("ok", "not_modified"):
        announce_poll(source, fetched, new_published, now)
    metrics.FETCHES.labels(result.outcome).inc()
    log.info(
        "source read",
        extra={
            "source_id": source.pk,
            "url": source.feed_url,
            "stage": "pipeline",
            "status": result.outcome,
            "count": result.new,
            "elapsed_ms": int(result.elapsed * 1000),
        },
    )
    return result


def read_feed(ctx: Context):
    """Fetch and parse the feed, or the news sitemap when the feed fails; return (feed, fetched, outcome)."""
    source = ctx.source
    try:
        if not source.feed_url:
            raise FetchError("source has no feed address")
        fetched = timed_fetch(ctx, source.feed_url, kind="feed", etag=source.etag, last_modified=source.last_modified)
        if fetched.not_modified:
            return None, fetched, "not_modified"
        with ctx.clock.stage("parse"):
            return (
                parse_feed(fetched.body, url=fetched.final_url, now=ctx.now, content_type=fetched.content_type),
                fetched,
                "ok",
            )
    except Exception as error:
        if not source.sitemap_url:
            raise
        log.warning(
            "feed failed, reading the news sitemap",
            extra={"source_id": source.pk, "url": source.feed_url, "stage": "pipeline", "error": str(error)},
        )
        try:
            return (*read_sitemap(ctx), "fallback")
        except Exception as fallback_error:
            raise IngestError(f"{error}; sitemap fallback: {fallback_error}") from fallback_error


def read_sitemap(ctx: Context) -> tuple[ParsedFeed, object]:
    """Fetch the source's news sitemap (one level of sitemap index followed)."""
    fetched = timed_fetch(ctx, ctx.source.sitemap_url, kind="feed")
    with ctx.clock.stage("parse"):
        feed = parse_sitemap(fetched.body, url=fetched.final_url, now=ctx.now)
    if feed.format == "sitemapindex" and feed.entries:
        fetched = timed_fetch(ctx, feed.entries[0].url, kind="feed")
        with ctx.clock.stage("parse"):
            feed = parse_sitemap(fetched.body, url=fetched.final_url, now=ctx.now)
    return feed, fetched
