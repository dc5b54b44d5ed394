"""The search index follows the articles by itself: triggers in the database (see
search.backends), which on SQLite call the Python stemmer registered here on every connection.
"""

import json

from django.db.backends.signals import connection_created

from search.stem import fast_fold, terms

MAX_PLACES = 50  # place names indexed per article: more is a list page, not a story


def search_terms(title, lead, text, language="ro", places="") -> str:
    """Return the indexed terms of an article; never raises, so a write never fails on it.

    language: the article's (Hungarian words are cut by Hungarian endings); places: its
    geo_places as JSON text, whose Romanian names are indexed too, so that a Hungarian article
    about 'Csíkszereda' is found by 'Miercurea Ciuc' (and so by 'Csíkszereda': search.query).
    """
    global _last
    arguments = (title, lead, text, language, places)
    last = _last  # read once: another thread may replace it meanwhile
    if last[0] == arguments:
        return last[1]
    try:
        indexed = terms(title or "", lead or "", text or "", language=language or "ro")
        found = indexed + " " + terms(*place_names(places)) if places else indexed
    except Exception:  # noqa: BLE001 — a bad character must not lose the article
        return ""
    _last = (arguments, found)
    return found


# The arguments and answer of the last call. A new article's row is indexed by its INSERT trigger,
# then again by the trigger of each of its other counties' rows (their tags are in the document),
# with the same title, lead and text: the stemmer then runs once instead of once per county.
_last: tuple = (None, "")


def place_names(places) -> list[str]:
    """Return the names of an article's geo_places (JSON text or list), at most MAX_PLACES."""
    if isinstance(places, str):
        places = json.loads(places) if len(places) < 100_000 else []
    if not isinstance(places, list):
        return []
    return [p["name"] for p in places[:MAX_PLACES] if isinstance(p, dict) and isinstance(p.get("name"), str)]


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
        connection.connection.create_function("search_terms", 5, search_terms, deterministic=True)
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
