"""The national home page: top stories, latest from Romania, a block per region, categories."""
from datetime import timedelta

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from portal import queries, seo
from portal.cache import cached_page
from portal.regions import REGION_OF, REGIONS
from portal.views.common import render_page

TOP_STORIES = 5
LATEST = 15
POOL = 400  # newest articles grouped into region blocks; one indexed read instead of 42
PER_REGION = 4
TOP_WINDOW = timedelta(hours=36)


def region_blocks(pool: list, counties: list) -> list[dict]:
    """Group the pool's articles by development region, newest first, up to PER_REGION each."""
    by_region: dict[str, list] = {slug: [] for slug, _, _ in REGIONS}
    for article in pool:
        region = REGION_OF.get(article.county.code) if article.county_id else None
        if region and len(by_region[region]) < PER_REGION:
            by_region[region].append(article)
    codes = {c.code: c for c in counties}
    return [{"slug": slug, "name": name, "articles": by_region[slug],
             "counties": [codes[code] for code in members if code in codes]}
            for slug, name, members in REGIONS]


@cached_page
def home(request: HttpRequest) -> HttpResponse:
    pool = queries.latest(POOL)
    stories = queries.top_stories(TOP_STORIES, timezone.now() - TOP_WINDOW)
    shown = {s.representative_id for s in stories}
    context = {
        "stories": stories,
        "latest": [a for a in pool if a.id not in shown][:LATEST],
        "regions": region_blocks(pool, queries.counties()),
        "categories": queries.categories(),
        "seo": seo.page_meta(request, title=None, description=seo.SITE_DESCRIPTION),
    }
    return render_page(request, "portal/home.html", context)
