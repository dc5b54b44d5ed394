"""Place pages: a town's, commune's or village's news (/<județ>/<localitate>/) and a county's places."""

from django.http import Http404, HttpRequest, HttpResponse

from news.models import Locality
from portal import lists, queries, seo
from portal.cache import cached_page
from portal.views.category import county_category
from portal.views.common import page_number, paged, render_page


def county_path(request: HttpRequest, county_slug: str, slug: str) -> HttpResponse:
    """Route /<județ>/<x>/: a category of the county, else a place (their slugs never meet, see communes.py)."""
    if queries.category_by_slug(slug) is not None:
        return county_category(request, county_slug=county_slug, slug=slug)
    return place(request, county_slug=county_slug, slug=slug)


def villages_of(commune: Locality) -> list[tuple[Locality, bool]]:
    """Return the commune's other places, by name, each with whether it has news (only those are links)."""
    villages = list(commune.villages.exclude(pk=commune.pk).select_related("county").order_by("name"))
    with_news = lists.places_with_news(v.pk for v in villages)
    return [(village, village.pk in with_news) for village in villages]


@cached_page
def place(request: HttpRequest, county_slug: str, slug: str) -> HttpResponse:
    county = queries.county_by_slug(county_slug)
    found = Locality.objects.by_path(county_slug, slug) if county else None
    if found is None:
        raise Http404("localitate necunoscută")
    page = page_number(request)
    ids, has_next = paged(lambda limit, offset: lists.place_ids(found.pk, found.is_commune, limit, offset), page)
    commune = None if found.is_commune else found.commune
    context = {
        "place": found,
        "county": county,
        "commune": commune,
        "page": page,
        "has_next": has_next,
        "villages": villages_of(found) if found.is_commune and page == 1 else [],
        "articles": lists.pick(lists.load_teasers(ids), ids),
        "seo": seo.page_meta(
            request, title=f"Știri din {found.name}, {county.name}", description=f"Ultimele știri din {found.label}."
        ),
    }
    if not ids:
        # A place we know, without news yet: say so and show where its news would be.
        context["seo"] = seo.page_meta(
            request,
            title=f"Încă nu avem știri din {found.name}, {county.name}",
            description=f"Știrile din {found.label} vor apărea aici.",
        )
        context["seo"]["robots"] = "noindex"
        context["commune_has_news"] = bool(commune) and commune.pk in lists.places_with_news([commune.pk])
        return render_page(request, "portal/place_empty.html", context, section=county, status=404)
    return render_page(request, "portal/place.html", context, section=county)


@cached_page
def county_places(request: HttpRequest, county_slug: str) -> HttpResponse:
    """Every place of a county with news: towns and communes, their villages under them."""
    county = queries.county_by_slug(county_slug)
    if county is None:
        raise Http404("județ necunoscut")
    communes = dict(lists.place_counts(county.id))
    villages = dict(lists.place_counts(county.id, by="locality_id"))
    rows = {row.pk: row for row in Locality.objects.filter(pk__in=set(communes) | set(villages))}
    groups = []
    for commune_id, count in communes.items():
        if commune_id not in rows:
            continue
        under = sorted(
            (rows[v] for v in villages if v in rows and v != commune_id and rows[v].commune_id == commune_id),
            key=lambda r: r.name,
        )
        groups.append({"place": rows[commune_id], "count": count, "villages": [(v, villages[v.pk]) for v in under]})
    groups.sort(key=lambda g: g["place"].name)
    for group in groups:
        group["place"].county = county
        for village, _ in group["villages"]:
            village.county = county
    context = {
        "county": county,
        "groups": groups,
        "seo": seo.page_meta(
            request,
            title=f"Localități din {county.label}",
            description=f"Știri pe localități din {county.label}: orașe, comune și sate.",
        ),
    }
    return render_page(request, "portal/county_places.html", context, section=county)
