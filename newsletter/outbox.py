"""The outbox: messages written once, claimed one at a time, sent over SMTP, marked.

Never twice: a message is claimed (pending -> sending) in its own committed UPDATE before the
SMTP conversation and marked sent after it. A process that dies in between leaves it "sending";
recover() turns such rows into "uncertain" and they are not sent again (the server may have
taken the message). One message is in flight per sender, so a crash risks at most that one.
A 5xx refusal of the address (a hard bounce) deletes the subscriber.
"""

import logging
import os
import smtplib
import socket

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.utils import timezone

from newsletter.models import Message

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5  # temporary (4xx, connection) failures before a message is given up
BATCH = 200  # messages per run of send_pending: bounded, the periodic job comes back


def sender_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def enqueue(
    key: str, to: str, subject: str, text: str, html: str = "", headers: dict | None = None, subscriber=None
) -> bool:
    """Write a message unless one with this key exists; return whether it was written."""
    try:
        with transaction.atomic():
            Message.objects.create(
                key=key[:120],
                to=to,
                subject=subject[:300],
                text=text,
                html=html,
                headers=headers or {},
                subscriber=subscriber,
            )
        return True
    except IntegrityError:
        return False


def recover() -> int:
    """Mark messages left "sending" by a dead sender as uncertain (never resent); return how many."""
    found = Message.objects.filter(status=Message.SENDING).exclude(claimed_by=sender_name())
    count = found.update(status=Message.UNCERTAIN)
    if count:
        log.warning("newsletter: %s message(s) interrupted mid-send left unsent again", count)
    return count


def claim() -> Message | None:
    """Take the oldest pending message for this sender (an UPDATE only one sender can win)."""
    for pk in Message.objects.filter(status=Message.PENDING).order_by("id").values_list("id", flat=True)[:20]:
        won = Message.objects.filter(pk=pk, status=Message.PENDING).update(
            status=Message.SENDING, claimed_by=sender_name()
        )
        if won:
            return Message.objects.get(pk=pk)
    return None


def deliver(message: Message, connection) -> None:
    """Send one claimed message and mark it: sent, pending again (temporary), failed, or bounced."""
    from newsletter.subscribers import forget  # subscribers writes messages: imported when used

    email = EmailMultiAlternatives(
        message.subject,
        message.text,
        settings.NEWSLETTER_FROM,
        [message.to],
        headers=message.headers,
        connection=connection,
    )
    if message.html:
        email.attach_alternative(message.html, "text/html")
    try:
        email.send()
    except smtplib.SMTPRecipientsRefused as error:
        codes = [code for code, _ in error.recipients.values()]
        if any(500 <= code < 600 for code in codes):
            log.warning("newsletter: hard bounce for message %s; subscriber removed", message.pk)
            Message.objects.filter(pk=message.pk).update(status=Message.FAILED, last_error=f"refuzat {codes}")
            if message.subscriber_id:
                forget(message.to, reason="bounce")
            return
        _retry(message, f"refuzat temporar {codes}")
        return
    except (smtplib.SMTPException, OSError) as error:
        _retry(message, str(error)[:300])
        raise  # the server or the link is down: stop this run, the next one resumes
    Message.objects.filter(pk=message.pk).update(status=Message.SENT, sent_at=timezone.now())


def _retry(message: Message, error: str) -> None:
    attempts = message.attempts + 1
    status = Message.FAILED if attempts >= MAX_ATTEMPTS else Message.PENDING
    Message.objects.filter(pk=message.pk).update(status=status, attempts=attempts, last_error=error[:300])


def send_pending(limit: int = BATCH) -> int:
    """Send up to `limit` pending messages over one SMTP connection; return how many were sent."""
    recover()
    sent = 0
    connection = None
    try:
        for _ in range(limit):
            message = claim()
            if message is None:
                break
            if connection is None:
                connection = get_connection(settings.NEWSLETTER_EMAIL_BACKEND)
                connection.open()
            try:
                deliver(message, connection)
            except (smtplib.SMTPException, OSError):
                log.warning("newsletter: SMTP unavailable, sending stops until the next run")
                break
            sent += Message.objects.filter(pk=message.pk, status=Message.SENT).exists()
    finally:
        if connection is not None:
            connection.close()
    return sent
