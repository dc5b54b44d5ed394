"""An editor (group "Redactori", not a superuser) writes, previews and schedules an article in Chromium.

The article then appears on home, its county, the RSS feed and search once its time comes
(the pinned clock is moved past it). Screenshots go to screenshots/desk-*.png (git-ignored).
"""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from news.models import Article, Category, County
from news.tests.conftest import EDITOR_PASSWORD, make_editor
from portal.tests.test_browser import SHOTS, VIEWPORTS, Visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Podul peste Siret de la Filipești se redeschide"
LINK = "https://www.primariafilipesti.ro/anunturi"


@pytest.fixture
def photo_host(settings):
    """Serve the picture the editor inserts by address from 127.0.0.1, where ingest may fetch it."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from images.tests.photos import photo

    body = photo(1200, 800)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            found = self.path == "/pod-siret.jpg"
            self.send_response(200 if found else 404)
            self.send_header("Content-Type", "image/jpeg")
            self.send_header("Content-Length", str(len(body) if found else 0))
            self.end_headers()
            if found:
                self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host = f"127.0.0.1:{server.server_address[1]}"
    settings.INGEST_ALLOWED_HOSTS = [host]
    settings.INGEST_HOST_DELAY = 0
    yield f"http://{host}/pod-siret.jpg"
    server.shutdown()
    server.server_close()


@pytest.fixture
def desk_site(live_server, reference_data, frozen_now, settings):
    base = live_server.url.replace("//localhost:", "//127.0.0.1:")
    settings.SITE_URL = base
    make_editor()
    return base


def log_in(visit: Visit):
    page = visit.open("/admin/login/")
    page.fill("#id_username", "redactor")
    page.fill("#id_password", EDITOR_PASSWORD)
    page.get_by_role("button", name="Autentificare").click()
    page.wait_for_url("**/admin/")
    return page


def select_text(page, text: str):
    """Select the first occurrence of text inside the editor, as a mouse drag would."""
    page.evaluate(
        """text => {
        const root = document.querySelector('.prose-editor [contenteditable=true]');
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(text);
            if (at >= 0) {
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + text.length);
                getSelection().removeAllRanges();
                getSelection().addRange(range);
                return;
            }
        }
        throw new Error('not in the editor: ' + text);
    }""",
        text,
    )


def wait_for_body(page, html: str):
    """Wait until the editor has written html into the form's hidden body field (what Save sends)."""
    try:
        page.wait_for_function(
            "html => document.querySelector('#id_body_html').value.includes(html)", arg=html, timeout=5000
        )
    except PlaywrightTimeout:
        raise AssertionError(
            f"not in the body after 5 s: {html}\n{page.locator('#id_body_html').input_value()}"
        ) from None


def write_body(page, image_url: str):
    """Type a heading, bold text, a link, a list and a figure with the editor's own controls."""
    body = page.locator(".prose-editor [contenteditable=true]")
    body.click()
    keys = page.keyboard
    keys.type("## Ce se schimbă pentru șoferi")
    keys.press("Enter")
    keys.type("Circulația se reia ")
    keys.press("Control+b")
    keys.type("luni dimineață")
    keys.press("Control+b")
    keys.type(", anunță primăria.")
    keys.press("Enter")
    keys.type("- camioanele ocolesc podul")
    keys.press("Enter")
    keys.type("autobuzele circulă normal")
    keys.press("Enter")
    keys.press("Enter")
    select_text(page, "anunță primăria")
    link_button = page.get_by_role("button", name="Adaugă un link")
    # The editor reads the browser's selection on its next event; its link button is enabled then.
    expect(link_button).not_to_have_class(re.compile(r"\bdisabled\b"))
    link_button.click()
    page.fill("dialog[open] input[name=href]", LINK)
    page.locator("dialog[open] button[type=submit]").click()
    # The dialog applies the link once its promise resolves, to the selection the editor has
    # then: moving the cursor before that linked nothing (the flake this waits out).
    wait_for_body(page, f'href="{LINK}"')
    keys.press("Control+End")  # the figure goes after the list, not over the selected words
    page.get_by_role("button", name="Imagine cu legendă").click()
    page.fill("dialog[open] input[name=imageUrl]", image_url)
    page.fill("dialog[open] input[name=altText]", "Podul peste Siret")
    page.fill("dialog[open] input[name=caption]", "Podul după reparații")
    page.locator("dialog[open] button[type=submit]").click()
    wait_for_body(page, ">Podul după reparații</figcaption>")


