"""When to read a source next: adapt to how often it publishes, back off on errors, add jitter.

Pure functions over a small `Policy`; the worker hands the resulting field values to the store
stage, which writes them on the Source (the fields `gazeta stats` and the admin show).
"""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import median

from django.conf import settings

# A source is read about twice per typical gap between its items, so a new item waits on
# average a quarter of that gap (Nyquist-style; halving again buys little and costs the outlet).
READS_PER_GAP = 2
# Without publication dates to go by: shrink after news, grow after a quiet read. Chosen so a
# quiet source drifts from the floor to the ceiling in about 6 reads and comes back in 3.
SHRINK_ON_NEWS, GROW_WHEN_QUIET = 0.5, 1.5
# Only the latest items say how often a source publishes now.
RECENT_ITEMS = 20


@dataclass(frozen=True)
class Policy:
    """The bounds one source is scheduled within."""

    min_interval: int
    max_interval: int
    max_backoff: int
    jitter: float

    @classmethod
    def for_source(cls, source) -> "Policy":
        """Return the settings' bounds, raised to the source's own polling floor."""
        floor = max(settings.INGEST_MIN_INTERVAL, source.min_interval or 0)
        return cls(
            min_interval=floor,
            max_interval=max(floor, settings.INGEST_MAX_INTERVAL),
            max_backoff=max(floor, settings.INGEST_MAX_BACKOFF),
            jitter=settings.INGEST_JITTER,
        )


def clamp(seconds: float, policy: Policy) -> int:
    return int(min(max(seconds, policy.min_interval), policy.max_interval))


def publishing_gap(published: list[datetime]) -> float | None:
    """Return the median gap in seconds between the latest items, or None with too few dates."""
    times = sorted({p for p in published if p is not None}, reverse=True)[:RECENT_ITEMS]
    if len(times) < 3:
        return None
    gaps = [(a - b).total_seconds() for a, b in zip(times, times[1:])]
    return median(gaps)


def next_interval(current: int, new_items: int, published: list[datetime], policy: Policy) -> int:
    """Return the interval to wait after a successful read."""
    gap = publishing_gap(published)
    if gap is not None:
        return clamp(gap / READS_PER_GAP, policy)
    factor = SHRINK_ON_NEWS if new_items else GROW_WHEN_QUIET
    return clamp(current * factor, policy)


def backoff(error_count: int, policy: Policy, retry_after: float | None = None) -> int:
    """Return the wait after the n-th consecutive error: doubling from the floor, capped."""
    exponent = min(max(error_count - 1, 0), 30)  # 2**30 floors overflow nothing and exceed any cap
    seconds = min(policy.min_interval * 2**exponent, policy.max_backoff)
    if retry_after:
        # The server said when to come back; never sooner, but not beyond the cap either.
        seconds = max(seconds, min(retry_after, policy.max_backoff))
    return int(seconds)


def jittered(seconds: float, policy: Policy, rng: random.Random | None = None) -> float:
    """Spread reads of many sources so they don't fall due at the same instant."""
    spread = seconds * policy.jitter
    return max(0.0, seconds + (rng or random).uniform(-spread, spread))


def after_success(
    source,
    now: datetime,
    *,
    new_items: int,
    published: list[datetime],
    status: str,
    etag: str = "",
    last_modified: str = "",
    rng=None,
) -> dict:
    """Return the Source fields to write after a read that worked (a 304 included)."""
    policy = Policy.for_source(source)
    interval = next_interval(source.interval, new_items, published, policy)
    return {
        "interval": interval,
        "next_fetch_at": now + timedelta(seconds=jittered(interval, policy, rng)),
        "last_fetch_at": now,
        "last_success_at": now,
        "last_status": status[:40],
        "etag": etag[:300],
        "last_modified": last_modified[:100],
        "error_count": 0,
        "last_error": "",
    }


def after_failure(
    source, now: datetime, *, error: str, status: str, retry_after: float | None = None, rng=None
) -> dict:
    """Return the Source fields to write after a failed read: never disabled, only backed off."""
    policy = Policy.for_source(source)
    errors = source.error_count + 1
    wait = backoff(errors, policy, retry_after)
    delay = wait if retry_after else jittered(wait, policy, rng)
    return {
        "next_fetch_at": now + timedelta(seconds=delay),
        "last_fetch_at": now,
        "last_status": status[:40],
        "error_count": errors,
        "last_error": error[:2000],
        "last_error_at": now,
    }
