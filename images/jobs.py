"""Attach renditions to articles, record failures with bounded retries, process uploads, expire old files.

Everything here runs in the crawler and the periodic jobs (`gazeta worker --periodic`, or the
scheduler thread of `gazeta up`); no page view ever writes an image.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.db.models import Count
from django.utils import timezone

from news.models import Article
from news.signals import changed

from . import renditions
from .decode import ImageRejected, decode
from .models import LeadImage

log = logging.getLogger(__name__)

RETRY_BASE = timedelta(minutes=10)  # then 20, 40 min…: a host that was down for a while gets another chance
UPLOAD_BATCH = 50
CLEANUP_BATCH = 500


def pending_for(article: Article, origin: str) -> LeadImage:
    """Return the article's LeadImage row for origin, (re)set to pending when the origin changed."""
    lead, created = LeadImage.objects.get_or_create(
        article=article, defaults={"origin": origin[:1000], "source_id": article.source_id}
    )
    if not created and lead.origin != origin[:1000]:
        lead.origin, lead.state, lead.attempts, lead.error, lead.next_attempt_at = (
            origin[:1000],
            LeadImage.PENDING,
            0,
            "",
            None,
        )
        lead.save()
    return lead


def attach(lead: LeadImage, data: bytes) -> LeadImage:
    """Decode data, store its renditions and show them on the article; raise ImageRejected (nothing stored)."""
    key = renditions.key_for(data)
    # Values, not a model, and no ordering: this runs for every image the crawler fetches.
    twin = (
        LeadImage.objects.filter(key=key, state=LeadImage.DONE)
        .exclude(pk=lead.pk)
        .order_by()
        .values_list("widths", "width", "height", "color", "bytes")[:1]
    )
    twin = twin[0] if twin else None
    if twin is not None and all(
        default_storage.exists(renditions.name_of(key, w)) for w in renditions.parse_widths(twin[0])
    ):
        # A syndicated copy with the very same file: its renditions serve this article too.
        widths, width, height, color, size = twin
    else:
        _key, widths, width, height, color, size = store_picture(data)
    with transaction.atomic():
        lead.state, lead.key, lead.widths, lead.error, lead.next_attempt_at = LeadImage.DONE, key, widths, "", None
        lead.width, lead.height, lead.color, lead.bytes = width, height, color, size
        lead.attempts += 1
        lead.save(
            update_fields=[
                "state",
                "key",
                "widths",
                "error",
                "next_attempt_at",
                "width",
                "height",
                "color",
                "bytes",
                "attempts",
            ]
        )
        # An UPDATE of the five columns, not get() + save(): a save loads the whole row and runs
        # the pre_save receivers, which sanitize the body again (a third of this step's CPU beside
        # the picture work, in `gazeta bench ingest`). The search triggers do not look at these columns.
        Article.objects.filter(pk=lead.article_id).update(
            image_key=key, image_widths=widths, image_color=color, image_width=width, image_height=height
        )
    changed(sender=Article)  # no post_save for an UPDATE: pages showing the article go stale here
    return lead


def store_picture(data: bytes) -> tuple[str, str, int, int, str, int]:
    """Decode data and store its renditions; return (key, widths, width, height, colour, bytes).

    Raises ImageRejected before anything is stored.
    """
    key = renditions.key_for(data)
    decoded = decode(data, largest=renditions.WIDTHS[-1])
    made, color = renditions.render(decoded.image)
    size = renditions.save(key, made)
    return key, ",".join(str(r.width) for r in made), decoded.width, decoded.height, color, size


def failed(lead: LeadImage, reason: str, *, retry: bool, now=None) -> LeadImage:
    """Record a failure: retried later with backoff up to IMAGES_MAX_ATTEMPTS, or given up at once."""
    now = now or timezone.now()
    lead.attempts += 1
    lead.error, lead.failed_at = reason[:300], now
    if retry and lead.attempts < settings.IMAGES_MAX_ATTEMPTS:
        lead.state, lead.next_attempt_at = LeadImage.PENDING, now + RETRY_BASE * 2 ** (lead.attempts - 1)
    else:
        lead.state, lead.next_attempt_at = LeadImage.FAILED, None
    lead.save()
    log.info(
        "lead image failed",
        extra={
            "source_id": lead.source_id,
            "url": lead.origin,
            "stage": "images",
            "error": reason,
            "count": lead.attempts,
        },
    )
    return lead


def process_uploads(limit: int = UPLOAD_BATCH) -> dict:
    """Make renditions of newsroom uploads that have none yet (periodic job); caption, credit, alt stay."""
    done = rejected = 0
    pending = (
        Article.objects.exclude(image="")
        .filter(is_own=True)
        .select_related("lead_image")
        .order_by("-modified_at")[: limit * 4]
    )
    for article in pending:
        origin = f"upload:{article.image.name}"
        lead = getattr(article, "lead_image", None)
        if lead is not None and lead.origin == origin and lead.state != LeadImage.PENDING:
            continue
        lead = pending_for(article, origin)
        try:
            with default_storage.open(article.image.name, "rb") as handle:
                data = handle.read(settings.IMAGES_MAX_BYTES + 1)
            attach(lead, data)
            done += 1
        except ImageRejected as error:
            failed(lead, error.reason, retry=False)
            rejected += 1
        except OSError as error:  # the file went missing
            failed(lead, f"upload unreadable: {error}", retry=False)
            rejected += 1
        if done + rejected >= limit:
            break
    return {"done": done, "rejected": rejected}


def cleanup(now=None, limit: int = CLEANUP_BATCH) -> dict:
    """Delete the renditions of articles older than IMAGES_RETENTION_DAYS (periodic job).

    A file set shared by several articles (the same picture syndicated) goes with the last of them.
    """
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.IMAGES_RETENTION_DAYS)
    # Uploads are the newsroom's own pictures: their renditions stay as long as their article.
    old = list(
        LeadImage.objects.filter(state=LeadImage.DONE, article__published_at__lt=cutoff).exclude(
            origin__startswith="upload:"
        )[:limit]
    )
    removed_files = 0
    for lead in old:
        with transaction.atomic():
            Article.objects.filter(pk=lead.article_id).update(image_key="", image_widths="", image_color="")
            lead.state, lead.bytes = LeadImage.EXPIRED, 0
            lead.save(update_fields=["state", "bytes"])
        if not LeadImage.objects.filter(key=lead.key, state=LeadImage.DONE).exists():
            renditions.delete(lead.key, renditions.parse_widths(lead.widths))
            removed_files += len(renditions.parse_widths(lead.widths))
    if old:
        changed(sender=Article)  # queryset updates send no post_save: pages showing them go stale here
    return {"expired": len(old), "files_removed": removed_files}


def image_stats() -> dict:
    """Return the stored pictures (distinct file sets: copies share one), their bytes, and the states."""
    table = LeadImage._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT COUNT(*), COALESCE(SUM(b), 0) FROM (SELECT MAX(bytes) AS b FROM {table} "
            "WHERE state = %s GROUP BY key) AS per_key",
            [LeadImage.DONE],
        )
        pictures, size = cursor.fetchone()
    states = dict(LeadImage.objects.order_by().values_list("state").annotate(n=Count("pk")))
    return {
        "pictures": pictures,
        "bytes": int(size),
        "articles_with_image": states.get(LeadImage.DONE, 0),
        "pending": states.get(LeadImage.PENDING, 0),
        "failed": states.get(LeadImage.FAILED, 0),
        "expired": states.get(LeadImage.EXPIRED, 0),
        "retention_days": settings.IMAGES_RETENTION_DAYS,
    }
