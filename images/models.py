"""What the images worker remembers of each article's lead image: where it came from, how it went."""

from django.db import models

from news.models import Article, Source


class LeadImage(models.Model):
    """The lead image of one article: its state, the tries left, and the renditions made of it."""

    PENDING, DONE, FAILED, EXPIRED = "pending", "done", "failed", "expired"
    STATE_CHOICES = [
        (PENDING, "de preluat"),
        (DONE, "preluată"),
        (FAILED, "eșuată"),
        (EXPIRED, "ștearsă (retenție)"),
    ]

    article = models.OneToOneField(
        Article, primary_key=True, on_delete=models.CASCADE, related_name="lead_image", verbose_name="articol"
    )
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.CASCADE, related_name="+", verbose_name="sursă"
    )
    origin = models.CharField("proveniență", max_length=1000)  # the outlet's URL, or "upload:<file name>"
    state = models.CharField("stare", max_length=8, choices=STATE_CHOICES, default=PENDING)
    attempts = models.PositiveSmallIntegerField("încercări", default=0)
    next_attempt_at = models.DateTimeField("următoarea încercare", null=True, blank=True)
    error = models.CharField("ultima eroare", max_length=300, blank=True)
    failed_at = models.DateTimeField("ultima eroare la", null=True, blank=True)
    key = models.CharField("cheie", max_length=80, blank=True, db_index=True)
    widths = models.CharField("lățimi", max_length=40, blank=True)
    width = models.PositiveIntegerField("lățime", null=True, blank=True)
    height = models.PositiveIntegerField("înălțime", null=True, blank=True)
    color = models.CharField("culoare medie", max_length=7, blank=True)
    bytes = models.PositiveIntegerField("octeți stocați", default=0)
    created_at = models.DateTimeField("creată la", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "imagine principală"
        verbose_name_plural = "imagini principale"
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="leadimage_due")]

    def __str__(self) -> str:
        return f"{self.article_id} {self.state}"

    @property
    def is_upload(self) -> bool:
        return self.origin.startswith("upload:")
