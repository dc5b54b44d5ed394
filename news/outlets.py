"""Who publishes: the outlets Gazeta reads (and the own newsroom) and the bylines on their articles."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from news.places import County


class SourceQuerySet(models.QuerySet):
    def due(self, now=None):
        """Return enabled sources whose next fetch time has come."""
        now = now or timezone.now()
        return self.filter(enabled=True).filter(Q(next_fetch_at__isnull=True) | Q(next_fetch_at__lte=now))

    def in_error(self):
        return self.filter(error_count__gt=0)


class Source(models.Model):
    """An outlet whose feed Gazeta reads, or the own newsroom."""

    KIND_OUTLET, KIND_AGENCY, KIND_INSTITUTION, KIND_NEWSROOM = "outlet", "agency", "institution", "newsroom"
    KIND_CHOICES = [
        (KIND_OUTLET, "publicație"),
        (KIND_AGENCY, "agenție de presă"),
        (KIND_INSTITUTION, "instituție"),
        (KIND_NEWSROOM, "redacția proprie"),
    ]
    POLICY_SNIPPET, POLICY_FULL = "snippet", "full"
    POLICY_CHOICES = [(POLICY_SNIPPET, "fragment + link"), (POLICY_FULL, "text integral (licențiat)")]

    name = models.CharField("nume", max_length=120)
    slug = models.SlugField("adresă scurtă (slug)", max_length=120, unique=True)
    kind = models.CharField("tip", max_length=12, choices=KIND_CHOICES, default=KIND_OUTLET)
    homepage = models.URLField("site", max_length=500, blank=True)
    feed_url = models.URLField("flux", max_length=1000, blank=True)
    sitemap_url = models.URLField("sitemap de știri (rezervă)", max_length=1000, blank=True)
    county = models.ForeignKey(
        County,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sources",
        verbose_name="județ",
        help_text="Gol pentru publicațiile naționale.",
    )
    default_category = models.ForeignKey(
        "news.Category",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="categorie implicită",
    )
    display_policy = models.CharField("afișare", max_length=8, choices=POLICY_CHOICES, default=POLICY_SNIPPET)
    language = models.CharField("limba", max_length=5, default="ro")
    enabled = models.BooleanField("activă", default=True)
    user_agent = models.CharField("User-Agent propriu", max_length=300, blank=True)
    min_interval = models.PositiveIntegerField("interval minim (s)", null=True, blank=True)

    # Polling state, written by the scheduler.
    interval = models.PositiveIntegerField("interval curent (s)", default=900)
    next_fetch_at = models.DateTimeField("următoarea citire", null=True, blank=True, db_index=True)
    last_fetch_at = models.DateTimeField("ultima citire", null=True, blank=True)
    last_success_at = models.DateTimeField("ultima reușită", null=True, blank=True)
    last_status = models.CharField("ultimul rezultat", max_length=40, blank=True)
    etag = models.CharField("ETag", max_length=300, blank=True)
    last_modified = models.CharField("Last-Modified", max_length=100, blank=True)
    error_count = models.PositiveIntegerField("erori consecutive", default=0)
    last_error = models.TextField("ultima eroare", blank=True)
    last_error_at = models.DateTimeField("ultima eroare la", null=True, blank=True)
    claimed_by = models.CharField("preluată de", max_length=100, blank=True)
    claimed_until = models.DateTimeField("preluată până la", null=True, blank=True)
    created_at = models.DateTimeField("adăugată la", auto_now_add=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = "sursă"
        verbose_name_plural = "surse"

    def __str__(self) -> str:
        return self.name

    @property
    def is_national(self) -> bool:
        return self.county_id is None

    @property
    def in_error(self) -> bool:
        return self.error_count > 0


class AuthorQuerySet(models.QuerySet):
    def newsroom(self):
        """Return the own newsroom's bylines (never an outlet's reporter)."""
        return self.filter(Q(source__isnull=True) | Q(source__kind=Source.KIND_NEWSROOM))


class Author(models.Model):
    """A byline: a newsroom journalist, or a name seen on an outlet's articles."""

    name = models.CharField("nume", max_length=120)
    slug = models.SlugField("adresă scurtă (slug)", max_length=140, unique=True)
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="authors", verbose_name="sursă"
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, verbose_name="cont de utilizator"
    )
    bio = models.TextField("prezentare", blank=True)

    objects = AuthorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = "autor"
        verbose_name_plural = "autori"

    def __str__(self) -> str:
        # Many outlets sign "Redacția": the outlet tells them apart (select_related("source") in lists).
        return f"{self.name} ({self.source.name})" if self.is_outlets else self.name

    @property
    def is_outlets(self) -> bool:
        """Tell whether this byline belongs to another outlet rather than the own newsroom."""
        return self.source_id is not None and self.source.kind != Source.KIND_NEWSROOM

    def get_absolute_url(self) -> str:
        return reverse("portal:author", args=[self.slug])
