"""Stored outside data (weather, BNR rates) and operator-managed radio stations and ad slots."""

from datetime import date
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

from news.models import County
from widgets import adcode


class ServiceStatus(models.Model):
    """When an outside service was last asked and last answered, for the admin and the widgets."""

    key = models.CharField(max_length=20, unique=True)
    last_attempt_at = models.DateTimeField("ultima încercare", null=True, blank=True)
    last_success_at = models.DateTimeField("ultima reușită", null=True, blank=True)
    last_error = models.TextField("ultima eroare", blank=True)

    class Meta:
        verbose_name = "serviciu extern"
        verbose_name_plural = "servicii externe"

    def __str__(self) -> str:
        return self.key

    @classmethod
    def record(cls, key: str, error: str = "", now=None) -> "ServiceStatus":
        """Record one attempt; a success clears the error, a failure keeps the last success."""
        now = now or timezone.now()
        status, _ = cls.objects.get_or_create(key=key)
        status.last_attempt_at = now
        status.last_error = error
        if not error:
            status.last_success_at = now
        status.save()
        return status


class WeatherReading(models.Model):
    """The current weather at a county seat, replaced at every successful refresh."""

    county = models.OneToOneField(County, on_delete=models.CASCADE, related_name="weather")
    observed_at = models.DateTimeField("ora observației")
    fetched_at = models.DateTimeField("preluat la")
    temperature = models.FloatField("temperatura (°C)")
    weather_code = models.PositiveSmallIntegerField("cod WMO")
    today_min = models.FloatField("minima zilei", null=True, blank=True)
    today_max = models.FloatField("maxima zilei", null=True, blank=True)

    class Meta:
        verbose_name = "vremea curentă"
        verbose_name_plural = "vremea curentă"

    def __str__(self) -> str:
        return f"{self.county}: {self.temperature:.0f} °C"


class WeatherForecast(models.Model):
    """One day of a county seat's forecast."""

    county = models.ForeignKey(County, on_delete=models.CASCADE, related_name="forecasts")
    date = models.DateField("ziua")
    weather_code = models.PositiveSmallIntegerField("cod WMO")
    temp_min = models.FloatField("minima")
    temp_max = models.FloatField("maxima")
    fetched_at = models.DateTimeField("preluat la")

    class Meta:
        ordering = ["county", "date"]
        constraints = [models.UniqueConstraint(fields=["county", "date"], name="forecast_one_per_day")]
        verbose_name = "prognoză"
        verbose_name_plural = "prognoze"

    def __str__(self) -> str:
        return f"{self.county} {self.date}"


class ExchangeRateQuerySet(models.QuerySet):
    def latest_date(self) -> date | None:
        return self.aggregate(latest=models.Max("date"))["latest"]

    def previous_date(self, before: date) -> date | None:
        return self.filter(date__lt=before).aggregate(previous=models.Max("date"))["previous"]

    def history(self, currency: str, days: int = 30):
        """Return the last `days` published rates of a currency, oldest first."""
        newest = list(self.filter(currency=currency).order_by("-date")[:days])
        return newest[::-1]


class ExchangeRate(models.Model):
    """A BNR reference rate: `value` RON for `multiplier` units of the currency, on `date`."""

    date = models.DateField("data", db_index=True)
    currency = models.CharField("moneda", max_length=3)
    value = models.DecimalField("valoare (lei)", max_digits=14, decimal_places=4)
    multiplier = models.PositiveIntegerField("pentru (unități)", default=1)

    objects = ExchangeRateQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "currency"]
        constraints = [models.UniqueConstraint(fields=["date", "currency"], name="rate_one_per_day")]
        verbose_name = "curs BNR"
        verbose_name_plural = "cursuri BNR"

    def __str__(self) -> str:
        return f"{self.date} {self.multiplier} {self.currency} = {self.value} lei"

    @property
    def per_unit(self) -> Decimal:
        """Return lei for one unit (BNR quotes some currencies per 100 units)."""
        return self.value / self.multiplier


class RadioStationQuerySet(models.QuerySet):
    def enabled(self):
        return self.filter(enabled=True)

    def national(self):
        return self.filter(county__isnull=True)

    def of_county(self, county):
        return self.filter(county=county)


