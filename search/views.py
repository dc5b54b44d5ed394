"""`/cauta/`: search with filters, ranked results, highlighted snippets, plain-link paging."""

import datetime as dt
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from news.models import Category, County
from search import ratelimit
from search.query import parse
from search.results import search
from search.suggest import did_you_mean

TOO_MANY = "Prea multe căutări într-un timp scurt. Vă rugăm să încercați din nou peste un minut."


def results(request: HttpRequest) -> HttpResponse:
    """Render the search page: the form, then the results of q with the chosen filters."""
    if not ratelimit.allow(request):
        response = render(
            request, "search/results.html", {"error": TOO_MANY, "form": _form(request, [], [])}, status=429
        )
        response["Retry-After"] = "60"
        return response
    counties = list(County.objects.only("id", "slug", "name"))
    categories = list(Category.objects.only("id", "slug", "name"))
    form = _form(request, counties, categories)
    query = parse(
        form["q"],
        county_id=form["county"].id if form["county"] else None,
        category_id=form["category"].id if form["category"] else None,
        since=form["since"],
        until=form["until"],
    )
    now = timezone.now()
    found = search(query, form["page"], now) if form["q"] else None
    filters = {key: getattr(query, key) for key in ("county_id", "category_id")}
    dates = {"since": form["since"], "until": form["until"]}
    suggestion = did_you_mean(
        form["q"], query, found, lambda better: search(better, 1, now), lambda text: parse(text, **filters, **dates)
    )
    context = {
        "form": form,
        "query": query,
        "found": found,
        "counties": counties,
        "categories": categories,
        "previous_url": _page_url(request, found.page - 1) if found and found.has_previous else "",
        "next_url": _page_url(request, found.page + 1) if found and found.has_next else "",
        "suggestion": suggestion,
        "suggestion_url": _page_url(request, 1, q=suggestion) if suggestion else "",
    }
    response = render(request, "search/results.html", context)
    response["Cache-Control"] = "private, max-age=60"
    response["X-Robots-Tag"] = "noindex"
    return response


def _form(request: HttpRequest, counties, categories) -> dict:
    """Return the cleaned parameters; unknown or malformed values are ignored, never an error."""
    get = request.GET
    by_slug = {c.slug: c for c in counties}
    category_by_slug = {c.slug: c for c in categories}
    return {
        "q": get.get("q", "").strip()[:200],
        "county": by_slug.get(get.get("judet", "")),
        "category": category_by_slug.get(get.get("categorie", "")),
        "since": _date(get.get("de_la", "")),
        "until": _date(get.get("pana_la", "")),
        "page": _int(get.get("pagina", "1")),
    }


# Days a filter may name: news older or newer is not indexed, and the calendar's edges (0001-01-01,
# 9999-12-31) overflow once turned into Bucharest time or moved by a day (issue 11).
FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(2999, 12, 31)


def _date(value: str) -> dt.date | None:
    try:
        day = dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
    return day if day and FIRST_DAY <= day <= LAST_DAY else None


def _int(value: str) -> int:
    # isascii(): str.isdigit() also accepts "²", which int() refuses.
    return int(value) or 1 if value.isascii() and value.isdigit() and len(value) < 5 else 1


def _page_url(request: HttpRequest, page: int, **replaced) -> str:
    params = {k: v for k, v in request.GET.items() if k != "pagina" and v}
    params.update(replaced)
    if page > 1:
        params["pagina"] = page
    return "/cauta/?" + urlencode(params)
