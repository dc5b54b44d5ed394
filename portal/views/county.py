"""A county's section: latest local news, blocks by category, the county desk."""
from django.http import Http404, HttpRequest, HttpResponse

from news.models import Article
from portal import queries, seo
from portal.cache import cached_page
from portal.views.common import page_number, paged, render_page

POOL = 200  # newest local articles; category blocks are cut from them
PER_CATEGORY = 3


def category_blocks(pool: list, categories: list) -> list[dict]:
    """Return, per category in taxonomy order, the newest articles of the pool in it."""
    blocks = []
    for category in categories:
        items = [a for a in pool if a.category_id == category.id][:PER_CATEGORY]
        if items:
            blocks.append({"category": category, "articles": items})
    return blocks


@cached_page
def county(request: HttpRequest, slug: str) -> HttpResponse:
    section = queries.county_by_slug(slug)
    if section is None:
        raise Http404("județ necunoscut")
    page = page_number(request)
    articles, has_next = paged(lambda limit, offset: queries.latest_in_county(section, limit, offset), page)
    blocks = []
    if page == 1:
        pool = queries.fetch(Article.objects.filter(county=section), POOL)
        blocks = category_blocks(pool, queries.categories())
    context = {
        "articles": articles, "page": page, "has_next": has_next, "blocks": blocks,
        "categories": queries.categories(),
        "seo": seo.page_meta(request, title=f"Știri din {section.label}",
                             description=f"Ultimele știri din {section.label}: {section.tagline.lower()}."),
    }
    return render_page(request, "portal/county.html", context, section=section)
