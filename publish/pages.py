"""Which addresses are published, and which of them a change of articles touches.

Published: the site-wide pages, every county, category and county+category section with their
feeds, the sitemaps' first pages, and the newest PUBLISH_ARTICLES visible articles with their
stories and places. Older articles are served by Gazeta itself (cached): the bound keeps the
publish directory's size fixed however large the database grows.
"""

from dataclasses import dataclass

from news.models import Article, ArticlePlace, Category, County

# Pages every change of an article touches (lists of the newest, site feeds, the news sitemap).
SITE_WIDE = ("/", "/recente/", "/rss/", "/atom/", "/sitemap-stiri.xml")
# Pages published once and refreshed on the schedule (a county or category added is rare).
FIXED = ("/judete/", "/sitemap.xml", "/sitemap-sectiuni.xml")
FEEDS = ("rss/", "atom/")


@dataclass(frozen=True)
class Row:
    """What of an article decides which pages show it, and whether its own page changed."""

    slug: str
    county: str
    category: str
    story: int | None
    version: tuple  # changes whenever the article's own page would (edits, images, breaking)

    def url(self, pk: int) -> str:
        return f"/articol/{pk}/{self.slug or 'articol'}/"


def newest(limit: int) -> dict[int, Row]:
    """Return the newest `limit` visible articles as {id: Row} (one indexed walk per status)."""
    counties = dict(County.objects.values_list("id", "slug"))
    categories = dict(Category.objects.values_list("id", "slug"))
    found: list[tuple] = []
    for status in Article.VISIBLE_STATUSES:
        found += (
            Article.objects.visible(statuses=(status,))
            .latest_first()
            .values_list(
                "id", "published_at", "slug", "county_id", "category_id", "story_id",
                "modified_at", "breaking_until", "image_key", "status",
            )[:limit]
        )  # fmt: skip
    found.sort(key=lambda r: (r[1], r[0]), reverse=True)
    return {
        r[0]: Row(r[2], counties.get(r[3], ""), categories.get(r[4], ""), r[5], (r[6], r[7], r[8], r[9], r[1]))
        for r in found[:limit]
    }


def still_visible(ids: list[int]) -> set[int]:
    """Return those of these articles readers may still see (pushed out of the window, not hidden)."""
    return set(Article.objects.visible().filter(pk__in=ids).values_list("id", flat=True)) if ids else set()


def latest_id() -> int | None:
    """Return the highest article id (the primary key's index: microseconds)."""
    return Article.objects.order_by("-id").values_list("id", flat=True).first()


def split(paths) -> tuple[list[str], list[str]]:
    """Return (pages readers open first: home, recent, counties, categories; the others: feeds,
    stories, places, sitemaps), each sorted. A batch redoes the first ones before anything else."""
    categories = set(Category.objects.values_list("slug", flat=True))
    first, later = [], []
    for path in sorted(paths):
        parts = path.strip("/").split("/")
        primary = path in ("/", "/recente/") or (
            not path.endswith(("/rss/", "/atom/", ".xml"))
            and parts[0] not in ("subiect", "articol")
            and (len(parts) == 1 or parts[0] == "categorie" or (len(parts) == 2 and parts[1] in categories))
        )
        (first if primary else later).append(path)
    return first, later


def section_pages() -> list[str]:
    """Return every county, category and county+category page with its feeds, and the fixed pages."""
    counties = list(County.objects.values_list("slug", flat=True))
    categories = list(Category.objects.values_list("slug", flat=True))
    pages = [*SITE_WIDE, *FIXED]
    for county in counties:
        pages += [f"/{county}/", *(f"/{county}/{feed}" for feed in FEEDS)]
        pages += [f"/{county}/{category}/" for category in categories]
    for category in categories:
        pages += [f"/categorie/{category}/", *(f"/categorie/{category}/{feed}" for feed in FEEDS)]
    return pages


def touched(rows: list[Row], other_counties: set[str]) -> set[str]:
    """Return the list pages that show these articles (old and new versions alike)."""
    pages = set(SITE_WIDE)
    for row in rows:
        counties = {row.county} if row.county else set()
        if row.category:
            pages.add(f"/categorie/{row.category}/")
            pages.update(f"/categorie/{row.category}/{feed}" for feed in FEEDS)
        for county in counties:
            pages.add(f"/{county}/")
            pages.update(f"/{county}/{feed}" for feed in FEEDS)
            if row.category:
                pages.add(f"/{county}/{row.category}/")
        if row.story:
            pages.add(f"/subiect/{row.story}/")
    for county in other_counties:
        pages.add(f"/{county}/")
        pages.update(f"/{county}/{feed}" for feed in FEEDS)
    return pages


def secondary_counties(ids: list[int]) -> set[str]:
    """Return the slugs of the other counties these articles are also listed in."""
    through = Article.other_counties.through
    return set(through.objects.filter(article_id__in=ids).values_list("county__slug", flat=True))


def place_pages(ids: list[int]) -> set[str]:
    """Return the place pages (localities and their communes) these articles are listed on."""
    pages = set()
    links = ArticlePlace.objects.filter(article_id__in=ids).select_related("locality__county", "commune__county")
    for link in links:
        pages.add(link.locality.get_absolute_url())
        if link.commune_id:
            pages.add(link.commune.get_absolute_url())
    return pages
