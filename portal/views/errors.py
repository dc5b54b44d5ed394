"""Romanian 404, 410 and 500 pages (handler404/handler500 in gazeta/urls.py)."""

from django.conf import settings
from django.db.models import Model
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

GONE_QUERY_CHARS = 120  # the search offered for a removed article's title words (from its address)


def not_found(request: HttpRequest, exception=None) -> HttpResponse:
    from portal.views.common import render_page

    return render_page(request, "portal/404.html", {"sidebar_html": ""}, status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # No database, no widgets: whatever broke the page may still be broken.
    return HttpResponse(render_to_string("portal/500.html", {"request": request}), status=500)


def gone(request: HttpRequest, model: type[Model], pk: int, slug: str = "") -> HttpResponse | None:
    """Return a 410 page when row pk no longer exists but a later one does; None otherwise (a 404).

    Ids only grow, so a missing id below an existing one was stored here once and removed: by
    retention (other outlets' old articles, emptied stories) or by an editor. 410 tells search
    engines to drop the address; the reader is offered a search for the title's words (the slug,
    already limited to [-a-zA-Z0-9_] by the URL pattern). No tombstone rows: the size stays bounded.
    """
    if model.objects.filter(pk=pk).exists() or not model.objects.filter(pk__gt=pk).exists():
        return None
    from portal.views.common import render_page

    query = slug.replace("-", " ").replace("_", " ").strip()[:GONE_QUERY_CHARS]
    return render_page(
        request,
        "portal/410.html",
        {"sidebar_html": "", "query": query, "retention_days": settings.RETENTION_ARTICLE_DAYS},
        status=410,
    )
