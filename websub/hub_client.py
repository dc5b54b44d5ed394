"""Asking a hub to subscribe, renew and unsubscribe (WebSub §5.1), through ingest's guarded client."""

import datetime as dt
import logging

from django.urls import reverse
from django.utils import timezone

from ingest.fetch import shared_client
from lib.site import absolute
from news.models import Source
from websub.discovery import discover
from websub.models import Subscription

log = logging.getLogger(__name__)
LEASE_SECONDS = 7 * 86400  # asked for; the hub decides and says so in its verification
RENEW_BEFORE = dt.timedelta(days=1)  # renew a day before the lease ends: a missed renewal still has time


def callback_url(subscription: Subscription) -> str:
    return absolute(reverse("websub:callback", args=[subscription.pk]))


def request(subscription: Subscription, mode: str) -> bool:
    """Send hub.mode=subscribe|unsubscribe; return whether the hub accepted the request (202/204)."""
    data = {"hub.mode": mode, "hub.topic": subscription.topic, "hub.callback": callback_url(subscription)}
    if mode == "subscribe":
        data.update({"hub.secret": subscription.secret, "hub.lease_seconds": str(LEASE_SECONDS)})
    try:
        response = shared_client().post(subscription.hub, data=data, timeout=10)
        accepted = response.status_code in (202, 204)
        error = "" if accepted else f"hub: HTTP {response.status_code}"
    except Exception as failure:  # the hub is down or refused by the allowlist: polling goes on
        accepted, error = False, f"hub: {type(failure).__name__}: {failure}"[:300]
    Subscription.objects.filter(pk=subscription.pk).update(requested_at=timezone.now(), last_error=error)
    if not accepted:
        log.warning(
            "websub request refused",
            extra={"source_id": subscription.source_id, "url": subscription.hub, "stage": "websub", "error": error},
        )
    return accepted


def subscribe_from_feed(
    source: Source, body: bytes, link_headers: list[str], force: bool = False
) -> Subscription | None:
    """Subscribe a source whose feed names a hub (once; a changed hub or topic starts over; `force`: ask again)."""
    found = discover(source.feed_url, body, link_headers)
    if found is None:
        return None
    hub, topic = found
    subscription, created = Subscription.objects.get_or_create(source=source, defaults={"hub": hub, "topic": topic})
    if (
        not created
        and not force
        and (subscription.hub, subscription.topic) == (hub, topic)
        and subscription.state != Subscription.ENDED
    ):
        return subscription
    subscription.hub, subscription.topic, subscription.state = hub, topic, Subscription.PENDING
    subscription.fallback_at, subscription.fallback_reason = None, ""
    subscription.save(update_fields=["hub", "topic", "state", "fallback_at", "fallback_reason"])
    request(subscription, "subscribe")
    return subscription


def renew_due(now: dt.datetime | None = None) -> int:
    """Periodic job: renew the leases that end within RENEW_BEFORE, end those of removed or disabled sources."""
    now = now or timezone.now()
    renewed = 0
    for subscription in Subscription.objects.filter(
        state=Subscription.ACTIVE, lease_expires_at__lte=now + RENEW_BEFORE
    ):
        renewed += request(subscription, "subscribe")
    for subscription in Subscription.objects.filter(source__enabled=False).exclude(state=Subscription.ENDED):
        unsubscribe(subscription)
    return renewed


def unsubscribe(subscription: Subscription) -> None:
    """Ask the hub to stop; the hub's verification ends the subscription (callback.verify)."""
    Subscription.objects.filter(pk=subscription.pk).update(state=Subscription.UNSUBSCRIBING)
    subscription.state = Subscription.UNSUBSCRIBING
    request(subscription, "unsubscribe")


def is_pushing(source_id: int, now: dt.datetime | None = None, quiet: dt.timedelta = dt.timedelta(hours=6)) -> bool:
    """Tell whether a source's pushes are live: an active lease and a push within `quiet` (else: poll as before)."""
    now = now or timezone.now()
    return Subscription.objects.filter(
        source_id=source_id, state=Subscription.ACTIVE, lease_expires_at__gt=now, last_push_at__gte=now - quiet
    ).exists()
