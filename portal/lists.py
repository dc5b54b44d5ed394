"""Id-first list reads: each list is one index walk for ids, and a page loads its teasers once.

A list read here is raw SQL returning ids, newest first: one `status = ?` branch per visible
status (each walks a (…, status, -published_at) index and stops after LIMIT rows), joined
with UNION ALL in one statement. The page then loads the teaser columns of all the ids it
shows in one ORM query (`load_teasers`), so rows are built once and the ORM compiles one
statement per page instead of one per list.
"""

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import datetime

from django.db import connection
from django.urls import get_script_prefix, reverse
from django.utils import timezone

from news.models import Article
from news.visibility import VISIBLE_STATUSES, visible_sql
from portal import queries
from portal.generation import remembered
from portal.pictures import picture

# A list shows each story once: its representative stands for it (clustering picks it: own
# newsroom first, then an outlet of the story's county, then the earliest), so a story that
# grows keeps its one place and pages do not shift. One primary-key probe per walked row.
ONE_PER_STORY = (
    "(a.story_id IS NULL OR EXISTS (SELECT 1 FROM news_story st "
    "WHERE st.id = a.story_id AND st.representative_id = a.id))"
)
# Up to this many rows (5 pages) the secondary-county read walks the time window of the
# primary rows; past it, the county's links (see in_county_ids). Measured at 1M articles.
WINDOW_MAX_ROWS = 100


@dataclass(frozen=True, slots=True)
class Link:
    """What a list item shows of its county or outlet: a name and, for counties, the section's path."""

    id: int
    name: str
    slug: str = ""
    code: str = ""
    url: str = ""

    def get_absolute_url(self) -> str:
        return self.url


@dataclass(slots=True)
class Teaser:
    """A list item: the columns lists show, without building an Article (3-4x cheaper per row)."""

    id: int
    slug: str
    title: str
    snippet: str
    lead: str
    image_url: str
    image: str
    image_width: int | None
    image_height: int | None
    image_alt: str
    image_key: str
    image_widths: str
    image_color: str
    published_at: datetime
    status: str
    county_id: int | None
    source_id: int | None
    category_id: int | None
    source_name: str | None
    story_id: int | None = None
    story_sources: int | None = None
    language: str = "ro"  # lists mark a Hungarian title lang="hu" (portal.languages)
    county: Link | None = None

    @property
    def other_outlets(self) -> int:
        """Return how many more outlets told this item's story ("+N publicații")."""
        return max(0, (self.story_sources or 0) - 1) if self.story_id else 0

    @property
    def story_url(self) -> str:
        return story_path(self.story_id) if self.story_id else ""

    @property
    def source(self) -> Link | None:
        return Link(self.source_id, self.source_name) if self.source_id else None

    @property
    def image_src(self) -> str:
        """Return the address of the item's own image (a rendition or an upload), or '' (never the outlet's)."""
        found = picture(self)
        return found.src if found else ""

    @property
    def is_visible(self) -> bool:
        return Article.visible_at(self.status, self.published_at)

    def get_absolute_url(self) -> str:
        return article_path(self.id, self.slug)


_ARTICLE_PATHS: dict[str, str] = {}


@dataclass(frozen=True, slots=True)
class TopStory:
    """A story on the home page: its representative article and how many outlets told it."""

    id: int
    source_count: int
    representative: Teaser

    @property
    def representative_id(self) -> int:
        return self.representative.id

    def get_absolute_url(self) -> str:
        return reverse("portal:story", args=[self.id])


def article_path(pk: int, slug: str) -> str:
    """Return reverse('portal:article') without resolving it per item (a template made once per prefix)."""
    prefix = get_script_prefix()
    template = _ARTICLE_PATHS.get(prefix)
    if template is None:
        template = _ARTICLE_PATHS[prefix] = (
            reverse("portal:article", args=[4242424242, "slug-marcaj"])
            .replace("4242424242", "{pk}")
            .replace("slug-marcaj", "{slug}")
        )
    return template.format(pk=pk, slug=slug or "articol")


def story_path(pk: int) -> str:
    """Return reverse('portal:story') without resolving it per item (a template made once per prefix)."""
    key = "story:" + get_script_prefix()
    template = _ARTICLE_PATHS.get(key)
    if template is None:
        template = _ARTICLE_PATHS[key] = reverse("portal:story", args=[4242424242]).replace("4242424242", "{pk}")
    return template.format(pk=pk)


