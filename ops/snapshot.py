"""What a backup promises about its database: row counts and a digest of the rows that matter.

Both are read inside the same snapshot the copy is made from (SQLite: the backup file itself;
PostgreSQL: the exported snapshot that pg_dump then reads), so a crawler writing meanwhile never
makes them disagree. Restore reads them again from the restored database and compares.
"""

import hashlib

# Tables counted in the manifest: everything a reader or an editor would miss.
COUNTED = [
    "news_article",
    "news_story",
    "news_source",
    "news_author",
    "news_county",
    "news_category",
    "news_article_other_counties",
    "news_articlesignature",
    "ingest_fetchlog",
    "auth_user",
]

# Columns whose every value is digested, row by row in id order: the identity and the content of
# every article, story and source (timestamps are left out: engines print them differently, and
# the restore target is always the same engine as the backup, so their counts are enough).
DIGESTED = {
    "news_article": [
        "id",
        "source_id",
        "guid",
        "url",
        "title",
        "lead",
        "body_html",
        "text",
        "snippet",
        "story_id",
        "county_id",
        "category_id",
        "status",
        "is_own",
        "fingerprint",
    ],
    "news_story": ["id", "title", "county_id", "representative_id", "article_count", "source_count"],
    "news_source": ["id", "name", "slug", "feed_url", "homepage", "county_id", "enabled", "kind"],
}
BATCH = 2000  # rows fetched at a time while digesting, so memory stays flat on a million articles


def tables(cursor, vendor: str) -> set[str]:
    if vendor == "sqlite":
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    else:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    return {row[0] for row in cursor.fetchall()}


def counts(cursor, vendor: str) -> dict[str, int]:
    """Return the row count of each counted table that exists."""
    present = tables(cursor, vendor)
    result = {}
    for table in COUNTED:
        if table in present:
            cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608 - names from COUNTED
            result[table] = cursor.fetchone()[0]
    return result


def _value(value) -> str:
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, memoryview | bytes):
        return bytes(value).hex()
    return str(value)


def digests(cursor) -> dict[str, str]:
    """Return a sha256 over every row of each digested table, in id order."""
    result = {}
    for table, columns in DIGESTED.items():
        digest = hashlib.sha256()
        cursor.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id")  # noqa: S608 - fixed names
        while rows := cursor.fetchmany(BATCH):
            for row in rows:
                digest.update("\x1f".join(_value(v) for v in row).encode("utf-8", "surrogatepass"))
                digest.update(b"\x1e")
        result[table] = digest.hexdigest()
    return result


def migrations(cursor) -> dict[str, str]:
    """Return the latest applied migration of each app."""
    cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
    latest: dict[str, str] = {}
    for app, name in cursor.fetchall():
        latest[app] = max(latest.get(app, ""), name)
    return latest


def is_empty(cursor, vendor: str) -> bool:
    """Tell whether a database holds no content yet (no tables, or no sources and no articles)."""
    present = tables(cursor, vendor)
    for table in ("news_article", "news_source", "news_story"):
        if table in present:
            cursor.execute(f"SELECT 1 FROM {table} LIMIT 1")  # noqa: S608 - fixed names
            if cursor.fetchone():
                return False
    return True
