"""How much room Gazeta takes and has: database, search index, media, backups, free disk."""

import shutil
from pathlib import Path

from django.conf import settings
from django.db import connection

from ingest.diskguard import free_bytes, low_disk, watched_paths
from ops.backup import backups_root, complete_backups


def tree_bytes(root: Path) -> int:
    """Return the bytes of the files under root (hard links counted once)."""
    if not root.is_dir():
        return 0
    seen: set[tuple[int, int]] = set()
    total = 0
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            stat = path.stat()
            if (stat.st_dev, stat.st_ino) not in seen:
                seen.add((stat.st_dev, stat.st_ino))
                total += stat.st_size
    return total


def database_sizes() -> dict:
    """Return the database's bytes and, inside it, the search index's."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            name = Path(settings.DATABASES["default"]["NAME"])
            files = [name, name.with_name(name.name + "-wal")]
            total = sum(f.stat().st_size for f in files if f.exists())
            cursor.execute("PRAGMA page_size")
            page = cursor.fetchone()[0]
            try:  # dbstat is compiled into most builds; without it the index size is unknown
                cursor.execute("SELECT count(*) FROM dbstat WHERE name LIKE 'search_fts%'")
                index = cursor.fetchone()[0] * page
            except Exception:
                index = None
        else:
            cursor.execute("SELECT pg_database_size(current_database())")
            total = cursor.fetchone()[0]
            cursor.execute("SELECT COALESCE(pg_total_relation_size(to_regclass('search_document')), 0)")
            index = cursor.fetchone()[0]
    return {"database_bytes": total, "search_index_bytes": index}


def collect() -> dict:
    """Return the sizes `gazeta stats` reports and the dashboard shows."""
    backups = complete_backups(backups_root())
    disks = {}
    for path in watched_paths():
        usage = shutil.disk_usage(path if path.exists() else path.parent)
        disks[str(path)] = {"free_bytes": free_bytes(path), "total_bytes": usage.total}
    return {
        **database_sizes(),
        "media_bytes": tree_bytes(Path(settings.MEDIA_ROOT)),
        "backups": len(backups),
        "backups_bytes": tree_bytes(backups_root()),
        "latest_backup": backups[-1].name if backups else None,
        "disks": disks,
        "disk_min_free_bytes": settings.DISK_MIN_FREE_MB * 1024 * 1024,
        "ingest_paused": low_disk(),
    }
