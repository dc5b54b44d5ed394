"""Crawls as separate `gazeta` processes sharing one SQLite file: no source read twice, nothing lost when killed.

Apart from test_worker.py so that the two slowest groups of worker tests run in different
processes of the suite (pytest-xdist hands out whole files).
"""

import atexit
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from local_feeds import HTML_TYPE, FeedServer, article_page, full_content, rss

WHEN = datetime(2026, 11, 28, 9, tzinfo=UTC)
GAZETA = str(Path(sys.executable).with_name("gazeta"))


@pytest.mark.slow
def test_three_worker_processes_on_sqlite_read_each_source_once(tmp_path):
    server = FeedServer()
    try:
        env = site_with_sources(tmp_path, server, outlets=9, items=4)
        env["INGEST_CLAIM_SECONDS"] = "60"
        crawls = [
            subprocess.Popen(
                [GAZETA, "crawl", "--json"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
            )
            for _ in range(3)
        ]
        for crawl in crawls:
            assert crawl.wait(timeout=180) == 0, crawl.stderr.read()
        assert all(server.hits[f"/k{n}/feed"] == 1 for n in range(9))
        with sqlite3.connect(tmp_path / "gazeta.sqlite3") as db:
            guids = [row[0] for row in db.execute("SELECT guid FROM news_article")]
            readers = db.execute("SELECT count(DISTINCT worker) FROM ingest_fetchlog").fetchone()[0]
        assert sorted(guids) == sorted(f"k{n}-{k}" for n in range(9) for k in range(4))
        assert readers >= 1
    finally:
        server.stop()


def site_with_sources(
    tmp_path: Path, server: FeedServer, outlets: int, items: int, page_delay: float = 0.0, pages: bool = False
) -> dict:
    """Serve outlets, create a Gazeta with its own SQLite file, import them as sources; return its env."""
    rows = ["name\thomepage\tfeed_url\tcounty"]
    for n in range(outlets):
        entries = []
        for k in range(items):
            title = f"Știrea {k} de la k{n}"
            entry = {"guid": f"k{n}-{k}", "title": title, "published": WHEN - timedelta(hours=k)}
            if pages:
                entry["link"] = server.add(f"/k{n}/{k}", article_page(title), content_type=HTML_TYPE, delay=page_delay)
            else:
                entry["link"], entry["content"] = server.url(f"/k{n}/{k}"), full_content(title)
            entries.append(entry)
        server.add(f"/k{n}/feed", rss(entries))
        rows.append(f"Outlet k{n}\t{server.base_url}/\t{server.url(f'/k{n}/feed')}\tnational")
    (tmp_path / "surse.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    env = {
        **os.environ,
        "GAZETA_VAR_DIR": str(tmp_path),
        "INGEST_ALLOWED_HOSTS": server.host,
        "INGEST_HOST_DELAY": "0",
        "INGEST_THREADS": "1",
        "INGEST_CLAIM_SECONDS": "1",
        "DATABASE_URL": "",
        "GAZETA_TESTING": "0",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    run = dict(env=env, capture_output=True, text=True, timeout=180)
    migrated_copy(tmp_path / "gazeta.sqlite3", run)
    imported = subprocess.run([GAZETA, "sources", "import", str(tmp_path / "surse.tsv")], **run)
    assert imported.returncode == 0, imported.stderr
    return env


@pytest.mark.slow
def test_a_crawl_killed_mid_way_then_a_worker_loses_nothing_and_stores_nothing_twice(tmp_path):
    server = FeedServer()
    try:
        env = site_with_sources(tmp_path, server, outlets=4, items=6, page_delay=0.15, pages=True)
        database = tmp_path / "gazeta.sqlite3"
        crawl = subprocess.Popen(
            [GAZETA, "crawl", "--json"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while count(database, "news_article") < 5 and time.monotonic() < deadline and crawl.poll() is None:
            time.sleep(0.05)
        crawl.send_signal(signal.SIGKILL)
        crawl.wait(timeout=30)
        stored_before = count(database, "news_article")
        assert 5 <= stored_before < 24, "the crawl should have been killed mid-way"

        time.sleep(1.2)  # let the dead crawl's claims (1 s in this test) run out
        worker = subprocess.Popen(
            [GAZETA, "worker"], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        deadline = time.monotonic() + 120
        while count(database, "news_article") < 24 and time.monotonic() < deadline and worker.poll() is None:
            time.sleep(0.1)
        worker.send_signal(signal.SIGTERM)
        output, _ = worker.communicate(timeout=60)
        assert worker.returncode == 0 and "oprit" in output
        with sqlite3.connect(database) as db:
            guids = [row[0] for row in db.execute("SELECT guid FROM news_article")]
            claimed = db.execute("SELECT count(*) FROM news_source WHERE claimed_by != ''").fetchone()[0]
        assert sorted(guids) == sorted(f"k{n}-{k}" for n in range(4) for k in range(6))
        assert claimed == 0
    finally:
        server.stop()


_MIGRATED: list[Path] = []  # this test process's freshly migrated SQLite file


def migrated_copy(database: Path, run: dict) -> None:
    """Make database a copy of a new site's migrated SQLite file: `gazeta migrate` runs once per test process.

    Each migration of a new file cost about 4 s of CPU; these tests are about crawling it.
    """
    if not _MIGRATED:
        template = Path(tempfile.mkdtemp(prefix="gazeta-migrated-"))
        atexit.register(shutil.rmtree, template, True)
        migrated = subprocess.run(
            [GAZETA, "migrate", "-v0"], **{**run, "env": {**run["env"], "GAZETA_VAR_DIR": str(template)}}
        )
        assert migrated.returncode == 0, migrated.stderr
        _MIGRATED.append(template / "gazeta.sqlite3")
    source, copy = sqlite3.connect(_MIGRATED[0]), sqlite3.connect(database)
    try:
        source.backup(copy)
    finally:
        source.close()
        copy.close()


def count(database: Path, table: str) -> int:
    try:
        with sqlite3.connect(database, timeout=5) as db:
            return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return 0
