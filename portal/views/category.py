"""Category pages, national (/categorie/sport/) and per county (/bacau/sport/)."""

from django.http import Http404, HttpRequest, HttpResponse

from portal import lists, queries, seo
from portal.cache import cached_page
from portal.views.common import page_number, paged, render_page


def _render(request: HttpRequest, category_slug: str, county=None) -> HttpResponse:
    section = queries.category_by_slug(category_slug)
    if section is None:
        raise Http404("categorie necunoscută")
    page = page_number(request)
    where, params = "a.category_id = %s", [section.id]
    if county is not None:
        where, params = where + " AND a.county_id = %s", params + [county.id]
    ids, has_next = paged(lambda limit, offset: lists.ids(where, params, limit, offset), page)
    articles = lists.pick(lists.load_teasers(ids), ids)
    where = f" din {county.label}" if county else ""
    context = {
        "category": section,
        "county": county,
        "articles": articles,
        "page": page,
        "has_next": has_next,
        "categories": queries.categories(),
        "seo": seo.page_meta(
            request, title=f"{section.name}{where}", description=f"Ultimele știri din categoria {section.name}{where}."
        ),
    }
    return render_page(request, "portal/category.html", context, section=county)


@cached_page
def category(request: HttpRequest, slug: str) -> HttpResponse:
    return _render(request, slug)


@cached_page
def county_category(request: HttpRequest, county_slug: str, slug: str) -> HttpResponse:
    county = queries.county_by_slug(county_slug)
    if county is None:
        raise Http404("județ necunoscut")
    return _render(request, slug, county)
