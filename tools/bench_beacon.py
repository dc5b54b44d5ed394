"""`gazeta bench beacon --json`: server CPU per "Cele mai citite" beacon, beside a cached page hit.

Both are sent in one process through Django's WSGI handler (the whole middleware stack, without
HTTP parsing, which granian does in Rust for both alike), in alternating rounds of the same run:
- a beacon: POST /citit/ from one of 1,000 readers' addresses for one of 200 articles (most are
  counted; the pushes to Redis and a flush to the database at the end of each round are in the figure);
- a cached page: GET of an article page already finished by PageCacheMiddleware, gzipped.
CPU time is the process's (time.process_time: every thread), divided by the requests; the target
is 0.2 ms a beacon. The run also sends 10,000 beacons from one address and prints how many counted.
With REDIS_URL set the beacons are measured a second time, counting in Redis.
"""

import io
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings

from tools.bench_pages import bench_env, prepare

ARTICLES = 2000
ROUNDS = 5
PER_ROUND = 4000
FLOOD = 10_000
AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
TARGET_MS = 0.2


def _environ(method: str, path: str, body: bytes = b"", address: str = "10.0.0.1") -> dict:
    return {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "127.0.0.1:8000",
        "HTTP_USER_AGENT": AGENT,
        "HTTP_ACCEPT_ENCODING": "gzip, deflate, br",
        "REMOTE_ADDR": address,
        "CONTENT_TYPE": "text/plain;charset=UTF-8",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
        "wsgi.url_scheme": "http",
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "wsgi.version": (1, 0),
    }


def measure_in_process() -> dict:
    """Run inside the child, on the bench database: the figures of one mode (memory or Redis)."""
    import django

    django.setup()
    from django.core.handlers.wsgi import WSGIHandler

    from mostread import counting
    from mostread.models import HourlyViews
    from news.models import Article

    handler = WSGIHandler()
    statuses = []

    def start_response(status, headers, exc_info=None):
        statuses.append(status)

    def call(environ) -> None:
        result = handler(environ, start_response)
        b"".join(result)
        result.close()

    articles = list(Article.objects.visible().latest_first().values_list("id", flat=True)[:200])
    page = Article.objects.get(pk=articles[0]).get_absolute_url()
    for _ in range(300):  # warm: imports, templates, the page finished once, the GC freeze
        call(_environ("GET", page))
        call(_environ("POST", "/citit/", str(articles[0]).encode()))
    statuses.clear()
    counting.flush()
    baseline = sum(HourlyViews.objects.values_list("views", flat=True))  # earlier runs of the hour
    beacon_cpu = page_cpu = 0.0
    sent = 0
    for _round in range(ROUNDS):
        started = time.process_time()
        for i in range(PER_ROUND):
            n = sent + i
            body = str(articles[n % len(articles)]).encode()
            call(_environ("POST", "/citit/", body, f"10.{n % 1000 // 250}.{n % 250}.{n // 1000 % 250}"))
        counting.flush()  # to the database once a round: more often than a server does (30-60 s)
        beacon_cpu += time.process_time() - started
        sent += PER_ROUND
        started = time.process_time()
        for _ in range(PER_ROUND):
            call(_environ("GET", page))
        page_cpu += time.process_time() - started
    answers = {status: statuses.count(status) for status in set(statuses)}
    counting.flush()
    counted_before = sum(HourlyViews.objects.values_list("views", flat=True))
    flooder = f"2001:db8::{random.randrange(1 << 16):x}"  # a new one each run: Redis remembers an hour
    for i in range(FLOOD):
        call(_environ("POST", "/citit/", str(articles[i % len(articles)]).encode(), flooder))
    counting.flush()
    flood_counted = sum(HourlyViews.objects.values_list("views", flat=True)) - counted_before
    requests = ROUNDS * PER_ROUND
    return {
        "beacon_cpu_ms": round(beacon_cpu / requests * 1000, 4),
        "cached_page_cpu_ms": round(page_cpu / requests * 1000, 4),
        "beacons": requests,
        "cached_pages": requests,
        "answers": answers,
        "views_counted": counted_before - baseline,
        "flood_beacons_one_address": FLOOD,
        "flood_counted": flood_counted,
        "counter": "redis" if counting.redis_tally() else "memory",
    }


def _child(env: dict) -> dict:
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json; from tools.bench_beacon import measure_in_process as m; print(json.dumps(m()))",
        ],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
    )
    return json.loads(child.stdout.strip().splitlines()[-1])


def run(options: dict) -> dict:
    directory = Path(settings.VAR_DIR) / "bench-beacon"
    figures = prepare(directory, int(options.get("articles") or ARTICLES))
    env = bench_env(directory)
    env["GAZETA_TESTING"] = "0"
    figures["memory"] = _child(env)
    redis_url = os.environ.get("REDIS_URL")
    if redis_url:
        figures["redis"] = _child(dict(env, REDIS_URL=redis_url))
    worst = max(mode["beacon_cpu_ms"] for mode in (figures["memory"], figures.get("redis", figures["memory"])))
    figures.update({"target_ms": TARGET_MS, "target_met": worst <= TARGET_MS, "database": "sqlite"})
    return figures
