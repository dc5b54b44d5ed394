"""The national home page: top stories, latest from Romania, a block per region, categories."""

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from portal import lead, lists, queries, seo, sidebar
from portal.cache import cached_page
from portal.regions import REGION_OF, REGIONS
from portal.views.common import render_page

TOP_STORIES = 5
LATEST = 15
POOL = 400  # newest (id, county) pairs grouped into region blocks; one indexed read instead of 42
PER_REGION = 4


def region_ids(pool: list[tuple], code_of: dict[int, str]) -> dict[str, list[int]]:
    """Group the pool's (id, county id, …) rows by development region, up to PER_REGION each."""
    by_region: dict[str, list[int]] = {slug: [] for slug, _, _ in REGIONS}
    for article_id, county_id, *_ in pool:
        region = REGION_OF.get(code_of.get(county_id))
        if region and len(by_region[region]) < PER_REGION:
            by_region[region].append(article_id)
    return by_region


def top_stories(found: list[lead.Candidate], loaded: dict, now) -> list[lists.TopStory]:
    """Return the first TOP_STORIES stories, in lead order, whose representative readers may see."""
    shown = [c for c in found if loaded.get(c.representative_id) is not None and loaded[c.representative_id].is_visible]
    ranked = lead.rank(shown, now, lambda c: bool(loaded[c.representative_id].image_src))
    return [lists.TopStory(c.id, c.source_count, loaded[c.representative_id]) for c in ranked[:TOP_STORIES]]


@cached_page
def home(request: HttpRequest) -> HttpResponse:
    counties = queries.counties()
    pool = lists.newest("1 = 1", [], POOL, columns="a.id, a.county_id")
    now = timezone.now()
    found = lead.candidates(now)
    by_region = region_ids(pool, {c.id: c.code for c in counties})
    newest_ids = [row[0] for row in pool[: LATEST + TOP_STORIES]]
    loaded = lists.load_teasers([c.representative_id for c in found] + newest_ids + sum(by_region.values(), []))
    stories = top_stories(found, loaded, now)
    shown = {s.representative_id for s in stories}
    codes = {c.code: c for c in counties}
    context = {
        "stories": stories,
        "latest": lists.pick(loaded, [i for i in newest_ids if i not in shown])[:LATEST],
        "regions": [
            {
                "slug": slug,
                "name": name,
                "articles": lists.pick(loaded, by_region[slug]),
                "counties": [codes[code] for code in members if code in codes],
            }
            for slug, name, members in REGIONS
        ],
        "categories": queries.categories(),
        "breaking": queries.breaking(),
        "seo": seo.page_meta(request, title=None, description=seo.SITE_DESCRIPTION),
        "most_read": sidebar.most_read_html(None),
    }
    return render_page(request, "portal/home.html", context)
