"""How a source's push stands, in the words of the source-health page."""

import datetime as dt

from django.utils import timezone

from lib.ro import count
from websub.models import Subscription

QUIET = dt.timedelta(hours=6)  # pushes silent this long: the source is read by polling alone again


def label(subscription: Subscription | None, now: dt.datetime) -> str:
    if subscription is None:
        return "—"
    if subscription.state == Subscription.PENDING:
        return "așteaptă confirmarea hubului" + (f" ({subscription.last_error})" if subscription.last_error else "")
    if subscription.state != Subscription.ACTIVE:
        return "încheiat"
    if subscription.lease_expires_at is not None and subscription.lease_expires_at <= now:
        return "contract expirat: citire obișnuită"
    if subscription.fallback_at is not None:
        when = timezone.localtime(subscription.fallback_at).strftime("%d.%m %H:%M")
        return f"push incomplet ({subscription.fallback_reason}, {when}): citire obișnuită"
    if subscription.last_push_at is not None and now - subscription.last_push_at <= QUIET:
        return f"push activ ({count(subscription.pushes, 'notificare')}); citire de siguranță"
    return "abonat, fără notificări recente: citire obișnuită"


def labels(now: dt.datetime) -> dict[int, str]:
    """Return the label of every source that has a subscription, by source id (one query)."""
    return {s.source_id: label(s, now) for s in Subscription.objects.all()}