def newest(
    where: str,
    params: Iterable,
    limit: int,
    offset: int = 0,
    table: str = "news_article a",
    columns: str = "a.id",
    per_story: bool = True,
) -> list[tuple]:
    """Return rows (`columns`, then published_at) of the newest visible articles matching `where`.

    `where` is a SQL condition on alias `a` (and whatever `table` joins), e.g. "a.county_id = %s".
    Each status branch keeps `offset + limit` rows, so a page deep in the list is still right.
    per_story: one row per story (its representative); False for what lists every article
    (sitemaps, a story's own outlets).
    """
    params, end, now = list(params), offset + limit, timezone.now()
    if per_story:
        where = f"({where}) AND {ONE_PER_STORY}"
    branches, values = [], []
    for number, status in enumerate(VISIBLE_STATUSES, 1):
        visible, visible_params = visible_sql("a", (status,), now)
        branches.append(
            f"SELECT * FROM (SELECT {columns}, a.published_at AS p FROM {table} WHERE {where} "
            f"AND {visible} ORDER BY a.published_at DESC, a.id DESC LIMIT %s) AS b{number}"
        )
        values += [*params, *visible_params, end]
    sql = f"SELECT * FROM ({' UNION ALL '.join(branches)}) AS u ORDER BY u.p DESC, u.id DESC LIMIT %s OFFSET %s"
    values += [limit, offset]
    with connection.cursor() as cursor:
        cursor.execute(sql, values)
        return cursor.fetchall()


def ids(where: str = "1 = 1", params: Iterable = (), limit: int = 20, offset: int = 0, **kwargs) -> list[int]:
    """Return the ids of the newest visible articles matching `where` (see `newest`)."""
    return [row[0] for row in newest(where, params, limit, offset, **kwargs)]


