"""The scheduler's WebSub job: find hubs in feeds not yet looked at, renew leases, end removed sources'.

Discovery reads only a feed's head (discovery.DISCOVERY_BYTES) and its headers, for at most
DISCOVER_PER_RUN sources a run, through ingest's guarded client (allowlist, timeouts).
"""

import datetime as dt
import logging

from django.db.models import Q
from django.utils import timezone

from ingest.fetch import shared_client
from news.models import Source
from websub import hub_client
from websub.discovery import DISCOVERY_BYTES
from websub.models import Subscription

log = logging.getLogger(__name__)
DISCOVER_PER_RUN = 20
# While pushes arrive, a source is still polled at least this often: the safety net that finds
# what a push missed. When pushes stop, its own adaptive schedule takes over again by itself.
SAFETY_NET = dt.timedelta(hours=1)


def read_head(url: str) -> tuple[bytes, list[str]]:
    """Return the first DISCOVERY_BYTES of a feed and its Link headers."""
    with shared_client().stream("GET", url, timeout=10) as response:
        head = b""
        for chunk in response.iter_bytes():
            head += chunk
            if len(head) >= DISCOVERY_BYTES:
                break
        return head[:DISCOVERY_BYTES], response.headers.get_list("link")


def discover_new(limit: int = DISCOVER_PER_RUN) -> int:
    """Look for a hub in the feeds of enabled sources without a subscription; return how many subscribed."""
    found = 0
    for source in Source.objects.filter(enabled=True, websub__isnull=True).exclude(feed_url="").order_by("id")[:limit]:
        try:
            body, links = read_head(source.feed_url)
        except Exception as error:  # polling will report the feed's own trouble
            log.info("websub discovery skipped", extra={"source_id": source.pk, "stage": "websub", "error": str(error)})
            continue
        found += hub_client.subscribe_from_feed(source, body, links) is not None
    return found


def hold_polling(source_id: int, now: dt.datetime | None = None) -> None:
    """After a push: the next poll of the source waits until SAFETY_NET from now (never earlier than planned)."""
    later = (now or timezone.now()) + SAFETY_NET
    Source.objects.filter(Q(next_fetch_at__isnull=True) | Q(next_fetch_at__lt=later), pk=source_id).update(
        next_fetch_at=later
    )


def run() -> dict:
    return {
        "subscribed": discover_new(),
        "renewed": hub_client.renew_due(),
        "active": Subscription.objects.filter(state=Subscription.ACTIVE).count(),
    }
