"""Places: the 42 counties (the site's sections) and the SIRUTA localities the geotagger reads."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from news.text import fold


def https_only(url: str) -> None:
    """Refuse a page address readers' browsers would open unencrypted (or with another scheme)."""
    if url and not url.lower().startswith("https://"):
        raise ValidationError("Adresa trebuie să înceapă cu https://.")


class County(models.Model):
    """One of the 42 sections: 41 județe and București."""

    code = models.CharField("cod", max_length=2, unique=True)
    slug = models.SlugField("adresă scurtă (slug)", unique=True)
    name = models.CharField("nume", max_length=40)
    seat = models.CharField("reședință", max_length=60)
    latitude = models.FloatField("latitudine")
    longitude = models.FloatField("longitudine")
    social_url = models.URLField(
        "pagina de Facebook",
        blank=True,
        validators=[https_only],
        help_text="Apare ca „Pagina de Facebook” pe paginile județului; goală: pagina rețelei.",
    )
    contact_email = models.EmailField(
        "e-mail redacție", blank=True, help_text="Gol: adresa implicită a redacției județului."
    )
    description = models.CharField(
        "descriere scurtă",
        max_length=300,
        blank=True,
        help_text="Una-două propoziții despre redacția județului, afișate pe paginile lui.",
    )

    class Meta:
        ordering = ["name"]
        verbose_name = "județ"
        verbose_name_plural = "județe"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("portal:county", args=[self.slug])

    @property
    def is_capital(self) -> bool:
        return self.code == "B"

    @property
    def label(self) -> str:
        """Return the phrase used after 'din': 'județul Bacău' or 'București'."""
        return self.name if self.is_capital else f"județul {self.name}"

    @property
    def tagline(self) -> str:
        return f"Știri de calitate din {self.label}"

    @property
    def email(self) -> str:
        return self.contact_email or f"{self.slug}@{settings.CONTACT_DOMAIN}"


class LocalityQuerySet(models.QuerySet):
    def by_path(self, county_slug: str, slug: str) -> "Locality | None":
        """Return the place of a /<județ>/<localitate>/ address, or None."""
        return self.select_related("county", "commune").filter(county__slug=county_slug, slug=slug).first()

    def for_geo_places(self, places) -> list["Locality"]:
        """Return the SIRUTA places among an article's geotagged places (its geo_places), each once.

        The tagger names a place and its county; homonyms inside one county are not told apart
        there, so the larger (then the older-coded) of them stands for the name.
        """
        wanted = {
            (p.get("county"), fold(p.get("name") or ""))
            for p in places or ()
            if isinstance(p, dict) and p.get("kind") == "place" and p.get("county") and p.get("name")
        }
        wanted = set(list(wanted)[:50])  # bounded: a long article names a few dozen places at most
        if not wanted:
            return []
        found: dict[tuple, Locality] = {}
        rows = self.filter(county__slug__in={c for c, _ in wanted}, name_folded__in={n for _, n in wanted})
        for row in rows.select_related("county").order_by("-rank", "siruta"):
            found.setdefault((row.county.slug, row.name_folded), row)
        return [found[key] for key in sorted(found, key=lambda k: k[1]) if key in wanted]

    def with_news(self):
        """Return the places that have at least one visible article of their own or of their villages."""
        from news.models import Article

        visible = Article.objects.visible()
        return self.filter(
            models.Exists(visible.filter(place_links__locality=models.OuterRef("pk")))
            | models.Exists(visible.filter(place_links__commune=models.OuterRef("pk")))
        )


class Locality(models.Model):
    """A SIRUTA place: city, town, commune or village, with a folded name for matching."""

    RANK_CHOICES = [(3, "municipiu"), (2, "oraș"), (1, "comună"), (0, "sat")]
    # How a place is called before its name ("comuna Parava", "orașul Slănic-Moldova").
    KIND_WORDS = {3: "municipiul", 2: "orașul", 1: "comuna"}

    siruta = models.PositiveIntegerField("cod SIRUTA", unique=True)
    county = models.ForeignKey(County, on_delete=models.CASCADE, related_name="localities", verbose_name="județ")
    name = models.CharField("nume", max_length=80)
    name_folded = models.CharField("nume fără diacritice", max_length=80, db_index=True)
    rank = models.PositiveSmallIntegerField("rang", choices=RANK_CHOICES, default=0)
    slug = models.SlugField("adresă scurtă (slug)", max_length=100, blank=True)
    # The row standing for the commune, town or city the place belongs to (itself for that row).
    commune = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="villages", verbose_name="comuna"
    )

    objects = LocalityQuerySet.as_manager()

    class Meta:
        ordering = ["county", "-rank", "name"]
        verbose_name = "localitate"
        verbose_name_plural = "localități"
        indexes = [models.Index(fields=["county", "slug"], name="locality_county_slug")]

    def __str__(self) -> str:
        return f"{self.name} ({self.county.code})"

    def save(self, *args, **kwargs):
        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("portal:place", args=[self.county.slug, self.slug])

    @property
    def is_commune(self) -> bool:
        """Tell whether the place stands for its commune, town or city (its page gathers the villages')."""
        return self.commune_id is None or self.commune_id == self.pk

    @property
    def kind_word(self) -> str:
        if self.name.startswith("Sectorul "):  # București's sectors: the name says it
            return ""
        if not self.is_commune:
            return "satul"
        return self.KIND_WORDS.get(self.rank, "localitatea")

    @property
    def label(self) -> str:
        """Return 'comuna Parava, județul Bacău' (the village's commune is named on its page)."""
        return f"{self.kind_word} {self.name}, {self.county.label}".lstrip()
