"""Property-based test of the API against its own OpenAPI schema (schemathesis).

Schemathesis reads /api/v1/openapi.json from the WSGI app and, per operation, sends requests
generated from the declared parameters (valid and invalid), checking that none is a server
error and that every answer matches the schema: status code, content type, body. Few
examples per operation keep it to seconds; derandomized so CI sees the same cases each run.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from portal.tests.conftest import _fresh_cache, newsroom  # noqa: F401

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


@pytest.fixture
def api_world(newsroom, settings):  # noqa: F811
    settings.API_RATE_LIMIT = 0  # the generator sends more than a reader's minute
    settings.SEARCH_RATE_LIMIT = 0
    # Requests go through the bare WSGI handler, whose end-of-request hook closes an old database
    # connection (on PostgreSQL: the test's own, inside its transaction). Django's test client
    # unhooks it the same way while it runs a request.
    request_finished.disconnect(close_old_connections)
    request_started.disconnect(close_old_connections)
    yield newsroom
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=12, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
def test_every_operation_keeps_its_schema(case, api_world):
    case.call_and_validate()
