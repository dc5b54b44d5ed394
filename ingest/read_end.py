"""How a read of a source ends when it does not simply succeed: failed, partly read, or abandoned.

Each writes the source's state (or gives the claim back) and logs the attempt; `pipeline` calls them.
"""

import logging
import time

from ingest import metrics, schedule
from ingest.claims import release
from ingest.errors import IngestError
from ingest.store import record_fetch

log = logging.getLogger("ingest.pipeline")


def failed(source, result, error: Exception, worker_id: str, now, started, stage: str | None = None):
    """Record a failed (or only partly readable) read on the source and in the log; return the result."""
    stage = stage or getattr(error, "stage", "pipeline")
    message = str(error) if isinstance(error, IngestError) else f"{stage}: {type(error).__name__}: {error}"
    if isinstance(error, IngestError) and error.stage != stage:
        message = f"{stage}: {error.reason}"
    if result.outcome != "partial":
        result.outcome = "error"
    result.error = message
    result.http_status = getattr(error, "status", None)
    result.elapsed = time.monotonic() - started
    fields = schedule.after_failure(
        source, now, error=message, status=status_of(result), retry_after=getattr(error, "retry_after", None)
    )
    record_fetch(source, worker_id, fields, log_entry(result, now))
    metrics.FETCHES.labels(result.outcome).inc()
    metrics.ERRORS.labels(stage).inc()
    log.warning(
        "source failed",
        extra={
            "source_id": source.pk,
            "url": source.feed_url,
            "stage": stage,
            "error": message,
            "elapsed_ms": int(result.elapsed * 1000),
        },
    )
    return result


def abandoned(source, result, worker_id: str, started):
    """Give a source back, mid-read, to whoever comes next: the process is stopping.

    Every entry stored so far committed in its own transaction, and the next read skips those
    (`is_known`); the schedule is left as it was, so the source is still due and claimable at once.
    """
    release(source.pk, worker_id)
    result.outcome = "stopped"
    result.elapsed = time.monotonic() - started
    log.info(
        "read abandoned: stopping",
        extra={
            "source_id": source.pk,
            "url": source.feed_url,
            "stage": "pipeline",
            "status": "stopped",
            "count": result.new,
            "elapsed_ms": int(result.elapsed * 1000),
        },
    )
    return result


def status_of(result) -> str:
    """Return the short status kept on the Source: '200', '304', 'HTTP 500', 'error', 'partial'."""
    if result.outcome == "partial":
        return f"{result.http_status} partial"
    if result.outcome == "error":
        return f"HTTP {result.http_status}" if result.http_status else "error"
    return str(result.http_status or result.outcome)


def log_entry(result, now) -> dict:
    """Return the FetchLog fields of one attempt."""
    return {
        "started_at": now,
        "outcome": result.outcome,
        "http_status": result.http_status,
        "duration_ms": int(result.elapsed * 1000),
        "entries": result.entries,
        "new_articles": result.new,
        "updated_articles": result.updated,
        "item_errors": result.item_errors,
        "error": result.error[:2000],
    }
