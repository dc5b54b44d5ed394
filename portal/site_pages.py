"""The site's own pages (Despre, Contact, ...): text editors change in the admin, shown at fixed addresses."""

from django.db import models
from django.urls import reverse

from lib.sanitize import sanitize_html


class SitePage(models.Model):
    """One of the site's own pages; its address is fixed, its title and text are the newsroom's."""

    # (slug, footer label): the pages every news site owes its readers, in the footer's order.
    PAGES = [
        ("despre", "Despre noi"),
        ("contact", "Contact"),
        ("confidentialitate", "Politica de confidențialitate"),
        ("termeni", "Termeni și condiții"),
        ("publicitate", "Publicitate"),
    ]

    slug = models.SlugField("adresă", unique=True, choices=PAGES)
    title = models.CharField("titlu", max_length=120)
    description = models.CharField(
        "descriere pentru motoarele de căutare",
        max_length=160,
        help_text="O frază de până la 160 de caractere, afișată de Google sub titlu.",
    )
    body_html = models.TextField("text", help_text="HTML simplu: paragrafe, titluri, liste, legături.")
    updated_at = models.DateTimeField("actualizată la", auto_now=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = "pagină a site-ului"
        verbose_name_plural = "paginile site-ului"

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        # Editors' HTML goes through the same allowlist as articles: no script, no styles, no events.
        self.body_html = sanitize_html(self.body_html or "")[:100_000]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse(f"portal:site-page-{self.slug}")
