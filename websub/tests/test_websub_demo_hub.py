"""WebSub end to end on the demo network: discovery in the poll, the hub's verification, signed pushes, fallback.

Everything is real HTTP on 127.0.0.1: the demo network (live mode on a clock the test moves) runs
the hub; Gazeta's callback is served by the live server. Only the moments are the test's. The test
database is one in-memory SQLite shared by the live server's thread and the test's: requests and
the test's own database work take turns (DB_TURN), as they would not need to on a real database.
"""

import threading
import time
from datetime import timedelta

import pytest
from django.core.handlers.base import BaseHandler
from django.utils import timezone

from demo.server import serve_in_thread
from demo.tests.conftest import ANCHOR
from ingest.models import FetchLog
from ingest.pipeline import process_source
from news.models import Article, Source
from portal.tests.conftest import make_source
from websub import jobs, poll
from websub.models import Subscription

pytestmark = pytest.mark.django_db(transaction=True)
DB_TURN = threading.RLock()


def wait_for(check, seconds: float = 20.0):
    """Poll `check` until it returns something true (the hub works in its own threads)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with DB_TURN:
            value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"not within {seconds} s: {check.__doc__ or check}")


def poll_source(source: Source):
    with DB_TURN:
        return process_source(Source.objects.get(pk=source.pk))


@pytest.fixture
def network(live_server, settings, reference_data, monkeypatch):
    """The demo network, live, its clock six hours into the window (a few items per outlet)."""
    handle = BaseHandler.get_response

    def one_at_a_time(self, request):
        with DB_TURN:
            return handle(self, request)

    monkeypatch.setattr(BaseHandler, "get_response", one_at_a_time)
    clock = {"now": None}
    with serve_in_thread(seed=1, anchor=ANCHOR, live=True, clock=lambda: clock["now"]) as server:
        clock["now"] = server.world.start + timedelta(hours=6)
        settings.SITE_URL = live_server.url.replace("//localhost:", "//127.0.0.1:")
        settings.INGEST_ALLOWED_HOSTS = [server.base_url.split("://", 1)[1]]
        settings.INGEST_HOST_DELAY = 0.0
        settings.PAGE_RATE_LIMIT = 0
        yield server, clock


def source_for(server, slug: str) -> Source:
    outlet = server.world.outlet_by_slug[slug]
    return make_source(outlet.name, outlet.county_slug, feed_url=f"{server.base_url}/{slug}/{outlet.feed_path}")


def next_item(server, slug: str, after):
    return min((a for a in server.world.by_outlet[slug] if a.published > after), key=lambda a: a.published)


def active(source: Source) -> Subscription | None:
    return Subscription.objects.filter(source=source, state=Subscription.ACTIVE).first()


def test_polls_find_the_hubs_and_pushes_bring_new_items_signed(network):
    server, clock = network
    outlets = server.world.outlet_by_slug
    # One outlet of each way of announcing the hub (both signatures among them), and one without a hub.
    chosen = {kind: next(o.slug for o in server.world.outlets if o.hub == kind) for kind in ("element", "header")}
    plain = next(o.slug for o in server.world.outlets if o.kind == "outlet" and not o.hub and not o.failure_mode)
    assert {outlets[slug].hub_signature for slug in chosen.values()} == {"sha1", "sha256"}
    sources = {slug: source_for(server, slug) for slug in [*chosen.values(), plain]}
    for source in sources.values():
        assert poll_source(source).outcome == "ok"
    with DB_TURN:
        assert not Subscription.objects.filter(source=sources[plain]).exists()
    for slug in chosen.values():
        subscription = wait_for(lambda slug=slug: active(sources[slug]))
        assert subscription.topic == f"{server.base_url}/{slug}/{outlets[slug].served_feed_path}"
        assert subscription.hub == f"{server.base_url}/_hub" and subscription.lease_expires_at > timezone.now()
    with DB_TURN:
        polls = FetchLog.objects.count()

    # The clock passes the next item of each hub outlet: the hub pushes, Gazeta stores without a poll.
    items = {slug: next_item(server, slug, clock["now"]) for slug in chosen.values()}
    clock["now"] = max(item.published for item in items.values())
    for slug, item in items.items():
        wait_for(lambda slug=slug, item=item: Article.objects.filter(source=sources[slug], title=item.title).exists())
        with DB_TURN:
            subscription = active(sources[slug])
            assert subscription.pushes >= 1 and subscription.fallback_at is None
            source = Source.objects.get(pk=sources[slug].pk)
            assert source.next_fetch_at >= timezone.now() + jobs.SAFETY_NET - timedelta(minutes=1)  # safety net only
    with DB_TURN:
        assert FetchLog.objects.count() == polls
    assert all(d["status"] == 202 for d in server.httpd.hub.deliveries)


def test_a_poll_that_finds_what_the_push_missed_falls_back_to_polling(network, admin_client):
    server, clock = network
    slug = next(o.slug for o in server.world.outlets if o.hub == "both")
    source = source_for(server, slug)
    poll_source(source)
    wait_for(lambda: active(source))
    first = next_item(server, slug, clock["now"])
    clock["now"] = first.published
    wait_for(lambda: Article.objects.filter(source=source, title=first.title).exists())
    assert "push activ (1 notificare)" in admin_client.get("/admin/sanatate-surse/").content.decode()

    # The hub loses its subscriber (as a hub that restarted would); the next item comes only by polling.
    server.httpd.hub.subscriptions.clear()
    missed = next_item(server, slug, clock["now"])
    clock["now"] = missed.published + poll.PUSH_GRACE
    time.sleep(0.6)  # two of the hub's ticks: nothing is pushed any more
    with DB_TURN:
        assert not Article.objects.filter(source=source, title=missed.title).exists()
    poll_source(source)
    with DB_TURN:
        assert Article.objects.filter(source=source, title=missed.title).exists()
        subscription = Subscription.objects.get(source=source)
    assert (
        subscription.fallback_at is not None and subscription.fallback_reason == "la citire: 1 articol fără notificare"
    )
    page = admin_client.get("/admin/sanatate-surse/").content.decode()
    assert "push incomplet (la citire: 1 articol fără notificare" in page
    assert "citire obișnuită" in page
