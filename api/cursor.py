"""Opaque cursors for newest-first lists: the (time, id) of the last row a page showed.

A cursor is `<microseconds since the epoch>_<id>`; anything else is refused, so a client's
string never reaches SQL other than as two bounded integers.
"""

import datetime as dt
import re

_CURSOR = re.compile(r"(\d{1,17})_(\d{1,18})")
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class BadCursor(ValueError):
    pass


def encode(moment: dt.datetime, pk: int) -> str:
    delta = moment - EPOCH
    micros = (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds
    return f"{micros}_{pk}"


def decode(cursor: str) -> tuple[dt.datetime, int]:
    """Return the (time, id) a cursor names; BadCursor for anything encode() did not make."""
    found = _CURSOR.fullmatch(cursor or "")
    if not found:
        raise BadCursor(cursor)
    micros, pk = int(found.group(1)), int(found.group(2))
    try:
        moment = EPOCH + dt.timedelta(microseconds=micros)
    except OverflowError:
        raise BadCursor(cursor) from None
    if moment.year > 9998 or pk > 2**63 - 1:
        raise BadCursor(cursor)
    return moment, pk
