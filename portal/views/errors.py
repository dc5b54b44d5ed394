"""Romanian 404 and 500 pages (handler404/handler500 in gazeta/urls.py)."""
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string


def not_found(request: HttpRequest, exception=None) -> HttpResponse:
    from portal.views.common import render_page

    return render_page(request, "portal/404.html", {"sidebar_html": ""}, status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # No database, no widgets: whatever broke the page may still be broken.
    return HttpResponse(render_to_string("portal/500.html", {"request": request}), status=500)
