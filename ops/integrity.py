"""The periodic integrity check: SQLite's quick_check, or PostgreSQL's index and page checksums.

The result is kept (ops.models.Check "integrity") for the operators' dashboard and `gazeta stats`;
the public /healthz says only ok or failing and does not run this (it reads the whole database).
"""

import logging
import time
from datetime import timedelta

from django.db import connection
from django.utils import timezone

from ops.models import Check

log = logging.getLogger("ops.integrity")

# The check reads the whole database: once a day, whatever the scheduler's restarts. The job
# is asked hourly and skips while the last recorded check is younger than this.
CHECK_EVERY = timedelta(hours=23)
MAX_REPORTED = 20  # problems listed in the result; quick_check can report thousands on a bad file


def sqlite_check(cursor) -> tuple[bool, str]:
    # quick_check reads every page but skips matching indexes against tables: minutes on a
    # large file rather than the hour integrity_check may take, and it is read-only (WAL readers
    # never block the crawler).
    cursor.execute(f"PRAGMA quick_check({MAX_REPORTED})")
    found = [row[0] for row in cursor.fetchall()]
    return found == ["ok"], "; ".join(found)


def postgres_check(cursor) -> tuple[bool, str]:
    problems, done = [], []
    cursor.execute("SELECT checksum_failures FROM pg_stat_database WHERE datname = current_database()")
    failures = cursor.fetchone()[0] or 0
    done.append(f"checksum_failures={failures}")
    if failures:
        problems.append(f"{failures} pagini cu sumă de control greșită")
    cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'")
    if cursor.fetchone():
        # amcheck verifies each B-tree index's structure with only an AccessShareLock.
        cursor.execute("""SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                          JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
                          WHERE a.amname = 'btree' AND n.nspname = current_schema() AND i.indisvalid""")
        indexes = [row[0] for row in cursor.fetchall()]
        for name in indexes:
            try:
                cursor.execute("SELECT bt_index_check(%s::regclass)", [name])
            except Exception as error:
                problems.append(f"{name}: {error}")
                if len(problems) >= MAX_REPORTED:
                    break
        done.append(f"amcheck pe {len(indexes)} indecși")
    else:
        done.append("fără amcheck (CREATE EXTENSION amcheck pentru verificarea indecșilor)")
    return not problems, "; ".join(problems or done)


def run(force: bool = False) -> str:
    """The scheduler's job: check the database once a day and record the outcome."""
    last = Check.objects.filter(name="integrity").first()
    if not force and last is not None and timezone.now() - last.checked_at < CHECK_EVERY:
        return "done today"
    started = time.monotonic()
    try:
        with connection.cursor() as cursor:
            ok, detail = sqlite_check(cursor) if connection.vendor == "sqlite" else postgres_check(cursor)
    except Exception as error:  # a corrupt file can fail the check itself
        ok, detail = False, f"{type(error).__name__}: {error}"
    detail = f"{detail} ({time.monotonic() - started:.1f} s)"
    Check.record("integrity", ok, detail)
    if not ok:
        log.error("integrity check failed", extra={"stage": "integrity", "error": detail})
    return detail
