"""One feed entry through the stages (steps 3-7 of `pipeline`): extract, sanitize, normalize, enrich, store.

An entry the database already holds unchanged is skipped before any of them; a failing entry is
counted and logged against its source, and the read goes on with the next one.
"""

import dataclasses
import logging
from urllib.parse import urlsplit

from django.db import transaction

from ingest import metrics
from ingest.errors import IngestError
from ingest.extract import extract_article, feed_is_complete, from_feed
from ingest.items import Extracted, FeedEntry, Item
from ingest.normalize import normalize_item
from ingest.read_state import Context, SourceResult, StageClock, timed_fetch
from ingest.store import NEW, UNCHANGED, SlugIds, Stored, has_web_link, store_item, stored_state
from lib.sanitize import html_to_text, sanitize_html
from news.models import Source
from stories.cluster import cluster_saved
from understand.categorize import categorize
from understand.geotag import geotag
from understand.language import detect as detect_language
from understand.result import GeoResult

log = logging.getLogger("ingest.pipeline")  # the read's one logger: read_end logs under it too


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
        log.warning(
            "entry failed",
            exc_info=not isinstance(error, IngestError),
            extra={"source_id": ctx.source.pk, "url": entry.url, "stage": stage, "error": message},
        )
        return None


def store_and_cluster(item: Item, source: Source | None, *, slugs: SlugIds, clock: StageClock | None = None) -> Stored:
    """Store the item and fold its article into a story, in one transaction (step 7)."""
    clock = clock or StageClock()
    with clock.stage("store"), transaction.atomic():
        stored = store_item(item, source, slugs=slugs)
        if stored.outcome != UNCHANGED:
            with clock.stage("cluster"):
                cluster_saved(
                    stored.article,
                    new=stored.outcome == NEW,
                    counties=slugs.counties(),
                    about=tuple(slug for slug in item.geo.counties if slug),
                )
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
    return (changed_at is None or changed_at <= fetched_at) and (not entry.title or entry.title.strip()[:500] == title)


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
        source_id=ctx.source.pk,
        guid=entry.guid or entry.url,
        url=page_url,
        title=entry.title or extracted.title,
        lead=lead,
        body_html=body_html,
        text=text,
        image_url=entry.image_url or extracted.image_url,
        image_caption=entry.image_caption or extracted.image_caption,
        image_alt=extracted.image_alt,
        author_name=entry.author or extracted.author,
        published_at=entry.published or extracted.published or ctx.now,
        updated_at=entry.updated or extracted.modified,
        fetched_at=ctx.now,
        source_categories=tuple(entry.categories) or extracted.categories,
        extraction=extracted.path,
    )
    if not item.title:
        raise IngestError("entry has no title", url=entry.url)
    if not has_web_link(page_url):
        raise IngestError(
            "entry has no http(s) link of its own (refused: it could not be told apart "
            "from other such entries nor credited to a page)",
            url=entry.url,
        )
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
        fetched = timed_fetch(ctx, entry.url, kind="page")
    except Exception as error:  # the page is optional: the feed's own content still makes an article
        log.info(
            "page fetch failed, using the feed",
            extra={"source_id": ctx.source.pk, "url": entry.url, "stage": "fetch", "error": str(error)},
        )
        return from_feed(entry, path="fallback", reason=str(error))
    with ctx.clock.stage("extract"):
        try:
            return extract_article(fetched.text or fetched.body, url=fetched.final_url, entry=entry)
        except Exception as error:  # a page that breaks the extractor still has its feed content
            log.info(
                "page extraction failed, using the feed",
                extra={"source_id": ctx.source.pk, "url": entry.url, "stage": "extract", "error": str(error)},
            )
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
        log.exception(
            "geotag failed, using the source's county",
            extra={"source_id": source.pk, "url": item.url, "stage": "geotag"},
        )
        metrics.ERRORS.labels("geotag").inc()
    category = source.default_category.slug if source.default_category_id else None
    try:
        category = categorize(
            item.title, item.text, url=item.url, source_categories=item.source_categories, default=category
        )
    except Exception:
        log.exception(
            "categorize failed, using the source's category",
            extra={"source_id": source.pk, "url": item.url, "stage": "categorize"},
        )
        metrics.ERRORS.labels("categorize").inc()
    language = source.language or "ro"
    try:
        language = detect_language(item.title, item.text, declared=language)
    except Exception:
        log.exception(
            "language detection failed, using the source's language",
            extra={"source_id": source.pk, "url": item.url, "stage": "language"},
        )
        metrics.ERRORS.labels("language").inc()
    return dataclasses.replace(item, geo=geo, category=category, language=language)
