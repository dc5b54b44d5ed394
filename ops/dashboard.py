"""The operators' page: free disk (warned about before ingest pauses), sizes, backups, integrity."""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth.decorators import user_passes_test
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from ops.models import Check
from ops.sizes import collect

WARN_FACTOR = 3  # warn once free space is under three times the pause threshold: days of news at most rates


def disk_rows(sizes: dict) -> list[dict]:
    floor = sizes["disk_min_free_bytes"]
    rows = []
    for path, disk in sizes["disks"].items():
        free = disk["free_bytes"]
        state = "error" if free < floor else "warn" if free < floor * WARN_FACTOR else "ok"
        rows.append({"path": path, "free_mb": free // 2**20, "total_mb": disk["total_bytes"] // 2**20, "state": state})
    return rows


def _is_operator(user) -> bool:
    """Disk paths, backups and integrity errors are the operators' (superusers'), not the editors'."""
    return user.is_active and user.is_staff and user.is_superuser


@user_passes_test(_is_operator, login_url="admin:login")
def operations(request: HttpRequest) -> HttpResponse:
    sizes = collect()
    checks = {check.name: check for check in Check.objects.all()}
    context = {
        **admin.site.each_context(request),
        "title": "Exploatare",
        "sizes": sizes,
        "disks": disk_rows(sizes),
        "threshold_mb": settings.DISK_MIN_FREE_MB,
        "integrity": checks.get("integrity"),
        "backup": checks.get("backup"),
        "mb": {
            key: (value or 0) // 2**20
            for key, value in sizes.items()
            if key.endswith("_bytes") and key != "disk_min_free_bytes"
        },
    }
    return render(request, "ops/dashboard.html", context)
