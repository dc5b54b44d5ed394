"""What every most-read test starts from: an empty process tally, no Redis link and an empty cache."""

import pytest
from django.core.cache import cache

from mostread import counting

# A desktop Chromium's User-Agent: a reader the bot rules let through.
READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"


@pytest.fixture(autouse=True)
def _fresh(monkeypatch):
    """Each test counts in a fresh process tally and an empty cache (and Redis database, when set)."""
    monkeypatch.setattr(counting, "memory", counting.MemoryTally())
    monkeypatch.setattr(counting, "_redis", [])
    cache.clear()
    yield
    cache.clear()
