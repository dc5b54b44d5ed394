"""`gazeta bench soak --minutes N --json`: Gazeta as `up` runs it, crawling the live demo network under read load.

1. Start `gazeta up --demo` in a fresh var directory (var/bench-soak/, SQLite, its own ports):
   migrate, the demo network in live mode (outlets keep publishing), the scheduler crawling it,
   granian serving.
2. For N minutes, READERS client threads ask for a mix of pages and searches, each pausing
   THINK_SECONDS between requests (a bounded load: the machine also runs the crawler).
3. Per minute: requests, errors by kind, p99 latency and the RSS of every process of the tree;
   over the run: "database is locked" lines in the server's log, articles ingested, and each
   process's RSS growth per hour after warm-up (the first window of minutes, while caches and
   the demo's database fill): the least-squares slope of its per-minute RSS from the end of
   warm-up on, as a percentage of its RSS then, so one late sample does not decide it.
Targets (issue 19): 0 errors, 0 locked, p99 of the last 5 minutes <= 1.5x the first 5 (the
first and last thirds on a run shorter than 10 minutes), RSS growth <= 5 % per hour per process.
"""

import http.client
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import quote_plus

from django.conf import settings

READERS = 3
THINK_SECONDS = 0.05  # per reader between requests: some 30-50 requests a second in all
TIMEOUT = 10.0
PAGES = [
    "/",
    "/recente/",
    "/judete/",
    "/bacau/",
    "/iasi/",
    "/cluj/",
    "/categorie/sport/",
    "/radio/",
    "/curs-valutar/",
    "/rss/",
    "/sitemap.xml",
]
SEARCHES = ["primaria", "spital", "drum judetean", "onișcani", "accident", "consiliul local", "școala"]
ARTICLE_LINK = re.compile(r'href="(/articol/\d+/[^"]*)"')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def rss_of_tree(root: int) -> dict[str, int]:
    """Return {"pid name": RSS in KB} for root and its descendants (from /proc)."""
    found, queue = {}, [root]
    while queue:
        pid = queue.pop()
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        rss = re.search(r"VmRSS:\s+(\d+)", status)
        name = " ".join(part.decode(errors="replace").rsplit("/", 1)[-1] for part in cmdline[:3] if part)
        found[f"{pid} {name}"] = int(rss.group(1)) if rss else 0
        for task in Path(f"/proc/{pid}/task").glob("*/children"):
            queue += [int(child) for child in task.read_text().split()]
    return found


class Reader(threading.Thread):
    """One client: pages, articles found on them and searches, over one keep-alive connection."""

    def __init__(self, port: int, stop: threading.Event, record, seed: int):
        super().__init__(daemon=True)
        self.port, self.stop, self.record, self.random = port, stop, record, random.Random(seed)
        self.articles: list[str] = []

    def next_path(self) -> str:
        roll = self.random.random()
        if roll < 0.2:
            return f"/cauta/?q={quote_plus(self.random.choice(SEARCHES))}"
        if roll < 0.5 and self.articles:
            return self.random.choice(self.articles)
        return self.random.choice(PAGES)

    def run(self):
        connection = None
        while not self.stop.is_set():
            path = self.next_path()
            started = time.perf_counter()
            try:
                connection = connection or http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
                connection.request("GET", path, headers={"Accept-Encoding": "identity"})
                response = connection.getresponse()
                body = response.read()
                kind = (
                    None
                    if response.status < 400 or (response.status == 429 and "cauta" in path)
                    else f"HTTP {response.status}"
                )
                if response.status == 200 and len(self.articles) < 200:
                    self.articles += ARTICLE_LINK.findall(body.decode("utf-8", "replace"))[:5]
            except Exception as error:  # counted by kind; the reader goes on with a new connection
                kind = type(error).__name__
                connection = None
            self.record(time.perf_counter() - started, kind)
            self.stop.wait(THINK_SECONDS)


def growth_per_hour(samples: list[tuple[int, int]]) -> float | None:
    """Least-squares slope of (minute, KB) samples, as % per hour of the first sample's KB."""
    if len(samples) < 2 or not samples[0][1]:
        return None
    count = len(samples)
    mean_x = sum(m for m, _ in samples) / count
    mean_y = sum(kb for _, kb in samples) / count
    spread = sum((m - mean_x) ** 2 for m, _ in samples)
    slope = sum((m - mean_x) * (kb - mean_y) for m, kb in samples) / spread  # KB per minute
    return round(slope * 60 / samples[0][1] * 100, 1)


def p99(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000, 1)


def count_articles(database: Path) -> int:
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5) as db:
            return db.execute("SELECT count(*) FROM news_article").fetchone()[0]
    except sqlite3.Error:
        return 0


