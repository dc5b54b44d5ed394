"""Who may see an article, written once: published or scheduled, and its time has come.

Readers use ArticleQuerySet.visible (ORM), visible_sql (raw SQL) or Article.visible_at (one row).
"""

from django.db import connection
from django.utils import timezone

VISIBLE_STATUSES = ("published", "scheduled")


def visible_sql(alias: str = "a", statuses: tuple[str, ...] = VISIBLE_STATUSES, now=None) -> tuple[str, list]:
    """Return the visibility rule as a SQL condition on table alias `alias`, and its parameters.

    statuses: a subset of VISIBLE_STATUSES, for readers that walk one (status, -published_at)
    index per status and merge (`status IN (?, ?)` makes SQLite sort every matching row).
    """
    assert set(statuses) <= set(VISIBLE_STATUSES), statuses
    moment = connection.ops.adapt_datetimefield_value(now or timezone.now())
    status = "= %s" if len(statuses) == 1 else f"IN ({', '.join(['%s'] * len(statuses))})"
    return f"{alias}.status {status} AND {alias}.published_at <= %s", [*statuses, moment]
