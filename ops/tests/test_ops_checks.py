"""Integrity checks, sizes in `gazeta stats --json`, and the operators' page that shows both."""

import json
import sqlite3

import pytest
from django.core.management import call_command

from ops import integrity
from ops.models import Check


@pytest.mark.django_db
def test_the_integrity_check_passes_on_a_sound_database_and_is_recorded():
    integrity.run()
    check = Check.objects.get(name="integrity")
    assert check.ok, check.detail


@pytest.mark.django_db
def test_the_integrity_check_runs_once_a_day_not_at_every_restart():
    integrity.run()
    first = Check.objects.get(name="integrity").checked_at
    assert integrity.run() == "done today"
    assert Check.objects.get(name="integrity").checked_at == first
    Check.objects.filter(name="integrity").update(checked_at=first - integrity.CHECK_EVERY)
    assert integrity.run() != "done today"
    assert Check.objects.get(name="integrity").checked_at > first - integrity.CHECK_EVERY


def test_quick_check_finds_a_damaged_sqlite_file(tmp_path):
    path = tmp_path / "stricat.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        db.execute("CREATE INDEX t_v ON t (v)")
        db.executemany("INSERT INTO t (v) VALUES (?)", [(f"rând {n} " * 20,) for n in range(3000)])
    with sqlite3.connect(path) as db:
        assert integrity.sqlite_check(db.cursor()) == (True, "ok")
    size = path.stat().st_size
    with open(path, "r+b") as handle:  # scribble over pages in the middle of the file
        handle.seek(size // 2)
        handle.write(b"\x07" * 9000)
    with sqlite3.connect(path) as db:
        try:
            ok, detail = integrity.sqlite_check(db.cursor())
        except sqlite3.DatabaseError as error:  # so damaged that the check itself fails
            ok, detail = False, str(error)
    assert not ok and detail


@pytest.mark.django_db
def test_stats_json_reports_sizes_free_disk_and_checks(settings, tmp_path, capsys):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.BACKUP_DIR = tmp_path / "backups"
    (tmp_path / "media" / "articole").mkdir(parents=True)
    (tmp_path / "media" / "articole" / "a.jpg").write_bytes(b"x" * 1000)
    backup = tmp_path / "backups" / "20261201-030000"
    backup.mkdir(parents=True)
    (backup / "manifest.json").write_text(json.dumps({"format": 1}))
    Check.record("integrity", True, "ok")

    call_command("stats", "--json")
    stats = json.loads(capsys.readouterr().out)

    sizes = stats["sizes"]
    assert sizes["media_bytes"] == 1000 and sizes["backups"] == 1 and sizes["latest_backup"] == "20261201-030000"
    assert sizes["backups_bytes"] == len(json.dumps({"format": 1}))
    assert all(disk["free_bytes"] > 0 for disk in sizes["disks"].values())
    assert sizes["ingest_paused"] is None and "database_bytes" in sizes and "search_index_bytes" in sizes
    assert stats["checks"]["integrity"]["ok"] is True


@pytest.mark.django_db
def test_the_operations_page_warns_before_the_disk_fills_and_says_when_ingest_paused(admin_client, settings):
    from ingest.diskguard import free_bytes, watched_paths

    free_mb = min(free_bytes(path) for path in watched_paths()) // 2**20
    page = admin_client.get("/admin/exploatare/")
    assert page.status_code == 200 and "Preluarea articolelor e oprită" not in page.content.decode()

    settings.DISK_MIN_FREE_MB = max(1, free_mb // 2)  # free space under three times the threshold: a warning
    assert "se apropie de prag" in admin_client.get("/admin/exploatare/").content.decode()

    settings.DISK_MIN_FREE_MB = free_mb * 10
    Check.record("integrity", False, "*** in database main ***\nPage 7: btreeInitPage() returns error code 11")
    html = admin_client.get("/admin/exploatare/").content.decode()
    assert "Preluarea articolelor e oprită" in html and "DISK_MIN_FREE_MB" in html
    assert "Verificarea integrității bazei de date a eșuat" in html and "btreeInitPage" in html


@pytest.mark.django_db
def test_the_operations_page_is_for_operators_only(client):
    from news.tests.conftest import make_editor

    assert client.get("/admin/exploatare/").status_code == 302
    client.force_login(make_editor())  # staff, in the editors' group, not a superuser: not their page
    assert client.get("/admin/exploatare/").status_code == 302
    desk = client.get("/admin/").content.decode()
    assert "/admin/sanatate-surse/" in desk and "/admin/exploatare/" not in desk
