"""Endpoints for operators and their monitoring."""

import logging

from django.db import connection
from django.http import HttpRequest, JsonResponse

log = logging.getLogger(__name__)


def healthz(request: HttpRequest) -> JsonResponse:
    """Answer 200 {"status": "ok"} when the database answers a query, else 503 {"status": "failing"}.

    The cause goes to the log, not to whoever asked: an error names hosts, ports and versions.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any database failure means unhealthy
        log.error("health check failed", extra={"stage": "healthz", "error": f"{type(error).__name__}: {error}"})
        return JsonResponse({"status": "failing"}, status=503)
    return JsonResponse({"status": "ok"})
