"""SQLite FTS5 backend: one column of Python-stemmed terms, kept current by triggers.

FTS5 has no Romanian stemmer, so the triggers call `search_terms(title, lead, text)`, a
Python function registered on every connection (search.index), which folds and stems
(search.stem). County and category are indexed as tag terms ("00j12", "00c3") so a filter
is part of the MATCH and does not multiply the candidates to walk. detail=none keeps only
which rows hold a term: the smallest index; phrase and NEAR queries are not needed.
The unindexed column `head` (folded title and lead, from `search_head`) is what ranking
reads: it comes with the match, from the index's own rows, which are stored in key order.
"""

import time

from django.db import connection
from django.utils import timezone

from news.visibility import VISIBLE_STATUSES
from search.backends.base import ID_BITS, ID_MASK, Match, key_range

KEY = "((CAST(strftime('%s', {a}.published_at) AS INTEGER) << {bits}) | ({a}.id & {mask}))"
DOC = (
    "search_terms({a}.title, {a}.lead, {a}.text, {a}.language, {a}.geo_places) || ' 00c' || COALESCE({a}.category_id, 0)"
    " || COALESCE(' 00j' || {a}.county_id, '')"
    " || COALESCE((SELECT ' ' || group_concat('00j' || o.county_id, ' ')"
    " FROM news_article_other_counties o WHERE o.article_id = {a}.id), '')"
)
HEAD = "search_head({a}.title, {a}.lead)"
VISIBLE = "{a}.status IN ('" + "', '".join(VISIBLE_STATUSES) + "')"


def _sql(template: str, a: str) -> str:
    return template.format(a=a, bits=ID_BITS, mask=ID_MASK)


def _refresh(article_id: str) -> str:
    """Return statements that re-index one article by id (used after its counties change)."""
    return (
        f"DELETE FROM search_fts WHERE rowid = (SELECT {_sql(KEY, 'a')} FROM news_article a WHERE a.id = {article_id});"
        f" INSERT INTO search_fts(rowid, head, terms) SELECT {_sql(KEY, 'a')}, {_sql(HEAD, 'a')}, {_sql(DOC, 'a')}"
        f" FROM news_article a WHERE a.id = {article_id} AND {_sql(VISIBLE, 'a')};"
    )


CHANGED = " OR ".join(
    f"OLD.{c} IS NOT NEW.{c}"
    for c in ("title", "lead", "text", "status", "published_at", "county_id", "category_id", "language", "geo_places")
)

CREATE = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(head UNINDEXED, terms, detail=none, columnsize=0, tokenize='unicode61')",
    f"""CREATE TRIGGER search_article_insert AFTER INSERT ON news_article WHEN {_sql(VISIBLE, "NEW")}
        BEGIN INSERT INTO search_fts(rowid, head, terms) VALUES ({_sql(KEY, "NEW")}, {_sql(HEAD, "NEW")}, {_sql(DOC, "NEW")});
        END""",
    f"""CREATE TRIGGER search_article_update AFTER UPDATE ON news_article WHEN {CHANGED}
        BEGIN DELETE FROM search_fts WHERE rowid = {_sql(KEY, "OLD")};
        INSERT INTO search_fts(rowid, head, terms) SELECT {_sql(KEY, "NEW")}, {_sql(HEAD, "NEW")}, {_sql(DOC, "NEW")} WHERE {_sql(VISIBLE, "NEW")};
        END""",
    f"""CREATE TRIGGER search_article_delete AFTER DELETE ON news_article
        BEGIN DELETE FROM search_fts WHERE rowid = {_sql(KEY, "OLD")}; END""",
    f"""CREATE TRIGGER search_counties_insert AFTER INSERT ON news_article_other_counties
        BEGIN {_refresh("NEW.article_id")} END""",
    f"""CREATE TRIGGER search_counties_delete AFTER DELETE ON news_article_other_counties
        BEGIN {_refresh("OLD.article_id")} END""",
]
DROP = [
    "DROP TRIGGER IF EXISTS search_counties_delete",
    "DROP TRIGGER IF EXISTS search_counties_insert",
    "DROP TRIGGER IF EXISTS search_article_delete",
    "DROP TRIGGER IF EXISTS search_article_update",
    "DROP TRIGGER IF EXISTS search_article_insert",
    "DROP TABLE IF EXISTS search_fts",
]


