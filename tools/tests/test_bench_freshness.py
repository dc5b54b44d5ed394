"""The freshness bench's clock: still during warm-up, SPEED times the wall clock, still again after the run."""

from datetime import UTC, datetime, timedelta

from tools import bench_freshness


def test_the_clock_stands_runs_fast_and_stops(monkeypatch):
    wall = {"now": 100.0}
    monkeypatch.setattr(bench_freshness.time, "monotonic", lambda: wall["now"])
    world0 = datetime(2026, 12, 5, 20, 0, tzinfo=UTC)
    clock = bench_freshness.Clock(world0, 30)
    wall["now"] = 160.0
    assert clock() == world0  # warm-up: nothing is published
    clock.start()
    wall["now"] = 170.0
    assert clock() == world0 + timedelta(minutes=5)
    assert clock.wall_of(world0 + timedelta(minutes=5)) == 170.0
    clock.stop()
    wall["now"] = 400.0
    assert clock() == world0 + timedelta(minutes=5)
