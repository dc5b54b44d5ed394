"""Stopping when asked: SIGTERM to a busy `gazeta worker` or `gazeta up` ends it promptly with its claims given back.

Every outlet here is slow (each article page answers after a delay), so a worker is always in the
middle of a read when the signal comes. The bounds on waiting are generous on purpose: they prove
the process did not wait out the slow outlet or its 10-minute leases; the measured time to exit
is printed by `gazeta bench stop`, not asserted.
"""

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import time
from datetime import UTC, datetime

import pytest
from local_feeds import FeedServer
from test_worker_processes import GAZETA, count, site_with_sources


def claimed(database) -> int:
    with sqlite3.connect(database, timeout=20) as db:
        return db.execute("SELECT count(*) FROM news_source WHERE claimed_by != ''").fetchone()[0]


def not_due(database) -> list[str]:
    """Sources whose next read is in the future: those were read to the end, never abandoned ones."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
    with sqlite3.connect(database, timeout=20) as db:
        return [row[0] for row in db.execute("SELECT feed_url FROM news_source WHERE next_fetch_at > ?", (now,))]


def start(env: dict, directory, *args: str):
    """Start a gazeta command whose output goes to files (a full pipe would stall its logging)."""
    output, errors = directory / f"{args[0]}.out", directory / f"{args[0]}.err"
    with open(output, "w") as out, open(errors, "w") as err:
        process = subprocess.Popen([GAZETA, *args], env=env, stdout=out, stderr=err)
    return process, output, errors


def kill_if_running(process) -> None:
    """A failed assertion must not leave a worker polling the test's feeds after the test."""
    if process is not None and process.poll() is None:
        process.kill()
        process.wait()


def wait_for(condition, seconds: float, process) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert condition(), "the worker never got busy"


@pytest.mark.slow
def test_sigterm_to_a_busy_worker_releases_its_claims_and_the_next_worker_finishes_the_work(tmp_path):
    server, worker = FeedServer(), None
    try:
        env = site_with_sources(tmp_path, server, outlets=4, items=8, page_delay=0.5, pages=True)
        env.update(INGEST_CLAIM_SECONDS="600", INGEST_THREADS="2")  # leases far longer than the test
        database = tmp_path / "gazeta.sqlite3"
        worker, output, errors = start(env, tmp_path, "worker")
        wait_for(lambda: count(database, "news_article") >= 2, 60, worker)
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=30)  # 32 slow pages would take 16 s more
        output, errors = output.read_text(), errors.read_text()
        assert worker.returncode == 0, errors
        assert "oprit" in output
        stored = count(database, "news_article")
        assert 2 <= stored < 32, "the worker should have stopped mid-way"
        assert claimed(database) == 0
        assert "read abandoned: stopping" in errors

        # Abandoned sources are still due: another worker takes them at once (not after 600 s).
        for route in server.routes.values():
            route.delay = 0
        crawl = subprocess.run([GAZETA, "crawl", "--json"], env=env, capture_output=True, text=True, timeout=120)
        assert crawl.returncode == 0, crawl.stderr
        with sqlite3.connect(database) as db:
            guids = [row[0] for row in db.execute("SELECT guid FROM news_article")]
        assert sorted(guids) == sorted(f"k{n}-{k}" for n in range(4) for k in range(8))  # each once
        assert claimed(database) == 0
    finally:
        kill_if_running(worker)
        server.stop()


@pytest.mark.slow
def test_a_worker_stuck_on_a_page_that_never_comes_still_exits_and_gives_its_source_back(tmp_path):
    server, worker = FeedServer(), None
    try:
        env = site_with_sources(tmp_path, server, outlets=1, items=3, page_delay=40, pages=True)
        env.update(INGEST_CLAIM_SECONDS="600", INGEST_TIMEOUT="60", INGEST_STOP_SECONDS="2")
        database = tmp_path / "gazeta.sqlite3"
        worker, output, errors = start(env, tmp_path, "worker")
        wait_for(lambda: server.hits["/k0/0"] >= 1, 60, worker)
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=25)  # well before the page's 40 s
        output, errors = output.read_text(), errors.read_text()
        assert worker.returncode == 0, errors
        assert "oprit" in output
        assert claimed(database) == 0
        assert not_due(database) == []  # its schedule untouched: due, claimable at once
        assert count(database, "news_article") == 0
    finally:
        kill_if_running(worker)
        server.stop()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.slow
def test_sigterm_to_gazeta_up_stops_its_scheduler_mid_read_and_releases_its_claims(tmp_path, collected_static):
    # The demo network's slow outlet answers its feed after 8 s: SIGTERM comes while it is being read.
    env = {
        **os.environ,
        "GAZETA_VAR_DIR": str(tmp_path),
        "DATABASE_URL": "",
        "GAZETA_TESTING": "0",
        "INGEST_CLAIM_SECONDS": "600",
        "INGEST_STOP_SECONDS": "1",
        "INGEST_THREADS": "2",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    database = tmp_path / "gazeta.sqlite3"
    shutil.copytree(collected_static, tmp_path / "static")  # collectstatic's output, as `up` would make it
    up, _, errors = start(
        env, tmp_path, "up", "--demo", "--port", str(free_port()), "--demo-port", str(free_port()), "--workers", "1"
    )
    try:
        wait_for(lambda: slow_outlet_claimed(database), 240, up)
        up.send_signal(signal.SIGTERM)
        up.wait(timeout=25)
        assert up.returncode == 0, errors.read_text()[-3000:]
        assert claimed(database) == 0
    finally:
        kill_if_running(up)


def slow_outlet_claimed(database) -> bool:
    try:
        with sqlite3.connect(database, timeout=20) as db:
            return bool(
                db.execute(
                    "SELECT count(*) FROM news_source WHERE claimed_by != '' AND feed_url LIKE '%ecoul-buzaului%'"
                ).fetchone()[0]
            )
    except sqlite3.Error:
        return False
