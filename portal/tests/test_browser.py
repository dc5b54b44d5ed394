"""Real-browser tests: Debian's Chromium through Playwright, against the live server.

Screenshots of each page type (mobile and desktop) go to /work/main/screenshots/ (git-ignored).
Outlet images (https://img.example.ro/...) are answered by the test itself, so no request
leaves 127.0.0.1; any other outside request is blocked and fails the test.
"""

import io
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
VIEWPORTS = {"mobil": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


def photo() -> bytes:
    """Return a small JPEG standing in for an outlet's photo."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1200, 800), (70, 110, 150))
    draw = ImageDraw.Draw(image)
    for y in range(0, 800, 8):
        draw.rectangle([0, y, 1200, y + 8], fill=(70 + y // 10, 110 + y // 16, 150 - y // 12))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=70)
    return out.getvalue()


@pytest.fixture
def site(live_server, newsroom, settings):
    base = live_server.url.replace("//localhost:", "//127.0.0.1:")  # the address, not a name
    settings.SITE_URL = base
    settings.SOCIAL_URL = "https://www.facebook.com/gazeta.test"
    return base


class Visit:
    """One browser context: records console errors and outside requests."""

    def __init__(self, browser, base: str, viewport: dict, javascript: bool = True):
        self.base, self.errors, self.outside = base, [], []
        self.context = browser.new_context(viewport=viewport, java_script_enabled=javascript, locale="ro-RO")
        # The page's script rewrites relative times with the browser's clock: give it the pinned one.
        self.context.clock.set_system_time(datetime.now(UTC))
        self.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
        image = photo()
        self.context.route("**/*", lambda route: self._route(route, image))
        self.page = self.context.new_page()
        self.page.set_default_timeout(10000)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route, image):
        host = urlsplit(route.request.url).hostname
        if host == "127.0.0.1":
            return route.continue_()
        if host == "img.example.ro":
            return route.fulfill(status=200, body=image, content_type="image/jpeg")
        self.outside.append(route.request.url)
        return route.abort()

    def open(self, path: str):
        self.page.goto(self.base + path)
        return self.page

    def shot(self, name: str, viewport_name: str):
        SHOTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"portal-{name}-{viewport_name}.png"), full_page=True)


@pytest.mark.dates
def test_it_walks_the_site_and_shows_every_element_of_the_article(browser, site, newsroom, frozen_now):
    from portal.tests.test_article import update_label

    updated = "Actualizat " + update_label(newsroom["own"].updated_at, frozen_now)
    for viewport_name, viewport in VIEWPORTS.items():
        visit = Visit(browser, site, viewport)
        page = visit.open("/")
        assert page.locator("html").get_attribute("lang") == "ro"
        assert page.get_by_role("heading", name="Subiectele zilei").is_visible()
        visit.shot("acasa", viewport_name)

        page.get_by_role("navigation", name="Meniu principal").get_by_role("link", name="Județe").click()
        page.wait_for_url("**/judete/")
        visit.shot("judete", viewport_name)
        page.get_by_role("link", name="Bacău").first.click()
        page.wait_for_url("**/bacau/")
        assert page.get_by_role("heading", name="Știri din județul Bacău").is_visible()
        assert page.get_by_text("Știri de calitate din județul Bacău").is_visible()
        visit.shot("judet", viewport_name)

        page.get_by_role("link", name=newsroom["own"].title).first.click()
        page.wait_for_url("**/articol/**")
        back = page.locator("a.back-link")
        assert back.is_visible() and back.get_attribute("href") == "/bacau/"
        assert page.get_by_role("heading", level=1, name=newsroom["own"].title).is_visible()
        for text in (
            "Publicat pe",
            updated,
            "Timp de citire: 3 minute",
            "Articol scris de",
            "Școala după renovare",
            "Distribuie știrea",
            "Alte articole din Actualitate",
            "Recente din Bacău",
            "Recente din România",
            "Autorul știrii",
            "Știri de calitate din județul Bacău",
            "Pagina de Facebook",
        ):
            assert page.get_by_text(text).first.is_visible(), text
        assert page.locator(".lead-figure img").evaluate("img => img.complete && img.naturalWidth > 0")
        assert (
            page.get_by_role("link", name="Ioana Țurcanu").first.get_attribute("href")
            == newsroom["author"].get_absolute_url()
        )
        assert page.locator("a.category-link").is_visible()
        share = page.locator("[data-share]")
        canonical = site + newsroom["own"].get_absolute_url()
        assert share.get_attribute("data-url") == canonical
        for name in ("Facebook", "X", "WhatsApp", "E-mail"):
            assert share.get_by_role("link", name=name, exact=True).is_visible()
        assert "sharer.php?u=" in share.get_by_role("link", name="Facebook").get_attribute("href")
        copy = share.get_by_role("button", name="Copiază linkul")
        assert copy.is_visible()
        copy.click()
        page.get_by_text("Linkul a fost copiat.").wait_for()
        assert page.evaluate("navigator.clipboard.readText()") == canonical
        visit.shot("articol", viewport_name)

        page = visit.open(newsroom["ingested"].get_absolute_url())
        assert page.get_by_role("link", name="Citește articolul complet pe Deșteptarea de Test").is_visible()
        assert page.get_by_text("Relatat și de 2 publicații").is_visible()
        visit.shot("articol-preluat", viewport_name)
        page.get_by_role("link", name="Tot subiectul").click()
        page.wait_for_url("**/subiect/**")
        assert page.get_by_text("Relatat de 3 publicații").is_visible()
        visit.shot("subiect", viewport_name)

        assert visit.errors == [], visit.errors
        assert visit.outside == [], visit.outside
        visit.context.close()


def test_it_works_without_javascript(browser, site, newsroom):
    from portal.tests.conftest import make_article

    for i in range(25):
        make_article("Știre de arhivă", minutes_ago=100 + i)
    visit = Visit(browser, site, VIEWPORTS["mobil"], javascript=False)
    page = visit.open("/recente/")
    page.get_by_role("link", name="Mai vechi →").click()
    page.wait_for_url("**/recente/?pagina=2")
    assert page.locator(".teaser").count() > 0
    visit.shot("recente-fara-js", "mobil")
    page = visit.open(newsroom["own"].get_absolute_url())
    assert not page.get_by_role("button", name="Copiază linkul").is_visible()
    assert page.get_by_role("link", name="WhatsApp").is_visible()
    assert visit.outside == []
    visit.context.close()


def test_it_shows_the_romanian_404_page(browser, site):
    visit = Visit(browser, site, VIEWPORTS["mobil"])
    page = visit.open("/nu-exista-asa-ceva/")
    assert page.get_by_role("heading", name="Pagina nu a fost găsită").is_visible()
    visit.shot("404", "mobil")
    visit.context.close()
