"""What both search backends share: the publication-ordered index key and the match record."""

import datetime as dt
from typing import NamedTuple, Protocol

ID_BITS = 28  # ids up to 268 million; the seconds above them order the key by publication


ID_MASK = (1 << ID_BITS) - 1


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
