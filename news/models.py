"""Gazeta's domain: counties and places, outlets, authors, articles and the stories they tell."""

from collections import Counter

from django.conf import settings
from django.db import connection, models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from lib.rawsql import from_db, to_db

# Outlets and bylines live in news.outlets, County and Locality in news.places; imported here so
# that Django finds every model of the app in news.models (and callers import them from here), and
# migration 0008 names news.models.https_only.
from news.outlets import Author, AuthorQuerySet, Source, SourceQuerySet  # noqa: F401
from news.places import County, Locality, https_only  # noqa: F401
from news.visibility import VISIBLE_STATUSES


class Category(models.Model):
    """A category of Gazeta's fixed taxonomy."""

    slug = models.SlugField("adresă scurtă (slug)", unique=True)
    name = models.CharField("nume", max_length=40)
    position = models.PositiveSmallIntegerField("poziție", default=0)

    class Meta:
        ordering = ["position"]
        verbose_name = "categorie"
        verbose_name_plural = "categorii"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("portal:category", args=[self.slug])


class Story(models.Model):
    """One event as told by one or more outlets; syndicated copies fold into it."""

    title = models.CharField("titlu", max_length=500)
    county = models.ForeignKey(
        County, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="județ"
    )
    representative = models.ForeignKey(
        "Article",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="articol reprezentativ",
    )
    article_count = models.PositiveIntegerField("articole", default=0)
    source_count = models.PositiveIntegerField("publicații", default=0)
    breaking_until = models.DateTimeField(
        "„Ultima oră” până la",
        null=True,
        blank=True,
        db_index=True,
        help_text="Până atunci articolul reprezentativ apare în banda „Ultima oră” (acasă, în județul lui) "
        "și primul în fluxul RSS.",
    )
    first_published_at = models.DateTimeField("prima publicare", null=True, blank=True, db_index=True)
    last_published_at = models.DateTimeField("ultima publicare", null=True, blank=True, db_index=True)
    created_at = models.DateTimeField("creat la", auto_now_add=True)

    class Meta:
        ordering = ["-last_published_at"]
        verbose_name = "subiect"
        verbose_name_plural = "subiecte"

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("portal:story", args=[self.pk])

    def recount(self) -> "Story":
        """Count the story's articles and outlets again and pick its representative; return self.

        One read of the few columns of its few articles and one UPDATE (cheaper than an aggregate,
        a representative query and a save). The UPDATE sends no post_save: it follows an article's
        save (which did) in the same transaction. An emptied story keeps its title, county and
        representative.
        """
        table, articles_table = Story._meta.db_table, Article._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT a.id, a.source_id, a.is_own, a.status, a.published_at, a.title, a.county_id,"
                f" src.county_id FROM {articles_table} a"
                f" LEFT JOIN {Source._meta.db_table} src ON src.id = a.source_id WHERE a.story_id = %s",
                [self.pk],
            )
            # (id, source_id, is_own, status, published_at, title, county_id, the outlet's county_id)
            articles = [
                (pk, source_id, bool(own), status, from_db(when), title, county_id, outlet_county)
                for pk, source_id, own, status, when, title, county_id, outlet_county in cursor.fetchall()
            ]
            if not articles and not self.title:
                self.refresh_from_db()
            published = [a[4] for a in articles]
            self.article_count = len(articles)
            self.source_count = len({a[1] for a in articles if a[1] is not None}) + (
                1 if any(a[2] for a in articles) else 0
            )
            self.first_published_at = min(published, default=None)
            self.last_published_at = max(published, default=None)
            updates = ["article_count", "source_count", "first_published_at", "last_published_at"]
            if articles:
                # The story's county is its articles' most common one (ties: the earliest article's).
                earliest = min(articles, key=lambda a: (a[4], a[0]))
                counties = Counter(a[6] for a in articles if a[6] is not None)
                county_id = max(counties, key=lambda c: (counties[c], c == earliest[6])) if counties else None
                # A visible article first; then own newsroom, then an outlet of the story's county, then
                # the earliest: later copies never move the story's place in the lists.
                representative = min(
                    articles,
                    key=lambda a: (
                        a[3] not in VISIBLE_STATUSES,
                        not a[2],
                        not (county_id and a[7] == county_id),
                        a[4],
                        a[0],
                    ),
                )
                self.representative_id = representative[0]
                self.title = representative[5][:500]
                self.county_id = county_id
                updates += ["representative_id", "title", "county_id"]
            values = [getattr(self, name) for name in updates]
            values[2:4] = [to_db(values[2]), to_db(values[3])]
            cursor.execute(
                f"UPDATE {table} SET {', '.join(f'{name} = %s' for name in updates)} WHERE id = %s", [*values, self.pk]
            )
        return self


