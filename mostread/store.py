"""Hourly buckets in the database: add counted views, prune old hours, read the last 24 hours' leaders."""

import time

from django.db import connection, transaction

from mostread.models import HourlyViews
from news.models import Article

KEEP_HOURS = 48  # buckets older than this are deleted: the table never holds more than two days
WINDOW_HOURS = 24  # "Cele mai citite": the current hour and the 23 before it
BATCH = 500  # rows per upsert statement

UPSERT = (
    f"INSERT INTO {HourlyViews._meta.db_table} (hour, article_id, county_id, views) VALUES (%s, %s, %s, %s)"
    f" ON CONFLICT (hour, article_id) DO UPDATE SET views = {HourlyViews._meta.db_table}.views + excluded.views"
)


def add(counts: dict, now: float | None = None) -> int:
    """Add {(hour, article_id): views} to the buckets; return how many rows were written.

    Only visible articles count (a beacon may name any number); each bucket keeps the article's
    county, so a county's list is one indexed read. Buckets older than KEEP_HOURS are deleted
    with every write (rows only come with writes, so the table stays bounded).
    """
    hour_now = int((time.time() if now is None else now) // 3600)
    counts = {key: views for key, views in counts.items() if key[0] > hour_now - KEEP_HOURS and views > 0}
    if not counts:  # nothing to write: a page building the block never writes
        return 0
    ids = {article for _hour, article in counts}
    county_of = dict(Article.objects.visible().filter(pk__in=ids).order_by().values_list("id", "county_id"))
    rows = [
        (hour, article, county_of[article], views) for (hour, article), views in counts.items() if article in county_of
    ]
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH):
            cursor.executemany(UPSERT, rows[start : start + BATCH])
    prune(hour_now)
    return len(rows)


def prune(hour_now: int) -> int:
    deleted, _ = HourlyViews.objects.filter(hour__lte=hour_now - KEEP_HOURS).delete()
    return deleted


def leaders(county_id: int | None, now: float | None = None, limit: int = 20) -> list[tuple[int, int]]:
    """Return [(article_id, views)] of the last WINDOW_HOURS, most read first (ties: newer id first)."""
    from django.db.models import Sum

    hour_now = int((time.time() if now is None else now) // 3600)
    rows = HourlyViews.objects.filter(hour__gt=hour_now - WINDOW_HOURS)
    if county_id is not None:
        rows = rows.filter(county_id=county_id)
    rows = rows.values("article_id").annotate(total=Sum("views")).order_by("-total", "-article_id")[:limit]
    return [(row["article_id"], row["total"]) for row in rows]
