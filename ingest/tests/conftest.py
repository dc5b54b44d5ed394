"""Fixtures shared by the ingest tests."""

import pytest
from local_feeds import FeedServer


@pytest.fixture
def outlet(settings):
    """Serve feeds from a local server that ingest is allowed to read, without politeness delay."""
    server = FeedServer()
    settings.INGEST_ALLOWED_HOSTS = [server.host]
    settings.INGEST_HOST_DELAY = 0
    settings.INGEST_TIMEOUT = 5
    yield server
    server.stop()
