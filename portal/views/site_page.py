"""The site's own pages: Despre, Contact, Politica de confidențialitate, Termeni, Publicitate."""

from django.http import Http404, HttpRequest, HttpResponse

from portal import seo
from portal.cache import cached_page
from portal.site_pages import SitePage
from portal.views.common import render_page


@cached_page
def site_page(request: HttpRequest, slug: str) -> HttpResponse:
    page = SitePage.objects.filter(slug=slug).first()
    if page is None:
        raise Http404("pagină necunoscută")
    context = {"page": page, "seo": seo.page_meta(request, title=page.title, description=page.description)}
    return render_page(request, "portal/site_page.html", context)
