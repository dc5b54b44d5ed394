"""`gazeta bench pages --json`: server time of the public pages, uncached and cached, and load.

1. Build (or reuse) a SQLite database of N synthetic articles in var/bench-pages/ with
   `gazeta migrate`, `gazeta load_reference` and `gazeta generate --articles N`.
2. In a child process on that database, render home, county, article and category pages
   through Django's handler: uncached (generation bumped before each request) and cached;
   report p50/p99 in milliseconds.
3. Serve the same database with granian (WSGI, 2 workers, --blocking-threads 1) on 127.0.0.1
   and drive it with `wrk` (one thread: C, so the client takes little of the 2 cores) or, when
   wrk is missing, a bounded keep-alive Python client; report requests/s on cached pages.
"""

import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings

from tools.http_load import drive, start_granian

DEFAULT_ARTICLES = 1_000_000
SAMPLES = 200  # per page and mode; enough for a stable p99 on this machine
LOAD_SECONDS = 10.0
LOAD_CONNECTIONS = 8  # bounded: the client shares the 2 cores with the server


def bench_env(directory: Path) -> dict:
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)  # the embedded default: var dir/gazeta.sqlite3
    # PAGE_RATE_LIMIT off: the benchmark is one client rendering hundreds of pages a minute.
    env.update(
        {
            "GAZETA_VAR_DIR": str(directory),
            "PAGE_RATE_LIMIT": "0",
            "DJANGO_SETTINGS_MODULE": "gazeta.settings",
            "DEBUG": "False",
        }
    )
    env.pop("REDIS_URL", None)
    return env


def gazeta(env: dict, *args: str) -> str:
    command = [str(Path(sys.executable).parent / "gazeta"), *args]
    return subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout


def prepare(directory: Path, articles: int) -> dict:
    """Create or top up the benchmark database; return how long it took."""
    directory.mkdir(parents=True, exist_ok=True)
    env = bench_env(directory)
    started = time.perf_counter()
    # Start from an empty file cache: entries left by an earlier run (or code) skew the timings,
    # and Django's file cache lists the whole directory on every write.
    shutil.rmtree(directory / "cache", ignore_errors=True)
    gazeta(env, "migrate", "--noinput", "-v", "0")
    gazeta(env, "load_reference")
    report = json.loads(gazeta(env, "generate", "--articles", str(articles), "--json").strip().splitlines()[-1])
    gazeta(env, "collectstatic", "--noinput", "-v", "0")
    return {
        "articles": report["total"],
        "created": report["created"],
        "prepare_seconds": round(time.perf_counter() - started, 1),
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 2)


def busiest_places(county) -> list[str]:
    """Return the addresses of the county's 5 places with the most news (the deepest place pages)."""
    from django.db.models import Count

    from news.models import ArticlePlace, Locality

    top = (
        ArticlePlace.objects.filter(county=county, commune__isnull=False)
        .values("commune")
        .annotate(n=Count("id"))
        .order_by("-n")[:5]
    )
    places = Locality.objects.filter(pk__in=[row["commune"] for row in top]).select_related("county")
    return [p.get_absolute_url() for p in places]


