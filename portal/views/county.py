"""A county's section: latest local news, blocks by category, the county desk."""

from datetime import timedelta

from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone

from news.models import Locality
from portal import county_map, county_shapes, lists, queries, seo, sidebar
from portal.cache import cached_page
from portal.views.common import page_number, paged, render_page

POOL = 200  # newest (id, category) pairs of the county; category blocks are cut from them
PER_CATEGORY = 3
TOP_PLACES = 8  # one or two lines of links under the county's news
TOP_PLACES_WINDOW = timedelta(days=7)


def category_ids(pool: list[tuple], categories: list) -> list[tuple]:
    """Return (category, ids) per category in taxonomy order, the newest PER_CATEGORY of the pool."""
    by_category: dict[int, list[int]] = {}
    for article_id, category_id, *_ in pool:
        found = by_category.setdefault(category_id, [])
        if len(found) < PER_CATEGORY:
            found.append(article_id)
    return [(category, by_category[category.id]) for category in categories if by_category.get(category.id)]


@cached_page
def county(request: HttpRequest, slug: str) -> HttpResponse:
    section = queries.county_by_slug(slug)
    if section is None:
        raise Http404("județ necunoscut")
    page = page_number(request)
    ids, has_next = paged(lambda limit, offset: lists.in_county_ids(section.id, limit, offset), page)
    wanted = []
    if page == 1:
        pool = lists.newest("a.county_id = %s", [section.id], POOL, columns="a.id, a.category_id")
        wanted = category_ids(pool, queries.categories())
    busiest = busiest_places(section, county_map.PLACE_DOTS) if page == 1 else []
    loaded = lists.load_teasers(ids + [i for _, found in wanted for i in found])
    context = {
        "articles": lists.pick(loaded, ids),
        "page": page,
        "has_next": has_next,
        "blocks": [{"category": category, "articles": lists.pick(loaded, found)} for category, found in wanted],
        "categories": queries.categories(),
        "breaking": queries.breaking(section),
        "top_places": busiest[:TOP_PLACES],
        "place_dots": county_map.place_dots(section, busiest),
        "county_outline": county_shapes.PATHS.get(section.code, ""),
        "county_viewbox": county_map.viewbox(section.code) if section.code in county_shapes.BOXES else "",
        "map_unit": county_map.unit(section.code),
        "most_read": sidebar.most_read_html(section),
        "seo": seo.page_meta(
            request,
            title=f"Știri din {section.label}",
            description=f"Ultimele știri din {section.label}: {section.tagline.lower()}.",
        ),
    }
    return render_page(request, "portal/county.html", context, section=section)


def busiest_places(section, limit: int = TOP_PLACES) -> list[tuple[Locality, int]]:
    """Return the county's towns and communes with the most news this week (a village counts for its commune)."""
    counts = lists.place_counts(section.id, since=timezone.now() - TOP_PLACES_WINDOW, limit=limit)
    rows = Locality.objects.in_bulk([place_id for place_id, _ in counts])
    found = []
    for place_id, count in counts:
        if place_id in rows:
            rows[place_id].county = section
            found.append((rows[place_id], count))
    return found
