"""Lead images: fetch each new article's image through the safe fetcher and hand it to `images`.

Runs after the articles of a read are stored and visible, so an image that is slow, missing or
hostile never delays or drops its article: the article shows without a thumbnail until (or
unless) its renditions exist. Failures are counted per source (health dashboard) and retried
with backoff a bounded number of times by the periodic job `run_due`.
"""

import html
import logging
import re
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.storage import default_storage
from django.utils import timezone

from images import renditions
from images.decode import ImageRejected
from images.jobs import attach, failed, pending_for, store_picture
from images.models import LeadImage
from ingest import metrics
from ingest.errors import BlockedAddressError, FetchError, RobotsDisallowed
from ingest.fetch import fetch, shared_client
from lib.site import site_url
from news.models import Article
from news.signals import changed

log = logging.getLogger(__name__)

DUE_BATCH = 100  # images tried per periodic run; a run stays a few seconds long
# Articles stored before images were fetched (an upgrade) get theirs if they are this recent.
BACKFILL_DAYS = 2


def fetch_lead_images(article_ids, *, client=None, user_agent=None, clock=None) -> dict:
    """Fetch and attach the lead images of the given (just stored) articles; return counts."""
    counts = {"done": 0, "failed": 0}
    articles = (
        Article.objects.filter(pk__in=list(article_ids)).exclude(image_url="").only("id", "source_id", "image_url")
    )
    for article in articles:
        lead = pending_for(article, article.image_url)
        if lead.state != LeadImage.PENDING:
            continue
        outcome = try_lead(lead, client=client, user_agent=user_agent, clock=clock)
        counts[outcome] += 1
    return counts


def try_lead(lead: LeadImage, *, client=None, user_agent=None, clock=None) -> str:
    """Fetch one lead image and attach it; return "done" or "failed" (recorded on the row)."""
    try:
        fetched = _timed(
            clock,
            "images_fetch",
            lambda: fetch(
                lead.origin,
                kind="image",
                client=client or shared_client(),
                user_agent=user_agent,
                max_bytes=settings.IMAGES_MAX_BYTES,
                timeout=settings.IMAGES_TIMEOUT,
            ),
        )
        _timed(clock, "images", lambda: attach(lead, fetched.body))
    except ImageRejected as error:  # the bytes themselves are bad: another try brings the same bytes
        failed(lead, error.reason, retry=False)
        metrics.ERRORS.labels("images").inc()
        return "failed"
    except (RobotsDisallowed, BlockedAddressError) as error:  # a rule, not an accident: no retry
        failed(lead, str(error), retry=False)
        metrics.ERRORS.labels("images").inc()
        return "failed"
    except FetchError as error:  # 404 (a CDN not yet in sync), 5xx, timeout: maybe better later
        failed(lead, str(error), retry="-byte limit" not in str(error))  # a file too big stays too big
        metrics.ERRORS.labels("images").inc()
        return "failed"
    except Exception as error:  # a bug must not take the crawl down; the row says what happened
        log.exception("lead image crashed", extra={"source_id": lead.source_id, "url": lead.origin, "stage": "images"})
        failed(lead, f"{type(error).__name__}: {error}", retry=False)
        return "failed"
    return "done"


def _timed(clock, stage: str, function):
    if clock is None:
        return function()
    with clock.stage(stage):
        return function()


def run_due(now=None, limit: int = DUE_BATCH) -> dict:
    """Periodic job: retry images whose backoff ran out, and pick up recent articles without a row."""
    now = now or timezone.now()
    counts = {"done": 0, "failed": 0, "queued": 0}
    fresh = (
        Article.objects.filter(
            lead_image__isnull=True, is_own=False, published_at__gte=now - timedelta(days=BACKFILL_DAYS)
        )
        .exclude(image_url="")
        .only("id", "source_id", "image_url")[:limit]
    )
    for article in fresh:
        pending_for(article, article.image_url)
        counts["queued"] += 1
    due = (
        LeadImage.objects.filter(state=LeadImage.PENDING)
        .exclude(origin__startswith="upload:")
        .exclude(next_attempt_at__gt=now)
        .order_by("next_attempt_at")[:limit]
    )
    for lead in due:
        counts[try_lead(lead)] += 1
    counts.update(localize_body_images())
    return counts


# An <img> of sanitized body HTML (nh3 writes attributes double-quoted) and its src.
_BODY_IMG = re.compile(r"<img\b[^>]*>")
_SRC = re.compile(r'\bsrc="([^"]*)"')
BODY_WIDTH = 960  # the text column is 42rem (672 css px): the 960 rendition keeps it sharp on 2x screens


def localize_body_images(limit: int = 20) -> dict:
    """Copy the pictures editors put in own articles' text by address into Gazeta's storage.

    Each such <img> then points at its rendition (so no reader's browser asks the other host);
    one that cannot be fetched or is refused is dropped from the text, with the reason logged.
    Until this runs, the portal leaves such images out of the page.
    """
    counts = {"stored": 0, "dropped": 0}
    own_host = urlsplit(site_url()).netloc
    candidates = Article.objects.filter(is_own=True, body_html__contains='src="http').only("id", "body_html")
    for article in candidates.order_by("-id")[:limit]:
        body = article.body_html
        new_body = _BODY_IMG.sub(lambda match: _localized(match.group(0), own_host, counts), body)
        if new_body != body:
            # Only if the editor did not save meanwhile: their next save is looked at next time.
            Article.objects.filter(pk=article.pk, body_html=body).update(body_html=new_body)
            changed(sender=Article)
    return counts


def _localized(tag: str, own_host: str, counts: dict) -> str:
    """Return the <img> tag pointing at Gazeta's rendition of its picture, or '' when it cannot be had."""
    src = _SRC.search(tag)
    url = html.unescape(src.group(1)) if src else ""
    if not url.startswith(("http://", "https://")) or urlsplit(url).netloc == own_host:
        return tag
    try:
        fetched = fetch(url, kind="image", max_bytes=settings.IMAGES_MAX_BYTES, timeout=settings.IMAGES_TIMEOUT)
        key, widths, width, height, _color, _size = store_picture(fetched.body)
    except (FetchError, ImageRejected) as error:
        log.info("body image dropped", extra={"url": url, "stage": "images", "error": str(error)})
        counts["dropped"] += 1
        return ""
    counts["stored"] += 1
    chosen = max((w for w in renditions.parse_widths(widths) if w <= BODY_WIDTH), default=width)
    tag = _SRC.sub(f'src="{default_storage.url(renditions.name_of(key, chosen))}"', tag, count=1)
    tag = re.sub(r'\s(width|height)="[^"]*"', "", tag)
    return tag.replace("<img", f'<img width="{chosen}" height="{round(height * chosen / width)}"', 1)
