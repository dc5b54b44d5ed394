"""A Hungarian article in Chromium: the lang attributes a screen reader reads, on its list and its page."""

import os

import pytest

from portal.tests.conftest import make_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Leégett egy csűr Zetelakán"
SNIPPET = "Kedd este kigyulladt egy szénával teli csűr Zetelakán. A tűzoltók két órán át dolgoztak."


def test_a_hungarian_article_reads_as_hungarian_inside_the_romanian_page(live_server, newsroom, browser, tmp_path):
    article = make_article(TITLE, county="harghita", source=newsroom["local"], snippet=SNIPPET, language="hu")
    base = live_server.url.replace("//localhost:", "//127.0.0.1:")
    page = browser.new_context(viewport={"width": 390, "height": 844}, locale="ro-RO").new_page()
    page.goto(base + "/harghita/")
    assert page.locator("html").get_attribute("lang") == "ro"
    teaser = page.locator("li.teaser", has_text=TITLE).first  # in "Recente" and in its category
    assert teaser.locator("h3").get_attribute("lang") == "hu"
    assert teaser.locator("p[lang=hu]").count() == 1
    assert "în maghiară" in teaser.inner_text()
    shots = os.environ.get("GAZETA_SCREENSHOTS")  # set to keep the pictures for a reader's look
    page.screenshot(path=str(tmp_path / "list.png") if not shots else f"{shots}/hu-list.png", full_page=False)
    page.goto(base + article.get_absolute_url())
    assert page.locator("h1#h-article").get_attribute("lang") == "hu"
    original = page.locator("p.original-language a")
    assert original.get_attribute("hreflang") == "hu" and original.get_attribute("href") == article.url
    page.screenshot(path=str(tmp_path / "page.png") if not shots else f"{shots}/hu-page.png", full_page=False)
