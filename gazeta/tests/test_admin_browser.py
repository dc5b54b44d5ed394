"""Every admin add and change form opened in Chromium: the form is whole (Save present) and quiet.

A help text that the browser reads as markup (issue 16: `<script src=…>` in the ad slot's) swallows
the rest of the form, Save buttons included; only a real browser shows it.
"""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.utils import timezone

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WAIT_MS = 15000


def one_of_each():
    """Create a row of each registered model the reference data does not already hold."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    from gazeta.roles import ensure_editor_group
    from ingest.models import FetchLog
    from news.corrections import Correction
    from news.models import County
    from portal.site_pages import SitePage
    from portal.tests.conftest import make_article, make_author, make_source, make_story
    from widgets.models import AdSlot, ExchangeRate, RadioStation, ServiceStatus, WeatherForecast, WeatherReading

    now, bacau = timezone.now(), County.objects.get(code="BC")
    source = make_source("Ziarul de Test")
    article = make_article("Podul de la Bacău se redeschide", source=source)
    make_story([article, make_article("Podul se redeschide", source=make_source("Alt ziar"))])
    Correction.record(article, Correction.COUNTY, "iasi", "bacau")
    make_article("Articol propriu", is_own=True, author=make_author())
    Correction.record(article, Correction.COUNTY, "bacau", "neamt")  # an editor's correction (news.corrections)
    FetchLog.objects.create(source=source, started_at=now, outcome=FetchLog.OK, entries=3)
    RadioStation.objects.create(name="Radio Test", slug="radio-test", stream_url="https://radio.example/live.mp3")
    AdSlot.objects.create(name="Rețea", position=AdSlot.SIDEBAR, kind=AdSlot.NETWORK, snippet="<ins></ins>")
    AdSlot.objects.create(
        name="Proprie",
        position=AdSlot.HEADER,
        kind=AdSlot.HOUSE,
        image="reclame/a.png",
        link="https://gazeta.example/abonament",
    )
    ExchangeRate.objects.create(date=date(2026, 6, 16), currency="EUR", value=Decimal("5.0761"))
    WeatherReading.objects.create(county=bacau, observed_at=now, fetched_at=now, temperature=21.5, weather_code=3)
    WeatherForecast.objects.create(
        county=bacau, date=now.date() + timedelta(days=1), weather_code=61, temp_min=12, temp_max=22, fetched_at=now
    )
    ServiceStatus.objects.create(key="weather", last_attempt_at=now, last_success_at=now)
    # Made by a data migration, which an earlier test's database flush may have emptied.
    SitePage.objects.get_or_create(
        slug="despre",
        defaults={"title": "Despre noi", "description": "Cine suntem.", "body_html": "<p>Redacția Gazeta.</p>"},
    )
    ensure_editor_group()
    seen = {"username": "sef", "ip_address": "10.0.0.1", "user_agent": "Mozilla/5.0", "path_info": "/admin/login/"}
    AccessAttempt.objects.create(**seen, failures_since_start=3, get_data="", post_data="username=sef")
    AccessLog.objects.create(**seen, session_hash="0" * 64)
    AccessFailureLog.objects.create(**seen)


def form_pages(user) -> dict[str, bool]:
    """Return the add page of every registered model and the change page of its first row, each with
    whether it is editable (read-only admins, such as the fetch log's, show the row without Save)."""
    request = RequestFactory().get("/admin/")
    request.user = user
    pages = {}
    for model, model_admin in admin.site._registry.items():
        meta = model._meta
        if model_admin.has_add_permission(request):
            pages[f"/admin/{meta.app_label}/{meta.model_name}/add/"] = True
        first = model._default_manager.order_by("pk").first()
        if first is not None:
            pages[f"/admin/{meta.app_label}/{meta.model_name}/{first.pk}/change/"] = model_admin.has_change_permission(
                request, first
            )
    return pages


def test_every_admin_form_renders_whole_with_its_save_button(live_server, reference_data, admin_user, client, browser):
    one_of_each()
    client.force_login(admin_user)
    session = client.cookies["sessionid"].value
    base = live_server.url.replace("//localhost:", "//127.0.0.1:")
    pages = form_pages(admin_user)
    without_row = [
        model.__name__
        for model in admin.site._registry
        if not any(
            page.startswith(f"/admin/{model._meta.app_label}/{model._meta.model_name}/") and page.endswith("/change/")
            for page in pages
        )
    ]
    assert without_row == [], "give these models a row in one_of_each()"
    broken = {}
    context = browser.new_context(locale="ro-RO")
    context.add_cookies([{"name": "sessionid", "value": session, "url": base}])
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    errors: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    for path, editable in pages.items():
        errors.clear()
        response = page.goto(base + path)
        page.wait_for_load_state("load")
        saves = page.locator('input[name="_save"]')
        problems = []
        if response.status != 200:
            problems.append(f"HTTP {response.status}")
        if editable and (saves.count() != 1 or not saves.is_visible()):
            problems.append(f"{saves.count()} Save buttons")
        if not page.locator("#content h1").is_visible():
            problems.append("no heading")
        if errors:
            problems.append("; ".join(errors))
        if problems:
            broken[path] = problems
    assert broken == {}, broken
