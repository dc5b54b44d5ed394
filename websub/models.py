"""One subscription per source at a hub, with its secret and lease."""

import secrets

from django.db import models

from news.models import Source


def new_secret() -> str:
    return secrets.token_hex(32)  # the hub signs pushes with it (HMAC); 64 hex characters, under the spec's 200 bytes


class Subscription(models.Model):
    PENDING, ACTIVE, UNSUBSCRIBING, ENDED = "pending", "active", "unsubscribing", "ended"
    STATE_CHOICES = [
        (PENDING, "în așteptarea confirmării"),
        (ACTIVE, "activă"),
        (UNSUBSCRIBING, "în curs de dezabonare"),
        (ENDED, "încheiată"),
    ]

    source = models.OneToOneField(Source, on_delete=models.CASCADE, related_name="websub", verbose_name="sursă")
    hub = models.URLField("hub", max_length=1000)
    topic = models.URLField("subiect (topic)", max_length=1000)
    secret = models.CharField("secret", max_length=64, default=new_secret)
    state = models.CharField("stare", max_length=14, choices=STATE_CHOICES, default=PENDING)
    lease_expires_at = models.DateTimeField("contract valabil până la", null=True, blank=True)
    requested_at = models.DateTimeField("cerută la", null=True, blank=True)
    verified_at = models.DateTimeField("confirmată la", null=True, blank=True)
    last_push_at = models.DateTimeField("ultima notificare", null=True, blank=True)
    pushes = models.PositiveIntegerField("notificări primite", default=0)
    last_error = models.CharField("ultima eroare", max_length=300, blank=True)
    # Set when a poll found an item the pushes had not brought: the source is polled on its own
    # schedule again (pushes are still taken) until a poll after a push finds nothing new (websub.poll).
    fallback_at = models.DateTimeField("înapoi la citire obișnuită din", null=True, blank=True)
    fallback_reason = models.CharField("motivul revenirii", max_length=300, blank=True)

    class Meta:
        verbose_name = "abonament WebSub"
        verbose_name_plural = "abonamente WebSub"

    def __str__(self) -> str:
        return f"{self.source} @ {self.hub}"
