"""`gazeta up` as a supervisor, with real processes (issue 11, finding 4); every wait is bounded.

A taken port is refused with one line; a killed web worker is replaced while the other serves;
a killed `up` leaves nothing listening; the links follow the port it serves on.
"""

import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lib.proctree import alive, children, descendants

ROOT = Path(__file__).resolve().parents[2]
GAZETA = str(Path(sys.executable).parent / "gazeta")
pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(var_dir: Path) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "REDIS_URL", "SITE_URL", "GAZETA_TESTING", "PROMETHEUS_MULTIPROC_DIR")
    }
    return {**env, "GAZETA_VAR_DIR": str(var_dir), "LOG_LEVEL": "WARNING"}


def get(port: int, path: str, timeout: float = 5) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def listening(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.parametrize("flag", ["--port", "--demo-port"])
def test_a_taken_port_is_refused_with_one_clear_line(tmp_path, flag):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        args = (
            ["--port", str(port)]
            if flag == "--port"
            else ["--port", str(free_port()), "--demo", "--demo-port", str(port)]
        )
        result = subprocess.run(
            [GAZETA, "up", "--no-scheduler", *args],
            env=environment(tmp_path),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip() and "level=" not in line]
    assert len(lines) == 1 and f"Portul {port}" in lines[0] and flag in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "gazeta.sqlite3").exists()  # refused before any work


def test_up_replaces_a_killed_worker_and_leaves_nothing_behind_when_killed(tmp_path, collected_static):
    port = free_port()
    shutil.copytree(collected_static, tmp_path / "static")  # collectstatic's output, as `up` would make it
    log = (tmp_path / "up.log").open("wb")  # a file, not a pipe: nobody reads a pipe until the end
    up = subprocess.Popen(
        [GAZETA, "up", "--no-scheduler", "--port", str(port), "--workers", "2"],
        env=environment(tmp_path),
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 240  # migrations and the reference data on a fresh database
        while time.monotonic() < deadline and not listening(port):
            assert up.poll() is None, (tmp_path / "up.log").read_text()[-3000:]
            time.sleep(1)
        assert get(port, "/healthz", timeout=30)[0] == 200
        granian = [pid for pid in descendants(up.pid) if len(children(pid)) >= 2]
        assert len(granian) == 1, descendants(up.pid)
        workers = children(granian[0])
        assert len(workers) == 2

        # Without SITE_URL, links follow the address the site is served at.
        status, feed = get(port, "/rss/", timeout=30)
        assert status == 200 and f"http://127.0.0.1:{port}/".encode() in feed and b":8000/" not in feed

        os.kill(workers[0], signal.SIGKILL)
        answered, asked, stop = 0, 0, time.monotonic() + 8
        while time.monotonic() < stop:
            asked += 1
            try:
                answered += get(port, "/healthz")[0] == 200
            except OSError:
                pass
        print(f"after SIGKILL of a worker: {answered}/{asked} answered 200 in 8 s")
        assert answered / asked >= 0.95, (answered, asked)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len([w for w in children(granian[0]) if alive(w)]) < 2:
            time.sleep(0.5)
        replaced = [w for w in children(granian[0]) if alive(w)]
        assert len(replaced) == 2 and workers[0] not in replaced

        everything = descendants(up.pid)
        up.kill()
        up.wait(10)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (listening(port) or any(alive(pid) for pid in everything)):
            time.sleep(0.5)
        assert not listening(port)
        assert [pid for pid in everything if alive(pid)] == []
    finally:
        if up.poll() is None:
            up.kill()
            up.wait(10)
        for pid in descendants(up.pid):
            os.kill(pid, signal.SIGKILL)
        log.close()