def test_an_editor_writes_previews_and_schedules_an_article(
    browser,
    desk_site,
    frozen_now,
    photo_host,  # noqa: F811
    media_root,
):
    visit = Visit(browser, desk_site, VIEWPORTS["desktop"])
    page = log_in(visit)
    page = visit.open("/admin/news/article/add/")
    assert page.locator("select#id_status").input_value() == Article.DRAFT
    assert page.locator("input[name=_save]").is_visible()
    page.fill("#id_title", TITLE)
    page.fill("#id_lead", "Lucrările de consolidare s-au încheiat mai devreme.")
    write_body(page, photo_host)
    page.select_option("#id_county", str(County.objects.get(code="BC").pk))
    page.select_option("#id_category", str(Category.objects.get(slug="actualitate").pk))
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "desk-article-add.png"), full_page=True)

    page.get_by_role("button", name="Previzualizare").click()
    page.wait_for_url("**/previzualizare/articol/**")
    article = Article.objects.get()
    assert article.status == Article.DRAFT
    assert page.get_by_text("Previzualizare pentru redacție: ciornă, nepublicată.").is_visible()
    assert page.locator('meta[name="robots"]').get_attribute("content") == "noindex, nofollow"
    body = page.locator(".article-body")
    assert body.get_by_role("heading", level=2, name="Ce se schimbă pentru șoferi").is_visible()
    assert body.locator("strong", has_text="luni dimineață").is_visible()
    link = body.get_by_role("link", name="anunță primăria")
    assert link.get_attribute("href") == LINK
    assert link.get_attribute("rel") == "nofollow noopener"
    assert body.locator("ul li").all_inner_texts() == ["camioanele ocolesc podul", "autobuzele circulă normal"]
    # A picture inserted by address is copied into Gazeta's storage by the worker (its periodic
    # lead-images job, run here); until then no page shows it, so no reader's browser asks its host.
    assert body.locator("figure img").count() == 0
    from ingest.lead_images import localize_body_images

    assert localize_body_images() == {"stored": 1, "dropped": 0}
    page.reload()
    body = page.locator(".article-body")
    assert body.locator("figure img").get_attribute("src").startswith("/media/imagini/")
    assert body.locator("figure img").evaluate("img => img.complete && img.naturalWidth > 0")
    assert body.locator("figcaption").inner_text() == "Podul după reparații"
    page.screenshot(path=str(SHOTS / "desk-article-preview.png"), full_page=True)

    when = timezone.localtime() + timedelta(hours=2)
    page = visit.open(f"/admin/news/article/{article.pk}/change/")
    page.fill("#id_published_at_0", when.strftime("%d.%m.%Y"))
    page.fill("#id_published_at_1", when.strftime("%H:%M:%S"))
    page.get_by_role("button", name="Programează").click()
    page.wait_for_url("**/admin/news/article/")
    article.refresh_from_db()
    assert article.status == Article.SCHEDULED
    row = page.locator("#result_list tr", has_text=TITLE)
    assert "programat:" in row.inner_text()
    page.screenshot(path=str(SHOTS / "desk-article-list.png"), full_page=True)
    assert visit.errors == [], visit.errors

    reader = Visit(browser, desk_site, VIEWPORTS["mobil"])
    assert reader.page.goto(desk_site + article.get_absolute_url()).status == 404
    reader.errors.clear()  # the browser logs that 404 as a console error; it is the one expected
    for path in ("/", "/bacau/", "/rss/", "/cauta/?q=Filipesti+pod"):
        assert article.get_absolute_url() not in reader.page.goto(desk_site + path).text(), path

    with time_machine.travel(frozen_now + timedelta(hours=2, minutes=5), tick=True):
        # Pages are cached for a minute; Redis (the PostgreSQL run's cache) expires entries by
        # its own clock, which the pinned one does not move: let that minute pass there too.
        cache.clear()
        for path in ("/", "/bacau/", "/rss/", "/cauta/?q=Filipesti+pod"):
            response = reader.page.goto(desk_site + path)
            # Search marks the matched words inside the title: look for the article's address.
            assert response.status == 200 and article.get_absolute_url() in response.text(), path
        response = reader.page.goto(desk_site + article.get_absolute_url())
        assert response.status == 200
        assert reader.page.locator('meta[name="robots"]').get_attribute("content").startswith("index")
    assert reader.errors == [] and reader.outside == [] and visit.outside == []
    visit.context.close()
    reader.context.close()


