"""The operators' dashboard of source health: state, errors and articles per day, with charts."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.db.models import Count
from django.db.models.functions import TruncDate
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from images.models import LeadImage
from ingest.models import FetchLog
from news.models import Article, Source
from websub.status import labels as push_labels

DAYS = 14  # two weeks show a weekly rhythm and a source that went quiet
OUTCOME_LABELS = dict(FetchLog.OUTCOME_CHOICES)


@dataclass(frozen=True)
class SourceHealth:
    source: Source
    per_day: list[int]
    outcomes: dict[str, int]  # last 24 h: outcome -> count
    state: str  # "ok", "error", "idle", "off"
    image_failures: int = 0  # lead images that failed in the last DAYS (each article counted once)
    push: str = "—"  # WebSub: pushing (polling slowed to a safety net), or read by polling (websub.status)

    @property
    def total(self) -> int:
        return sum(self.per_day)

    @property
    def outcome_counts(self) -> list[tuple[str, int]]:
        """The last 24 h's outcomes in the editors' words ("reușită: 3"), not the stored codes."""
        return [(OUTCOME_LABELS.get(outcome, outcome), n) for outcome, n in self.outcomes.items()]

    @property
    def sparkline(self) -> str:
        return polyline(self.per_day, width=140, height=28)


def polyline(values: list[int], width: int, height: int) -> str:
    """Return SVG polyline points drawing values left to right, the largest touching the top."""
    top = max(values) or 1
    step = width / max(len(values) - 1, 1)
    return " ".join(f"{i * step:.1f},{height - (v / top) * (height - 2) - 1:.1f}" for i, v in enumerate(values))


def bars(values: list[int], width: int = 560, height: int = 120) -> list[dict]:
    """Return the rectangles of a bar chart of values."""
    top = max(values) or 1
    slot = width / len(values)
    return [
        {
            "x": round(i * slot + 2, 1),
            "w": round(slot - 4, 1),
            "h": round(v / top * (height - 16), 1),
            "y": round(height - v / top * (height - 16), 1),
            "value": v,
        }
        for i, v in enumerate(values)
    ]


def _state(source: Source) -> str:
    if not source.enabled:
        return "off"
    if source.error_count:
        return "error"
    return "ok" if source.last_success_at else "idle"


def collect(now=None) -> dict:
    """Gather per-source health and network totals with a constant number of queries."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    days = [today - timedelta(days=offset) for offset in range(DAYS - 1, -1, -1)]
    since = now - timedelta(days=DAYS)

    counts: dict[int, dict[date, int]] = defaultdict(dict)
    rows = (
        Article.objects.filter(created_at__gte=since, source__isnull=False)
        .annotate(day=TruncDate("created_at"))
        .values("source_id", "day")
        .annotate(n=Count("id"))
    )
    for row in rows:
        counts[row["source_id"]][row["day"]] = row["n"]

    outcomes: dict[int, dict[str, int]] = defaultdict(dict)
    for row in (
        FetchLog.objects.filter(started_at__gte=now - timedelta(hours=24))
        .values("source_id", "outcome")
        .annotate(n=Count("id"))
    ):
        outcomes[row["source_id"]][row["outcome"]] = row["n"]

    image_failures = dict(
        LeadImage.objects.filter(failed_at__gte=since, source__isnull=False)
        .exclude(state=LeadImage.DONE)
        .order_by()
        .values_list("source_id")
        .annotate(n=Count("pk"))
    )
    pushes = push_labels(now)
    health = [
        SourceHealth(
            source,
            [counts[source.id].get(day, 0) for day in days],
            outcomes[source.id],
            _state(source),
            image_failures.get(source.id, 0),
            pushes.get(source.id, "—"),
        )
        for source in Source.objects.select_related("county").order_by("-error_count", "name")
    ]
    totals = [sum(h.per_day[i] for h in health) for i in range(DAYS)]
    states = defaultdict(int)
    for item in health:
        states[item.state] += 1
    return {"health": health, "days": days, "bars": bars(totals), "totals": totals, "states": dict(states)}


@staff_member_required
def source_health(request: HttpRequest) -> HttpResponse:
    """Show the dashboard inside the admin."""
    context = {**admin.site.each_context(request), "title": "Sănătatea surselor", **collect()}
    return render(request, "ops/source_health.html", context)
