"""Prometheus metrics of the crawl, and the `/metrics` view that exposes them.

`gazeta up` crawls in its own process while granian's worker processes answer `/metrics`, so
it runs prometheus-client's multiprocess mode: `gazeta.cli` gives every process of one `up` a
fresh PROMETHEUS_MULTIPROC_DIR before prometheus-client is imported, each process writes its
counts there, and the view sums the files. A process without that variable (tests, a lone
`gazeta worker`) serves its own registry; `gazeta worker --metrics-port` exposes a worker's.
"""

import hmac
import ipaddress
import os

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector

FETCHES = Counter("gazeta_ingest_fetches", "Feed reads by outcome", ["outcome"])
FETCH_SECONDS = Histogram(
    "gazeta_ingest_fetch_seconds",
    "Time to fetch a feed or page",
    ["kind"],
    # From a local demo fetch (~5 ms) to the request timeout (20 s).
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30),
)
ITEMS_PARSED = Counter("gazeta_ingest_items_parsed", "Feed entries parsed")
ARTICLES_STORED = Counter("gazeta_ingest_articles_stored", "Articles written by outcome", ["outcome"])
ERRORS = Counter("gazeta_ingest_errors", "Errors by stage", ["stage"])
EXTRACTIONS = Counter("gazeta_ingest_extractions", "Article bodies by extraction path", ["path"])


def registry() -> CollectorRegistry:
    """Return the registry to expose: every process's files in multiprocess mode, else this process's."""
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if not directory:
        return REGISTRY
    combined = CollectorRegistry()
    MultiProcessCollector(combined, path=directory)
    return combined


def may_read_metrics(request: HttpRequest) -> bool:
    """Tell whether the request comes from this machine or carries `Authorization: Bearer METRICS_TOKEN`.

    Behind a reverse proxy on the same machine every request comes from loopback: the operator
    makes REMOTE_ADDR the client's (as for the rate limits) or keeps /metrics off the proxy.
    """
    try:
        if ipaddress.ip_address(request.META.get("REMOTE_ADDR", "")).is_loopback:
            return True
    except ValueError:
        pass
    token = settings.METRICS_TOKEN
    scheme, _, given = request.META.get("HTTP_AUTHORIZATION", "").partition(" ")
    return bool(token) and scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


def metrics_view(request: HttpRequest) -> HttpResponse:
    """Return the metrics in Prometheus' text format, to the operator only."""
    if not may_read_metrics(request):
        response = HttpResponse(
            "Acces permis doar operatorului.\n", status=401, content_type="text/plain; charset=utf-8"
        )
        response["WWW-Authenticate"] = 'Bearer realm="metrics"'
        return response
    return HttpResponse(generate_latest(registry()), content_type=CONTENT_TYPE_LATEST)
