"""`gazeta bench supervisor --seconds 60`: pages served while web workers are SIGKILLed (issue 11).

1. Start `gazeta up --no-scheduler --workers 2` in a fresh var directory (var/bench-supervisor/),
   on --port P or a free port.
2. For --seconds S (default 60), the soak's readers (pages, articles, searches) ask without pause
   beyond the soak's think time; at S/4 and 3S/4 one granian web worker gets SIGKILL (not the
   same one: the second kill hits the replacement's sibling).
3. Report requests, answered 200 (or another non-error status), errors by kind, the share
   answered per second around each kill, and whether granian had two live workers again after
   each kill and at the end. Target: >= 95 % answered (issue 11), the worker replaced.
"""

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from django.conf import settings

from lib.proctree import alive, children, descendants
from tools.soak import READERS, Reader, free_port, wait_until_serving

TARGET_ANSWERED = 0.95


def live_workers(up_pid: int) -> tuple[int | None, list[int]]:
    """Return granian's pid (the child of `up` that has children) and its live workers."""
    for child in children(up_pid):
        workers = [pid for pid in children(child) if alive(pid)]
        if workers:
            return child, workers
    return None, []


def run(options: dict) -> dict:
    seconds = float(options.get("seconds") or 60)
    directory = Path(settings.VAR_DIR) / "bench-supervisor"
    shutil.rmtree(directory.with_name("bench-supervisor.previous"), ignore_errors=True)
    if directory.exists():  # the last run's log is kept next to this one's
        directory.rename(directory.with_name("bench-supervisor.previous"))
    directory.mkdir(parents=True)
    port = int(options.get("port") or free_port())
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "REDIS_URL", "SITE_URL")}
    env.update(
        {
            "GAZETA_VAR_DIR": str(directory),
            "DEBUG": "False",
            "LOG_LEVEL": "WARNING",
            "SEARCH_RATE_LIMIT": "0",
            "PAGE_RATE_LIMIT": "0",
            "DJANGO_SETTINGS_MODULE": "gazeta.settings",
        }
    )
    with open(directory / "up.log", "w") as log_file:
        up = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gazeta"),
                "up",
                "--no-scheduler",
                "--port",
                str(port),
                "--workers",
                "2",
            ],
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    figures = {}
    try:
        wait_until_serving(port, up)
        figures = _load(up, port, seconds)
    finally:
        figures.update(_stop(up))
    return figures


def _stop(up) -> dict:
    """SIGTERM to `up` as a service manager would; report how long it took and what it left running."""
    tree = descendants(up.pid)
    started = time.monotonic()
    up.send_signal(signal.SIGTERM)
    try:
        code = up.wait(timeout=30)
    except subprocess.TimeoutExpired:
        up.kill()
        code = f"killed after 30 s: {up.wait()}"
    stopped = time.monotonic() - started
    time.sleep(2)  # what PR_SET_PDEATHSIG or the group's SIGKILL is still stopping
    left = [pid for pid in tree if alive(pid)]
    for pid in left:  # ours: never leave them behind
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return {"up_exit": code, "up_stop_seconds": round(stopped, 2), "processes_left_running": left}


def _load(up, port: int, seconds: float) -> dict:
    lock, per_second, errors = threading.Lock(), Counter(), Counter()
    answered_per_second = Counter()
    started = time.monotonic()

    def record(_elapsed: float, kind: str | None) -> None:
        second = int(time.monotonic() - started)
        with lock:
            per_second[second] += 1
            if kind:
                errors[kind] += 1
            else:
                answered_per_second[second] += 1

    stop = threading.Event()
    readers = [Reader(port, stop, record, seed) for seed in range(READERS)]
    for reader in readers:
        reader.start()
    kills = []
    for fraction in (0.25, 0.75):
        stop.wait(max(0.0, started + seconds * fraction - time.monotonic()))
        granian, workers = live_workers(up.pid)
        if workers:
            os.kill(workers[0], signal.SIGKILL)
            kills.append({"at_second": round(time.monotonic() - started, 1), "pid": workers[0]})
    stop.wait(max(0.0, started + seconds - time.monotonic()))
    stop.set()
    for reader in readers:
        reader.join(timeout=15)
    granian, workers = live_workers(up.pid)
    requests = sum(per_second.values())
    answered = sum(answered_per_second.values())
    for kill in kills:
        window = range(int(kill["at_second"]), int(kill["at_second"]) + 3)  # the kill's second and two after
        asked = sum(per_second[s] for s in window)
        kill["answered_next_3s"] = f"{sum(answered_per_second[s] for s in window)}/{asked}"
        kill["replaced"] = kill["pid"] not in workers
    return {
        "seconds": seconds,
        "readers": READERS,
        "requests": requests,
        "answered": answered,
        "answered_share": round(answered / requests, 4) if requests else None,
        "errors": dict(errors),
        "kills": kills,
        "live_workers_at_end": len(workers),
        "target_answered_share": TARGET_ANSWERED,
    }
