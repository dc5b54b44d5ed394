"""Backups that restore: a demo crawl backed up while the crawler writes, restored elsewhere, compared row by row.

Real servers throughout: the demo network over HTTP, `gazeta` processes on their own SQLite files
(or their own PostgreSQL databases), pg_dump/pg_restore. The comparison reads every column of
every article, story and source of the backup's snapshot and of the restored database.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

from ops import snapshot

GAZETA = str(Path(sys.executable).with_name("gazeta"))
COMPARED = ["news_article", "news_story", "news_source"]
# Columns a later crawl never rewrites (stories gain articles, articles may move story or be edited).
IDENTITY = {
    "news_article": "id, source_id, guid, url, published_at",
    "news_story": "id, created_at",
    "news_source": "id, feed_url",
}
PICTURE = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


@pytest.fixture
def demo():
    from demo.server import serve_in_thread

    network = serve_in_thread(seed=3, slow_delay=4)  # the slow outlet keeps the crawl busy a few seconds
    yield network
    network.stop()


def site_env(var: Path, network, database_url: str = "") -> dict:
    env = {
        **os.environ,
        "GAZETA_VAR_DIR": str(var),
        "DATABASE_URL": database_url,
        "GAZETA_TESTING": "0",
        "INGEST_ALLOWED_HOSTS": network.base_url.split("://", 1)[1],
        "INGEST_HOST_DELAY": "0",
        "INGEST_THREADS": "1",
        "BACKUP_PERIODIC": "0",
        "SECRET_KEY": "only-for-this-test-" + "x" * 40,
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def run(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([GAZETA, *args], env=env, capture_output=True, text=True, timeout=300)


def crawling_site(var: Path, network, database_url: str = "") -> dict:
    """Migrate a new site, register the demo outlets, give it one uploaded picture; return its env."""
    env = site_env(var, network, database_url)
    for args in (["migrate", "-v0"], ["load_reference", "-v0"], ["sources", "demo", "--base-url", network.base_url]):
        done = run(env, *args)
        assert done.returncode == 0, done.stderr
    picture = var / "media" / "articole" / "2026" / "11" / "poza.png"
    picture.parent.mkdir(parents=True)
    picture.write_bytes(PICTURE)
    return env


def backup_during_crawl(env: dict, articles, target: Path, in_backup) -> tuple[int, int]:
    """Start a crawl, back up once it has stored some articles, stop it once it stored more than the backup holds.

    Return the articles stored when the backup started and when the crawl was stopped.
    """
    log = target.with_name("crawl.log")  # a file, not a pipe: a full pipe would stall the crawler's logging
    with open(log, "w") as errors:
        crawl = subprocess.Popen([GAZETA, "crawl", "--json"], env=env, stdout=subprocess.DEVNULL, stderr=errors)
    deadline = time.monotonic() + 120
    while articles() < 10 and time.monotonic() < deadline and crawl.poll() is None:
        time.sleep(0.05)
    assert crawl.poll() is None, f"the crawl ended before the backup could overlap it: {log.read_text()[-3000:]}"
    before = articles()
    made = run(env, "backup", "--to", str(target))
    assert made.returncode == 0, made.stderr
    held = in_backup()
    while articles() <= held and time.monotonic() < deadline + 120 and crawl.poll() is None:
        time.sleep(0.05)
    crawl.terminate()  # SIGTERM: it stops between two entries, each stored whole
    assert crawl.wait(timeout=60) == 0, log.read_text()[-3000:]
    return before, articles()


def rows(db, table: str) -> list[tuple]:
    return db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()  # noqa: S608 - fixed names


def sqlite_count(path: Path, table: str = "news_article") -> int:
    try:
        with sqlite3.connect(path, timeout=20) as db:
            return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
    except sqlite3.Error:
        return 0


def check_snapshot_is_consistent(db) -> None:
    """A torn copy shows as articles pointing at missing stories or stories miscounting their articles."""
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    orphans = db.execute(
        "SELECT count(*) FROM news_article a LEFT JOIN news_story s ON s.id = a.story_id "
        "WHERE a.story_id IS NOT NULL AND s.id IS NULL"
    ).fetchone()[0]
    assert orphans == 0
    miscounted = db.execute(
        "SELECT count(*) FROM news_story s WHERE s.article_count != "
        "(SELECT count(*) FROM news_article a WHERE a.story_id = s.id)"
    ).fetchone()[0]
    assert miscounted == 0


@pytest.mark.slow
def test_a_backup_taken_while_crawling_restores_elsewhere_identical_on_sqlite(tmp_path, demo):
    env = crawling_site(tmp_path / "live", demo)
    live = tmp_path / "live" / "gazeta.sqlite3"
    backup = tmp_path / "copie"
    before, after = backup_during_crawl(
        env, lambda: sqlite_count(live), backup, lambda: sqlite_count(backup / "gazeta.sqlite3")
    )
    assert (backup / "manifest.json").is_file() and not (backup / "gazeta.sqlite3-wal").exists()

    with sqlite3.connect(backup / "gazeta.sqlite3") as snap:
        check_snapshot_is_consistent(snap)
        in_backup = sqlite_count(backup / "gazeta.sqlite3")
        assert before <= in_backup < after, "the crawl should have gone on writing after the backup"
        snapshot_rows = {table: rows(snap, table) for table in COMPARED}
    with sqlite3.connect(live) as db:  # what the snapshot holds is what the live site held then
        final = {row[0]: row for row in db.execute("SELECT guid, url, title, source_id FROM news_article")}
    for guid, url, title, source_id in (
        r[:4]
        for r in sqlite3.connect(backup / "gazeta.sqlite3").execute(
            "SELECT guid, url, title, source_id FROM news_article"
        )
    ):
        assert final[guid] == (guid, url, title, source_id)

    elsewhere = site_env(tmp_path / "elsewhere", demo)
    restored = run(elsewhere, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert f"{in_backup} articole" in restored.stdout
    with sqlite3.connect(tmp_path / "elsewhere" / "gazeta.sqlite3") as db:
        for table in COMPARED:
            assert rows(db, table) == snapshot_rows[table], table
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        search = db.execute("SELECT count(*) FROM search_fts").fetchone()[0]
        assert search > 0  # the search index came along with the articles
    assert (tmp_path / "elsewhere" / "media" / "articole" / "2026" / "11" / "poza.png").read_bytes() == PICTURE

    again = run(elsewhere, "restore", str(backup))
    assert again.returncode != 0 and "--force" in again.stderr
    assert run(elsewhere, "restore", "--force", str(backup)).returncode == 0

    damaged = tmp_path / "deteriorata"
    shutil.copytree(backup, damaged)
    with open(damaged / "gazeta.sqlite3", "r+b") as handle:
        handle.seek(4096 + 100)
        handle.write(b"\xff\xfe")
    refused = run(site_env(tmp_path / "third", demo), "restore", str(damaged))
    assert refused.returncode != 0 and "suma de control" in refused.stderr
    assert (
        not (tmp_path / "third" / "gazeta.sqlite3").exists() or sqlite_count(tmp_path / "third" / "gazeta.sqlite3") == 0
    )


@pytest.mark.postgres
@pytest.mark.slow
def test_a_backup_taken_while_crawling_restores_elsewhere_identical_on_postgresql(tmp_path, demo):
    import psycopg

    if not shutil.which("pg_dump"):
        pytest.skip("pg_dump is not installed")
    db = settings.DATABASES["default"]
    base = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}"
    names = [f"{db['NAME']}_bk_live", f"{db['NAME']}_bk_restored"]
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}"')
    try:
        env = crawling_site(tmp_path / "live", demo, f"{base}/{names[0]}")

        def articles() -> int:
            with psycopg.connect(f"{base}/{names[0]}") as conn:
                return conn.execute("SELECT count(*) FROM news_article").fetchone()[0]

        backup = tmp_path / "copie"
        before, after = backup_during_crawl(
            env,
            articles,
            backup,
            lambda: json.loads((backup / "manifest.json").read_text())["database"]["counts"]["news_article"],
        )
        restored = run(site_env(tmp_path / "elsewhere", demo, f"{base}/{names[1]}"), "restore", str(backup))
        assert restored.returncode == 0, restored.stderr
        with psycopg.connect(f"{base}/{names[1]}") as copy, psycopg.connect(f"{base}/{names[0]}") as live:
            in_backup = copy.execute("SELECT count(*) FROM news_article").fetchone()[0]
            assert before <= in_backup < after
            # Every column of every article, story and source, against the digests read in the backup's snapshot.
            manifest = json.loads((backup / "manifest.json").read_text())["database"]
            assert snapshot.digests(copy.cursor()) == manifest["digests"]
            assert snapshot.counts(copy.cursor(), "postgresql") == manifest["counts"]
            # And what the snapshot held is what the live site held then (identity columns never change).
            for table, columns in IDENTITY.items():
                copied = copy.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()  # noqa: S608
                originals = live.execute(
                    f"SELECT {columns} FROM {table} WHERE id = ANY(%s) ORDER BY id",  # noqa: S608
                    [[row[0] for row in copied]],
                ).fetchall()
                assert copied == originals, table
            orphans = copy.execute(
                "SELECT count(*) FROM news_article a LEFT JOIN news_story s ON s.id = a.story_id"
                " WHERE a.story_id IS NOT NULL AND s.id IS NULL"
            ).fetchone()[0]
            assert orphans == 0
            assert copy.execute("SELECT count(*) FROM search_document").fetchone()[0] > 0
        assert (tmp_path / "elsewhere" / "media" / "articole" / "2026" / "11" / "poza.png").read_bytes() == PICTURE
    finally:
        with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
