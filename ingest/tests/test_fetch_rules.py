"""Fetching's rules that need no server: the per-host gate, address classes, the allowlist, Retry-After dates."""

import threading
import time
from datetime import UTC, datetime

import pytest

from ingest import hostgate
from ingest.fetch import host_allowed, is_public_address, parse_retry_after
from ingest.hostgate import HostGate


def test_it_reads_retry_after_as_a_date():
    five_am = datetime(2026, 11, 29, 5, 0, tzinfo=UTC).timestamp()
    assert parse_retry_after("Sun, 29 Nov 2026 05:02:00 GMT", now=five_am) == 120
    assert parse_retry_after("Sun, 29 Nov 2026 04:00:00 GMT", now=five_am) == 0
    assert parse_retry_after("soon") is None


def test_it_limits_concurrent_requests_per_host():
    gate = HostGate(concurrency=2, delay=0)
    inside, peak, lock = 0, 0, threading.Lock()

    def work():
        nonlocal inside, peak
        with gate.slot("example.ro:80"):
            with lock:
                inside += 1
                peak = max(peak, inside)
            time.sleep(0.05)
            with lock:
                inside -= 1

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert peak == 2


class SteppedClock:
    """A monotonic clock that moves only when slept on: the gate's spacing without the wall clock."""

    def __init__(self):
        self.now, self.slept = 100.0, []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


def test_it_spaces_requests_to_one_host(monkeypatch):
    clock = SteppedClock()
    monkeypatch.setattr(hostgate, "time", clock)
    gate = HostGate(concurrency=4, delay=0.2)
    starts = []
    for _ in range(3):
        with gate.slot("example.ro:80"):
            starts.append(clock.monotonic())
    with gate.slot("other.ro:80"):  # another host does not wait
        other = clock.monotonic()
    assert [round(b - a, 6) for a, b in zip(starts, starts[1:])] == [0.2, 0.2]
    assert other == starts[2] and clock.slept == [0.2, 0.2]


@pytest.mark.parametrize(
    "address, public",
    [
        ("8.8.8.8", True),
        ("2a00:1450:4001::200e", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("192.168.0.1", False),
        ("172.16.5.4", False),
        ("169.254.169.254", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("240.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("100.64.0.1", False),
    ],
)
def test_it_classifies_addresses(address, public):
    assert is_public_address(address) is public


def test_it_matches_allowlist_entries_with_and_without_port():
    assert host_allowed("127.0.0.1", 8765, ["127.0.0.1:8765"])
    assert not host_allowed("127.0.0.1", 8766, ["127.0.0.1:8765"])
    assert host_allowed("127.0.0.1", 9999, ["127.0.0.1"])
