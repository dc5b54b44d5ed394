"""The callback a hub calls: verification of intent (GET) and content distribution (POST).

A push is taken only when all hold, else it is dropped with a log line and nothing is stored:
the subscription exists and is active, the body is at most MAX_PUSH_BYTES, it carries a valid
X-Hub-Signature (HMAC-SHA1 or -SHA256 with the subscription's secret), and this exact body was
not pushed before (a replay). Bad signatures and replays are still answered 2xx, as WebSub
§8 asks (a hub must not learn which secret guesses fail); unknown topics get 410 so the hub stops.
"""

import datetime as dt
import hashlib
import hmac
import logging

from django.core.cache import cache
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from ingest.entry_stages import process_entry
from ingest.fetch import shared_client
from ingest.parse import parse_feed
from ingest.read_state import Context, SourceResult, StageClock
from news.signals import one_change
from websub.jobs import hold_polling
from websub.models import Subscription

log = logging.getLogger(__name__)
MAX_PUSH_BYTES = 2 * 1024 * 1024  # a feed of a few dozen full items; larger is not a news push
MAX_CHALLENGE = 200
REPLAY_SECONDS = 7 * 86400  # a body seen within a lease is a replay
ALGORITHMS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256}


def _drop(subscription_id, why: str, status: int = 202) -> HttpResponse:
    log.warning("websub push rejected", extra={"stage": "websub", "error": why, "source_id": subscription_id})
    return HttpResponse(status=status)


def signature_valid(secret: str, body: bytes, header: str) -> bool:
    """Check `X-Hub-Signature: sha1=<hex>` or `sha256=<hex>` against the body."""
    method, _, given = (header or "").partition("=")
    digest = ALGORITHMS.get(method.strip().lower())
    if digest is None or not given:
        return False
    expected = hmac.new(secret.encode(), body, digest).hexdigest()
    return hmac.compare_digest(expected, given.strip().lower())


@csrf_exempt
@require_http_methods(["GET", "POST"])
def callback(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = Subscription.objects.select_related("source").filter(pk=pk).first()
    if request.method == "GET":
        return verify(request, subscription)
    if subscription is None or subscription.state != Subscription.ACTIVE:
        return _drop(pk, "unknown or inactive subscription", status=410)
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = MAX_PUSH_BYTES + 1
    if length > MAX_PUSH_BYTES:
        return _drop(pk, f"body of {length} bytes", status=413)
    body = request.read(MAX_PUSH_BYTES + 1)
    if len(body) > MAX_PUSH_BYTES:
        return _drop(pk, "body over the limit", status=413)
    if not signature_valid(subscription.secret, body, request.headers.get("X-Hub-Signature", "")):
        return _drop(pk, "missing or wrong signature")
    if not cache.add(f"websub:seen:{pk}:{hashlib.sha256(body).hexdigest()}", 1, REPLAY_SECONDS):
        return _drop(pk, "replayed body")
    stored = take(subscription, body, request.headers.get("Content-Type", ""))
    log.info("websub push", extra={"stage": "websub", "source_id": subscription.source_id, "count": stored})
    return HttpResponse(status=202)


def take(subscription: Subscription, body: bytes, content_type: str) -> int:
    """Run a pushed feed through the poll's stages; return how many articles were new."""
    source, now = subscription.source, timezone.now()
    feed = parse_feed(body, url=subscription.topic, now=now, content_type=content_type)
    ctx = Context(
        source=source, now=now, client=shared_client(), clock=StageClock(), user_agent=source.user_agent or None
    )
    result = SourceResult(source_id=source.pk)
    with one_change():
        for entry in feed.entries:
            outcome = process_entry(entry, ctx, result)
            if outcome:
                setattr(result, outcome, getattr(result, outcome) + 1)
    Subscription.objects.filter(pk=subscription.pk).update(last_push_at=now, pushes=F("pushes") + 1)
    if subscription.fallback_at is None:  # fallen back (websub.poll): polled on its own schedule
        hold_polling(source.pk, now)
    return result.new


def verify(request: HttpRequest, subscription: Subscription | None) -> HttpResponse:
    """Answer the hub's verification of intent: echo the challenge only for what we asked."""
    mode, topic = request.GET.get("hub.mode", ""), request.GET.get("hub.topic", "")
    challenge = request.GET.get("hub.challenge", "")
    if subscription is None or topic != subscription.topic:
        return _drop(getattr(subscription, "pk", None), "verification for an unknown topic", status=404)
    if mode == "denied":
        Subscription.objects.filter(pk=subscription.pk).update(
            state=Subscription.ENDED, last_error=f"hub: denied {request.GET.get('hub.reason', '')}"[:300]
        )
        return HttpResponse(status=200)
    wanted = {"subscribe": (Subscription.PENDING, Subscription.ACTIVE), "unsubscribe": (Subscription.UNSUBSCRIBING,)}
    if subscription.state not in wanted.get(mode, ()) or not challenge or len(challenge) > MAX_CHALLENGE:
        return _drop(subscription.pk, f"verification not asked for ({mode})", status=404)
    now = timezone.now()
    if mode == "subscribe":
        lease = request.GET.get("hub.lease_seconds", "")
        seconds = int(lease) if lease.isascii() and lease.isdigit() and len(lease) <= 9 else 0
        Subscription.objects.filter(pk=subscription.pk).update(
            state=Subscription.ACTIVE,
            verified_at=now,
            lease_expires_at=now + dt.timedelta(seconds=seconds) if seconds else None,
        )
    else:
        Subscription.objects.filter(pk=subscription.pk).update(state=Subscription.ENDED)
    return HttpResponse(challenge, content_type="text/plain")
