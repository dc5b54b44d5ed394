"""Ingest pauses, visibly, when the disk is nearly full, instead of failing half-way through writes.

Below settings.DISK_MIN_FREE_MB free on the filesystem of the database (SQLite) or of the media
files, a crawl pass claims nothing and says why; pages keep serving from what is stored, and
the pass after space is freed goes on where the schedule left off.
"""

import logging
import shutil
from pathlib import Path

from django.conf import settings
from django.db import connection

log = logging.getLogger(__name__)


def watched_paths() -> list[Path]:
    """Return the directories whose filesystems ingest writes to."""
    paths = [Path(settings.MEDIA_ROOT), Path(settings.VAR_DIR)]
    if connection.vendor == "sqlite":
        paths.insert(0, Path(settings.DATABASES["default"]["NAME"]).parent)
    return paths


def free_bytes(path: Path) -> int:
    """Return the free bytes of the filesystem holding path (or its nearest existing parent)."""
    while not path.exists() and path != path.parent:
        path = path.parent
    return shutil.disk_usage(path).free


def low_disk() -> str | None:
    """Return why ingest must pause now, or None when every watched filesystem has room."""
    floor = settings.DISK_MIN_FREE_MB * 1024 * 1024
    for path in watched_paths():
        free = free_bytes(path)
        if free < floor:
            return (
                f"Spațiu liber {free // (1024 * 1024)} MB sub pragul de {settings.DISK_MIN_FREE_MB} MB "
                f"(DISK_MIN_FREE_MB) pe {path}: preluarea e oprită până se eliberează spațiu"
            )
    return None
