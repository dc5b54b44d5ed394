"""What every public page shares: the layout's context, page numbers, the back link."""

from urllib.parse import urlsplit

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from portal import sidebar
from portal.sections import section_of_path

PER_PAGE = 20
MAX_PAGE = 250  # deeper pages are for search and the sitemaps; offsets past this are refused


def render_page(request: HttpRequest, template: str, context: dict, section=None, status: int = 200) -> HttpResponse:
    """Render a public page with the layout's shared context (widgets, header ads, section)."""
    context = {"section": section, "widget_stylesheets": sidebar.stylesheets(), **context}
    if "sidebar_html" not in context:
        context["sidebar_html"] = sidebar.sidebar_html(section, request)
    context.setdefault("header_ads", sidebar.ads_html(sidebar.HEADER, section, request))
    return render(request, template, context, status=status)


def page_number(request: HttpRequest) -> int:
    """Return the ?pagina= number (1 when absent); a malformed or too deep one is a 404."""
    raw = request.GET.get("pagina", "1")
    # isascii(): str.isdigit() also accepts "²" and "٣", which int() refuses (issue 11).
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 4) or not 1 <= int(raw) <= MAX_PAGE:
        raise Http404("pagina nu există")
    return int(raw)


def paged(fetch, page: int, per_page: int = PER_PAGE) -> tuple[list, bool]:
    """Fetch one page plus one row to learn whether another page follows, without counting."""
    items = fetch(per_page + 1, (page - 1) * per_page)
    if page > 1 and not items:
        raise Http404("pagina nu există")
    return items[:per_page], len(items) > per_page


def back_target(request: HttpRequest, article) -> tuple[str, str]:
    """Return (path, label) of the section the reader came from, or the article's county.

    Only same-site section pages count: a search engine or another site as Referer gives the
    article's own section, so the link never leads off the site.
    """
    referer = request.META.get("HTTP_REFERER", "")
    parts = urlsplit(referer)
    if referer and parts.netloc == request.get_host():
        found = section_of_path(parts.path)
        if found:
            return found
    if article.county_id:
        return article.county.get_absolute_url(), article.county.name
    return "/", "Acasă"