def in_county_ids(county_id: int, limit: int, offset: int = 0) -> list[int]:
    """Return a county's newest ids: primary county, then articles tagged with it as secondary.

    When the primary read fills the page, a secondary article older than its last row cannot
    make the page, so the secondary read walks only the articles published since then (any
    county, the status index) and probes the link table for each: about page size / county's
    share of the news rows, whatever the table's size (~900 probes for Bacău, under 1 ms).
    Deep pages (the window would span ~42 rows per row wanted: 57 ms at page 250) and thin
    counties start from the county's links instead and sort them (~650 rows at 1M articles).
    """
    end = offset + limit
    primary = newest("a.county_id = %s", [county_id], end)
    # SQLite reads CROSS JOIN as "keep this order"; PostgreSQL allows no ON after CROSS JOIN.
    join = "CROSS JOIN" if connection.vendor == "sqlite" else "JOIN"
    tagged = "m.county_id = %s AND (a.county_id IS NULL OR a.county_id <> %s)"
    if len(primary) == end and end <= WINDOW_MAX_ROWS:
        since = primary[-1][1]
        secondary = newest(
            f"{tagged} AND a.published_at >= %s",
            [county_id, county_id, since],
            end,
            table=f"news_article a {join} news_article_other_counties m ON m.article_id = a.id",
        )
    else:
        visible, visible_params = visible_sql("a")
        sql = (
            "SELECT a.id, a.published_at FROM news_article_other_counties m "
            f"{join} news_article a ON a.id = m.article_id "
            f"WHERE {tagged} AND {ONE_PER_STORY} AND {visible} "
            "ORDER BY a.published_at DESC, a.id DESC LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [county_id, county_id, *visible_params, end])
            secondary = cursor.fetchall()
    merged = sorted(set(primary + secondary), key=lambda row: (row[1], row[0]), reverse=True)
    return [row[0] for row in merged[offset:end]]


def county_links() -> dict[int, Link]:
    """Return the 42 sections as list-item links, by id (from the cached reference data)."""
    return remembered(f"portal:county-links:{get_script_prefix()}", queries.WORKER_SECONDS, _county_links)


# The columns load_teasers reads, in the Teaser's field order (rows become Teasers by position):
# derived from the dataclass so the two cannot drift apart.
_COLUMN_OF_FIELD = {"source_name": "source__name", "story_sources": "story__source_count"}
TEASER_COLUMNS = tuple(_COLUMN_OF_FIELD.get(f.name, f.name) for f in fields(Teaser) if f.name != "county")


def _county_links() -> dict[int, Link]:
    template = reverse("portal:county", args=["judet-marcaj"]).replace("judet-marcaj", "{slug}")
    return {c.id: Link(c.id, c.name, c.slug, c.code, template.format(slug=c.slug)) for c in queries.counties()}


def load_teasers(wanted: Iterable[int]) -> dict[int, Teaser]:
    """Return the list items of the given articles, by id, in one query."""
    wanted = set(wanted)
    if not wanted:
        return {}
    links = county_links()
    found = {}
    for row in Article.objects.filter(id__in=wanted).values_list(*TEASER_COLUMNS):
        item = Teaser(*row)
        item.county = links.get(item.county_id)
        found[item.id] = item
    return found


def pick(loaded: dict[int, Teaser], order: Iterable[int]) -> list[Teaser]:
    """Return the loaded articles in the given order (ids hidden meanwhile are skipped)."""
    return [loaded[i] for i in order if i in loaded]


# A place's page walks its links this many rows at a time, folding each story once, until a
# page is full: copies of one story are a few rows, so one batch fills most pages.
PLACE_BATCH = 60


def place_ids(place_id: int, commune: bool, limit: int, offset: int = 0) -> list[int]:
    """Return the newest visible articles naming a place, one per story (a commune's page: its villages' too).

    One walk of the links' (place, -published_at) index, probing each article by key; the
    first (newest) article of a story that names the place stands for the story here.
    """
    column = "commune_id" if commune else "locality_id"
    visible, visible_params = visible_sql("a")
    join = "CROSS JOIN" if connection.vendor == "sqlite" else "JOIN"  # SQLite: keep the links first
    sql = (
        f"SELECT a.id, a.story_id FROM news_articleplace m {join} news_article a ON a.id = m.article_id "
        f"WHERE m.{column} = %s AND {visible} ORDER BY m.published_at DESC, m.article_id DESC LIMIT %s OFFSET %s"
    )
    end, walked, found, stories = offset + limit, 0, [], set()
    batch = max(PLACE_BATCH, end * 2)
    with connection.cursor() as cursor:
        while len(found) < end:
            cursor.execute(sql, [place_id, *visible_params, batch, walked])
            rows = cursor.fetchall()
            for article_id, story_id in rows:
                if story_id is None or story_id not in stories:
                    stories.add(story_id)
                    found.append(article_id)
            walked += len(rows)
            if len(rows) < batch:
                break
    return found[offset:end]


def place_counts(county_id: int, since=None, limit: int | None = None, by: str = "commune_id") -> list[tuple[int, int]]:
    """Return (place id, visible articles) of a county's places, most first; `since`: published from then."""
    visible, visible_params = visible_sql("a")
    join = "CROSS JOIN" if connection.vendor == "sqlite" else "JOIN"
    where, params = f"m.county_id = %s AND m.{by} IS NOT NULL", [county_id]
    if since is not None:
        where, params = where + " AND m.published_at >= %s", params + [connection.ops.adapt_datetimefield_value(since)]
    sql = (
        f"SELECT m.{by}, COUNT(*) FROM news_articleplace m {join} news_article a ON a.id = m.article_id "
        f"WHERE {where} AND {visible} GROUP BY m.{by} ORDER BY COUNT(*) DESC, m.{by}"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    with connection.cursor() as cursor:
        cursor.execute(sql, params + visible_params)
        return cursor.fetchall()


def places_with_news(place_ids: Iterable[int]) -> set[int]:
    """Return which of the given places have a visible article naming them (themselves or, for a commune, a village).

    Walks the places' links first (their indexes), probing each article by key: a commune's
    villages are a few dozen rows, where the ORM's EXISTS let SQLite walk the articles (0.3-1 s).
    """
    wanted = [int(i) for i in place_ids][:500]
    if not wanted:
        return set()
    visible, visible_params = visible_sql("a")
    join = "CROSS JOIN" if connection.vendor == "sqlite" else "JOIN"
    marks = ", ".join(["%s"] * len(wanted))
    found = set()
    with connection.cursor() as cursor:
        for column in ("locality_id", "commune_id"):
            cursor.execute(
                f"SELECT DISTINCT m.{column} FROM news_articleplace m {join} news_article a "
                f"ON a.id = m.article_id WHERE m.{column} IN ({marks}) AND {visible}",
                [*wanted, *visible_params],
            )
            found.update(row[0] for row in cursor.fetchall())
    return found
