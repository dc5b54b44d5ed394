"""The search index follows the articles by itself: triggers in the database (see
search.backends), which on SQLite call the Python stemmer registered here on every connection.
"""
from django.db.backends.signals import connection_created

from search.stem import fast_fold, terms


def search_terms(title, lead, text) -> str:
    """Return the indexed terms of an article; never raises, so a write never fails on it."""
    try:
        return terms(title or "", lead or "", text or "")
    except Exception:  # noqa: BLE001 — a bad character must not lose the article
        return ""


def search_head(title, lead) -> str:
    """Return what ranking reads of an article: folded title, a newline, folded lead."""
    try:
        return fast_fold(title or "").replace("\n", " ") + "\n" + fast_fold(lead or "")
    except Exception:  # noqa: BLE001 — as above
        return "\n"


def register_functions(sender, connection, **kwargs) -> None:
    """Give a new SQLite connection the functions the search triggers call."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("search_terms", 3, search_terms, deterministic=True)
        connection.connection.create_function("search_head", 2, search_head, deterministic=True)


def connect() -> None:
    connection_created.connect(register_functions, dispatch_uid="search.index.register_functions")


def rebuild() -> int:
    """Index every visible article again (after a stemmer change); return how many."""
    from search.backends import get_backend

    return get_backend().rebuild()


MERGE_MAX_STEPS = 400  # per run: 200,000 pages, the whole index of about 2M articles


def merge() -> dict:
    """Periodic job: merge the SQLite FTS5 segments in bounded steps; nothing on PostgreSQL.

    On PostgreSQL autovacuum and the small GIN pending list limit keep the index compact.
    """
    from django.db import connection

    if connection.vendor != "sqlite":
        return {"skipped": connection.vendor}
    from search.backends import sqlite

    return sqlite.merge(MERGE_MAX_STEPS)
