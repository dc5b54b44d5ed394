"""Prometheus metrics of the crawl, and the `/metrics` view that exposes them.

Metrics live in prometheus-client's default registry: one process (`gazeta up`, or one
`gazeta worker`) exposes its own counts. Aggregating several worker processes on one machine
needs prometheus-client's multiprocess mode (PROMETHEUS_MULTIPROC_DIR), not set up yet.
"""
from django.http import HttpRequest, HttpResponse
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, Counter, Histogram, generate_latest

FETCHES = Counter("gazeta_ingest_fetches", "Feed reads by outcome", ["outcome"])
FETCH_SECONDS = Histogram(
    "gazeta_ingest_fetch_seconds", "Time to fetch a feed or page",  ["kind"],
    # From a local demo fetch (~5 ms) to the request timeout (20 s).
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30),
)
ITEMS_PARSED = Counter("gazeta_ingest_items_parsed", "Feed entries parsed")
ARTICLES_STORED = Counter("gazeta_ingest_articles_stored", "Articles written by outcome", ["outcome"])
ERRORS = Counter("gazeta_ingest_errors", "Errors by stage", ["stage"])
EXTRACTIONS = Counter("gazeta_ingest_extractions", "Article bodies by extraction path", ["path"])


def metrics_view(request: HttpRequest) -> HttpResponse:
    """Return every metric of this process in Prometheus' text format."""
    return HttpResponse(generate_latest(REGISTRY), content_type=CONTENT_TYPE_LATEST)