def wait_until_serving(port: int, process, seconds: float = 240) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError("gazeta up did not start serving")


def run(options: dict) -> dict:
    """Run the soak and return its figures."""
    minutes = max(1, int(options.get("minutes") or 5))
    directory = Path(settings.VAR_DIR) / "bench-soak"
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    # The readers stand for many readers but come from one address: the per-client limits are off
    # (they answer 429 by design, which would count as errors here).
    env = {
        **os.environ,
        "GAZETA_VAR_DIR": str(directory),
        "DEBUG": "False",
        "BACKUP_PERIODIC": "0",
        "SEARCH_RATE_LIMIT": "0",
        "PAGE_RATE_LIMIT": "0",
        "DJANGO_SETTINGS_MODULE": "gazeta.settings",
    }
    for name in ("DATABASE_URL", "REDIS_URL"):
        env.pop(name, None)
    # --port P uses P and P+1 (a helper's own range on a shared machine); otherwise any free ports.
    port, demo_port = (
        (int(options["port"]), int(options["port"]) + 1) if options.get("port") else (free_port(), free_port())
    )
    log_path = directory / "up.log"
    with open(log_path, "w") as log_file:
        up = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gazeta"),
                "up",
                "--demo",
                "--port",
                str(port),
                "--demo-port",
                str(demo_port),
                "--workers",
                "2",
            ],
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    try:
        return _soak(up, port, minutes, directory, log_path)
    finally:
        up.send_signal(signal.SIGTERM)
        try:
            up.wait(timeout=30)
        except subprocess.TimeoutExpired:
            up.kill()
            up.wait()


def _soak(up, port: int, minutes: int, directory: Path, log_path: Path) -> dict:
    wait_until_serving(port, up)
    database = directory / "gazeta.sqlite3"
    lock = threading.Lock()
    per_minute: dict[int, list[float]] = defaultdict(list)
    errors: dict[int, Counter] = defaultdict(Counter)
    started = time.monotonic()

    def record(seconds: float, kind: str | None) -> None:
        minute = int((time.monotonic() - started) // 60)
        with lock:
            per_minute[minute].append(seconds)
            if kind:
                errors[minute][kind] += 1

    stop = threading.Event()
    readers = [Reader(port, stop, record, seed) for seed in range(READERS)]
    for reader in readers:
        reader.start()
    articles_start = count_articles(database)
    rss_per_minute: list[dict[str, int]] = []
    for minute in range(minutes):
        stop.wait(max(0.0, started + 60 * (minute + 1) - time.monotonic()))
        rss_per_minute.append(rss_of_tree(up.pid))
    stop.set()
    for reader in readers:
        reader.join(timeout=TIMEOUT + 1)
    log_text = log_path.read_text(errors="replace")
    rows = [
        {
            "minute": m + 1,
            "requests": len(per_minute[m]),
            "errors": dict(errors[m]),
            "p99_ms": p99(per_minute[m]),
            "rss_kb": rss_per_minute[m],
        }
        for m in range(minutes)
    ]
    third = max(1, min(5, minutes // 3))
    warm = rss_per_minute[min(third, minutes) - 1]  # end of the first window: warm-up
    rss_end = rss_per_minute[-1]
    first = p99([v for m in range(third) for v in per_minute[m]])
    last = p99([v for m in range(minutes - third, minutes) for v in per_minute[m]])
    hours = max((minutes - third) / 60, 1 / 60)
    growth_end = {
        name: round((rss_end[name] - kb) / kb * 100 / hours, 1) for name, kb in warm.items() if name in rss_end and kb
    }
    growth = {
        name: growth_per_hour(
            [(m, rss_per_minute[m][name]) for m in range(third - 1, minutes) if name in rss_per_minute[m]]
        )
        for name in warm
    }
    all_errors = sum((errors[m] for m in range(minutes)), Counter())
    return {
        "minutes": minutes,
        "readers": READERS,
        "requests": sum(r["requests"] for r in rows),
        "errors": dict(all_errors),
        "database_locked": log_text.count("database is locked"),
        "articles_ingested": count_articles(database) - articles_start,
        "articles_total": count_articles(database),
        "per_minute": rows,
        "p99_first_ms": first,
        "p99_last_ms": last,
        "p99_ratio": round(last / first, 2) if first and last else None,
        "p99_window_minutes": third,
        "rss_kb_after_warmup": warm,
        "rss_kb_end": rss_end,
        "rss_warmup_minutes": third,
        "rss_growth_percent_per_hour": growth,
        "rss_growth_percent_per_hour_end_vs_warmup": growth_end,
        "targets": {"errors": 0, "database_locked": 0, "p99_ratio_max": 1.5, "rss_growth_percent_per_hour_max": 5},
    }
