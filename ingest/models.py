"""Ingest's own record: the recent fetch attempts of each source, for the health dashboard."""

from django.db import models

from news.models import Source


class FetchLogQuerySet(models.QuerySet):
    def recent(self, source, limit: int = 20):
        """Return a source's latest attempts, newest first."""
        return self.filter(source=source).order_by("-started_at", "-id")[:limit]


class FetchLog(models.Model):
    """One attempt to read a source: when, how it ended, how long it took, what it brought."""

    OK, NOT_MODIFIED, ERROR, FALLBACK, PARTIAL = "ok", "not_modified", "error", "fallback", "partial"
    OUTCOME_CHOICES = [
        (OK, "reușită"),
        (NOT_MODIFIED, "nemodificat (304)"),
        (ERROR, "eroare"),
        (FALLBACK, "reușită prin sitemap"),
        (PARTIAL, "flux defect, articole recuperate"),
    ]

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="fetch_logs", verbose_name="sursă")
    started_at = models.DateTimeField("început la", db_index=True)
    outcome = models.CharField("rezultat", max_length=16, choices=OUTCOME_CHOICES)
    http_status = models.PositiveSmallIntegerField("cod HTTP", null=True, blank=True)
    duration_ms = models.PositiveIntegerField("durată (ms)", default=0)
    entries = models.PositiveIntegerField("intrări în flux", default=0)
    new_articles = models.PositiveIntegerField("articole noi", default=0)
    updated_articles = models.PositiveIntegerField("articole actualizate", default=0)
    item_errors = models.PositiveIntegerField("intrări cu erori", default=0)
    error = models.TextField("eroare", blank=True)
    worker = models.CharField("proces", max_length=100, blank=True)

    objects = FetchLogQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at", "-id"]
        verbose_name = "citire"
        verbose_name_plural = "citiri"
        indexes = [models.Index(fields=["source", "-started_at"], name="fetchlog_source_recent")]

    def __str__(self) -> str:
        return f"{self.source_id} {self.started_at:%Y-%m-%d %H:%M} {self.outcome}"