WORD_CLIPBOARD = (  # what Word 365 puts on the clipboard for a bold phrase and a plain sentence, trimmed
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{mso-style-parent:"";}</style>'
    '</head><body><!--StartFragment--><p class=MsoNormal style="margin-bottom:0cm;mso-line-height-alt:12pt">'
    '<b><span style="font-size:14.0pt;font-family:Calibri;color:#C00000">Consiliul Județean</span></b>'
    '<span style="font-family:Calibri"> a votat bugetul.<o:p></o:p></span></p>'
    '<p class=MsoListParagraph style="text-indent:-18pt;mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">'
    '·<span style="font:7.0pt Times New Roman">&nbsp;&nbsp;</span></span>Drumuri noi<o:p></o:p></p>'
    "<!--EndFragment--></body></html>"
)
DOCS_CLIPBOARD = (  # Google Docs wraps a copy in <b id="docs-internal-guid-…" style="font-weight:normal">
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c"><p dir="ltr" '
    'style="line-height:1.38;margin-top:0pt"><span style="font-size:11pt;font-family:Arial;color:#000000;'
    'font-weight:400">Școala are </span><span style="font-size:11pt;font-weight:700">acoperiș nou</span>'
    '<span style="font-size:11pt">.</span></p></b>'
)


def paste(page, html: str):
    """Paste html into the editor the way the browser delivers a clipboard paste."""
    page.locator(".prose-editor [contenteditable=true]").click()
    page.evaluate(
        """html => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', 'x');
        const target = document.querySelector('.prose-editor [contenteditable=true]');
        target.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    }""",
        html,
    )


def test_pasted_word_and_google_docs_text_is_cleaned(browser, desk_site):  # noqa: F811
    visit = Visit(browser, desk_site, VIEWPORTS["desktop"])
    log_in(visit)
    page = visit.open("/admin/news/article/add/")
    page.fill("#id_title", "Text lipit din Word și Google Docs")
    paste(page, WORD_CLIPBOARD)
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    paste(page, DOCS_CLIPBOARD)
    editor_html = page.locator(".prose-editor [contenteditable=true]").inner_html()
    for junk in ("mso", "Calibri", "<span", "docs-internal", "font-weight:normal", "o:p"):
        assert junk not in editor_html, (junk, editor_html)
    page.get_by_role("button", name="Salvează", exact=True).click()
    page.wait_for_url("**/admin/news/article/")
    body = Article.objects.get().body_html
    assert "<strong>Consiliul Județean</strong>" in body and "a votat bugetul." in body
    assert "Școala are <strong>acoperiș nou</strong>." in body  # Docs' bold kept, its wrapper not
    for junk in ("style=", "class=", "<span", "mso", "<b ", "docs-internal"):
        assert junk not in body, (junk, body)
    assert visit.errors == [], visit.errors
    visit.context.close()
