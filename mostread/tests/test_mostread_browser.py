"""In Chromium: a read article's beacon reaches the most-read block; a typo's "Ai vrut să scrii" link.

Screenshots are kept when GAZETA_SCREENSHOTS names a folder.
"""

import os
from pathlib import Path

import pytest
from django.core.cache import cache

from mostread import counting
from mostread.models import HourlyViews
from mostread.tests.conftest import READER
from portal.tests.conftest import make_article, newsroom  # noqa: F401 (fixture)
from portal.tests.test_browser import VIEWPORTS, Visit, site  # noqa: F401 (fixture; `browser` is the root conftest's)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def shot(page, name: str) -> None:
    folder = os.environ.get("GAZETA_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def read_in_browser(browser, base: str, article, agent: str | None) -> dict:
    """Open the article as a reader with this User-Agent; return the beacon request the page sent."""
    visit = Visit(browser, base, VIEWPORTS["desktop"])
    if agent:
        visit.context.set_extra_http_headers({"User-Agent": agent})
    documents = []
    visit.page.on("request", lambda r: r.resource_type == "document" and documents.append(r.url))
    with visit.page.expect_request(lambda r: r.url.endswith("/citit/"), timeout=15000) as sent:
        visit.open(article.get_absolute_url())
    request = sent.value
    response = request.response()
    beacon = {
        "method": request.method,
        "body": request.post_data,
        "status": response.status if response else None,
        "cookies": request.all_headers().get("cookie"),
        "documents": len(documents),
        "errors": visit.errors,
        "outside": visit.outside,
    }
    visit.context.close()
    return beacon


def test_a_read_article_is_counted_and_shown_in_the_most_read_block(browser, site, newsroom):  # noqa: F811
    article = newsroom["ingested"]
    beacon = read_in_browser(browser, site, article, READER)
    assert beacon["method"] == "POST" and beacon["body"] == str(article.pk) and beacon["status"] == 204
    assert beacon["cookies"] is None  # the site set none, the beacon sends none
    assert beacon["documents"] == 1 and not beacon["errors"] and not beacon["outside"]  # CSP let it through
    counting.flush()
    assert HourlyViews.objects.get(article_id=article.pk).views == 1
    cache.clear()  # the block is cached for minutes; here it is built again at once

    visit = Visit(browser, site, VIEWPORTS["desktop"])
    page = visit.open("/")
    block = page.locator("section.most-read")
    assert block.locator("h2").inner_text() == "Cele mai citite în România"
    first = block.locator("li a").first
    assert first.inner_text() == article.title
    shot(page, "most-read-home-desktop")
    first.click()
    page.wait_for_url(f"**{article.get_absolute_url()}")
    assert page.locator("section.most-read h2").inner_text() == "Cele mai citite din Bacău"
    shot(page, "most-read-article-desktop")
    visit.page.goto(site + "/bacau/")
    shot(page, "most-read-county-desktop")
    assert not visit.errors and not visit.outside
    visit.context.close()


def test_a_headless_browser_sends_the_beacon_but_is_not_counted(browser, site, newsroom):  # noqa: F811
    article = newsroom["ingested"]
    beacon = read_in_browser(browser, site, article, None)  # Chromium's own "HeadlessChrome" agent
    assert beacon["status"] == 204
    counting.flush()
    assert not HourlyViews.objects.filter(article_id=article.pk).exists()


def test_the_did_you_mean_link_runs_the_corrected_search(browser, site, newsroom):  # noqa: F811
    from search import vocabulary

    for n in range(3):
        make_article(f"Primăria Bacău repară strada {n}", minutes_ago=5 + n)
    vocabulary.refresh()
    visit = Visit(browser, site, VIEWPORTS["mobil"])
    page = visit.open("/cauta/?q=primaira")
    link = page.get_by_role("link", name="primăria")
    assert page.locator(".did-you-mean").inner_text() == "Ai vrut să scrii: primăria?"
    shot(page, "did-you-mean-mobile")
    link.focus()
    page.keyboard.press("Enter")  # a reader on the keyboard follows it as one with a pointer
    page.wait_for_url("**/cauta/?q=prim*")
    assert page.locator("#cauta-q").input_value() == "primăria"
    assert page.locator(".search-results li").count() >= 3
    assert page.locator(".did-you-mean").count() == 0
    shot(page, "did-you-mean-followed-mobile")
    assert not visit.errors and not visit.outside
    visit.context.close()
