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
import dataclasses
import gc
import logging
import threading
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from django.db import transaction
from django.utils import timezone

from ingest import metrics, schedule
from ingest.errors import FetchError, IngestError
from ingest.extract import extract_article, feed_is_complete, from_feed
from ingest.fetch import fetch, shared_client
from ingest.items import Extracted, FeedEntry, Item, ParsedFeed
from ingest.lead_images import fetch_lead_images
from ingest.normalize import normalize_item
from ingest.parse import parse_feed
from ingest.read_end import abandoned, failed, log_entry, status_of
from ingest.sitemap_fallback import parse_sitemap
from ingest.store import NEW, UNCHANGED, SlugIds, Stored, has_web_link, record_fetch, store_item, stored_state
from lib.sanitize import html_to_text, sanitize_html
from news.models import Source
from news.signals import one_change
from stories.cluster import cluster_saved
from understand.categorize import categorize
from understand.gazetteer_index import index
from understand.geotag import geotag
from understand.language import detect as detect_language
from understand.result import GeoResult

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


def process_source(source: Source, *, worker_id: str = "", clock: StageClock | None = None,
                   now: datetime | None = None, stop: threading.Event | None = None) -> SourceResult:
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


def _read_source(source: Source, *, worker_id: str, clock: StageClock | None, now: datetime | None,
                 stop: threading.Event | None = None) -> SourceResult:
    warm_up()
    started = time.monotonic()
    now = now or timezone.now()
    result = SourceResult(source_id=source.pk)
    ctx = Context(source=source, now=now, client=shared_client(), clock=clock,
                  user_agent=source.user_agent or None, stop=stop)
    try:
        feed, fetched, result.outcome = read_feed(ctx)
    except Exception as error:  # any failure of one source is recorded, never raised
        return failed(source, result, error, worker_id, now, started)
    result.http_status = fetched.status
    published = []
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
    if feed is not None and feed.warning:
        # A broken feed whose entries were recovered: they are stored, and the source still
        # shows the error and backs off like a failing one, so an operator sees it.
        result.outcome = "partial"
        return failed(source, result, IngestError(feed.warning.removeprefix("parse: ")), worker_id, now, started,
                       stage="parse")
    result.elapsed = time.monotonic() - started
    fields = schedule.after_success(
        source, now, new_items=result.new, published=published, status=status_of(result),
        etag=fetched.etag if result.outcome != "fallback" else source.etag,
        last_modified=fetched.last_modified if result.outcome != "fallback" else source.last_modified,
    )
    record_fetch(source, worker_id, fields, log_entry(result, now))
    metrics.FETCHES.labels(result.outcome).inc()
    log.info("source read", extra={"source_id": source.pk, "url": source.feed_url, "stage": "pipeline",
                                   "status": result.outcome, "count": result.new,
                                   "elapsed_ms": int(result.elapsed * 1000)})
    return result


def read_feed(ctx: Context):
    """Fetch and parse the feed, or the news sitemap when the feed fails; return (feed, fetched, outcome)."""
    source = ctx.source
    try:
        if not source.feed_url:
            raise FetchError("source has no feed address")
        fetched = _fetch(ctx, source.feed_url, kind="feed", etag=source.etag, last_modified=source.last_modified)
        if fetched.not_modified:
            return None, fetched, "not_modified"
        with ctx.clock.stage("parse"):
            return parse_feed(fetched.body, url=fetched.final_url, now=ctx.now,
                              content_type=fetched.content_type), fetched, "ok"
    except Exception as error:
        if not source.sitemap_url:
            raise
        log.warning("feed failed, reading the news sitemap", extra={
            "source_id": source.pk, "url": source.feed_url, "stage": "pipeline", "error": str(error)})
        try:
            return (*read_sitemap(ctx), "fallback")
        except Exception as fallback_error:
            raise IngestError(f"{error}; sitemap fallback: {fallback_error}") from fallback_error


