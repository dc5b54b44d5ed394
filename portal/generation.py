"""The content generation: one number that moves whenever what readers see changes.

Cache keys carry it (portal.cache): bumping it makes every stored page unreachable at once, in
every process sharing the cache (file, Redis), or in this one (LocMem). Small values a worker
keeps (`remembered`: counties, categories) and its own pages (`PageStore`) are dropped with it.
"""

import secrets
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed

GENERATION_KEY = "portal:generation"


# Another process's change is seen by a worker at most this late (its own changes at once).
GENERATION_SECONDS = 1.0


LOCAL_PAGES = 1000  # pages kept per worker, least recently used dropped first (~30 KB each)


class PageStore:
    """A worker's least-recently-used pages with expiry; emptied when the generation moves."""

    def __init__(self, size: int):
        self.size, self.items, self.lock, self.generation = size, OrderedDict(), threading.Lock(), None
        self.checked_at, self.seen = 0.0, None  # the memo of the shared generation

    def get(self, key: str):
        with self.lock:
            found = self.items.get(key)
            if found is None:
                return None
            if found[0] < time.monotonic():
                del self.items[key]
                return None
            self.items.move_to_end(key)
            return found[1]

    def set(self, key: str, entry: dict, seconds: int, generation: int) -> None:
        with self.lock:
            if generation != self.generation:  # every page kept so far is unreachable
                self.items.clear()
                self.generation = generation
            self.items[key] = (time.monotonic() + seconds, entry)
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.items.clear()
            self.checked_at, self.seen = 0.0, None


local_pages = PageStore(LOCAL_PAGES)


_in_process: list[bool] = []  # memo of in_process(); emptied when settings change (tests)


def in_process() -> bool:
    """Return True when the shared cache is this process's memory (tests, a single dev server)."""
    if not _in_process:
        from django.core.cache import caches
        from django.core.cache.backends.locmem import LocMemCache

        _in_process.append(isinstance(caches["default"], LocMemCache))
    return _in_process[0]


def _forget_backend(**_kwargs) -> None:
    _in_process.clear()
    local_pages.clear()
    _memo.clear()


_memo: dict[str, tuple[float, int, object]] = {}  # small values each worker keeps (reference data)


def remembered(key: str, seconds: float, build):
    """Return a small value kept in this worker for `seconds` or until the generation moves.

    Counties and categories were read and unpickled from the file cache several times per
    page (~0.15 ms each); kept here they cost a dict lookup. Out-of-process caches only.
    """
    if in_process():
        return build()
    current = generation()
    found = _memo.get(key)
    if found is None or found[0] < time.monotonic() or found[1] != current:
        found = _memo[key] = (time.monotonic() + seconds, current, build())
    return found[2]


setting_changed.connect(_forget_backend, dispatch_uid="portal-cache-settings")


def new_generation() -> int:
    """Return a fresh generation: the clock in ms and a random part, so one made after a
    cache.clear() never equals an older one bumped a few times (pages keyed on it would return)."""
    return int(time.time() * 1000) * 1000 + secrets.randbelow(1000)


def _memo_seconds() -> float:
    # Tests clear the shared cache between cases: a worker must see that at once.
    return 0.0 if settings.TESTING else GENERATION_SECONDS


def generation() -> int:
    """Return the current content generation (created on first use), memoised briefly per worker."""
    local = not in_process()
    if local and local_pages.seen is not None and time.monotonic() - local_pages.checked_at < _memo_seconds():
        return local_pages.seen
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, new_generation(), None)
        value = cache.get(GENERATION_KEY, 0)
    if local:
        local_pages.seen, local_pages.checked_at = value, time.monotonic()
    return value


def bump(**_signal_kwargs) -> None:
    """Make every cached page stale: content changed (news.signals.content_changed)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet (or evicted): any new value will do
        cache.set(GENERATION_KEY, new_generation(), None)
    local_pages.clear()  # this worker sees its own change at once
    _memo.clear()
