"""An editor embeds a YouTube video; a reader's page asks nothing of YouTube until the reader clicks.

Screenshots: screenshots/desk-embed-*.png (git-ignored).
"""

import re
from urllib.parse import urlsplit

import pytest

from news.models import Article, Category, County
from news.tests.test_desk_browser import desk_site, log_in, wait_for_body  # noqa: F401 (fixture)
from portal.tests.test_browser import SHOTS, VIEWPORTS, Visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIDEO = "https://youtu.be/dQw4w9WgXcQ"
PLAYER = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"


def test_an_embedded_video_loads_from_youtube_nocookie_only_when_the_reader_clicks(browser, desk_site):  # noqa: F811
    visit = Visit(browser, desk_site, VIEWPORTS["desktop"])
    log_in(visit)
    page = visit.open("/admin/news/article/add/")
    assert "lipiți adresa lui singură pe un rând" in page.locator(".field-body_html").inner_text()
    page.fill("#id_title", "Conferința de presă a prefectului, înregistrată")
    page.locator(".prose-editor [contenteditable=true]").click()
    page.keyboard.type("Prefectul a anunțat noile reguli.")
    page.keyboard.press("Enter")
    page.keyboard.type(VIDEO)  # as an editor pastes it: the address alone on its line
    page.keyboard.press("Enter")
    page.keyboard.type("Întrebările jurnaliștilor au urmat.")
    wait_for_body(page, "jurnaliștilor")
    page.select_option("#id_county", str(County.objects.get(code="BC").pk))
    page.select_option("#id_category", str(Category.objects.get(slug="actualitate").pk))
    page.get_by_role("button", name="Publică acum").click()
    page.wait_for_url("**/admin/news/article/")
    article = Article.objects.get()
    assert f'data-embed="{PLAYER}"' in article.body_html
    assert "Vezi videoclipul pe YouTube" not in article.text

    # Opened again in the editor and saved unchanged, the embed is still an embed.
    page = visit.open(f"/admin/news/article/{article.pk}/change/")
    wait_for_body(page, "youtube")
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "desk-embed-editor.png"), full_page=True)
    page.get_by_role("button", name="Salvează", exact=True).click()
    page.wait_for_url("**/admin/news/article/")
    article.refresh_from_db()
    assert article.body_html.count(f'data-embed="{PLAYER}"') == 1, article.body_html
    assert re.sub(r"<figure [^>]*>.*?</figure>", "<EMBED>", article.body_html) == (
        "<p>Prefectul a anunțat noile reguli.</p><EMBED><p>Întrebările jurnaliștilor au urmat.</p>"
    ), article.body_html
    assert visit.errors == [], visit.errors

    reader = Visit(browser, desk_site, VIEWPORTS["mobil"])
    response = reader.page.goto(desk_site + article.get_absolute_url())
    assert "frame-src https://www.youtube-nocookie.com" in response.headers["content-security-policy"]
    link = reader.page.get_by_role("button", name="Vezi videoclipul pe YouTube")
    assert link.is_visible() and reader.page.locator("iframe").count() == 0
    assert link.get_attribute("title") == "Videoclip de pe YouTube: se încarcă abia când îl porniți"
    box = reader.page.locator("figure.embed").bounding_box()
    reader.page.screenshot(path=str(SHOTS / "desk-embed-article-mobil.png"), full_page=True)
    assert reader.errors == [] and reader.outside == [], (reader.errors, reader.outside)

    link.focus()
    reader.page.keyboard.press("Space")  # a button to assistive technology: Space starts it, as a click does
    player = reader.page.locator("figure.embed iframe")
    assert player.get_attribute("src") == PLAYER + "?autoplay=1"
    assert player.get_attribute("title") == "videoclipul pe YouTube"
    assert reader.page.locator("figure.embed").bounding_box() == box  # the player takes the link's box
    reader.page.wait_for_timeout(300)
    # The only request to another host is the player's, on the click (the test answers none).
    assert {urlsplit(url).hostname for url in reader.outside} == {"www.youtube-nocookie.com"}, reader.outside

    # Without JavaScript the embed is a plain link to the video's page.
    plain = Visit(browser, desk_site, VIEWPORTS["mobil"], javascript=False)
    plain.page.goto(desk_site + article.get_absolute_url())
    link = plain.page.get_by_role("link", name="Vezi videoclipul pe YouTube")
    assert link.get_attribute("href") == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert plain.outside == []
    for one in (visit, reader, plain):
        one.context.close()
