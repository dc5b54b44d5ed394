"""The one place listing the widgets a page shows, in order.

Each widget builds its context from the database only (never an outside request), through a
short cache; a widget that fails is logged and left out, so the page around it stays complete.
Portal templates call `sidebar_html(county)` (or iterate `sidebar(county)` themselves).
"""

import logging
from collections.abc import Callable

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from markupsafe import Markup

from lib.ro import relative_age
from news.models import County
from widgets import ads, rates
from widgets.formats import degrees, long_date, number, weekday
from widgets.icons import icon_svg
from widgets.models import AdSlot, RadioStation, WeatherForecast, WeatherReading
from widgets.weather import ATTRIBUTION_URL
from widgets.wmo import describe

log = logging.getLogger("widgets.registry")
CACHE_SECONDS = 60  # outside data changes every 30-60 min; a minute of staleness is invisible
STYLESHEETS = ["widgets/widgets.css"]  # the portal's base template links these
FALLBACK_COUNTY = "B"  # national pages show the weather of the capital


def _cached(key: str, build: Callable[[], dict]) -> dict:
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, CACHE_SECONDS)
    return value


def weather_context(county: County | None) -> dict:
    """Return the weather widget's context: current reading, today's range, the next 3 days."""
    county = county or County.objects.filter(code=FALLBACK_COUNTY).first()
    if county is None:
        return {"place": "", "reading": None, "attribution_url": ATTRIBUTION_URL}

    def build() -> dict:
        reading = WeatherReading.objects.filter(county=county).first()
        if reading is None:
            return {"place": county.seat, "reading": None, "attribution_url": ATTRIBUTION_URL}
        today = timezone.localdate()
        days = WeatherForecast.objects.filter(county=county, date__gt=today).order_by("date")[:3]
        now_condition = describe(reading.weather_code)
        return {
            "place": county.seat,
            "attribution_url": ATTRIBUTION_URL,
            "reading": {
                "temperature": degrees(reading.temperature),
                "words": now_condition.words,
                "icon": icon_svg(now_condition.icon, 48),
                "min": degrees(reading.today_min),
                "max": degrees(reading.today_max),
                "fetched_at": reading.fetched_at,
            },
            "forecast": [
                {
                    "day": weekday(d.date),
                    "date": d.date,
                    "words": describe(d.weather_code).words,
                    "icon": icon_svg(describe(d.weather_code).icon, 28),
                    "min": degrees(d.temp_min),
                    "max": degrees(d.temp_max),
                }
                for d in days
            ],
        }

    context = dict(_cached(f"widgets:weather:{county.code}", build))
    if context.get("reading"):
        context["age"] = relative_age(context["reading"]["fetched_at"])
    return context


def quote_row(quote: rates.Quote) -> dict:
    """Return a quote's display fields: per-unit value, change with its direction in words."""
    words = {"up": "crește cu", "down": "scade cu", "flat": "neschimbat"}[quote.direction]
    return {
        "currency": quote.currency,
        "value": number(quote.per_unit),
        "direction": quote.direction,
        "change_words": words,
        "multiplier": quote.multiplier,
        "quoted": number(quote.value),
        "change": number(abs(quote.change)) if quote.change is not None else "",
    }


def rates_context(county: County | None) -> dict:
    """Return the exchange-rate widget's context: EUR, USD, GBP, CHF of the newest date, with change."""

    def build() -> dict:
        day, items = rates.quotes(rates.WIDGET_CURRENCIES)
        return {"date": day, "date_text": long_date(day) if day else "", "quotes": [quote_row(q) for q in items]}

    return _cached("widgets:rates", build)


def radio_context(county: County | None) -> dict:
    """Return the county's stations (national ones on pages of no county)."""

    def build() -> dict:
        stations = RadioStation.objects.enabled()
        stations = stations.of_county(county) if county else stations.national()
        return {
            "county": county.name if county else None,
            "stations": [
                {"name": s.name, "slug": s.slug, "format": s.format} for s in stations.order_by("position", "name")[:6]
            ],
        }

    return _cached(f"widgets:radio:{county.code if county else '-'}", build)


def ads_context(county: County | None, position: str = AdSlot.SIDEBAR) -> dict:
    """Return the ad slots of a position active now for the county."""
    return {"slots": ads.slots(position, county)}


# (template, context builder, skip when the context is empty by this key)
SIDEBAR: list[tuple[str, Callable[[County | None], dict], str | None]] = [
    ("widgets/weather.html", weather_context, None),
    ("widgets/rates.html", rates_context, None),
    ("widgets/radio.html", radio_context, "stations"),
    ("widgets/ads.html", ads_context, "slots"),
]


def sidebar(county: County | None) -> list[tuple[str, dict]]:
    """Return (template name, context) of each sidebar widget that built without error."""
    entries = []
    for template, build, needs in SIDEBAR:
        try:
            context = build(county)
        except Exception:  # a broken widget must not take the page down with it
            log.exception("widget %s failed for county %s", template, getattr(county, "code", "-"))
            continue
        if needs and not context.get(needs):
            continue
        entries.append((template, context))
    return entries


def render(entries: list[tuple[str, dict]], request=None) -> Markup:
    """Render widget entries to HTML, leaving out any whose template fails."""
    parts = []
    for template, context in entries:
        try:
            parts.append(render_to_string(template, context, request=request))
        except Exception:
            log.exception("widget %s failed to render", template)
    return Markup("".join(parts))


def sidebar_html(county: County | None, request=None) -> Markup:
    """Return the whole sidebar's HTML for a county page (None: national pages)."""
    return render(sidebar(county), request)


def ad_slots_html(position: str, county: County | None, request=None) -> Markup:
    """Return the HTML of the header or in-article ad slots for a county page."""
    try:
        context = ads_context(county, position)
    except Exception:
        log.exception("ads failed for position %s", position)
        return Markup("")
    return render([("widgets/ads.html", context)], request) if context["slots"] else Markup("")
