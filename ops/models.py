"""The last result of each periodic check an operator must see (integrity, backups, retention)."""

from django.db import models


class Check(models.Model):
    """One named check's latest outcome: kept as one row per name, overwritten each run."""

    name = models.CharField("verificare", max_length=40, unique=True)
    ok = models.BooleanField("în regulă", default=True)
    detail = models.TextField("detalii", blank=True)
    checked_at = models.DateTimeField("verificat la")

    class Meta:
        ordering = ["name"]
        verbose_name = "verificare"
        verbose_name_plural = "verificări"

    def __str__(self) -> str:
        return f"{self.name}: {'ok' if self.ok else 'eșuat'}"

    @classmethod
    def record(cls, name: str, ok: bool, detail: str = "") -> "Check":
        """Store the outcome of a run of the named check."""
        from django.utils import timezone

        check, _ = cls.objects.update_or_create(
            name=name, defaults={"ok": ok, "detail": detail[:4000], "checked_at": timezone.now()}
        )
        return check
