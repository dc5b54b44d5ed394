"""Scheduling: intervals follow publishing, stay in bounds, back off on errors, honour Retry-After."""

import random
from datetime import UTC, datetime, timedelta

import pytest

from ingest.schedule import Policy, after_failure, after_success, backoff, jittered, next_interval, publishing_gap
from news.models import Source

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


@pytest.fixture(autouse=True)
def bounds(settings):
    settings.INGEST_MIN_INTERVAL = 300
    settings.INGEST_MAX_INTERVAL = 3600
    settings.INGEST_MAX_BACKOFF = 6 * 3600
    settings.INGEST_JITTER = 0.1


def every(minutes: int, count: int = 10) -> list[datetime]:
    return [NOW - timedelta(minutes=minutes * n) for n in range(count)]


def policy(**values) -> Policy:
    return Policy(**{"min_interval": 300, "max_interval": 3600, "max_backoff": 21600, "jitter": 0.1, **values})


def test_it_reads_a_source_twice_per_publishing_gap():
    assert next_interval(900, 0, every(40), policy()) == 20 * 60


def test_it_keeps_the_interval_within_its_bounds():
    assert next_interval(900, 0, every(1), policy()) == 300
    assert next_interval(900, 0, every(600), policy()) == 3600


def test_it_adapts_by_factor_without_enough_dates():
    assert next_interval(1000, 3, [NOW], policy()) == 500
    assert next_interval(1000, 0, [], policy()) == 1500


def test_it_measures_the_gap_on_recent_items_only():
    dates = every(10, 20) + [NOW - timedelta(days=30 + n) for n in range(30)]
    assert publishing_gap(dates) == 600
    assert publishing_gap([NOW, None, NOW]) is None


def test_a_source_floor_raises_the_minimum():
    source = Source(min_interval=1800, interval=900)
    fields = after_success(source, NOW, new_items=5, published=every(1), status="200", rng=random.Random(1))
    assert fields["interval"] == 1800


def test_errors_back_off_exponentially_to_the_cap():
    waits = [backoff(n, policy()) for n in range(1, 12)]
    assert waits[:4] == [300, 600, 1200, 2400]
    assert waits[-1] == 21600 and all(a <= b for a, b in zip(waits, waits[1:]))


def test_retry_after_is_never_undercut_but_capped():
    assert backoff(1, policy(), retry_after=5000) == 5000
    assert backoff(1, policy(), retry_after=10**9) == 21600


def test_a_failure_is_counted_and_shown_never_disabling_the_source():
    source = Source(error_count=2, interval=900, enabled=True)
    fields = after_failure(source, NOW, error="fetch: HTTP 500 from x", status="HTTP 500", rng=random.Random(2))
    assert fields["error_count"] == 3 and fields["last_error"] == "fetch: HTTP 500 from x"
    assert "enabled" not in fields
    wait = (fields["next_fetch_at"] - NOW).total_seconds()
    assert 1200 * 0.9 <= wait <= 1200 * 1.1


def test_a_failure_with_retry_after_waits_exactly_that_long():
    fields = after_failure(Source(error_count=0), NOW, error="fetch: HTTP 429", status="HTTP 429", retry_after=7200)
    assert fields["next_fetch_at"] == NOW + timedelta(seconds=7200)


def test_success_clears_the_error_state():
    source = Source(error_count=4, last_error="fetch: boom", interval=900)
    fields = after_success(source, NOW, new_items=0, published=[], status="304", etag='"e1"')
    assert fields["error_count"] == 0 and fields["last_error"] == "" and fields["etag"] == '"e1"'
    assert fields["next_fetch_at"] > NOW


def test_jitter_spreads_within_its_fraction():
    rng = random.Random(3)
    values = [jittered(1000, policy(), rng) for _ in range(200)]
    assert min(values) >= 900 and max(values) <= 1100 and len(set(values)) > 100
