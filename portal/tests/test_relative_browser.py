"""Relative times go on counting in the browser while the page itself stays the cached one."""

from datetime import UTC, datetime

import pytest

from portal.tests.test_browser import VIEWPORTS, Visit, site  # noqa: F401 (fixture; `browser` is the root conftest's)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.dates
def test_the_update_time_of_an_article_counts_on_without_a_reload(browser, site, newsroom, frozen_now):  # noqa: F811
    """The label is the server's in the cached page, then the page's script counts on."""
    visit = Visit(browser, site, VIEWPORTS["mobil"])
    visit.context.clock.install(time=datetime.now(UTC))
    documents = []
    visit.page.on("request", lambda r: r.resource_type == "document" and documents.append(r.url))
    page = visit.open(newsroom["own"].get_absolute_url())
    label = page.locator("time[data-relative]")
    assert label.inner_text() == "acum 3 ore"  # the server's words, in the cached page
    page.clock.run_for(60 * 60 * 1000)  # an hour with the page open
    assert label.inner_text() == "acum 4 ore"
    visit.context.close()
    assert len(documents) == 1 and not visit.errors and not visit.outside
