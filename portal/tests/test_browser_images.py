"""In Chromium: every public page type loads images from this site only, all of them sized, no layout shift.

Outlets' image addresses stay in the data (image_url), so any page that still hot-linked one
would make a request to img.example.ro: here every request to a host other than the site is
recorded and aborted, and the test fails on any.
"""

from urllib.parse import urlsplit

import pytest

from portal.tests.conftest import give_picture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
# Sums the layout shifts the page had (buffered: from the start of the load).
CLS = """() => new Promise(done => {
  let total = 0;
  new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
    .observe({type: "layout-shift", buffered: true});
  setTimeout(() => done(total), 300);
})"""


def scroll_through(page) -> None:
    """Scroll to the bottom a screen at a time, so every lazy image comes into view and loads."""
    height = page.evaluate("document.body.scrollHeight")
    for y in range(0, height + PHONE["height"], PHONE["height"] // 2):
        page.evaluate(f"window.scrollTo(0, {y})")
        page.wait_for_timeout(30)
    page.wait_for_load_state("networkidle")


def test_every_page_type_requests_nothing_but_the_site(browser, live_server, newsroom, settings):
    base = live_server.url.replace("//localhost:", "//127.0.0.1:")
    settings.SITE_URL = base
    for article in newsroom["others"][:3] + newsroom["national"][:2]:
        give_picture(article, seed=article.pk)
    pages = {
        "acasă": "/",
        "județ": "/bacau/",
        "categorie": "/categorie/eveniment/",
        "articol": newsroom["ingested"].get_absolute_url(),
        "articol propriu": newsroom["own"].get_absolute_url(),
        "subiect": newsroom["story"].get_absolute_url(),
        "căutare": "/cauta/?q=trafic",
        "recente": "/recente/",
    }
    context = browser.new_context(viewport=PHONE, locale="ro-RO")
    outside, image_bytes = [], {}

    def route(request_route):
        if urlsplit(request_route.request.url).hostname == "127.0.0.1":
            return request_route.continue_()
        outside.append(request_route.request.url)
        return request_route.abort()

    context.route("**/*", route)
    page = context.new_page()
    for name, path in pages.items():
        loaded = []

        def listener(response, loaded=loaded):
            if response.request.resource_type == "image":
                loaded.append(response)

        page.on("response", listener)
        page.goto(base + path)
        assert page.evaluate(CLS) == 0, name
        scroll_through(page)
        images = page.locator("img").evaluate_all(
            "els => els.map(i => [i.getClientRects().length > 0, i.currentSrc || i.src,"
            " i.complete && i.naturalWidth > 0, i.getAttribute('width'), i.getAttribute('height'),"
            " i.getAttribute('srcset') !== null])"
        )
        assert any(shown for shown, *_ in images) or name == "căutare", name  # search results have no pictures
        for shown, src, complete, width, height, has_srcset in images:
            assert urlsplit(src).hostname == "127.0.0.1" and "/media/imagini/" in src, (name, src)
            assert width and height and has_srcset, (name, src)
            assert complete or not shown, (name, src)  # hidden (the sidebar's compact lists) stay unloaded
        image_bytes[name] = sum(len(r.body()) for r in loaded if r.status == 200)
        page.remove_listener("response", listener)
    context.close()
    print("\nimage bytes per page at 390 px:", image_bytes)
    assert outside == [], outside
