"""`gazeta backup`: a consistent copy of a running Gazeta, its media files and a manifest.

SQLite is copied with its online backup API in one step: one read transaction, so the copy is
the database as of one instant, and in WAL mode the crawler keeps writing meanwhile (a file
copy of a live WAL database can tear). PostgreSQL is dumped by `pg_dump -Fc` from a snapshot
exported by our own REPEATABLE READ transaction, the one the manifest's counts are read in.

A backup is written to `<name>.partial` and renamed when complete, so a directory without that
suffix and with a manifest.json is a whole backup; a partial one left by a crash is removed
by the next rotation.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import time
from importlib import metadata
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone

from ops import snapshot

MANIFEST = "manifest.json"
SQLITE_FILE = "gazeta.sqlite3"
DUMP_FILE = "gazeta.dump"
FORMAT = 1
HASH_CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why, for the operator."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def backups_root() -> Path:
    return Path(settings.BACKUP_DIR)


def version() -> str:
    try:
        return metadata.version("gazeta")
    except metadata.PackageNotFoundError:
        return "unknown"


def make_backup(target: Path | None = None) -> Path:
    """Back up the database and media into target (default: a new dated directory under BACKUP_DIR)."""
    started = time.monotonic()
    if target is None:
        target = backups_root() / timezone.now().strftime("%Y%m%d-%H%M%S")
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"{target} există și nu e gol: alegeți un director nou")
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        if connection.vendor == "sqlite":
            database = _copy_sqlite(partial / SQLITE_FILE)
        elif connection.vendor == "postgresql":
            database = _dump_postgres(partial / DUMP_FILE)
        else:
            raise BackupError(f"baza de date {connection.vendor} nu are copie de siguranță")
        media = _copy_media(Path(settings.MEDIA_ROOT), partial / "media", previous=latest_backup(target.parent))
        manifest = {
            "format": FORMAT,
            "gazeta": version(),
            "created_at": timezone.now().isoformat(),
            "database": database,
            "media": media,
            "seconds": round(time.monotonic() - started, 2),
        }
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
        if target.exists():
            target.rmdir()
        partial.rename(target)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return target


def _copy_sqlite(path: Path) -> dict:
    """Copy the live SQLite database into path in one backup step; read the manifest figures from the copy."""
    source_path = str(settings.DATABASES["default"]["NAME"])
    source = sqlite3.connect(source_path, timeout=30)
    copy = sqlite3.connect(path)
    try:
        # pages=-1: the whole database in one step, inside one read transaction (a consistent
        # instant). Stepping would restart from scratch each time another process writes.
        source.backup(copy, pages=-1)
    finally:
        source.close()
    try:
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        check = copy.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise BackupError(f"copia bazei de date nu trece quick_check: {check}")
        cursor = copy.cursor()
        figures = _figures(cursor, "sqlite")
    finally:
        copy.close()
    return {"vendor": "sqlite", "file": path.name, "bytes": path.stat().st_size, "sha256": sha256_of(path), **figures}


def _figures(cursor, vendor: str) -> dict:
    return {
        "migrations": snapshot.migrations(cursor),
        "counts": snapshot.counts(cursor, vendor),
        "digests": snapshot.digests(cursor),
    }


def pg_env() -> dict:
    """Return the environment that points PostgreSQL's own tools at Gazeta's database."""
    db = settings.DATABASES["default"]
    env = dict(os.environ)
    for key, name in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("NAME", "PGDATABASE"),
    ):
        if db.get(key):
            env[name] = str(db[key])
    return env


def pg_tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise BackupError(
            f"{name} nu este instalat (pachetul Debian postgresql-client): fără el nu se poate "
            "face copia unei baze PostgreSQL"
        )
    return found


def _dump_postgres(path: Path) -> dict:
    """pg_dump the database from a snapshot shared with the transaction that reads the manifest figures."""
    import psycopg

    pg_dump = pg_tool("pg_dump")
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    with psycopg.connect(**params, autocommit=False) as reader:
        reader.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        exported = reader.execute("SELECT pg_export_snapshot()").fetchone()[0]
        with reader.cursor() as cursor:
            figures = _figures(cursor, "postgresql")
        # The exporting transaction stays open until pg_dump is done: that is what keeps the snapshot.
        done = subprocess.run(
            [pg_dump, "-Fc", "--no-owner", f"--snapshot={exported}", "-f", str(path)],
            env=pg_env(),
            capture_output=True,
            text=True,
        )
        reader.rollback()
    if done.returncode != 0:
        raise BackupError(f"pg_dump a eșuat: {done.stderr.strip()[:2000]}")
    return {
        "vendor": "postgresql",
        "file": path.name,
        "bytes": path.stat().st_size,
        "sha256": sha256_of(path),
        **figures,
    }


def _copy_media(root: Path, target: Path, previous: Path | None) -> dict:
    """Copy every media file; one unchanged since the previous backup is hard-linked to its copy there."""
    known = _media_of(previous)
    files: dict[str, dict] = {}
    total = 0
    if root.is_dir():
        for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
            relative = path.relative_to(root).as_posix()
            stat = path.stat()
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            before = known.get(relative)
            if before and before["bytes"] == stat.st_size and before.get("mtime_ns") == stat.st_mtime_ns:
                os.link(previous / "media" / relative, destination)
                checksum = before["sha256"]
            else:
                shutil.copy2(path, destination)
                checksum = sha256_of(destination)
            files[relative] = {"bytes": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": checksum}
            total += stat.st_size
    return {"count": len(files), "bytes": total, "files": files}


def _media_of(backup: Path | None) -> dict:
    if backup is None:
        return {}
    try:
        return read_manifest(backup)["media"]["files"]
    except (BackupError, KeyError):
        return {}


def read_manifest(backup: Path) -> dict:
    try:
        return json.loads((Path(backup) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BackupError(f"{backup} nu are un manifest.json lizibil ({error})") from error


def complete_backups(root: Path) -> list[Path]:
    """Return the whole backups under root, oldest first (names are their UTC creation times)."""
    if not root.is_dir():
        return []
    return sorted(
        p for p in root.iterdir() if p.is_dir() and not p.name.endswith(".partial") and (p / MANIFEST).is_file()
    )


def latest_backup(root: Path) -> Path | None:
    found = complete_backups(root)
    return found[-1] if found else None
