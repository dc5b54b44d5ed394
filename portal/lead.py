"""Which stories lead the home page: coverage decayed by age, today's big story first.

A story's weight is its outlet count halved every HALF_LIFE since its newest article, so a
story told by 8 outlets yesterday ranks with one told by 2 outlets now. The lead is the best
story whose newest article is at most FRESH old and that more than one outlet told; an older
one leads only when nothing fresh has that coverage (then the best story with coverage, even
over a fresh single article). Ties fall to more outlets, then the newer
story, then the higher id, so two renders of the same data agree. Among stories within
IMAGE_MARGIN of the lead's weight, one with an image leads (the lead block shows it large).
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection

HALF_LIFE = timedelta(hours=12)  # chosen so 8 outlets 24 h ago weigh as 2 outlets now
FRESH = timedelta(hours=24)
WINDOW = timedelta(hours=72)  # older stories never reach the home page's top block
IMAGE_MARGIN = 0.8  # an image-less lead gives way to a story with an image of at least 80% its weight
CANDIDATES = 40  # per read: the biggest stories of the last FRESH, and of the whole WINDOW


@dataclass(frozen=True, slots=True)
class Candidate:
    id: int
    representative_id: int
    source_count: int
    last_published_at: datetime

    def weight(self, now: datetime) -> float:
        age = max(timedelta(0), now - self.last_published_at)
        return self.source_count * 0.5 ** (age / HALF_LIFE)


def candidates(now: datetime) -> list[Candidate]:
    """Return the most-told stories of the last FRESH and of the last WINDOW (two index reads)."""
    sql = (
        "SELECT s.id, s.representative_id, s.source_count, s.last_published_at FROM news_story s "
        "WHERE s.last_published_at >= %s AND s.last_published_at <= %s AND s.representative_id IS NOT NULL "
        "ORDER BY s.source_count DESC, s.last_published_at DESC, s.id DESC LIMIT %s"
    )
    found = {}
    adapt = connection.ops.adapt_datetimefield_value
    with connection.cursor() as cursor:
        for since in (now - FRESH, now - WINDOW):
            cursor.execute(sql, [adapt(since), adapt(now), CANDIDATES])
            for row in cursor.fetchall():
                found[row[0]] = Candidate(*row[:3], _aware(row[3]))
    return list(found.values())


def _aware(value) -> datetime:
    """Return a datetime read by raw SQL as the ORM would give it (SQLite's come back as text or naive)."""
    convert = getattr(connection.ops, "convert_datetimefield_value", None)
    return convert(value, None, connection) if convert else value


def rank(found: list[Candidate], now: datetime, has_image) -> list[Candidate]:
    """Return the stories in home-page order; `has_image(candidate)` says whether its lead has a picture."""

    def order(c: Candidate):
        return (-c.weight(now), -c.source_count, -c.last_published_at.timestamp(), -c.id)

    ranked = sorted(found, key=order)
    covered = [c for c in ranked if c.source_count > 1]
    fresh = [c for c in covered if now - c.last_published_at <= FRESH]
    first = fresh[0] if fresh else (covered[0] if covered else None)
    if first is not None:
        ranked.remove(first)
        ranked.insert(0, first)
    if ranked and not has_image(ranked[0]):
        floor = ranked[0].weight(now) * IMAGE_MARGIN
        lead_is_fresh = now - ranked[0].last_published_at <= FRESH
        for c in ranked[1:]:
            if c.weight(now) < floor:
                break
            if has_image(c) and c.source_count > 1 and (now - c.last_published_at <= FRESH or not lead_is_fresh):
                ranked.remove(c)
                ranked.insert(0, c)
                break
    return ranked
