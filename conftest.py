"""Shared pytest fixtures and markers: reference data, database kinds, the browser."""
import os

import pytest

CHROMIUM = "/usr/bin/chromium"


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
def reference_data(db):
    """Load counties, categories and localities into the test database."""
    from news.reference.load import load_reference

    return load_reference()
