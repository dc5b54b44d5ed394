"""The API's browsable docs load in Chromium from the site alone, under the site's CSP, and call the API."""

import pytest

from portal.tests.conftest import _fresh_cache, newsroom  # noqa: F401
from portal.tests.test_browser import VIEWPORTS, Visit, site  # noqa: F401 (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_docs_load_no_outside_asset_and_try_an_operation(browser, site):  # noqa: F811
    visit = Visit(browser, site, VIEWPORTS["desktop"] if "desktop" in VIEWPORTS else next(iter(VIEWPORTS.values())))
    response = visit.page.goto(site + "/api/v1/docs")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page = visit.page
    page.wait_for_selector(".opblock")
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/v1/articles" in paths and "/api/v1/search" in paths
    groups = page.locator(".opblock-tag").all_inner_texts()
    assert any(g.startswith("Articole") for g in groups) and not any(g.startswith("default") for g in groups)
    page.locator("[id$='-api_endpoints_counties'] .opblock-summary").click()
    page.get_by_role("button", name="Execute").click()
    status = page.locator(".live-responses-table tbody .response-col_status").first
    status.wait_for()
    assert status.inner_text().strip() == "200"
    assert page.get_by_text("București").first.is_visible()
    assert visit.outside == [] and visit.errors == []