def measure_in_process(samples: int) -> dict:
    """Time pages through Django's handler (run inside the child on the bench database)."""
    import django

    django.setup()
    from django.test import Client

    from news.models import Article, Category, County
    from portal.generation import bump

    client = Client()
    county = County.objects.get(slug="bacau")
    category = Category.objects.get(slug="sport")
    last = Article.objects.visible().latest_first().values_list("id", flat=True)[:samples]
    articles = list(Article.objects.filter(id__in=list(last)).only("id", "slug"))
    pages = {
        "home": ["/"],
        "county": [county.get_absolute_url()],
        "category": [category.get_absolute_url()],
        "article": [a.get_absolute_url() for a in articles],
        "place": busiest_places(county),
        "counties": ["/judete/"],  # the map: one grouped count of the last 24 hours
        "my_county": [f"/judetul-meu/{county.slug}/"],  # the home page's 'Județul meu' fragment
    }
    figures = {}
    # Warm the process as a server worker is warm: imports, templates, widget caches, and the
    # PageCacheMiddleware's one-off GC freeze after its first requests.
    from portal.cache import PageCacheMiddleware

    every = [path for paths in pages.values() for path in paths[:20]]
    for i in range(PageCacheMiddleware.FREEZE_AFTER + 50):
        if i % 2:
            bump()
        client.get(every[i % len(every)])
    for name, paths in pages.items():
        for mode in ("uncached", "cached"):
            times = []
            for i in range(samples):
                path = paths[i % len(paths)]
                if mode == "uncached":
                    bump()
                else:
                    client.get(path)
                started = time.perf_counter()
                response = client.get(path)
                times.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (path, response.status_code)
            figures[f"{name}_{mode}_p50_ms"] = percentile(times, 0.5)
            figures[f"{name}_{mode}_p99_ms"] = percentile(times, 0.99)
        figures[f"{name}_bytes"] = len(client.get(paths[0]).content)
    figures["load_paths"] = [pages["home"][0], pages["county"][0], pages["category"][0]] + pages["article"][:20]
    return figures


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load(port: int, paths: list[str], seconds: float, connections: int) -> dict:
    """Drive the server with keep-alive connections for a fixed time; return requests/s."""
    run = drive(port, seconds, lambda rng, n: (paths[n % len(paths)], {}), connections)
    return {
        "cached_requests_per_s": round(run["ok"] / run["seconds"]),
        "load_errors": run["other"],
        "load_connections": connections,
        "load_seconds": round(run["seconds"], 1),
    }


WRK_SCRIPT = """
paths = {%s}
i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
"""


def load_with_wrk(wrk: str, port: int, paths: list[str], seconds: float, connections: int) -> dict:
    """Drive the server with wrk (one client thread) cycling through the paths; return requests/s."""
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % ", ".join(json.dumps(p) for p in paths))
    try:
        out = subprocess.run(
            [
                wrk,
                "-t1",
                f"-c{connections}",
                f"-d{seconds:.0f}s",
                "--latency",
                "-s",
                script.name,
                f"http://127.0.0.1:{port}/",
            ],
            capture_output=True,
            text=True,
            timeout=seconds + 30,
        ).stdout
    finally:
        os.unlink(script.name)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)] if p99 else None
    return {
        "cached_requests_per_s": round(float(rate.group(1))) if rate else 0,
        "load_errors": int(errors.group(1)) if errors else 0,
        "load_p99_ms": p99_ms,
        "load_connections": connections,
        "load_seconds": seconds,
        "load_client": "wrk",
    }


def serve_and_load(env: dict, paths: list[str], seconds: float) -> dict:
    port = free_port()
    server = start_granian(env, port)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                for path in paths:  # fill both workers' caches
                    conn.request("GET", path)
                    conn.getresponse().read()
                break
            except OSError:
                time.sleep(0.2)
        wrk = shutil.which("wrk")
        if wrk:
            load_with_wrk(wrk, port, paths, 3, LOAD_CONNECTIONS)  # both workers warm: figures are steady state
            return load_with_wrk(wrk, port, paths, seconds, LOAD_CONNECTIONS)
        return dict(load(port, paths, seconds, LOAD_CONNECTIONS), load_client="python")
    finally:
        server.terminate()
        server.wait(10)


def run(options: dict) -> dict:
    """Prepare the database, time the pages, load the server; return the figures."""
    articles = int(options.get("articles") or DEFAULT_ARTICLES)
    seconds = float(options.get("seconds") or LOAD_SECONDS)
    directory = Path(settings.VAR_DIR) / "bench-pages"
    figures = prepare(directory, articles)
    env = bench_env(directory)
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import json; from tools.bench_pages import measure_in_process; "
            f"print(json.dumps(measure_in_process({SAMPLES})))",
        ],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
    )
    measured = json.loads(child.stdout.strip().splitlines()[-1])
    paths = measured.pop("load_paths")
    figures.update(measured)
    figures.update(serve_and_load(env, paths, seconds))
    figures.update({"workers": 2, "blocking_threads": 1, "database": "sqlite"})
    if not options.get("no_published"):
        from tools.bench_published import main_figures

        figures.update(main_figures(env, paths, seconds, lag=not options.get("no_lag")))
    return figures
