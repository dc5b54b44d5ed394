"""Shared pytest fixtures and markers: reference data, database kinds, the browser, the clock."""
import os
from datetime import datetime

import pytest

CHROMIUM = "/usr/bin/chromium"

# The instant tests run at unless GAZETA_TEST_NOW names another: a Wednesday noon in summer
# time, far from midnight, a DST change and a new year, so "3 hours ago" is the same day.
# CI replays the tests marked `dates` at the instants where calendar words change.
DEFAULT_NOW = "2026-06-17T12:00:00+03:00"


def pytest_collection_modifyitems(config, items):
    """Skip PostgreSQL-only tests on SQLite and browser tests where Chromium is missing."""
    from django.conf import settings

    on_postgres = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
    no_postgres = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL=postgres://...)")
    no_browser = pytest.mark.skip(reason=f"needs Debian's Chromium at {CHROMIUM}")
    for item in items:
        if "postgres" in item.keywords and not on_postgres:
            item.add_marker(no_postgres)
        if "browser" in item.keywords and not os.path.exists(CHROMIUM):
            item.add_marker(no_browser)


@pytest.fixture
def frozen_now():
    """Pin the wall clock (Python's time and datetime, every thread) and return the instant.

    The clock still ticks from there, so timeouts and cache lifetimes behave; only the date and
    the time of day are fixed. Tests that render relative or calendar dates depend on it.
    """
    import time_machine

    instant = datetime.fromisoformat(os.environ.get("GAZETA_TEST_NOW", DEFAULT_NOW))
    with time_machine.travel(instant, tick=True):
        yield instant


@pytest.fixture
def reference_data(db):
    """Load counties, categories and localities into the test database."""
    from news.reference.load import load_reference

    return load_reference()


def _hypothesis_profiles():
    """Register the fuzz test's budgets: "ci" (default, repeatable) and "fuzz" (10,000 requests)."""
    from hypothesis import settings

    settings.register_profile("ci", max_examples=500, deadline=None, database=None, derandomize=True,
                              print_blob=True)
    settings.register_profile("fuzz", max_examples=5000, deadline=None, database=None)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


_hypothesis_profiles()


@pytest.fixture(autouse=True)
def _site_url(settings):
    """Tests run as an operator who set SITE_URL; a test of the unset case sets it to ""."""
    if not os.environ.get("SITE_URL"):
        settings.SITE_URL = "http://127.0.0.1:8000"


@pytest.fixture
def media_root(settings, tmp_path):
    """Point MEDIA_ROOT (uploads and image renditions) at a fresh directory; return it."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT
