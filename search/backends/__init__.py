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
import datetime as dt
from typing import NamedTuple, Protocol

from django.db import connection

ID_BITS = 28  # ids up to 268 million; the seconds above them order the key by publication
ID_MASK = (1 << ID_BITS) - 1
VISIBLE_STATUSES = ("published", "scheduled")


class Match(NamedTuple):
    key: int
    head: str  # folded title, a newline, folded lead

    @property
    def id(self) -> int:
        return self.key & ID_MASK

    @property
    def timestamp(self) -> int:
        """Return the publication time in epoch seconds."""
        return self.key >> ID_BITS


class Backend(Protocol):
    def matches(self, query, limit: int, offset: int = 0) -> list[Match]:
        """Return the visible matching articles' keys and heads, newest first."""

    def candidates(self, query, limit: int, offset: int = 0) -> list[int]:
        """Return ids of visible matching articles, newest first."""

    def rebuild(self) -> int:
        """Index every visible article again; return how many were indexed."""


def key_of(moment: dt.datetime, article_id: int = ID_MASK) -> int:
    """Return the index key of an article published at `moment` (the highest key by default)."""
    return (int(moment.timestamp()) << ID_BITS) | (article_id & ID_MASK)


def key_range(query, now: dt.datetime) -> tuple[int, int]:
    """Return the key bounds of a query: its date range, never past now."""
    high = now if query.until is None else min(now, query.until)
    low = key_of(query.since, 0) if query.since else 0
    return low, key_of(high)


def get_backend(using=connection) -> Backend:
    """Return the backend of the default database's vendor."""
    if using.vendor == "postgresql":
        from search.backends.postgres import PostgresBackend

        return PostgresBackend()
    from search.backends.sqlite import SqliteBackend

    return SqliteBackend()
