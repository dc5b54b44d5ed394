"""What a poll tells WebSub: an item the pushes missed (fallback), and a clean poll after a push (trust again)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from ingest.items import Fetched
from portal.tests.conftest import make_source
from websub import jobs, poll
from websub.callback import take
from websub.models import Subscription

pytestmark = pytest.mark.django_db

EMPTY = Fetched(url="https://ziar.example.ro/feed/", final_url="https://ziar.example.ro/feed/", status=304)


def pushing(now) -> Subscription:
    source = make_source(feed_url="https://ziar.example.ro/feed/")
    return Subscription.objects.create(
        source=source,
        hub="https://hub.example.ro/",
        topic=source.feed_url,
        state=Subscription.ACTIVE,
        lease_expires_at=now + timedelta(days=2),
        last_push_at=now - timedelta(minutes=30),
        pushes=3,
    )


def test_a_recent_item_may_still_be_on_its_way_an_older_one_was_missed(reference_data):
    now = timezone.now()
    subscription = pushing(now)
    poll.after_poll(None, subscription.source, EMPTY, [now - timedelta(seconds=30)], now)  # within the grace
    subscription.refresh_from_db()
    assert subscription.fallback_at is None
    poll.after_poll(None, subscription.source, EMPTY, [now - timedelta(minutes=40), None], now)
    subscription.refresh_from_db()
    assert subscription.fallback_at == now and subscription.fallback_reason == "la citire: 1 articol fără notificare"


def test_fallen_back_pushes_do_not_hold_polling_until_a_clean_poll_after_a_push(reference_data):
    now = timezone.now()
    subscription = pushing(now)
    poll.after_poll(None, subscription.source, EMPTY, [now - timedelta(hours=1)], now)
    subscription.refresh_from_db()
    source = subscription.source
    source.next_fetch_at = now + timedelta(minutes=5)
    source.save(update_fields=["next_fetch_at"])
    take(subscription, b"<rss><channel><title>x</title></channel></rss>", "application/rss+xml")
    source.refresh_from_db()
    assert source.next_fetch_at == now + timedelta(minutes=5)  # still polled on its own schedule
    poll.after_poll(None, source, EMPTY, [], timezone.now())  # nothing new after that push: trusted again
    subscription.refresh_from_db()
    assert subscription.fallback_at is None and subscription.fallback_reason == ""
    take(subscription, b"<rss><channel><title>y</title></channel></rss>", "application/rss+xml")
    source.refresh_from_db()
    assert source.next_fetch_at >= timezone.now() + jobs.SAFETY_NET - timedelta(minutes=1)
