"""Every admin list and form, opened in Chromium: an editor (group "Redactori") for what that group
may see, a superuser for the rest. Each form has its Save button; no page logs a console error.

Screenshots go to screenshots/desk-admin-*.png (git-ignored).
"""

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from ingest.models import FetchLog
from news.tests.conftest import EDITOR_PASSWORD, make_editor
from portal.tests.conftest import _fresh_cache, newsroom  # noqa: F401 (fixtures)
from portal.tests.test_browser import SHOTS, VIEWPORTS, Visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def admin_site(live_server, newsroom, settings):
    base = live_server.url.replace("//localhost:", "//127.0.0.1:")
    settings.SITE_URL = base
    call_command("radio", "load-defaults", verbosity=0)
    FetchLog.objects.create(
        source=newsroom["local"], started_at=timezone.now(), outcome=FetchLog.ERROR, error="fetch: HTTP 500"
    )
    make_editor()
    get_user_model().objects.create_superuser("operator", password=EDITOR_PASSWORD)
    return base


def log_in(visit: Visit, username: str):
    page = visit.open("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", EDITOR_PASSWORD)
    page.get_by_role("button", name="Autentificare").click()
    page.wait_for_url("**/admin/")
    return page


def pages_of(model, user) -> list[tuple[str, str, bool]]:
    """Return (kind, path, needs a Save button) for the model's list, add form and first row's form."""
    model_admin = admin.site._registry[model]
    info = f"/admin/{model._meta.app_label}/{model._meta.model_name}"

    class Request:  # what ModelAdmin's permission checks read
        pass

    request = Request()
    request.user = user
    found = [("lista", f"{info}/", False)]
    if model_admin.has_add_permission(request):
        found.append(("adauga", f"{info}/add/", True))
    first = model._default_manager.order_by("pk").first()
    if first is not None:
        found.append(("modifica", f"{info}/{first.pk}/change/", model_admin.has_change_permission(request, first)))
    return found


def visit_all(visit: Visit, user, models) -> list[str]:
    opened = []
    for model in models:
        for kind, path, needs_save in pages_of(model, user):
            page = visit.open(path)
            assert page.locator("#content").is_visible(), path
            assert "Page not found" not in page.content() and "Pagina nu a fost găsită" not in page.title(), path
            if needs_save:
                assert page.locator("input[name=_save]").count() == 1, f"no Save button on {path}"
            page.screenshot(path=str(SHOTS / f"desk-admin-{model._meta.model_name}-{kind}.png"), full_page=True)
            assert visit.errors == [], (path, visit.errors)
            opened.append(path)
    return opened


def test_every_admin_list_and_form_opens_with_save_and_no_console_error(browser, admin_site):  # noqa: F811
    SHOTS.mkdir(exist_ok=True)
    User = get_user_model()
    editor = User.objects.get(username="redactor")
    models = list(admin.site._registry)
    for_editor = [m for m in models if editor.has_perm(f"{m._meta.app_label}.view_{m._meta.model_name}")]
    assert {m._meta.label for m in for_editor} >= {"news.Article", "news.Author", "news.County", "widgets.RadioStation"}

    visit = Visit(browser, admin_site, VIEWPORTS["desktop"])
    log_in(visit, "redactor")
    opened = visit_all(visit, editor, for_editor)
    for path in ("/admin/", "/admin/sanatate-surse/"):
        visit.open(path)
        assert visit.errors == [], (path, visit.errors)
    visit.context.close()

    rest = [m for m in models if m not in for_editor]
    assert {m._meta.label for m in rest} >= {"auth.User", "auth.Group"}
    visit = Visit(browser, admin_site, VIEWPORTS["desktop"])
    log_in(visit, "operator")
    opened += visit_all(visit, User.objects.get(username="operator"), rest)
    visit.context.close()
    assert len(opened) >= 2 * len(models)
    assert visit.outside == []
