"""Ingest's operator endpoint: Prometheus metrics."""

from django.urls import path

from ingest.metrics import metrics_view

app_name = "ingest"

urlpatterns = [
    path("metrics", metrics_view, name="metrics"),
]
