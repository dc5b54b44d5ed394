from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from ingest.models import FetchLog
from news.models import Article, County, Source
from ops.source_health import collect, polyline


@pytest.fixture
def sources(reference_data):
    bacau = County.objects.get(code="BC")
    healthy = Source.objects.create(name="Ziarul Bun", slug="bun", county=bacau, last_success_at=timezone.now())
    broken = Source.objects.create(
        name="Ziarul Stricat", slug="stricat", error_count=4, last_error="fetch: HTTP 500 de la server"
    )
    Source.objects.create(name="Ziarul Nou", slug="nou")
    for index in range(3):
        Article.objects.create(source=healthy, url=f"https://bun.ro/{index}", title=f"Știre {index}")
    FetchLog.objects.create(
        source=broken, started_at=timezone.now() - timedelta(hours=1), outcome=FetchLog.ERROR, error="fetch: HTTP 500"
    )
    return healthy, broken


def test_it_counts_sources_by_state_and_articles_by_day(sources, django_assert_max_num_queries):
    healthy, broken = sources
    with django_assert_max_num_queries(5):  # articles per day, fetch outcomes, image failures, push states, sources
        data = collect()
    assert data["states"] == {"ok": 1, "error": 1, "idle": 1}
    by_source = {item.source.slug: item for item in data["health"]}
    assert by_source["bun"].per_day[-1] == 3 and by_source["bun"].total == 3
    assert by_source["stricat"].outcomes == {"error": 1}
    assert data["health"][0].source == broken  # failing sources come first
    assert data["totals"][-1] == 3


def test_it_is_shown_to_staff_only(sources, client):
    assert client.get("/admin/sanatate-surse/").status_code == 302
    staff = get_user_model().objects.create_user("ana", password="parola-lunga-1", is_staff=True, is_superuser=True)
    client.force_login(staff)
    page = client.get("/admin/sanatate-surse/").content.decode()
    assert "Sănătatea surselor" in page
    assert "fetch: HTTP 500 de la server" in page
    assert "<polyline" in page
    assert "eroare: 1" in page and "error: 1" not in page  # outcomes in Romanian, not the stored codes


def test_it_draws_the_largest_value_at_the_top():
    points = [tuple(map(float, p.split(","))) for p in polyline([0, 5, 10], width=100, height=20).split()]
    assert points[0] == (0.0, 19.0) and points[2] == (100.0, 1.0)


def test_the_chart_coordinates_are_numbers_whatever_the_language(sources, client):
    import re

    staff = get_user_model().objects.create_user("ion", password="parola-lunga-2", is_staff=True, is_superuser=True)
    client.force_login(staff)
    page = client.get("/admin/sanatate-surse/", HTTP_ACCEPT_LANGUAGE="ro").content.decode()
    bars = re.findall(r'<rect x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)"', page)
    assert bars
    for values in bars:
        [float(value) for value in values]  # "2,0" (Romanian decimal comma) would raise


@pytest.mark.dates
def test_it_writes_dates_the_romanian_way(sources, client, frozen_now):
    from lib.ro import date_time

    healthy, _ = sources
    healthy.last_success_at = frozen_now - timedelta(days=1)
    healthy.save()
    client.force_login(get_user_model().objects.create_user("ana", password="parola-lunga-1", is_staff=True))
    page = client.get("/admin/sanatate-surse/").content.decode()
    written = date_time(healthy.last_success_at)
    assert written in page and written.split()[1].islower()  # "16 iunie 2026, 12:00", never "Iunie"
