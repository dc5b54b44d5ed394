"""Published pages follow the newsroom within seconds, seen through a browser (issue 20).

The site runs as `gazeta up` runs it with PUBLISH_DIR: publish.serve in front of Django, the
publisher in a thread of the same process. An editor hides an article in the admin (a bulk action:
no save signal, only content_changed): a reader gets 404 for it within 5 s. A new article stored
(as a crawl stores one) is on its county page's file within 5 s, and a reader sees it.
"""

import threading
import time
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
from django.core.handlers.wsgi import WSGIHandler

from publish import files, pages
from publish.publisher import run_forever
from publish.serve import PublishedFiles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path("/work/notes/shots-files")  # a screenshot only where that directory exists
WITHIN_MS = 5000  # the bound: hidden -> 404, new -> on its county page's file
SECTIONS = [*pages.SITE_WIDE, "/bacau/", "/bacau/actualitate/", "/categorie/actualitate/"]


class ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def front(tmp_path, settings, reference_data, monkeypatch):
    """publish.serve in front of Django on 127.0.0.1, and the publisher following changes."""
    root = tmp_path / "publicat"
    settings.PUBLISH_DIR = str(root)
    monkeypatch.setattr(pages, "section_pages", lambda: SECTIONS)  # the 42 counties' pages take a minute here
    server = make_server("127.0.0.1", 0, PublishedFiles(WSGIHandler(), root), ThreadingServer, QuietHandler)
    base = f"http://127.0.0.1:{server.server_port}"
    settings.SITE_URL = base
    serving = threading.Thread(target=server.serve_forever, daemon=True)
    serving.start()
    stop = threading.Event()
    publisher = threading.Thread(target=run_forever, args=(stop, root), daemon=True)
    yield base, root, publisher
    stop.set()
    publisher.join(10)
    server.shutdown()


def wait_for(check, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return check()


def test_hidden_article_404_and_new_article_on_its_county_page(front, browser, client, django_user_model):
    from gazeta.roles import ensure_editor_group
    from portal.tests.conftest import make_article

    base, root, publisher = front
    article = make_article("Podul peste Bistrița se închide", county="bacau", category="actualitate")
    publisher.start()
    article_file = files.file_for(root, article.get_absolute_url())
    assert wait_for(article_file.exists, 60), "the first publish never reached the article"

    reader = browser.new_context(locale="ro-RO").new_page()
    assert reader.goto(base + article.get_absolute_url()).status == 200
    assert "Podul peste Bistrița" in reader.content()

    editor = django_user_model.objects.create_user("redactor", password="parola-lunga-1", is_staff=True)
    editor.groups.add(ensure_editor_group())
    client.force_login(editor)
    desk = browser.new_context(locale="ro-RO")
    desk.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base}])
    page = desk.new_page()
    page.goto(base + "/admin/news/article/")
    page.check(f"input[name='_selected_action'][value='{article.pk}']")
    page.select_option("select[name='action']", "hide")
    page.click("button[name='index']")
    page.wait_for_selector("text=Articole ascunse: 1")
    hidden_at = time.monotonic()

    def gone():  # a new reader each time: the last one's browser keeps the page its max-age (60 s)
        visit = browser.new_context(locale="ro-RO")
        try:
            return visit.new_page().goto(base + article.get_absolute_url()).status == 404
        finally:
            visit.close()

    assert wait_for(gone, WITHIN_MS / 1000), "a hidden article's page still answered after 5 s"
    assert not article_file.exists() and not article_file.with_name("index.html.gz").exists()
    assert time.monotonic() - hidden_at < 30  # the loop above is the bound; this only documents it

    fresh = make_article("Inundații la Onești: drumul spre Comănești, închis", county="bacau", category="actualitate")
    county_file = files.file_for(root, "/bacau/")
    assert wait_for(lambda: "Inundații la Onești" in county_file.read_text(), WITHIN_MS / 1000)
    reader.context.close()
    reader = browser.new_context(locale="ro-RO").new_page()
    assert reader.goto(base + "/bacau/").headers.get("content-encoding") in ("br", "gzip")
    assert "Inundații la Onești" in reader.content()
    if SHOTS.is_dir():
        reader.screenshot(path=str(SHOTS / "judet-din-fisier.png"))
    assert "Podul peste Bistrița" not in county_file.read_text()
    assert files.agrees(county_file)
    assert wait_for(files.file_for(root, fresh.get_absolute_url()).exists, 30)
    # The editor, with a session, is answered by Django (the admin bar, fresh), never by a file.
    assert page.goto(base + "/bacau/").headers.get("cache-control", "").startswith("private")
