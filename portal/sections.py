"""Section pages (home, Recente, a county, a category) named by a path or by the Referer."""

from urllib.parse import urlsplit

from django.http import HttpRequest

from portal import queries


def referer_section(request: HttpRequest) -> str:
    """Return the path of the same-site section the Referer points to, or '' for none."""
    referer = request.META.get("HTTP_REFERER", "")
    parts = urlsplit(referer)
    if referer and parts.netloc == request.get_host():
        found = section_of_path(parts.path)
        if found:
            return found[0]
    return ""


def section_of_path(path: str) -> tuple[str, str] | None:
    """Return (path, label) when a path is a section page: home, Recente, a county, a category."""
    if path == "/":
        return "/", "Acasă"
    if path == "/recente/":
        return path, "Recente"
    segments = [s for s in path.split("/") if s]
    if len(segments) == 2 and segments[0] == "categorie":
        category = queries.category_by_slug(segments[1])
        return (f"/categorie/{category.slug}/", category.name) if category else None
    if 1 <= len(segments) <= 2:
        county = queries.county_by_slug(segments[0])
        if county is None:
            return None
        if len(segments) == 2:
            category = queries.category_by_slug(segments[1])
            if category:
                return f"/{county.slug}/{category.slug}/", f"{county.name}, {category.name}"
            return None
        return f"/{county.slug}/", county.name
    return None
