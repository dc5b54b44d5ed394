"""One search interface, two implementations: SQLite FTS5 and PostgreSQL full-text search.

A backend answers one question: which visible articles match these terms and filters,
newest first, at most `limit` of them (`matches`, each with its key and "head": the folded
title and lead that ranking reads, so ranking never goes back to the article rows). Both keep their index in the database
itself, maintained by triggers, so every write path (ORM saves, queryset updates, the
admin's hide action, raw bulk inserts) keeps it current. Ranking and snippets are shared
(search.rank, search.snippet).

Both index rows by a key that follows publication order: (epoch seconds << 28) | (id &
0xFFFFFFF). Walking that key downwards visits the newest matches first and stops after
`limit`, however common the words are; a date range is a key range; articles scheduled for
later sit above the key of "now" and are cut off by it.
"""

from django.db import connection

from search.backends.base import Backend
from search.backends.postgres import PostgresBackend
from search.backends.sqlite import SqliteBackend


def get_backend(using=connection) -> Backend:
    """Return the backend of the default database's vendor."""
    if using.vendor == "postgresql":
        return PostgresBackend()
    return SqliteBackend()
