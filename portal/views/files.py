"""Plain files a reader's browser or a crawler asks for: uploaded images, robots.txt, favicon.ico."""

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.views.static import serve

from lib.site import site_url

# An upload's name never changes once saved (Django adds a suffix to a clashing name), so a
# browser or CDN may keep it long; a day keeps a replaced or removed image from lingering.
MEDIA_SECONDS = 86400
# Renditions are named by a hash of the original's bytes: a name never gets other content.
RENDITION_CACHE = "public, max-age=31536000, immutable"


def media(request: HttpRequest, path: str) -> HttpResponse:
    """Serve an uploaded file (own articles' lead images) from MEDIA_ROOT; no directory listings."""
    if not path or path.endswith("/"):
        raise Http404("Fișierul nu există.")
    try:
        response = serve(request, path, document_root=settings.MEDIA_ROOT)
    except SuspiciousFileOperation:  # '..' out of MEDIA_ROOT: nothing there for a reader
        raise Http404("Fișierul nu există.") from None
    immutable = path.startswith(f"{settings.IMAGES_DIR}/")
    response["Cache-Control"] = RENDITION_CACHE if immutable else f"public, max-age={MEDIA_SECONDS}"
    return response


def robots_txt(request: HttpRequest) -> HttpResponse:
    """Let crawlers read the site but not the admin or search results; name the sitemaps."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /cauta/",
        "Disallow: /previzualizare/",
        "",
        f"Sitemap: {site_url()}/sitemap.xml",
        f"Sitemap: {site_url()}/sitemap-stiri.xml",
        "",
    ]
    response = HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask /favicon.ico on pages without an icon link (the admin): send them the SVG."""
    return HttpResponsePermanentRedirect(static("portal/favicon.svg"))
