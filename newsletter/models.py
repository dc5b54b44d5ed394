"""A subscriber (an address and its choices, nothing else) and the outbox of messages to send."""

from django.db import models

from news.models import County

HOURS = [(hour, f"{hour:02d}:00") for hour in range(5, 23)]  # a morning paper to a late edition
DEFAULT_HOUR = 7


class Subscriber(models.Model):
    """An address that asked for digests; confirmed_at is set when it answered the confirmation e-mail."""

    email = models.EmailField("adresă de e-mail", max_length=254, unique=True)
    counties = models.ManyToManyField(County, related_name="+", verbose_name="județe")
    hour = models.PositiveSmallIntegerField("ora trimiterii", choices=HOURS, default=DEFAULT_HOUR)
    confirmed_at = models.DateTimeField("confirmat la", null=True, blank=True)
    created_at = models.DateTimeField("înscris la", auto_now_add=True)

    class Meta:
        verbose_name = "abonat"
        verbose_name_plural = "abonați"

    def __str__(self) -> str:
        return self.email


class Message(models.Model):
    """One e-mail to send. `key` makes writing it idempotent (one digest per subscriber and day)."""

    PENDING, SENDING, SENT, FAILED, UNCERTAIN = "pending", "sending", "sent", "failed", "uncertain"
    STATUS_CHOICES = [
        (PENDING, "de trimis"),
        (SENDING, "în trimitere"),
        (SENT, "trimis"),
        (FAILED, "eșuat"),
        (UNCERTAIN, "întrerupt (netrimis din nou)"),
    ]

    key = models.CharField("cheie", max_length=120, unique=True)
    subscriber = models.ForeignKey(Subscriber, null=True, on_delete=models.CASCADE, related_name="messages")
    to = models.EmailField("către", max_length=254)
    subject = models.CharField("subiect", max_length=300)
    text = models.TextField("text")
    html = models.TextField("HTML", blank=True)
    headers = models.JSONField("antete", default=dict, blank=True)
    status = models.CharField("stare", max_length=10, choices=STATUS_CHOICES, default=PENDING)
    claimed_by = models.CharField("preluat de", max_length=100, blank=True)
    attempts = models.PositiveSmallIntegerField("încercări", default=0)
    last_error = models.CharField("ultima eroare", max_length=300, blank=True)
    created_at = models.DateTimeField("creat la", auto_now_add=True)
    sent_at = models.DateTimeField("trimis la", null=True, blank=True)

    class Meta:
        verbose_name = "mesaj"
        verbose_name_plural = "mesaje"
        indexes = [models.Index(fields=["status", "id"], name="newsletter_message_due")]

    def __str__(self) -> str:
        return f"{self.subject} → {self.to}"
