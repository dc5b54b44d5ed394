"""Claim due sources so any number of worker processes can share the work without overlap.

A claim is a lease: `claimed_by` and `claimed_until` on the Source. A worker that dies keeps its
sources only until the lease runs out, then another worker takes them. PostgreSQL claims rows with
`SELECT ... FOR UPDATE SKIP LOCKED`, so concurrent workers never wait on each other; SQLite has
one writer at a time and claims with a conditional UPDATE that only one process can win.
"""

import os
import socket
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from news.models import Source


def lease_seconds() -> int:
    """Return the claim lease (settings.INGEST_CLAIM_SECONDS).

    Long enough for one source's feed and its article pages at the politeness delay; a dead
    worker's sources wait at most this long.
    """
    return settings.INGEST_CLAIM_SECONDS


def new_worker_id() -> str:
    """Return an id that says which machine and process holds a claim."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"[:100]


def claimable(now):
    """Return due sources nobody holds a live claim on."""
    free = Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)
    return Source.objects.due(now).filter(free).exclude(feed_url="", sitemap_url="")


def claim_due(worker_id: str, limit: int = 10, source_ids=None, now=None, exclude=()) -> list[Source]:
    """Claim up to `limit` due sources (or the given ones, due or not), except `exclude`, and return them."""
    now = now or timezone.now()
    until = now + timedelta(seconds=lease_seconds())
    if source_ids is not None:
        free = Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)
        candidates = Source.objects.filter(pk__in=source_ids).filter(free)
    else:
        candidates = claimable(now)
    if exclude:
        candidates = candidates.exclude(pk__in=list(exclude))
    candidates = candidates.order_by("next_fetch_at", "id")
    if connection.vendor == "postgresql":
        return _claim_locking(candidates, worker_id, until, limit)
    return _claim_conditional(candidates, worker_id, until, limit, now)


def _claim_locking(candidates, worker_id: str, until, limit: int) -> list[Source]:
    """Lock free rows, skipping those another worker is claiming, and mark them ours."""
    with transaction.atomic():
        rows = list(candidates.select_for_update(skip_locked=True, of=("self",))[:limit])
        ids = [row.pk for row in rows]
        Source.objects.filter(pk__in=ids).update(claimed_by=worker_id, claimed_until=until)
    return list(Source.objects.filter(pk__in=ids, claimed_by=worker_id).order_by("next_fetch_at", "id"))


def _claim_conditional(candidates, worker_id: str, until, limit: int, now) -> list[Source]:
    """Claim each candidate with an UPDATE that only succeeds while the row is still free."""
    free = Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)
    won = []
    for pk in candidates.values_list("pk", flat=True)[: limit * 2]:
        if Source.objects.filter(pk=pk).filter(free).update(claimed_by=worker_id, claimed_until=until):
            won.append(pk)
            if len(won) >= limit:
                break
    return list(Source.objects.filter(pk__in=won, claimed_by=worker_id).order_by("next_fetch_at", "id"))


def renew(source_id: int, worker_id: str, now=None) -> bool:
    """Extend our claim on a source about to be read; False when it was lost (lease ran out and taken)."""
    now = now or timezone.now()
    until = now + timedelta(seconds=lease_seconds())
    return bool(Source.objects.filter(pk=source_id, claimed_by=worker_id).update(claimed_until=until))


def release(source_id: int, worker_id: str, fields: dict | None = None) -> bool:
    """Write a source's new state and drop our claim; False when the claim was lost meanwhile."""
    values = dict(fields or {}, claimed_by="", claimed_until=None)
    return bool(Source.objects.filter(pk=source_id, claimed_by=worker_id).update(**values))


def release_all(worker_id: str) -> int:
    """Drop every claim this worker holds, leaving each source's schedule as it was; return how many."""
    return Source.objects.filter(claimed_by=worker_id).update(claimed_by="", claimed_until=None)
