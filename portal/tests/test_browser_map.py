"""Real-browser tests of the county map (keyboard and pointer) and of 'Județul meu' (choose, clear, infer).

Screenshots go to /work/main/screenshots/ (git-ignored), as test_browser.py's do.
"""

import re
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
FOCUS_FILL = "rgb(240, 180, 0)"  # --focus in site.css: what a focused county turns


@pytest.fixture
def base(live_server, newsroom, settings):
    url = live_server.url.replace("//localhost:", "//127.0.0.1:")
    settings.SITE_URL = url
    return url


def open_page(browser, base: str, javascript: bool = True):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, java_script_enabled=javascript, locale="ro-RO"
    )
    # Only this server: weather or image hosts are not needed here, and nothing leaves 127.0.0.1.
    context.route("**/*", lambda r: r.continue_() if "//127.0.0.1:" in r.request.url else r.abort())
    page = context.new_page()
    page.set_default_timeout(10000)
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    return page, errors


def focused(page) -> dict:
    return page.evaluate(
        """() => { const a = document.activeElement; const p = a && a.querySelector && a.querySelector('path');
        return {code: a && a.getAttribute('data-code'), fill: p ? getComputedStyle(p).fill : null}; }"""
    )


def test_the_map_is_walked_by_keyboard_and_clicked_by_pointer(browser, base):
    page, errors = open_page(browser, base)
    page.goto(base + "/judete/")
    # The accessibility tree names each county with its count (Bacău has the newsroom's news).
    bacau = page.get_by_role("link", name=re.compile(r"^Bacău: \d+ (de )?articole în 24 de ore$"))
    assert bacau.count() == 1
    assert page.get_by_role("link", name="Alba: 0 articole în 24 de ore").count() == 1
    # Keyboard: Tab reaches the map's links in name order, the focused county turns the focus colour.
    for _ in range(60):
        page.keyboard.press("Tab")
        if focused(page)["code"]:
            break
    first = focused(page)
    assert first == {"code": "AB", "fill": FOCUS_FILL}
    page.keyboard.press("Tab")
    assert focused(page)["code"] == "AR"
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "judete-harta-tastatura.png"))
    page.keyboard.press("Shift+Tab")
    assert focused(page)["code"] == "AB"
    page.keyboard.press("Enter")
    page.wait_for_url("**/alba/")
    # Pointer: a click where Bacău's code is written opens Bacău.
    page.goto(base + "/judete/")
    box = page.locator('a[data-code="BC"] text').bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url("**/bacau/")
    assert page.locator("h1").inner_text() == "Știri din județul Bacău"
    assert errors == []


def test_the_map_needs_no_javascript(browser, base):
    page, _ = open_page(browser, base, javascript=False)
    page.goto(base + "/judete/")
    assert page.locator("svg a.cmap-county").count() == 42
    page.locator('a[data-code="IS"]').focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/iasi/")
    # The chooser needs the script: without it there is no dead button (its line is kept, empty).
    assert page.locator("[data-my-county-chooser]").count() == 1
    assert not page.locator("[data-my-county-chooser] button").is_visible()


def read_county(page, base: str, slug: str) -> None:
    """Open a county page and wait for the script's idle-time work (the chooser, the visit count: one task)."""
    page.goto(f"{base}/{slug}/")
    page.locator("[data-my-county-chooser].ready").wait_for()


def stored(page) -> dict:
    return page.evaluate(
        "() => ({choice: localStorage.getItem('gazeta.judet'), visits: localStorage.getItem('gazeta.vizite'), cookie: document.cookie})"
    )


def test_my_county_is_chosen_shown_first_on_the_home_page_and_cleared_with_one_click(browser, base, newsroom):
    page, errors = open_page(browser, base)
    page.goto(base + "/")
    assert page.locator("#my-county").is_hidden()  # nobody chose: the page as for everyone
    read_county(page, base, "bacau")
    button = page.get_by_role("button", name="Județul meu")
    assert button.get_attribute("aria-pressed") == "false"
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    assert "apar primele pe prima pagină" in page.locator("[data-my-county-chooser] [role=status]").inner_text()
    page.goto(base + "/")
    block = page.locator("#my-county")
    block.locator("h2").wait_for()
    assert block.locator("h2").inner_text().startswith("Județul meu: Bacău")
    assert "Știre din Bacău" in block.inner_text() and "Știre din Iași" not in block.inner_text()
    # First in the page's content: before the day's top stories and the latest news.
    order = page.evaluate("() => [...document.querySelectorAll('main h2')].map(h => h.id).filter(Boolean)")
    assert order[0] == "h-my-county", order
    assert stored(page) == {"choice": "bacau", "visits": None, "cookie": ""}
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "acasa-judetul-meu.png"))
    page.get_by_role("button", name="Nu mai afișa Bacău primul").click()
    assert block.is_hidden()
    page.reload()
    page.wait_for_load_state("networkidle")
    assert block.is_hidden() and stored(page)["choice"] == ""
    read_county(page, base, "bacau")
    assert page.get_by_role("button", name="Județul meu").get_attribute("aria-pressed") == "false"
    assert errors == []


def test_a_reader_who_mostly_reads_one_county_gets_it_first_until_they_clear_it(browser, base):
    page, errors = open_page(browser, base)
    for _ in range(4):
        read_county(page, base, "iasi")
    read_county(page, base, "bacau")
    page.goto(base + "/")
    page.wait_for_load_state("networkidle")
    assert page.locator("#my-county").is_hidden()  # 4 of 5 pages: not yet enough to tell
    read_county(page, base, "iasi")
    page.goto(base + "/")
    block = page.locator("#my-county")
    block.locator("h2").wait_for()
    assert block.locator("h2").inner_text().startswith("Județul meu: Iași")
    assert "Ales după paginile pe care le citiți." in block.inner_text()
    assert stored(page)["cookie"] == ""
    page.get_by_role("button", name="Nu mai afișa Iași primul").click()
    for _ in range(6):  # once refused, reading Iași again does not bring it back
        read_county(page, base, "iasi")
    page.goto(base + "/")
    page.wait_for_load_state("networkidle")
    assert page.locator("#my-county").is_hidden() and stored(page)["visits"] is None
    assert errors == []
