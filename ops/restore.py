"""`gazeta restore DIR`: put a backup into an empty database and prove it arrived whole.

Before anything is written, the backup's files are checked against the manifest's checksums.
After the restore, the counts and row digests are read again from the restored database and
compared with the manifest's (read in the backup's own snapshot). A database that already holds
sources or articles is refused unless --force. Stop Gazeta (web, workers) before restoring.
"""

import shutil
import sqlite3
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import connection, connections

from ops import snapshot
from ops.backup import BackupError, pg_env, pg_tool, read_manifest, sha256_of


@dataclass
class Restored:
    """What a restore did and what its check found."""

    vendor: str
    counts: dict
    media_files: int
    differences: list[str] = field(default_factory=list)


def verify_files(backup: Path, manifest: dict) -> None:
    """Refuse a backup whose database file or media files do not match their checksums."""
    database = manifest["database"]
    path = backup / database["file"]
    if not path.is_file():
        raise BackupError(f"lipsește {path}")
    if sha256_of(path) != database["sha256"]:
        raise BackupError(f"{path.name}: suma de control nu corespunde manifestului (copie deteriorată)")
    for relative, info in manifest["media"]["files"].items():
        copy = backup / "media" / relative
        if not copy.is_file() or sha256_of(copy) != info["sha256"]:
            raise BackupError(f"media/{relative}: lipsă sau deteriorat")


def restore(backup: Path, *, force: bool = False) -> Restored:
    """Restore the backup into the configured database and media directory; return the comparison."""
    backup = Path(backup)
    manifest = read_manifest(backup)
    if manifest.get("format") != 1:
        raise BackupError(f"format de copie necunoscut: {manifest.get('format')}")
    vendor = manifest["database"]["vendor"]
    if vendor != connection.vendor:
        raise BackupError(f"copia e a unei baze {vendor}, iar Gazeta e configurată cu {connection.vendor}")
    verify_files(backup, manifest)
    connections.close_all()
    if vendor == "sqlite":
        found = _restore_sqlite(backup / manifest["database"]["file"], force=force)
    else:
        found = _restore_postgres(backup / manifest["database"]["file"], force=force)
    media = _restore_media(backup / "media", manifest["media"]["files"], Path(settings.MEDIA_ROOT), force=force)
    expected = manifest["database"]
    differences = [
        f"{table}: {expected['counts'].get(table)} în copie, {found['counts'].get(table)} restaurate"
        for table in sorted(set(expected["counts"]) | set(found["counts"]))
        if expected["counts"].get(table) != found["counts"].get(table)
    ]
    differences += [
        f"{table}: rândurile diferă de ale copiei"
        for table, digest in expected["digests"].items()
        if found["digests"].get(table) != digest
    ]
    return Restored(vendor=vendor, counts=found["counts"], media_files=media, differences=differences)


def _refuse_unless_empty(cursor, vendor: str, force: bool, where: str) -> None:
    if not force and not snapshot.is_empty(cursor, vendor):
        raise BackupError(f"baza de date {where} are deja surse sau articole: nu o suprascriu fără --force")


def _restore_sqlite(copy: Path, *, force: bool) -> dict:
    target = Path(settings.DATABASES["default"]["NAME"])
    target.parent.mkdir(parents=True, exist_ok=True)
    destination = sqlite3.connect(target, timeout=30)
    try:
        _refuse_unless_empty(destination.cursor(), "sqlite", force, str(target))
        source = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        try:
            source.backup(destination, pages=-1)  # replaces every page of the target, in one transaction
        finally:
            source.close()
        destination.execute("PRAGMA journal_mode=WAL")
        cursor = destination.cursor()
        return {"counts": snapshot.counts(cursor, "sqlite"), "digests": snapshot.digests(cursor)}
    finally:
        destination.close()


def _restore_postgres(dump: Path, *, force: bool) -> dict:
    pg_restore = pg_tool("pg_restore")
    with connection.cursor() as cursor:
        _refuse_unless_empty(cursor, "postgresql", force, settings.DATABASES["default"]["NAME"])
        migrated = bool(snapshot.tables(cursor, "postgresql"))
    connections.close_all()
    command = [
        pg_restore,
        "--no-owner",
        "--exit-on-error",
        "--single-transaction",
        "-d",
        settings.DATABASES["default"]["NAME"],
        str(dump),
    ]
    if migrated:  # empty tables of a migrated database (or, with --force, full ones) make way for the copy's
        command[1:1] = ["--clean", "--if-exists"]
    done = subprocess.run(command, env=pg_env(), capture_output=True, text=True)
    if done.returncode != 0:
        raise BackupError(f"pg_restore a eșuat: {done.stderr.strip()[:2000]}")
    with connection.cursor() as cursor:
        return {"counts": snapshot.counts(cursor, "postgresql"), "digests": snapshot.digests(cursor)}


def _restore_media(copies: Path, files: dict, root: Path, *, force: bool) -> int:
    """Copy the backup's media files into MEDIA_ROOT, never over a different file without force."""
    for relative, info in files.items():
        destination = root / relative
        if destination.resolve().is_relative_to(root.resolve()) is False:
            raise BackupError(f"media/{relative}: cale în afara directorului media")
        if destination.exists() and not force and sha256_of(destination) != info["sha256"]:
            raise BackupError(f"{destination} există și diferă: nu îl suprascriu fără --force")
    for relative, info in files.items():
        destination = root / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(copies / relative, destination)
        if sha256_of(destination) != info["sha256"]:
            raise BackupError(f"{destination}: suma de control diferă după copiere")
    return len(files)
