"""`gazeta bench freshness --json`: seconds from an item's publication to its county page, push against polling.

1. A fresh var directory (var/bench-freshness/, SQLite): migrate, reference data, the demo
   network's outlets as sources. The demo network runs in this process, live, on a clock that
   stands still during warm-up and then runs SPEED times faster than the wall clock, so the
   outlets publish a few hours' news in a few minutes. The world is anchored so that its clock
   stays in the past (items are never dated in the future).
2. Gazeta runs as in production: granian serving (the hub's callbacks land there, SITE_URL is
   its address) and `gazeta worker` crawling. The worker's first poll of each feed discovers the
   hub of the 14 hub outlets and subscribes; their items then come by push. The other outlets are
   polled every POLL_SECONDS (INGEST_MIN_INTERVAL = INGEST_MAX_INTERVAL: the floor a real outlet
   publishing every few minutes would get; the production default floor is 300 s).
3. Warm-up: until every source was read once and the hub verified every subscription.
4. For MINUTES the clock runs; every CHECK_SECONDS each item whose time has come is looked up
   in the database (by source and GUID) and, once stored, on its county page as a reader gets it
   (HTTP, through the page cache): its own link or its story's. Freshness = the moment it is
   seen there minus the wall-clock moment the demo published it. After MINUTES the clock stops
   and the check goes on for TAIL_SECONDS, so late polled items are still counted.
Reported per group (push: hub outlets; polling: the other county outlets that do not fail on
purpose) in the same run: p50/p95/max seconds, items seen and items never seen. Target: push p95 <= 10 s.
"""

import http.client
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.conf import settings

from tools.bench_pages import percentile
from tools.http_load import start_granian
from tools.soak import free_port, wait_until_serving

SPEED = 30  # world seconds per wall second once the clock runs
MINUTES = 6
WARM_HOURS = 6  # the clock starts this far into the world's window: ~4 items per outlet to read first
POLL_SECONDS = 60
CHECK_SECONDS = 0.5
TAIL_SECONDS = 2 * POLL_SECONDS + 30
WARMUP_LIMIT = 600  # seconds: a first read that takes longer is reported, the run goes on
FAILING = ("http_500", "malformed")  # outlets that never deliver on purpose: in neither group


class Clock:
    """The demo's clock: stands at `world0` until start(), then runs SPEED times the wall clock until stop()."""

    def __init__(self, world0: datetime, speed: float):
        self.world0, self.speed = world0, speed
        self.wall0: float | None = None
        self.wall_end: float | None = None
        self.lock = threading.Lock()

    def __call__(self) -> datetime:
        with self.lock:
            if self.wall0 is None:
                return self.world0
            wall = min(time.monotonic(), self.wall_end) if self.wall_end else time.monotonic()
            return self.world0 + timedelta(seconds=(wall - self.wall0) * self.speed)

    def start(self) -> None:
        with self.lock:
            self.wall0 = time.monotonic()

    def stop(self) -> None:
        with self.lock:
            self.wall_end = time.monotonic()

    def wall_of(self, moment: datetime) -> float:
        return self.wall0 + (moment - self.world0).total_seconds() / self.speed


def run(options: dict) -> dict:
    from demo.server import serve_in_thread
    from demo.world import WINDOW_BEFORE

    minutes = max(1, int(options.get("minutes") or MINUTES))
    directory = Path(settings.VAR_DIR) / "bench-freshness"
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    port, demo_port = (
        (int(options["port"]), int(options["port"]) + 1) if options.get("port") else (free_port(), free_port())
    )
    # Anchor the world so the clock ends the run at about the wall clock's now: dates stay in the past.
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    world0 = now - timedelta(seconds=SPEED * minutes * 60)
    clock = Clock(world0, SPEED)
    network = serve_in_thread(
        seed=1, port=demo_port, live=True, anchor=world0 - timedelta(hours=WARM_HOURS) + WINDOW_BEFORE, clock=clock
    )
    env = {
        **os.environ,
        "GAZETA_VAR_DIR": str(directory),
        "DJANGO_SETTINGS_MODULE": "gazeta.settings",
        "DEBUG": "False",
        "BACKUP_PERIODIC": "0",
        "PAGE_RATE_LIMIT": "0",
        "SEARCH_RATE_LIMIT": "0",
        "SITE_URL": f"http://127.0.0.1:{port}",
        "INGEST_ALLOWED_HOSTS": f"127.0.0.1:{demo_port}",
        "INGEST_HOST_DELAY": "0",
        "INGEST_MIN_INTERVAL": str(POLL_SECONDS),
        "INGEST_MAX_INTERVAL": str(POLL_SECONDS),
    }
    for name in ("DATABASE_URL", "REDIS_URL"):
        env.pop(name, None)
    processes: list[subprocess.Popen] = []
    try:
        setup = (
            "import django; django.setup(); from django.core.management import call_command; "
            "call_command('migrate', verbosity=0); call_command('load_reference', verbosity=0); "
            "call_command('collectstatic', verbosity=0, interactive=False); "
            f"from news.sources import register_demo_sources; print(register_demo_sources({network.base_url!r}))"
        )
        subprocess.run([sys.executable, "-c", setup], env=env, check=True, capture_output=True, cwd=settings.BASE_DIR)
        processes.append(start_granian(env, port))
        wait_until_serving(port, processes[0])
        log = open(directory / "worker.log", "w")  # noqa: SIM115 - closed with the run
        processes.append(
            subprocess.Popen(
                [str(Path(sys.executable).parent / "gazeta"), "worker"],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=settings.BASE_DIR,
            )
        )
        return _measure(network, clock, directory / "gazeta.sqlite3", port, minutes)
    finally:
        for process in reversed(processes):
            process.send_signal(signal.SIGTERM)
        for process in reversed(processes):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        network.stop()