def read_sitemap(ctx: Context) -> tuple[ParsedFeed, object]:
    """Fetch the source's news sitemap (one level of sitemap index followed)."""
    fetched = _fetch(ctx, ctx.source.sitemap_url, kind="feed")
    with ctx.clock.stage("parse"):
        feed = parse_sitemap(fetched.body, url=fetched.final_url, now=ctx.now)
    if feed.format == "sitemapindex" and feed.entries:
        fetched = _fetch(ctx, feed.entries[0].url, kind="feed")
        with ctx.clock.stage("parse"):
            feed = parse_sitemap(fetched.body, url=fetched.final_url, now=ctx.now)
    return feed, fetched


def _fetch(ctx: Context, url: str, *, kind: str, etag: str = "", last_modified: str = ""):
    started = time.perf_counter()
    try:
        with ctx.clock.stage("fetch"):
            return fetch(url, etag=etag, last_modified=last_modified, user_agent=ctx.user_agent,
                         client=ctx.client, kind=kind)
    finally:
        metrics.FETCH_SECONDS.labels(kind).observe(time.perf_counter() - started)


def process_entry(entry: FeedEntry, ctx: Context, result: SourceResult) -> str | None:
    """Run one entry through the stages and store it; return new/updated/unchanged, or None on error."""
    try:
        if is_known(entry, ctx.source):
            return UNCHANGED
        item = prepare_item(entry, ctx)
        stored = store_and_cluster(item, ctx.source, slugs=ctx.slugs, clock=ctx.clock)
        if item.image_url and stored.outcome != UNCHANGED:
            result.lead_images.append(stored.article_id)
        return stored.outcome
    except Exception as error:  # one bad entry must not stop the others
        result.item_errors += 1
        stage = getattr(error, "stage", "pipeline")
        metrics.ERRORS.labels(stage).inc()
        message = str(error) if isinstance(error, IngestError) else f"{stage}: {type(error).__name__}: {error}"
        result.error = result.error or message
        log.warning("entry failed", exc_info=not isinstance(error, IngestError), extra={
            "source_id": ctx.source.pk, "url": entry.url, "stage": stage, "error": message})
        return None


def store_and_cluster(item: Item, source: Source | None, *, slugs: SlugIds, clock: StageClock | None = None) -> Stored:
    """Store the item and fold its article into a story, in one transaction (step 7)."""
    clock = clock or StageClock()
    with clock.stage("store"), transaction.atomic():
        stored = store_item(item, source, slugs=slugs)
        if stored.outcome != UNCHANGED:
            with clock.stage("cluster"):
                cluster_saved(stored.article, new=stored.outcome == NEW, counties=slugs.counties(),
                              about=tuple(slug for slug in item.geo.counties if slug))
    return stored


def is_known(entry: FeedEntry, source: Source) -> bool:
    """Tell whether the entry is stored already and its feed says nothing changed since.

    Saves re-fetching every page of a feed on every read. A feed carrying full text is always
    run through again (no network needed), so its edits are seen even without an update date.
    """
    if not entry.guid or feed_is_complete(entry):
        return False
    stored = stored_state(source, entry.guid)
    if stored is None or stored[1] is None:
        return False
    title, fetched_at = stored
    changed_at = entry.updated or entry.published
    return (changed_at is None or changed_at <= fetched_at) and (
        not entry.title or entry.title.strip()[:500] == title)


