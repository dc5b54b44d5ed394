"""The radio and exchange-rate pages: database reads only, never an outside request."""

import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template

from widgets import radio, rates
from widgets.charts import line_chart
from widgets.converter import TO_RON, ConverterForm, convert
from widgets.formats import long_date, number
from widgets.models import AdSlot, ExchangeRate
from widgets.registry import STYLESHEETS, ad_slots_html, quote_row, sidebar_html

log = logging.getLogger("widgets.views")
PORTAL_BASE, FALLBACK_BASE = "portal/base.html", "widgets/page_base.html"
CHART_POINTS = 30


def base_template() -> str:
    """Return the portal's base template, or a plain one while the portal has none."""
    try:
        get_template(PORTAL_BASE)
        return PORTAL_BASE
    except TemplateDoesNotExist:
        return FALLBACK_BASE


def _page(request: HttpRequest, template: str, context: dict) -> HttpResponse:
    context = {
        "base_template": base_template(),
        "site_name": settings.SITE_NAME,
        "widget_stylesheets": STYLESHEETS,
        "sidebar_html": sidebar_html(None, request),
        "header_ads": ad_slots_html(AdSlot.HEADER, None, request),
        **context,
    }
    try:
        response = render(request, template, context)
    except Exception:
        if context["base_template"] == FALLBACK_BASE:
            raise
        # The portal's base may expect context these pages lack; a plain page beats an error page.
        log.exception("widgets: %s failed inside %s, rendered in the plain layout", template, PORTAL_BASE)
        response = render(request, template, {**context, "base_template": FALLBACK_BASE})
    response["Cache-Control"] = "public, max-age=60"
    return response


def radio_page(request: HttpRequest) -> HttpResponse:
    return _page(request, "widgets/radio_page.html", {"sections": radio.sections()})


def rates_page(request: HttpRequest) -> HttpResponse:
    day, quotes = rates.quotes()
    codes = [q.currency for q in quotes]
    context = {"date": day, "date_text": long_date(day) if day else "", "quotes": [quote_row(q) for q in quotes]}
    if not quotes:
        return _page(request, "widgets/rates_page.html", context)

    chart_currency = request.GET.get("grafic", "").upper()
    chart_currency = chart_currency if chart_currency in codes else ("EUR" if "EUR" in codes else codes[0])
    history = ExchangeRate.objects.history(chart_currency, CHART_POINTS)
    context.update(
        {
            "chart_currency": chart_currency,
            "chart_points": len(history),
            "chart_multiplier": history[-1].multiplier,
            "chart_from": long_date(history[0].date),
            "chart_to": long_date(history[-1].date),
            "chart": line_chart([(r.date, r.value) for r in history], f"Evoluția cursului {chart_currency}"),
        }
    )

    form = ConverterForm(request.GET if "suma" in request.GET else None, currencies=codes)
    context.update({"form": form, "conversion": None, "selected_currency": "EUR", "selected_direction": TO_RON})
    if form.is_bound and form.is_valid():
        code, direction = form.cleaned_data["moneda"], form.cleaned_data["directie"]
        result = convert(form.cleaned_data["suma"], ExchangeRate.objects.get(date=day, currency=code), direction)
        context.update(
            {
                "conversion": result,
                "selected_currency": code,
                "selected_direction": direction,
                "conversion_text": f"{number(result.amount, 2)} {result.source_code} = {number(result.result, 2)} {result.target_code}",
            }
        )
    elif form.is_bound:
        context.update(
            {
                "selected_currency": request.GET.get("moneda", "EUR"),
                "selected_direction": request.GET.get("directie", TO_RON),
            }
        )
    return _page(request, "widgets/rates_page.html", context)
