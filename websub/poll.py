"""What a poll of a feed tells WebSub (ingest.hooks.feed_polled): a hub to subscribe at, an item a push missed.

- Discovery: the feed's hub and self address, from its Link headers and link elements, are read on
  every successful poll (websub.discovery reads only the head). A source whose feed names a hub
  for the first time, or another hub or topic than before, is subscribed; one left pending for
  RETRY_PENDING is asked again.
- Fallback: while pushes arrive, a poll is only the safety net. When one stores an item published
  before the last push, or more than PUSH_GRACE ago, the pushes missed it: the subscription is
  marked fallen back (source-health shows it) and pushes no longer hold polling back, so the
  source is read on its own schedule. Trust comes back when a poll made after a later push finds
  nothing new.
"""

import datetime as dt
import logging

from lib.ro import count
from websub import hub_client
from websub.discovery import discover
from websub.models import Subscription

log = logging.getLogger(__name__)
# A hub pushes within seconds of publishing; an item younger than this may still be on its way.
PUSH_GRACE = dt.timedelta(minutes=2)
RETRY_PENDING = dt.timedelta(hours=1)  # a hub that never verified is asked again after this


def after_poll(sender, source, fetched, new_published: list, now: dt.datetime, **kwargs) -> None:
    subscription = Subscription.objects.filter(source=source).first()
    if fetched.body:
        found = discover(source.feed_url, fetched.body, list(fetched.links))
        if found is not None and _should_subscribe(subscription, found, now):
            hub_client.subscribe_from_feed(source, fetched.body, list(fetched.links), force=True)
            return
    if subscription is None or subscription.state != Subscription.ACTIVE or subscription.last_push_at is None:
        return
    missed = [p for p in new_published if p is not None and (p <= subscription.last_push_at or p <= now - PUSH_GRACE)]
    if missed and subscription.fallback_at is None:
        reason = f"la citire: {count(len(missed), 'articol')} fără notificare"
        Subscription.objects.filter(pk=subscription.pk).update(fallback_at=now, fallback_reason=reason)
        log.warning(
            "websub fallback to polling",
            extra={"source_id": source.pk, "stage": "websub", "error": reason, "count": len(missed)},
        )
    elif not new_published and subscription.fallback_at and subscription.last_push_at > subscription.fallback_at:
        Subscription.objects.filter(pk=subscription.pk).update(fallback_at=None, fallback_reason="")
        log.info("websub push trusted again", extra={"source_id": source.pk, "stage": "websub"})


def _should_subscribe(subscription: Subscription | None, found: tuple[str, str], now: dt.datetime) -> bool:
    if subscription is None or (subscription.hub, subscription.topic) != found:
        return True
    return subscription.state == Subscription.PENDING and (
        subscription.requested_at is None or subscription.requested_at <= now - RETRY_PENDING
    )