def prepare_item(entry: FeedEntry, ctx: Context) -> Item:
    """Return the entry as a stored-ready Item: extracted, sanitized, normalized, enriched."""
    extracted = extract_entry(entry, ctx)
    metrics.EXTRACTIONS.labels(extracted.path).inc()
    page_url = article_url(entry, extracted)
    with ctx.clock.stage("sanitize"):
        body_html = sanitize_html(extracted.html, base_url=page_url)
        lead_html = sanitize_html(entry.summary_html, base_url=page_url) if entry.summary_html else ""
        text = html_to_text(body_html) or extracted.text
        lead = html_to_text(lead_html)
    item = Item(
        source_id=ctx.source.pk, guid=entry.guid or entry.url, url=page_url,
        title=entry.title or extracted.title, lead=lead, body_html=body_html, text=text,
        image_url=entry.image_url or extracted.image_url,
        image_caption=entry.image_caption or extracted.image_caption, image_alt=extracted.image_alt,
        author_name=entry.author or extracted.author,
        published_at=entry.published or extracted.published or ctx.now, updated_at=entry.updated,
        fetched_at=ctx.now, source_categories=tuple(entry.categories) or extracted.categories,
        extraction=extracted.path,
    )
    if not item.title:
        raise IngestError("entry has no title", url=entry.url)
    if not has_web_link(page_url):
        raise IngestError("entry has no http(s) link of its own (refused: it could not be told apart "
                          "from other such entries nor credited to a page)", url=entry.url)
    with ctx.clock.stage("normalize"):
        item = normalize_item(item)
    with ctx.clock.stage("enrich"):
        return enrich(item, ctx.source)


def extract_entry(entry: FeedEntry, ctx: Context) -> Extracted:
    """Return the article body: the feed's full text, the page's, or the feed's own content as a fallback."""
    if feed_is_complete(entry):
        return from_feed(entry)
    if not entry.url:
        return from_feed(entry, path="fallback", reason="entry has no link")
    try:
        fetched = _fetch(ctx, entry.url, kind="page")
    except Exception as error:  # the page is optional: the feed's own content still makes an article
        log.info("page fetch failed, using the feed", extra={
            "source_id": ctx.source.pk, "url": entry.url, "stage": "fetch", "error": str(error)})
        return from_feed(entry, path="fallback", reason=str(error))
    with ctx.clock.stage("extract"):
        try:
            return extract_article(fetched.text or fetched.body, url=fetched.final_url, entry=entry)
        except Exception as error:  # a page that breaks the extractor still has its feed content
            log.info("page extraction failed, using the feed", extra={
                "source_id": ctx.source.pk, "url": entry.url, "stage": "extract", "error": str(error)})
            return from_feed(entry, path="fallback", reason=str(error))


def article_url(entry: FeedEntry, extracted: Extracted) -> str:
    """Return the page's canonical address when it stays on the entry's site, else the entry's link."""
    canonical = extracted.canonical_url
    if canonical and entry.url and urlsplit(canonical).hostname == urlsplit(entry.url).hostname:
        return canonical
    return entry.url or canonical


def enrich(item: Item, source: Source) -> Item:
    """Return item with its counties and category; the source's are the fallback.

    A failure in these stages costs the article its finer placement, never the article.
    """
    source_county = source.county.slug if source.county_id else None
    geo = GeoResult(county=source_county, counties=(source_county,) if source_county else ())
    try:
        geo = geotag(item.title, item.text, source_county, url=item.url, source_name=source.name)
    except Exception:
        log.exception("geotag failed, using the source's county", extra={
            "source_id": source.pk, "url": item.url, "stage": "geotag"})
        metrics.ERRORS.labels("geotag").inc()
    category = source.default_category.slug if source.default_category_id else None
    try:
        category = categorize(item.title, item.text, url=item.url, source_categories=item.source_categories,
                              default=category)
    except Exception:
        log.exception("categorize failed, using the source's category", extra={
            "source_id": source.pk, "url": item.url, "stage": "categorize"})
        metrics.ERRORS.labels("categorize").inc()
    language = source.language or "ro"
    try:
        language = detect_language(item.title, item.text, declared=language)
    except Exception:
        log.exception("language detection failed, using the source's language", extra={
            "source_id": source.pk, "url": item.url, "stage": "language"})
        metrics.ERRORS.labels("language").inc()
    return dataclasses.replace(item, geo=geo, category=category, language=language)
