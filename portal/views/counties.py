"""'Județe': the 42 sections, grouped by development region."""

from django.http import HttpRequest, HttpResponse

from portal import queries, seo
from portal.cache import cached_page
from portal.regions import REGIONS
from portal.views.common import render_page


@cached_page
def counties(request: HttpRequest) -> HttpResponse:
    codes = {c.code: c for c in queries.counties()}
    regions = [
        {"name": name, "counties": sorted((codes[c] for c in members if c in codes), key=lambda c: c.name)}
        for _, name, members in REGIONS
    ]
    context = {
        "regions": regions,
        "total": len(codes),
        "seo": seo.page_meta(request, title="Județe", description="Știrile fiecărui județ și ale Bucureștiului."),
    }
    return render_page(request, "portal/counties.html", context)
