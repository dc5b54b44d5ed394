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
    social_url = models.URLField("pagina de Facebook", blank=True, validators=[https_only],
                                 help_text="Apare ca „Pagina de Facebook” pe paginile județului; goală: pagina rețelei.")
    contact_email = models.EmailField("e-mail redacție", blank=True,
                                      help_text="Gol: adresa implicită a redacției județului.")
    description = models.CharField("descriere scurtă", max_length=300, blank=True,
                                   help_text="Una-două propoziții despre redacția județului, afișate pe paginile lui.")

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


class Locality(models.Model):
    """A SIRUTA place: city, town, commune or village, with a folded name for matching."""

    RANK_CHOICES = [(3, "municipiu"), (2, "oraș"), (1, "comună"), (0, "sat")]

    siruta = models.PositiveIntegerField("cod SIRUTA", unique=True)
    county = models.ForeignKey(County, on_delete=models.CASCADE, related_name="localities", verbose_name="județ")
    name = models.CharField("nume", max_length=80)
    name_folded = models.CharField("nume fără diacritice", max_length=80, db_index=True)
    rank = models.PositiveSmallIntegerField("rang", choices=RANK_CHOICES, default=0)

    class Meta:
        ordering = ["county", "-rank", "name"]
        verbose_name = "localitate"
        verbose_name_plural = "localități"

    def __str__(self) -> str:
        return f"{self.name} ({self.county.code})"

    def save(self, *args, **kwargs):
        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)