# Below this geo_confidence the tagger's county was right less than nine times in ten on the
# hand-written sets (the confidence table of the geotagger's decision step, measured by
# `gazeta eval --json`): such articles wait in the desk's review queue.
PLACE_REVIEW_BELOW = 0.9


class ArticleQuerySet(models.QuerySet):
    def needs_place_review(self):
        """Return ingested articles whose county the tagger was unsure of and no editor has fixed."""
        return self.filter(is_own=False, county_locked=False, geo_confidence__lt=PLACE_REVIEW_BELOW)

    def breaking(self, now=None, county=None):
        """Return visible articles marked "Ultima oră" (themselves or their story) until a time still to come."""
        now = now or timezone.now()
        # Two lookups on the indexed breaking_until columns first: one OR across the story join made
        # the database walk every visible article (0.3 s a page at 100,000 articles).
        # A breaking story shows its representative article, not every outlet's copy.
        # order_by(): with the models' default order the planner walks the publication-date index instead.
        marked = set(self.filter(breaking_until__gt=now).order_by().values_list("pk", flat=True))
        marked.update(
            Story.objects.filter(breaking_until__gt=now, representative__isnull=False)
            .order_by()
            .values_list("representative_id", flat=True)
        )
        found = self.visible(now).filter(pk__in=marked)
        if county is not None:
            found = found.filter(Q(county=county) | Q(other_counties=county)).distinct()
        return found.latest_first()

    def visible(self, now=None, statuses: tuple[str, ...] = VISIBLE_STATUSES):
        """Return what readers may see: published, or scheduled whose time has come (see visible_sql)."""
        assert set(statuses) <= set(VISIBLE_STATUSES), statuses
        now = now or timezone.now()
        if len(statuses) == 1:
            return self.filter(status=statuses[0], published_at__lte=now)
        return self.filter(status__in=list(statuses), published_at__lte=now)

    def latest_first(self):
        return self.order_by("-published_at", "-id")

    def in_county(self, county):
        """Return articles whose primary or secondary county is the given one."""
        return self.filter(Q(county=county) | Q(other_counties=county)).distinct()


