"""Subscribe at a local hub, answer its verification, take signed pushes into the pipeline, reject bad ones.

The hub is a real HTTP server on 127.0.0.1 that records the requests it gets; the hub's calls
to our callback are made with Django's test client (the network boundary).
"""

import hashlib
import hmac
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
from django.core.cache import cache
from django.utils import timezone

from news.models import Article, Source
from portal.tests.conftest import make_source
from websub import hub_client, jobs
from websub.models import Subscription

pytestmark = pytest.mark.django_db

TEXT = " ".join(["Consiliul Județean Bacău a aprobat reabilitarea drumului județean spre Onișcani."] * 30)


def feed(guid: str, title: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>Ziarul de Test</title><link>https://ziar.example.ro/</link>
<atom:link rel="hub" href="{{hub}}"/><atom:link rel="self" href="https://ziar.example.ro/feed/"/>
<item><title>{title}</title><link>https://ziar.example.ro/stiri/{guid}/</link><guid>{guid}</guid>
<pubDate>Wed, 17 Jun 2026 08:00:00 +0000</pubDate><description>{TEXT[:200]}</description>
<content:encoded><![CDATA[<p>{TEXT}</p>]]></content:encoded></item></channel></rss>""".encode()


@pytest.fixture
def hub(settings):
    requests = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's name
            length = int(self.headers.get("Content-Length", 0))
            requests.append({k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()})
            self.send_response(202)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host = f"127.0.0.1:{server.server_address[1]}"
    settings.INGEST_ALLOWED_HOSTS = [host]
    cache.clear()
    yield f"http://{host}/", requests
    server.shutdown()
    server.server_close()


def signed(secret: str, body: bytes, method: str = "sha256") -> str:
    return f"{method}=" + hmac.new(secret.encode(), body, getattr(hashlib, method)).hexdigest()


def push(client, subscription, body, signature=None, **headers):
    return client.post(
        f"/websub/{subscription.pk}/",
        body,
        content_type="application/rss+xml",
        HTTP_X_HUB_SIGNATURE=signature if signature is not None else signed(subscription.secret, body),
        **headers,
    )


def subscribed(client, hub, reference_data) -> Subscription:
    url, requests = hub
    source = make_source("Ziarul de Test", "bacau", feed_url="https://ziar.example.ro/feed/")
    body = feed("x", "x").replace(b"{hub}", url.encode())
    subscription = hub_client.subscribe_from_feed(source, body, [])
    assert subscription.state == Subscription.PENDING
    asked = requests[-1]
    assert asked["hub.mode"] == "subscribe" and asked["hub.topic"] == "https://ziar.example.ro/feed/"
    assert asked["hub.callback"].endswith(f"/websub/{subscription.pk}/") and asked["hub.secret"] == subscription.secret
    answer = client.get(
        f"/websub/{subscription.pk}/",
        {
            "hub.mode": "subscribe",
            "hub.topic": asked["hub.topic"],
            "hub.challenge": "provocare-123",
            "hub.lease_seconds": "172800",
        },
    )
    assert answer.status_code == 200 and answer.content == b"provocare-123"
    subscription.refresh_from_db()
    assert subscription.state == Subscription.ACTIVE and subscription.lease_expires_at is not None
    return subscription


def test_a_signed_push_goes_through_the_pipeline_and_slows_polling(client, hub, reference_data):
    subscription = subscribed(client, hub, reference_data)
    for method, guid in (("sha256", "unu"), ("sha1", "doi")):
        body = feed(guid, f"Drumul spre Onișcani, {guid}")
        assert push(client, subscription, body, signed(subscription.secret, body, method)).status_code == 202
    stored = Article.objects.filter(source=subscription.source).order_by("title")
    assert [a.title for a in stored] == ["Drumul spre Onișcani, doi", "Drumul spre Onișcani, unu"]
    assert stored[0].county.slug == "bacau" and stored[0].story_id  # enriched and clustered like a poll
    source = Source.objects.get(pk=subscription.source_id)
    assert source.next_fetch_at >= timezone.now() + jobs.SAFETY_NET - timedelta(minutes=1)
    assert hub_client.is_pushing(source.pk)


def test_bad_pushes_are_dropped_and_nothing_is_stored(client, hub, reference_data, caplog):
    subscription = subscribed(client, hub, reference_data)
    body = feed("trei", "Știre împinsă")
    assert push(client, subscription, body, signature="").status_code == 202
    assert push(client, subscription, body, signature="sha256=" + "0" * 64).status_code == 202
    assert push(client, subscription, body, signature=signed("alt secret", body)).status_code == 202
    assert push(client, subscription, body, signature=signed(subscription.secret, body, "md5")).status_code == 202
    assert not Article.objects.filter(source=subscription.source).exists()
    assert push(client, subscription, body).status_code == 202
    assert push(client, subscription, body).status_code == 202  # the same body again: a replay
    subscription.refresh_from_db()
    assert subscription.pushes == 1 and Article.objects.filter(source=subscription.source).count() == 1
    huge = b"<rss>" + b" " * (3 * 1024 * 1024) + b"</rss>"
    assert push(client, subscription, huge).status_code == 413
    other = client.post(
        "/websub/999999/",
        body,
        content_type="application/rss+xml",
        HTTP_X_HUB_SIGNATURE=signed(subscription.secret, body),
    )
    assert other.status_code == 410
    wrong_topic = client.get(
        f"/websub/{subscription.pk}/",
        {"hub.mode": "subscribe", "hub.topic": "https://alt.example/", "hub.challenge": "x"},
    )
    assert wrong_topic.status_code == 404
    rejected = [r for r in caplog.records if r.getMessage() == "websub push rejected"]
    assert len(rejected) >= 7


def test_leases_are_renewed_before_they_end_and_removed_sources_unsubscribe(client, hub, reference_data):
    url, requests = hub
    subscription = subscribed(client, hub, reference_data)
    assert hub_client.renew_due(timezone.now()) == 0  # a two-day lease: renewed only within its last day
    assert hub_client.renew_due(timezone.now() + timedelta(hours=25)) == 1
    assert requests[-1]["hub.mode"] == "subscribe"
    Source.objects.filter(pk=subscription.source_id).update(enabled=False)
    hub_client.renew_due(timezone.now())
    assert requests[-1]["hub.mode"] == "unsubscribe"
    done = client.get(
        f"/websub/{subscription.pk}/",
        {"hub.mode": "unsubscribe", "hub.topic": subscription.topic, "hub.challenge": "gata"},
    )
    assert done.content == b"gata"
    subscription.refresh_from_db()
    assert subscription.state == Subscription.ENDED
    body = feed("patru", "După dezabonare")
    assert push(client, subscription, body).status_code == 410


def test_the_source_health_page_shows_push_then_polling_again(client, hub, reference_data, admin_client):
    subscription = subscribed(client, hub, reference_data)
    name = subscription.source.name
    page = admin_client.get("/admin/sanatate-surse/").content.decode()
    assert "Push (WebSub)" in page and "abonat, fără notificări recente: citire obișnuită" in page
    body = feed("cinci", "Știre împinsă acum")
    push(client, subscription, body)
    assert (
        "push activ (1 notificare); citire de siguranță" in admin_client.get("/admin/sanatate-surse/").content.decode()
    )
    Subscription.objects.filter(pk=subscription.pk).update(last_push_at=timezone.now() - timedelta(hours=7))
    assert "fără notificări recente: citire obișnuită" in admin_client.get("/admin/sanatate-surse/").content.decode()
    assert name in page
