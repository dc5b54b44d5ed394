"""The API's reads: bounded, index-friendly, visible rows only, another outlet's text as an excerpt.

Article lists reuse the pages' id-first read (portal.lists.newest: one `status = ?` branch per
visible status, each walking a (…, status, -published_at) index); a cursor is one more bound on
that walk, so page 5,000 costs what page 1 costs. Rows are then loaded by id in one query.
"""

import datetime as dt
from dataclasses import dataclass

from django.db import connection
from django.utils import timezone

from api import cursor as cursors
from lib.rawsql import from_db, to_db
from lib.site import absolute
from news.excerpt import excerpt, excerpt_of
from news.models import Article, Locality, Story
from news.visibility import visible_sql
from portal import lists

# One raw read by primary key (the ORM's compiling of three joins was a third of the request's CPU
# at 1,000,000 articles). The columns article_item takes, in its order, then the status. The full
# text is read only for a row without snippet and lead: the excerpt is cut from it then, only then.
ARTICLES_SQL = (
    "SELECT a.id, a.slug, a.title, a.snippet, a.lead, "
    "CASE WHEN COALESCE(a.snippet, '') = '' AND COALESCE(a.lead, '') = '' THEN a.text ELSE '' END, "
    "a.url, a.published_at, a.updated_at, a.modified_at, a.is_own, a.story_id, c.slug, g.slug, s.slug, s.name, "
    "a.status FROM news_article a LEFT JOIN news_county c ON c.id = a.county_id "
    "LEFT JOIN news_category g ON g.id = a.category_id LEFT JOIN news_source s ON s.id = a.source_id "
    "WHERE a.id IN ({})"
)
STORY_ARTICLES = 100  # a story page lists at most this many (portal.views.story.MAX_ARTICLES)


@dataclass
class Page:
    items: list[dict]
    next_cursor: str | None
    last_modified: dt.datetime | None


def article_item(row: tuple) -> dict:
    (
        pk,
        slug,
        title,
        snippet,
        lead,
        text,
        url,
        published,
        updated,
        modified,
        own,
        story_id,
        county,
        category,
        source_slug,
        source_name,
    ) = row
    return {
        "id": pk,
        "title": title,
        "url": absolute(lists.article_path(pk, slug)),
        "original_url": url,
        "published_at": published,
        "updated_at": updated,
        "county": county,
        "category": category,
        "story": story_id,
        "source": {"slug": source_slug, "name": source_name} if source_slug else None,
        "own": own,
        "excerpt": excerpt(snippet, lead, text),
        "_modified": modified,
    }


def load_articles(ids: list[int]) -> list[dict]:
    """Return the API items of the given visible articles, in the given order."""
    if not ids:
        return []
    # By primary key only (a visibility condition in SQL makes SQLite walk the status index
    # instead: 60 ms against under 1 ms at 100,000 articles); rows hidden since the id read are
    # dropped by the one-row rule.
    with connection.cursor() as cursor:
        cursor.execute(ARTICLES_SQL.format(", ".join(["%s"] * len(ids))), ids)
        rows = {row[0]: row for row in cursor.fetchall()}
    items = []
    for pk in ids:
        row = rows.get(pk)
        if row is None:
            continue
        published = from_db(row[7])
        if not Article.visible_at(row[-1], published):
            continue
        items.append(article_item((*row[:7], published, from_db(row[8]), from_db(row[9]), bool(row[10]), *row[11:-1])))
    return items


def newest_modified(items: list[dict]) -> dt.datetime | None:
    return max((item.pop("_modified") for item in items), default=None)


def after(cursor: str | None, alias: str = "a", column: str = "published_at") -> tuple[str, list]:
    """Return the SQL bound "older than the cursor's row" (or nothing) and its parameters."""
    if not cursor:
        return "1 = 1", []
    moment, pk = cursors.decode(cursor)
    at = to_db(moment)
    return f"({alias}.{column} < %s OR ({alias}.{column} = %s AND {alias}.id < %s))", [at, at, pk]


def articles(
    limit: int,
    cursor: str | None = None,
    county_id: int | None = None,
    category_id: int | None = None,
    story_id: int | None = None,
    since: dt.datetime | None = None,
    place: Locality | None = None,
) -> Page:
    """Return one page of visible articles, newest first, with the filters given (all must match)."""
    where, params = [], []
    for column, value in (("county_id", county_id), ("category_id", category_id), ("story_id", story_id)):
        if value is not None:
            where.append(f"a.{column} = %s")
            params.append(value)
    if since is not None:
        where.append("a.published_at >= %s")
        params.append(to_db(since))
    if place is not None:
        return _in_place(place, where, params, limit, cursor)
    bound, bound_params = after(cursor)
    where.append(bound)
    rows = lists.newest(" AND ".join(where), [*params, *bound_params], limit + 1, per_story=False)
    items = load_articles([row[0] for row in rows[:limit]])
    next_cursor = None
    if len(rows) > limit:
        pk, moment = rows[limit - 1][0], from_db(rows[limit - 1][1])
        next_cursor = cursors.encode(moment, pk)
    return Page(items, next_cursor, newest_modified(items))


