"""Lead images: fetch each new article's image through the safe fetcher and hand it to `images`.

Runs after the articles of a read are stored and visible, so an image that is slow, missing or
hostile never delays or drops its article: the article shows without a thumbnail until (or
unless) its renditions exist. Failures are counted per source (health dashboard) and retried
with backoff a bounded number of times by the periodic job `run_due`.
"""
import logging
from datetime import timedelta

from django.conf import settings
from django.db import close_old_connections
from django.utils import timezone

from images.decode import ImageRejected
from images.jobs import attach, failed, pending_for
from images.models import LeadImage
from ingest import metrics
from ingest.errors import BlockedAddressError, FetchError, RobotsDisallowed
from ingest.fetch import fetch, shared_client
from news.models import Article

log = logging.getLogger(__name__)

DUE_BATCH = 100  # images tried per periodic run; a run stays a few seconds long
# Articles stored before images were fetched (an upgrade) get theirs if they are this recent.
BACKFILL_DAYS = 2


def fetch_lead_images(article_ids, *, client=None, user_agent=None, clock=None) -> dict:
    """Fetch and attach the lead images of the given (just stored) articles; return counts."""
    counts = {"done": 0, "failed": 0}
    articles = Article.objects.filter(pk__in=list(article_ids)).exclude(image_url="").only(
        "id", "source_id", "image_url")
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
        fetched = _timed(clock, "images_fetch", lambda: fetch(
            lead.origin, kind="image", client=client or shared_client(), user_agent=user_agent,
            max_bytes=settings.IMAGES_MAX_BYTES, timeout=settings.IMAGES_TIMEOUT))
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
        log.exception("lead image crashed", extra={"source_id": lead.source_id, "url": lead.origin,
                                                   "stage": "images"})
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
    fresh = (Article.objects.filter(lead_image__isnull=True, is_own=False, published_at__gte=now - timedelta(
        days=BACKFILL_DAYS)).exclude(image_url="").only("id", "source_id", "image_url")[:limit])
    for article in fresh:
        pending_for(article, article.image_url)
        counts["queued"] += 1
    due = (LeadImage.objects.filter(state=LeadImage.PENDING)
           .exclude(origin__startswith="upload:")
           .exclude(next_attempt_at__gt=now).order_by("next_attempt_at")[:limit])
    for lead in due:
        counts[try_lead(lead)] += 1
        close_old_connections()
    return counts