def match_expression(query) -> str:
    """Return the FTS5 MATCH text: every term and tag required (terms are [0-9a-z]+ only).

    A word whose Hungarian stem differs from its Romanian one matches either: Hungarian
    articles are indexed by Hungarian stems (search.stem_hu). A road number matches as one
    word or two ('dn28' or 'dn' and '28': search.roads).
    """
    if query.alternative is not None:
        return f"({_expression(query)}) OR ({_expression(query.alternative)})"
    return _expression(query)


def _expression(query) -> str:
    parts = [
        f'"{term}"' if term == other else f'("{term}" OR "{other}")'
        for term, other in zip(query.terms, query.terms_hu or query.terms)
    ]
    if query.county_id:
        parts.append(f'"00j{int(query.county_id)}"')
    if query.category_id:
        parts.append(f'"00c{int(query.category_id)}"')
    return " AND ".join(parts)


class SqliteBackend:
    def matches(self, query, limit: int, offset: int = 0) -> list[Match]:
        """Return the newest matches: FTS5 walks rowids downwards and stops at the limit."""
        low, high = key_range(query, timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT rowid, head FROM search_fts WHERE search_fts MATCH %s AND rowid BETWEEN %s AND %s"
                " ORDER BY rowid DESC LIMIT %s OFFSET %s",
                [match_expression(query), low, high, limit, offset],
            )
            return [Match(*row) for row in cursor.fetchall()]

    def candidates(self, query, limit: int, offset: int = 0) -> list[int]:
        return [match.id for match in self.matches(query, limit, offset)]

    def rebuild(self) -> int:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts")
            cursor.execute(
                f"INSERT INTO search_fts(rowid, head, terms) SELECT {_sql(KEY, 'a')}, {_sql(HEAD, 'a')}, {_sql(DOC, 'a')}"
                f" FROM news_article a WHERE {_sql(VISIBLE, 'a')}"
            )
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
            cursor.execute("SELECT count(*) FROM search_fts")
            return cursor.fetchone()[0]


# FTS5 writes each transaction's new terms as a new segment and merges four segments of a
# level into one (automerge); at 1M articles inserted one by one that left 18 segments on
# 8 levels, and a query looks each term up in every segment: with the OS cache dropped,
# typical two words took 54-69 ms p95, 32-40 ms once merged into one (docs/search.md).
MERGE_ABOVE = 4  # segments; fewer is a young index or the one big segment plus recent ones
MERGE_STEP_PAGES = 500  # 4 kB pages per step: ~0.1 s of the single writer lock at 1M articles
# Between steps: a writer waiting on the lock retries every 100 ms at most (SQLite's busy
# handler), so it gets in before the next step instead of waiting for the whole merge.
MERGE_PAUSE = 0.2  # seconds


def segment_count() -> int:
    """Return how many FTS5 segments (b-trees) hold the index; each query reads them all."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(DISTINCT segid) FROM search_fts_idx")
        return cursor.fetchone()[0]


def merge(max_steps: int, pause: float = MERGE_PAUSE) -> dict:
    """Merge segments in steps of MERGE_STEP_PAGES, each its own transaction, at most max_steps.

    Above MERGE_ABOVE segments a negative step first puts all of them on one level, so the
    merge ends with a single segment; a merge left unfinished is carried on by the next call
    (FTS5 keeps its state in the index). A step that changes less than 2 rows did nothing.
    """
    before = segment_count()
    steps = 0
    with connection.cursor() as cursor:
        pages = -MERGE_STEP_PAGES if before > MERGE_ABOVE else MERGE_STEP_PAGES
        while steps < max_steps:
            changes = connection.connection.total_changes
            cursor.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('merge', %s)", [pages])
            steps += 1
            if connection.connection.total_changes - changes < 2:
                break
            pages = MERGE_STEP_PAGES
            time.sleep(pause)
    return {"segments_before": before, "segments_after": segment_count(), "steps": steps}
