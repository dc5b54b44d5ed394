"""`gazeta bench retention --json`: the retention job's longest write step and what it frees, on a copy.

The copy is made with SQLite's backup API from var/bench-soak (left by `gazeta bench soak`) or
var/bench-pages (`gazeta bench pages`, up to 1M generated articles), whichever exists, so the
site's own database is never touched. The job then runs as if a year had passed, so every
article of the copy counts as old: its longest step is the write lock a reader may wait behind
(target 200 ms), and the pages in use before and after say how much of the database is the
pruned text, signatures and logs.
"""
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings

CANDIDATES = ["bench-soak", "bench-pages"]
TARGET_STEP_MS = 200


def _used_bytes(path: Path) -> int:
    with sqlite3.connect(path) as db:
        pages, free, size = (db.execute(f"PRAGMA {name}").fetchone()[0]
                             for name in ("page_count", "freelist_count", "page_size"))
    return (pages - free) * size


def run(options: dict) -> dict:
    source = next((Path(settings.VAR_DIR) / name / "gazeta.sqlite3" for name in CANDIDATES
                   if (Path(settings.VAR_DIR) / name / "gazeta.sqlite3").exists()), None)
    if source is None:
        return {"error": "no benchmark database: run `gazeta bench soak --minutes 1` or `gazeta bench pages` first"}
    work = Path(settings.VAR_DIR) / "bench-retention"
    work.mkdir(parents=True, exist_ok=True)
    copy = work / "gazeta.sqlite3"
    with sqlite3.connect(source) as original, sqlite3.connect(copy) as target:
        original.backup(target)
    before = _used_bytes(copy)
    started = time.perf_counter()
    code = ("import json, datetime as dt; from django.utils import timezone; from ops import retention;"
            " print(json.dumps(retention.run(now=timezone.now() + dt.timedelta(days=365), seconds=3600)))")
    env = {"GAZETA_VAR_DIR": str(work), "DATABASE_URL": "", "DJANGO_SETTINGS_MODULE": "gazeta.settings"}
    done = subprocess.run([sys.executable, "-c", f"import django; django.setup(); {code}"],
                          env={**os.environ, **env}, capture_output=True, text=True, check=True)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    with sqlite3.connect(copy) as db:
        articles = db.execute("SELECT count(*) FROM news_article").fetchone()[0]
    return {
        "database": str(source), "articles": articles, **figures,
        "seconds": round(time.perf_counter() - started, 1),
        "used_bytes_before": before, "used_bytes_after": _used_bytes(copy),
        "bytes_per_article_before": before // max(articles, 1),
        "bytes_per_article_after": _used_bytes(copy) // max(articles, 1),
        "target_longest_step_ms": TARGET_STEP_MS,
    }
