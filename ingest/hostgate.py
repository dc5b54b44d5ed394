"""Politeness per host: at most N requests at once and a pause between the starts of two."""

import threading
import time
from contextlib import contextmanager

from django.conf import settings


class HostGate:
    """A thread-safe limit on concurrent requests and a delay between requests, per host:port."""

    def __init__(self, concurrency: int | None = None, delay: float | None = None):
        # None means "read the setting each time", so tests can override settings.
        self._concurrency = concurrency
        self._delay = delay
        self._lock = threading.Lock()
        self._semaphores: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}

    @property
    def concurrency(self) -> int:
        """Return the number of requests allowed at once on one host."""
        return self._concurrency or settings.INGEST_HOST_CONCURRENCY

    @property
    def delay(self) -> float:
        """Return the seconds between the starts of two requests to one host."""
        return settings.INGEST_HOST_DELAY if self._delay is None else self._delay

    @contextmanager
    def slot(self, host_key: str, timeout: float | None = None, *, min_delay: float = 0.0):
        """Hold one of the host's slots, waiting for a free one and for the politeness delay."""
        with self._lock:
            semaphore = self._semaphores.get(host_key)
            if semaphore is None:
                semaphore = self._semaphores[host_key] = threading.BoundedSemaphore(self.concurrency)
        if not semaphore.acquire(timeout=timeout):
            raise TimeoutError(f"no free slot for {host_key}")
        try:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start.get(host_key, 0.0))
                self._next_start[host_key] = start + max(self.delay, min_delay)
            if start > now:
                time.sleep(start - now)
            yield
        finally:
            semaphore.release()


default_gate = HostGate()
