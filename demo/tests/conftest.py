"""Fixtures for the demo network tests: one static server per session, no database."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from demo.server import serve_in_thread

ANCHOR = datetime(2026, 1, 10, tzinfo=ZoneInfo("Europe/Bucharest"))


@pytest.fixture(scope="session")
def demo_server():
    with serve_in_thread(seed=1, anchor=ANCHOR, slow_delay=1.0) as server:
        yield server
