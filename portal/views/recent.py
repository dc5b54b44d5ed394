"""'Recente': everything, newest first, in pages that work without JavaScript."""

from django.http import HttpRequest, HttpResponse

from portal import lists, seo
from portal.cache import cached_page
from portal.views.common import page_number, paged, render_page


@cached_page
def recent(request: HttpRequest) -> HttpResponse:
    page = page_number(request)
    ids, has_next = paged(lambda limit, offset: lists.ids(limit=limit, offset=offset), page)
    articles = lists.pick(lists.load_teasers(ids), ids)
    context = {
        "articles": articles,
        "page": page,
        "has_next": has_next,
        "seo": seo.page_meta(request, title="Recente", description="Toate știrile, cele mai noi întâi."),
    }
    return render_page(request, "portal/recent.html", context)
