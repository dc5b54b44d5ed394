"""The periodic backup and its rotation: one backup a day, the last 7 days and 4 weeks kept.

A week's backup is the newest of that ISO week; a day's the newest of that day (UTC, as the
directory names). Media files unchanged between backups are hard links (see `backup`), so
eleven backups of a site cost about eleven database copies plus one set of media.
"""

import logging
import shutil
import time
from datetime import date, datetime
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from ops.backup import backups_root, complete_backups, make_backup
from ops.models import Check

log = logging.getLogger("ops.backup")

NAME_FORMAT = "%Y%m%d-%H%M%S"
PARTIAL_MAX_AGE = 24 * 3600  # a .partial directory older than this was left by a crash, not being written


def created(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.name, NAME_FORMAT)
    except ValueError:
        return None  # not ours (an operator's --to directory, say): never deleted


def to_keep(times: list[datetime], daily: int, weekly: int) -> set[datetime]:
    """Return which of the backups' times the rotation keeps: newest per day for `daily` days, per week for `weekly`."""
    keep: set[datetime] = set()
    days: dict[date, datetime] = {}
    weeks: dict[tuple[int, int], datetime] = {}
    for moment in sorted(times, reverse=True):
        days.setdefault(moment.date(), moment)
        weeks.setdefault(tuple(moment.isocalendar())[:2], moment)
    keep.update(sorted(days.values(), reverse=True)[:daily])
    keep.update(sorted(weeks.values(), reverse=True)[:weekly])
    return keep


def rotate(root: Path | None = None, daily: int | None = None, weekly: int | None = None) -> list[Path]:
    """Delete the backups the rotation does not keep, and stale partial ones; return what went."""
    root = root or backups_root()
    daily = settings.BACKUP_KEEP_DAILY if daily is None else daily
    weekly = settings.BACKUP_KEEP_WEEKLY if weekly is None else weekly
    dated = {path: created(path) for path in complete_backups(root)}
    dated = {path: moment for path, moment in dated.items() if moment is not None}
    keep = to_keep(list(dated.values()), daily, weekly)
    removed = [path for path, moment in dated.items() if moment not in keep]
    if root.is_dir():
        removed += [
            path
            for path in root.glob("*.partial")
            if path.is_dir() and time.time() - path.stat().st_mtime > PARTIAL_MAX_AGE
        ]
    for path in removed:
        shutil.rmtree(path, ignore_errors=True)
    return removed


def periodic() -> str:
    """The scheduler's job: back up once a day (UTC), then rotate; the outcome goes to the dashboard."""
    if not settings.BACKUP_PERIODIC:
        return "off"
    root = backups_root()
    today = timezone.now().strftime("%Y%m%d")
    if any(path.name.startswith(today) for path in complete_backups(root)):
        return "done today"
    try:
        made = make_backup()
    except Exception as error:
        Check.record("backup", False, f"{type(error).__name__}: {error}")
        raise
    removed = rotate(root)
    Check.record("backup", True, f"{made.name}; {len(removed)} copii vechi șterse")
    log.info("backup done", extra={"stage": "backup", "status": made.name, "count": len(removed)})
    return f"{made.name}, {len(removed)} removed"