def _query(database: Path, sql: str, params=()) -> list:
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5) as db:
            return db.execute(sql, params).fetchall()
    except sqlite3.Error:
        return []


def _warm_up(network, database: Path, sources: int) -> dict:
    started = time.monotonic()
    hubs = sum(1 for o in network.world.outlets if o.hub)
    while time.monotonic() - started < WARMUP_LIMIT:
        read = _query(database, "SELECT count(*) FROM news_source WHERE last_fetch_at IS NOT NULL")
        verified = sum(len(s) for s in network.httpd.hub.subscriptions.values())
        if read and read[0][0] >= sources and verified >= hubs:
            break
        time.sleep(1)
    return {
        "warmup_seconds": round(time.monotonic() - started, 1),
        "hub_subscriptions": sum(len(s) for s in network.httpd.hub.subscriptions.values()),
        "hub_outlets": hubs,
        "articles_after_warmup": (_query(database, "SELECT count(*) FROM news_article") or [[0]])[0][0],
    }


def _measure(network, clock: Clock, database: Path, port: int, minutes: int) -> dict:
    from demo.addresses import article_guid

    world, base = network.world, network.base_url
    groups = {}
    for outlet in world.outlets:
        if outlet.kind == "outlet" and outlet.failure_mode not in FAILING:
            groups[outlet.slug] = "push" if outlet.hub else "polling"
    figures = _warm_up(network, database, len(world.outlets))
    source_ids = dict(_query(database, "SELECT feed_url, id FROM news_source"))
    expected = [
        a
        for a in world.articles
        if a.outlet in groups and clock.world0 < a.published <= clock.world0 + timedelta(minutes=minutes * SPEED)
    ]
    pending = {a.id: {"article": a, "group": groups[a.outlet]} for a in expected}
    seen: dict[str, list[float]] = {"push": [], "polling": []}
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    page_errors = 0
    clock.start()
    end = time.monotonic() + minutes * 60
    stop_at = end + TAIL_SECONDS
    stopped = False
    while pending and time.monotonic() < stop_at:
        if not stopped and time.monotonic() >= end:
            clock.stop()
            stopped = True
        now_world = clock()
        due = [item for item in pending.values() if item["article"].published <= now_world]
        pages: dict[str, list[dict]] = {}
        for item in due:
            if "id" not in item:
                article = item["article"]
                outlet = world.outlet_by_slug[article.outlet]
                feed = f"{base}/{outlet.slug}/{outlet.feed_path}"
                rows = _query(
                    database,
                    "SELECT a.id, a.story_id, c.slug FROM news_article a LEFT JOIN news_county c ON c.id = a.county_id "
                    "WHERE a.source_id = ? AND a.guid = ?",
                    (source_ids.get(feed), article_guid(outlet, article, base)),
                )
                if not rows:
                    continue
                item["id"], item["story"], item["county"] = rows[0]
            if item["county"]:
                pages.setdefault(item["county"], []).append(item)
            else:
                item["no_county"] = True
        for county, items in pages.items():
            try:
                connection.request("GET", f"/{county}/", headers={"Accept-Encoding": "identity"})
                response = connection.getresponse()
                body = response.read().decode("utf-8", "replace")
                page_errors += response.status != 200
            except (OSError, http.client.HTTPException):
                page_errors += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                continue
            at = time.monotonic()
            for item in items:
                if f"/articol/{item['id']}/" in body or (item["story"] and f"/subiect/{item['story']}/" in body):
                    seen[item["group"]].append(at - clock.wall_of(item["article"].published))
                    del pending[item["article"].id]
        time.sleep(CHECK_SECONDS)
    connection.close()
    for group, values in seen.items():
        figures[f"{group}_items_seen"] = len(values)
        figures[f"{group}_items_not_seen"] = sum(1 for item in pending.values() if item["group"] == group)
        figures[f"{group}_p50_s"] = round(percentile(values, 0.5), 1) if values else None
        figures[f"{group}_p95_s"] = round(percentile(values, 0.95), 1) if values else None
        figures[f"{group}_max_s"] = round(max(values), 1) if values else None
    figures["stored_without_county"] = sum(1 for item in pending.values() if item.get("no_county"))
    pushed = list(network.httpd.hub.deliveries)
    figures.update(
        {
            "county_page_errors": page_errors,
            "pushes_delivered": len(pushed),
            "pushes_not_accepted": sum(1 for d in pushed if d["status"] not in (200, 202, 204)),
            "minutes": minutes,
            "speed": SPEED,
            "poll_interval_s": POLL_SECONDS,
            "hub_outlets": sorted(slug for slug, group in groups.items() if group == "push"),
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "target_push_p95_s": 10,
        }
    )
    return figures