class Article(models.Model):
    """An item from an outlet's feed, or an article written by the own newsroom."""

    DRAFT, SCHEDULED, PUBLISHED, HIDDEN = "draft", "scheduled", "published", "hidden"
    VISIBLE_STATUSES = VISIBLE_STATUSES
    STATUS_CHOICES = [
        (DRAFT, "ciornă"),
        (SCHEDULED, "programat"),
        (PUBLISHED, "publicat"),
        (HIDDEN, "ascuns"),
    ]

    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.CASCADE, related_name="articles", verbose_name="sursă"
    )
    guid = models.CharField("identificator în flux (GUID)", max_length=1000, blank=True)
    # Unique per source, not globally: an outlet linking to another's page gets its own article
    # instead of overwriting that one (issue 11); own articles' addresses are unique among themselves.
    url = models.URLField("adresă canonică", max_length=1000)
    title = models.CharField("titlu", max_length=500)
    slug = models.SlugField("adresă scurtă (slug)", max_length=200, blank=True)
    lead = models.TextField("șapou", blank=True)
    body_html = models.TextField("text (HTML curățat)", blank=True)
    text = models.TextField("text simplu", blank=True)
    snippet = models.TextField("fragment", blank=True)
    image_url = models.URLField("imagine principală (adresă)", max_length=1000, blank=True)
    image = models.ImageField("imagine principală", upload_to="articole/%Y/%m/", blank=True)
    image_caption = models.CharField("legendă", max_length=500, blank=True)
    image_alt = models.CharField("text alternativ", max_length=300, blank=True)
    image_width = models.PositiveIntegerField("lățimea imaginii", null=True, blank=True)
    image_height = models.PositiveIntegerField("înălțimea imaginii", null=True, blank=True)
    image_credit = models.CharField(
        "credit foto", max_length=200, blank=True, help_text="Gol: publicația (sau redacția) e creditată."
    )
    # Gazeta's own WebP renditions of the lead image (written by the images worker, never by a
    # page view): files `<image_key>-<width>.webp` in the default storage, the widths made, and
    # the average colour shown while one loads. Empty key: no image of ours to show.
    image_key = models.CharField("imagine: cheia redimensionărilor", max_length=80, blank=True)
    image_widths = models.CharField("imagine: lățimi disponibile", max_length=40, blank=True)
    image_color = models.CharField("imagine: culoarea medie", max_length=7, blank=True)
    author = models.ForeignKey(
        Author, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles", verbose_name="autor"
    )
    author_name = models.CharField("semnătură", max_length=200, blank=True)
    published_at = models.DateTimeField("publicat la", default=timezone.now, db_index=True)
    updated_at = models.DateTimeField("actualizat la", null=True, blank=True)
    fetched_at = models.DateTimeField("preluat la", null=True, blank=True)
    created_at = models.DateTimeField("creat la", auto_now_add=True)
    modified_at = models.DateTimeField("modificat la", auto_now=True)
    reading_minutes = models.PositiveSmallIntegerField("timp de citire (min)", default=1)
    word_count = models.PositiveIntegerField("cuvinte", default=0)
    county = models.ForeignKey(
        County, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles", verbose_name="județ"
    )
    other_counties = models.ManyToManyField(
        County, blank=True, related_name="secondary_articles", verbose_name="alte județe"
    )
    geo_confidence = models.FloatField("încrederea localizării", default=0.0)
    geo_places = models.JSONField("locuri găsite", default=list, blank=True)
    county_locked = models.BooleanField("județ fixat de redactor", default=False)
    category = models.ForeignKey(
        Category, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles", verbose_name="categorie"
    )
    category_locked = models.BooleanField("categorie fixată de redactor", default=False)
    story_locked = models.BooleanField("subiect fixat de redactor", default=False)
    source_categories = models.JSONField("categoriile sursei", default=list, blank=True)
    story = models.ForeignKey(
        Story, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles", verbose_name="subiect"
    )
    fingerprint = models.CharField("amprentă", max_length=64, blank=True, db_index=True)
    status = models.CharField("stare", max_length=10, choices=STATUS_CHOICES, default=PUBLISHED)
    breaking_until = models.DateTimeField(
        "„Ultima oră” până la",
        null=True,
        blank=True,
        db_index=True,
        help_text="Până atunci articolul apare în banda „Ultima oră” de pe prima pagină și din județele lui, "
        "și primul în fluxul RSS. Gol: nu este știre de ultimă oră.",
    )
    is_own = models.BooleanField("redacția proprie", default=False)
    # Two-letter code of the language the article is written in (issue 21): detected from the
    # text at ingest (understand.language), the outlet's declared language when unsure.
    language = models.CharField("limba", max_length=5, default="ro")
    extraction = models.CharField("cale de extragere", max_length=20, blank=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at"]
        verbose_name = "articol"
        verbose_name_plural = "articole"
        constraints = [
            models.UniqueConstraint(
                fields=["source", "guid"], condition=~Q(guid=""), name="article_unique_guid_per_source"
            ),
            models.UniqueConstraint(fields=["source", "url"], name="article_unique_url_per_source"),
            models.UniqueConstraint(fields=["url"], condition=Q(source__isnull=True), name="article_unique_own_url"),
        ]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="article_status_pub"),
            models.Index(fields=["county", "status", "-published_at"], name="article_county_pub"),
            models.Index(fields=["category", "status", "-published_at"], name="article_category_pub"),
            models.Index(fields=["story", "published_at"], name="article_story_pub"),
            # An author's page lists their visible articles newest first (14 ms at 1M without it).
            models.Index(fields=["author", "status", "-published_at"], name="article_author_pub"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("portal:article", args=[self.pk, self.slug or "articol"])

    @property
    def shows_full_text(self) -> bool:
        """Own articles and licensed sources show the whole text; others a snippet and a link."""
        return self.is_own or (self.source is not None and self.source.display_policy == Source.POLICY_FULL)

    @property
    def byline(self) -> str:
        if self.author_id:
            return self.author.name
        return self.author_name or (self.source.name if self.source_id else settings.SITE_NAME)

    @property
    def is_visible(self) -> bool:
        return self.visible_at(self.status, self.published_at)

    @staticmethod
    def visible_at(status: str, published_at, now=None) -> bool:
        """Tell whether a row with this status and publication time is visible (see visible_sql)."""
        return status in VISIBLE_STATUSES and published_at is not None and published_at <= (now or timezone.now())


# Editors' corrections live in their own module (they are a job of their own); imported here so
# Django finds the model with the app's others.
from news.corrections import Correction  # noqa: E402, F401
from news.place_links import ArticlePlace  # noqa: E402, F401
