"""'Județul meu': the chosen county's latest news as a fragment the home page's script inserts first.

The choice lives in the reader's browser (localStorage, portal/static/portal/my-county.js): no
cookie, so the home page stays one cached page for everyone, and this fragment is one cached
page per county, whoever asks.
"""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from portal import lists, queries
from portal.cache import cached_page

LATEST = 5  # as many as a region block on the home page, plus one


@cached_page
def my_county(request: HttpRequest, slug: str) -> HttpResponse:
    section = queries.county_by_slug(slug)
    if section is None:
        raise Http404("județ necunoscut")
    ids = lists.in_county_ids(section.id, LATEST)
    context = {"section": section, "articles": lists.pick(lists.load_teasers(ids), ids)}
    response = render(request, "portal/_my_county.html", context)
    response["X-Robots-Tag"] = "noindex"  # a piece of the home page, not a page
    return response
