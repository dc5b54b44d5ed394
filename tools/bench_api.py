"""`gazeta bench api --json`: server time of the API's list endpoint beside the same list as a page.

1. Build (or top up) a SQLite database of N synthetic articles in var/bench-api/ (as
   `gazeta bench pages` does: migrate, load_reference, generate --articles N).
2. In a child process on that database, through Django's whole handler (every middleware):
   GET /api/v1/articles?county=… (first page and a page deep in the cursor walk) and the
   national list, against the county's HTML page rendered uncached (generation bumped before
   each request) as the reference, in the same run, alternating. Reports p50/p95 wall-clock
   milliseconds and p50/p95 CPU milliseconds (time.process_time: what other load on the
   machine does not inflate).
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings

from tools.bench_pages import bench_env, percentile, prepare

DEFAULT_ARTICLES = 1_000_000  # the target scale
SAMPLES = 300
DEEP_PAGES = 50  # the cursor page measured "deep": 1,000 articles into the county's list


def measure_in_process(samples: int) -> dict:
    import django

    django.setup()
    from django.test import Client

    from portal.generation import bump

    settings.API_RATE_LIMIT = 0
    settings.PAGE_RATE_LIMIT = 0
    client = Client()
    county = "bacau"
    cursor, walked = None, 0
    while walked < DEEP_PAGES:
        page = client.get(f"/api/v1/articles?county={county}" + (f"&cursor={cursor}" if cursor else "")).json()
        cursor, walked = page["next_cursor"], walked + 1
        if not cursor:
            break
    targets = {
        "api_county": f"/api/v1/articles?county={county}",
        "api_county_deep": f"/api/v1/articles?county={county}&cursor={cursor}" if cursor else None,
        "api_all": "/api/v1/articles",
        "html_county_uncached": f"/{county}/",
    }
    targets = {name: path for name, path in targets.items() if path}
    for _ in range(30):  # warm imports, templates, reference caches
        for path in targets.values():
            bump()
            client.get(path)
    wall = {name: [] for name in targets}
    cpu = {name: [] for name in targets}
    for _ in range(samples):
        for name, path in targets.items():
            if name.startswith("html"):
                bump()  # the page cache would answer from memory: measure the render
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(path)
            cpu[name].append((time.process_time() - started_cpu) * 1000)
            wall[name].append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (path, response.status_code)
    figures = {}
    for name in targets:
        figures[f"{name}_p50_ms"] = percentile(wall[name], 0.5)
        figures[f"{name}_p95_ms"] = percentile(wall[name], 0.95)
        figures[f"{name}_cpu_p50_ms"] = percentile(cpu[name], 0.5)
        figures[f"{name}_cpu_p95_ms"] = percentile(cpu[name], 0.95)
    figures["api_items_per_page"] = len(client.get(targets["api_county"]).json()["items"])
    figures["deep_page"] = walked + 1 if cursor else None
    return figures


def run(options: dict) -> dict:
    """Prepare the database, time the API list beside the HTML list; return the figures."""
    articles = int(options.get("articles") or DEFAULT_ARTICLES)
    directory = Path(settings.VAR_DIR) / "bench-api"
    figures = prepare(directory, articles)
    env = bench_env(directory)
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import json; from tools.bench_api import measure_in_process; "
            f"print(json.dumps(measure_in_process({SAMPLES})))",
        ],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
    )
    figures.update(json.loads(child.stdout.strip().splitlines()[-1]))
    figures.update(
        {
            "target_p95_ms": 20,
            "target_articles": DEFAULT_ARTICLES,
            "database": "sqlite",
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "samples": SAMPLES,
        }
    )
    return figures
