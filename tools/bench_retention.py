"""`gazeta bench retention --json`: the retention job's longest write step and what it frees, on a copy.

The copy is made with SQLite's backup API from var/bench-soak (left by `gazeta bench soak`) or
var/bench-pages (`gazeta bench pages`, up to 1M generated articles, one a minute back from now:
1M span 694 days), the larger first, so the site's own database is never touched. The job then
runs with the default retention settings, today on the generated database (its older half is
past RETENTION_ARTICLE_DAYS), or as if --days D had passed (default 365 on the soak's few-day-old
demo database). Its longest step is the write lock a reader may wait behind (target 200 ms);
the pages in use before and after say how much of the database retention frees. --seconds
bounds the run (default an hour); an unfinished run says so and how many rows it did.
"""

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings

CANDIDATES = {"bench-pages": 0, "bench-soak": 365}  # database -> default days ahead
TARGET_STEP_MS = 200


def _used_bytes(path: Path) -> int:
    with sqlite3.connect(path) as db:
        pages, free, size = (
            db.execute(f"PRAGMA {name}").fetchone()[0] for name in ("page_count", "freelist_count", "page_size")
        )
    return (pages - free) * size


def run(options: dict) -> dict:
    name = next((name for name in CANDIDATES if (Path(settings.VAR_DIR) / name / "gazeta.sqlite3").exists()), None)
    if name is None:
        return {"error": "no benchmark database: run `gazeta bench soak --minutes 1` or `gazeta bench pages` first"}
    source = Path(settings.VAR_DIR) / name / "gazeta.sqlite3"
    days = int(options.get("days", CANDIDATES[name]))
    seconds = float(options.get("seconds") or 3600)
    work = Path(settings.VAR_DIR) / "bench-retention"
    work.mkdir(parents=True, exist_ok=True)
    copy = work / "gazeta.sqlite3"
    with sqlite3.connect(source) as original, sqlite3.connect(copy) as target:
        original.backup(target)
    env = {"GAZETA_VAR_DIR": str(work), "DATABASE_URL": "", "DJANGO_SETTINGS_MODULE": "gazeta.settings"}
    # A database generated before the latest migrations is brought up to date first (a no-op otherwise).
    subprocess.run(
        [str(Path(sys.executable).parent / "gazeta"), "migrate", "-v0"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    before = _used_bytes(copy)
    with sqlite3.connect(copy) as db:
        articles_before = db.execute("SELECT count(*) FROM news_article").fetchone()[0]
    started = time.perf_counter()
    code = (
        "import json, datetime as dt; from django.utils import timezone; from ops import retention;"
        f" print(json.dumps(retention.run(now=timezone.now() + dt.timedelta(days={days}), seconds={seconds})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    with sqlite3.connect(copy) as db:
        articles = db.execute("SELECT count(*) FROM news_article").fetchone()[0]
    return {
        "database": str(source),
        "days_ahead": days,
        "articles_after": articles,
        **figures,
        "seconds": round(time.perf_counter() - started, 1),
        "used_bytes_before": before,
        "used_bytes_after": _used_bytes(copy),
        "articles_before": articles_before,
        "bytes_per_article_before": before // max(articles_before, 1),
        "bytes_per_article_after": _used_bytes(copy) // max(articles, 1),
        "target_longest_step_ms": TARGET_STEP_MS,
    }