class RadioStation(models.Model):
    """A live stream: national when it has no county."""

    name = models.CharField("nume", max_length=120)
    slug = models.SlugField(max_length=120, unique=True)
    stream_url = models.URLField("adresa stream-ului", max_length=500)
    county = models.ForeignKey(
        County,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="radio_stations",
        help_text="Gol pentru posturile naționale.",
    )
    homepage = models.URLField("site", max_length=500, blank=True)
    format = models.CharField("format", max_length=80, blank=True, help_text="De exemplu: știri, muzică, cultură.")
    position = models.PositiveSmallIntegerField("ordine", default=0)
    enabled = models.BooleanField("activ", default=True)

    objects = RadioStationQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = "post de radio"
        verbose_name_plural = "posturi de radio"

    def __str__(self) -> str:
        return self.name

    @property
    def is_national(self) -> bool:
        return self.county_id is None

    @property
    def is_playlist(self) -> bool:
        """Return True for .pls/.m3u playlists, which an <audio> element cannot play."""
        path = self.stream_url.lower().split("?", 1)[0]
        return path.endswith((".pls", ".m3u", ".m3u8"))


class AdSlotQuerySet(models.QuerySet):
    def active(self, now=None):
        """Return enabled slots whose dates include now."""
        now = now or timezone.now()
        return self.filter(enabled=True).filter(
            Q(starts_at__isnull=True) | Q(starts_at__lte=now), Q(ends_at__isnull=True) | Q(ends_at__gt=now)
        )

    def for_county(self, county):
        """Return slots shown in a county: those scoped to it and those with no scope."""
        everywhere = Q(counties__isnull=True)
        return self.filter(everywhere | Q(counties=county) if county else everywhere).distinct()


class AdSlot(models.Model):
    """An ad position filled by a house ad (image + link) or an ad network's snippet."""

    HEADER, SIDEBAR, IN_ARTICLE = "header", "sidebar", "in_article"
    POSITION_CHOICES = [(HEADER, "antet"), (SIDEBAR, "coloana laterală"), (IN_ARTICLE, "în articol")]
    HOUSE, NETWORK = "house", "network"
    KIND_CHOICES = [(HOUSE, "reclamă proprie (imagine + link)"), (NETWORK, "rețea de publicitate (cod)")]

    name = models.CharField("nume", max_length=120)
    position = models.CharField("poziție", max_length=12, choices=POSITION_CHOICES)
    counties = models.ManyToManyField(
        County,
        blank=True,
        related_name="ad_slots",
        verbose_name="județe",
        help_text="Niciun județ ales: reclama apare peste tot.",
    )
    starts_at = models.DateTimeField("de la", null=True, blank=True)
    ends_at = models.DateTimeField("până la", null=True, blank=True)
    kind = models.CharField("tip", max_length=8, choices=KIND_CHOICES, default=HOUSE)
    image = models.ImageField("imagine", upload_to="reclame/", blank=True)
    image_alt = models.CharField("text alternativ", max_length=200, blank=True)
    link = models.URLField("link", max_length=500, blank=True)
    # Django's admin prints help text as HTML: it names tags in words, never as markup.
    snippet = models.TextField(
        "cod rețea",
        blank=True,
        help_text="Codul HTML dat de rețeaua de publicitate. Scripturile se încarcă doar de pe originile "
        "stabilite de operator în ADS_SCRIPT_ORIGINS; scripturile inline și atributele on… sunt refuzate.",
    )
    width = models.PositiveSmallIntegerField("lățime (px)", default=300)
    height = models.PositiveSmallIntegerField("înălțime (px)", default=250)
    enabled = models.BooleanField("activă", default=True)

    objects = AdSlotQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        # Code on the pages and what the CSP admits are the operator's, never the editors' (issue 11).
        permissions = [("change_ad_code", "Poate schimba codul rețelelor de publicitate de pe pagini")]
        verbose_name = "spațiu publicitar"
        verbose_name_plural = "spații publicitare"

    def __str__(self) -> str:
        return self.name

    def code_to_render(self) -> str:
        """Return the network code if it still passes the check (rows saved before it, or the
        origins changed since), else nothing: the slot stays empty rather than risk the page."""
        if self.kind != self.NETWORK or adcode.problems(self.snippet, settings.ADS_SCRIPT_ORIGINS):
            return ""
        return self.snippet

    def clean(self):
        if self.kind == self.NETWORK:
            found = adcode.problems(self.snippet, settings.ADS_SCRIPT_ORIGINS)
            if found:
                raise ValidationError({"snippet": "; ".join(found)})
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": "Sfârșitul trebuie să fie după început."})
        if self.kind == self.HOUSE and not (self.image and self.link):
            raise ValidationError("O reclamă proprie are nevoie de imagine și link.")
        if self.kind == self.NETWORK and not self.snippet.strip():
            raise ValidationError({"snippet": "O rețea de publicitate are nevoie de cod."})