def _in_place(place: Locality, where: list[str], params: list, limit: int, cursor: str | None) -> Page:
    """Return a page of the visible articles naming a place (a commune, town or city: its villages too).

    One walk of the place links' (place, -published_at) index (news.place_links), as the place
    pages read it, with the other filters checked on each article by key.
    """
    column = "commune_id" if place.is_commune else "locality_id"
    visible, visible_params = visible_sql("a")
    bound, bound_params = after(cursor, "m", "published_at")
    bound = bound.replace("m.id", "m.article_id")
    join = "CROSS JOIN" if connection.vendor == "sqlite" else "JOIN"  # SQLite: keep the links first
    conditions = " AND ".join([f"m.{column} = %s", bound, visible, *where])
    sql = (
        f"SELECT a.id, m.published_at FROM news_articleplace m {join} news_article a ON a.id = m.article_id "
        f"WHERE {conditions} ORDER BY m.published_at DESC, m.article_id DESC LIMIT %s"
    )
    with connection.cursor() as db:
        db.execute(sql, [place.pk, *bound_params, *visible_params, *params, limit + 1])
        rows = db.fetchall()
    items = load_articles([row[0] for row in rows[:limit]])
    next_cursor = cursors.encode(from_db(rows[limit - 1][1]), rows[limit - 1][0]) if len(rows) > limit else None
    return Page(items, next_cursor, newest_modified(items))


def places(county_id: int) -> list[dict]:
    """Return a county's SIRUTA places: communes, towns and cities first, then villages, by name."""
    rows = (
        Locality.objects.filter(county_id=county_id)
        .select_related("county")
        .order_by("-rank", "name")
        .only("siruta", "name", "rank", "slug", "commune_id", "county__slug")
    )
    return [
        {
            "siruta": p.siruta,
            "name": p.name,
            "kind": p.get_rank_display(),
            "commune": p.is_commune,
            "url": absolute(p.get_absolute_url()) if p.slug else None,
        }
        for p in rows
    ]


def article(pk: int) -> dict | None:
    """Return one visible article; its whole text only when the pages show it whole (Article.shows_full_text)."""
    found = Article.objects.visible().select_related("source", "county", "category").filter(pk=pk).first()
    if found is None:
        return None
    whole = found.shows_full_text
    row = (
        found.pk,
        found.slug,
        found.title,
        found.snippet,
        found.lead,
        found.text,
        found.url,
        found.published_at,
        found.updated_at,
        found.modified_at,
        found.is_own,
        found.story_id,
        found.county.slug if found.county else None,
        found.category.slug if found.category else None,
        found.source.slug if found.source else None,
        found.source.name if found.source else None,
    )
    item = article_item(row)
    item["excerpt"] = excerpt_of(found)
    item["full_text"] = whole
    item["text"] = found.text if whole else None
    item["body_html"] = found.body_html if whole else None
    return item


def story_item(row: tuple) -> dict:
    pk, title, county, articles_count, sources, first, last = row
    return {
        "id": pk,
        "title": title,
        "url": absolute(lists.story_path(pk)),
        "county": county,
        "article_count": articles_count,
        "source_count": sources,
        "first_published_at": from_db(first),
        "last_published_at": from_db(last),
    }


def stories(limit: int, cursor: str | None = None, county_id: int | None = None) -> Page:
    """Return one page of stories whose representative readers may see, most recently told first."""
    visible, visible_params = visible_sql("a", now=timezone.now())
    bound, bound_params = after(cursor, "s", "last_published_at")
    county = "s.county_id = %s" if county_id is not None else "1 = 1"
    sql = (
        "SELECT s.id, s.title, c.slug, s.article_count, s.source_count, s.first_published_at, s.last_published_at "
        "FROM news_story s JOIN news_article a ON a.id = s.representative_id "
        "LEFT JOIN news_county c ON c.id = s.county_id "
        f"WHERE s.last_published_at IS NOT NULL AND {county} AND {bound} AND {visible} "
        "ORDER BY s.last_published_at DESC, s.id DESC LIMIT %s"
    )
    params = ([county_id] if county_id is not None else []) + bound_params + visible_params + [limit + 1]
    with connection.cursor() as db:
        db.execute(sql, params)
        rows = db.fetchall()
    items = [story_item(row) for row in rows[:limit]]
    next_cursor = None
    if len(rows) > limit:
        last = items[-1]
        next_cursor = cursors.encode(last["last_published_at"], last["id"])
    return Page(items, next_cursor, max((i["last_published_at"] for i in items), default=None))


def story(pk: int) -> dict | None:
    """Return a story and its visible articles (oldest first, as its page tells them), or None."""
    found = (
        Story.objects.filter(pk=pk)
        .select_related("county")
        .values_list(
            "id", "title", "county__slug", "article_count", "source_count", "first_published_at", "last_published_at"
        )
        .first()
    )
    if found is None:
        return None
    rows = lists.newest("a.story_id = %s", [pk], STORY_ARTICLES, per_story=False)
    if not rows:
        return None  # no visible article: the story does not exist for readers (its page is a 404 too)
    item = story_item(found)
    item["articles"] = list(reversed(load_articles([row[0] for row in rows])))
    item["_modified"] = newest_modified(item["articles"])
    return item
