"""Subscribing, confirming, forgetting and exporting one person's data.

A form never changes a confirmed subscription (anyone can type anyone's address): it only
writes or refreshes an unconfirmed one, and a confirmation e-mail goes to an address at most
once per CONFIRM_EVERY, so the form cannot be used to flood someone's inbox.
"""

import datetime as dt
import json
import logging

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from lib.site import absolute
from news.models import County
from newsletter import outbox, tokens
from newsletter.models import Message, Subscriber

log = logging.getLogger(__name__)
CONFIRM_EVERY = dt.timedelta(hours=24)  # at most one confirmation e-mail a day to one address
MAX_COUNTIES = 42


def normalize(email: str) -> str:
    """Return the address as stored: trimmed, the domain in lower case (the local part is the owner's)."""
    local, _, domain = (email or "").strip().rpartition("@")
    return f"{local}@{domain.lower()}" if local else ""


def subscribe(email: str, counties: list[County], hour: int) -> bool:
    """Record an unconfirmed subscription and queue its confirmation; return whether an e-mail was queued."""
    email = normalize(email)
    now = timezone.now()
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(email=email, defaults={"hour": hour})
        if subscriber.confirmed_at is not None:
            log.info("newsletter: subscription form for a confirmed address ignored")
            return False
        if not created:
            subscriber.hour = hour
            subscriber.save(update_fields=["hour"])
        subscriber.counties.set(counties[:MAX_COUNTIES])
    # One confirmation per address and day: the key names the day window.
    window = int(now.timestamp() // CONFIRM_EVERY.total_seconds())
    link = absolute(reverse("newsletter:confirm", args=[tokens.confirm_token(subscriber.pk)]))
    names = ", ".join(c.name for c in counties)
    text = (
        f"Bună ziua,\n\nCineva (sperăm că dumneavoastră) a cerut pe {absolute('/')} rezumatul zilnic "
        f"al știrilor din: {names}.\n\nPentru a confirma abonarea, deschideți adresa:\n{link}\n\n"
        f"Legătura e valabilă {tokens.CONFIRM_DAYS} zile. Dacă nu ați cerut abonarea, ignorați acest mesaj: "
        "nu veți mai primi nimic de la noi.\n"
    )
    return outbox.enqueue(
        f"confirm:{subscriber.pk}:{window}", email, "Confirmați abonarea la știrile zilei", text, subscriber=subscriber
    )


def confirm(token: str) -> Subscriber | None:
    """Confirm the subscription a link names; return it, or None for a bad or expired link."""
    pk = tokens.confirmed_id(token)
    subscriber = Subscriber.objects.filter(pk=pk).first() if pk else None
    if subscriber is not None and subscriber.confirmed_at is None:
        subscriber.confirmed_at = timezone.now()
        subscriber.save(update_fields=["confirmed_at"])
    return subscriber


def forget(email: str, reason: str = "request") -> bool:
    """Delete one person's subscription and every message queued for them; return whether one existed."""
    deleted = Subscriber.objects.filter(email=normalize(email)).delete()[0] > 0
    Message.objects.filter(to=normalize(email), status=Message.PENDING).delete()
    if deleted:
        log.info("newsletter: subscriber removed (%s)", reason)
    return deleted


def export(email: str) -> str:
    """Return, as JSON, everything kept about one address: the subscription and the messages sent to it."""
    email = normalize(email)
    subscriber = Subscriber.objects.filter(email=email).first()
    data = {
        "email": email,
        "subscription": None,
        "messages": [
            {
                "subject": m.subject,
                "status": m.status,
                "created_at": m.created_at.isoformat(),
                "sent_at": m.sent_at.isoformat() if m.sent_at else None,
            }
            for m in Message.objects.filter(to=email).order_by("id")
        ],
    }
    if subscriber is not None:
        data["subscription"] = {
            "counties": [c.slug for c in subscriber.counties.order_by("name")],
            "hour": subscriber.hour,
            "created_at": subscriber.created_at.isoformat(),
            "confirmed_at": subscriber.confirmed_at.isoformat() if subscriber.confirmed_at else None,
        }
    return json.dumps(data, ensure_ascii=False, indent=2)


def purge_unconfirmed(now=None) -> int:
    """Delete subscriptions nobody confirmed within the link's life; return how many."""
    cutoff = (now or timezone.now()) - dt.timedelta(days=tokens.CONFIRM_DAYS)
    return Subscriber.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff).delete()[0]
