"""Relative times go on counting in the browser while the page itself stays the cached one."""

from datetime import UTC, datetime, timedelta

import pytest

from lib import ro
from portal.tests.test_browser import VIEWPORTS, Visit, site  # noqa: F401 (fixture; `browser` is the root conftest's)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.dates
def test_the_update_time_of_an_article_counts_on_without_a_reload(browser, site, newsroom, frozen_now):  # noqa: F811
    """The label is the server's in the cached page, then the page's script counts on.

    The words expected are lib.ro's (the one owner of the rule), so the test holds at every instant CI
    replays: three hours before 00:10 is "ieri, 21:10", and an hour later it still is.
    """
    start, updated = datetime.now(UTC), newsroom["own"].updated_at  # the pinned clock ticks from frozen_now
    before, after = ro.relative(updated, start), ro.relative(updated, start + timedelta(hours=1))
    visit = Visit(browser, site, VIEWPORTS["mobil"])
    visit.context.clock.install(time=start)
    documents = []
    visit.page.on("request", lambda r: r.resource_type == "document" and documents.append(r.url))
    page = visit.open(newsroom["own"].get_absolute_url())
    label = page.locator("time[data-relative]")
    assert label.inner_text() == before  # the server's words, in the cached page ("acum 3 ore" at noon)
    page.clock.run_for(60 * 60 * 1000)  # an hour with the page open
    assert label.inner_text() == after  # the script's ("acum 4 ore" at noon)
    visit.context.close()
    assert len(documents) == 1 and not visit.errors and not visit.outside
