"""The editor's home: the admin's first page, what needs a look today in one place.

Today's articles per county, stories no county claims, articles whose county the tagger was
unsure of (the review queue) and sources that keep failing: each a short, bounded list with
links into the admin where it is dealt with.
"""

from datetime import datetime, time, timedelta

from django.contrib import admin
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from news.models import Article, County, Source, Story

LIST_LIMIT = 15  # a screen's worth; the full lists are one click away
STORY_DAYS = 2  # stories still developing; older ones without a county no longer matter


def start_of_today(now: datetime) -> datetime:
    """Return local midnight (Europe/Bucharest) of now's day, as an aware datetime."""
    return timezone.make_aware(datetime.combine(timezone.localdate(now), time.min))


def home_context(now: datetime | None = None) -> dict:
    """Gather the editor's home: a handful of bounded queries."""
    now = now or timezone.now()
    since = start_of_today(now)
    today = Article.objects.visible(now).filter(published_at__gte=since)
    counts = dict(today.exclude(county=None).values_list("county").annotate(n=Count("id")).values_list("county", "n"))
    review = Article.objects.needs_place_review().visible(now)
    return {
        "today_total": today.count(),
        "today_without_county": today.filter(county=None).count(),
        "today_per_county": [(county, counts.get(county.pk, 0)) for county in County.objects.all()],
        "today_since": since,
        "stories_without_county": list(
            Story.objects.filter(county=None, last_published_at__gte=now - timedelta(days=STORY_DAYS)).order_by(
                "-last_published_at"
            )[:LIST_LIMIT]
        ),
        "review": list(review.select_related("county", "source").latest_first()[:LIST_LIMIT]),
        "review_total": review.count(),
        "failing": list(Source.objects.in_error().filter(enabled=True).order_by("-error_count", "name")[:LIST_LIMIT]),
        "failing_total": Source.objects.in_error().filter(enabled=True).count(),
    }


def home(request: HttpRequest) -> HttpResponse:
    """The admin's index with the desk's panels above the list of tables (wrapped by admin_view in urls)."""
    return admin.site.index(request, extra_context={"desk": home_context(), "title": "Masa redacției"})
