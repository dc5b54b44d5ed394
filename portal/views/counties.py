"""'Județe': the map of the 42 sections shaded by the last 24 hours' news, then the sections grouped by development region."""

from django.http import HttpRequest, HttpResponse

from portal import county_map, county_shapes, queries, seo
from portal.cache import cached_page
from portal.regions import REGIONS
from portal.views.common import render_page


@cached_page
def counties(request: HttpRequest) -> HttpResponse:
    found = queries.counties()
    codes = {c.code: c for c in found}
    counts = county_map.recent_counts()
    regions = [
        {
            "name": name,
            "counties": [
                (c, counts.get(c.id, 0))
                for c in sorted((codes[c] for c in members if c in codes), key=lambda c: c.name)
            ],
        }
        for _, name, members in REGIONS
    ]
    context = {
        "regions": regions,
        "total": len(codes),
        "map_items": county_map.national(found, counts),
        "map_legend": county_map.legend(counts),
        "map_viewbox": " ".join(str(n) for n in county_shapes.VIEWBOX),
        "seo": seo.page_meta(
            request,
            title="Județe",
            description="Harta știrilor din ultimele 24 de ore pe județe și secțiunile fiecărui județ și ale Bucureștiului.",
        ),
    }
    return render_page(request, "portal/counties.html", context)
