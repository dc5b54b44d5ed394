"""In Chromium: an editor previews an edit of a published article in a new tab; nothing is saved or shown to readers.

Screenshot: screenshots/desk-unsaved-preview.png (git-ignored).
"""

import pytest
from django.utils import timezone

from news import newsroom
from news.models import Article, Category, County
from news.tests.test_desk_browser import desk_site, log_in, wait_for_body  # noqa: F401 (fixture)
from portal.tests.test_browser import SHOTS, VIEWPORTS, Visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_editor_previews_unsaved_edits_of_a_published_article(browser, desk_site):  # noqa: F811
    article = newsroom.save_own(
        Article(
            title="Școala din Filipești are acoperiș nou",
            lead="Lucrările s-au încheiat.",
            body_html="<p>Elevii se întorc luni în clase.</p>",
            status=Article.PUBLISHED,
            published_at=timezone.now(),
            county=County.objects.get(code="BC"),
            category=Category.objects.get(slug="actualitate"),
        )
    )
    visit = Visit(browser, desk_site, VIEWPORTS["desktop"])
    log_in(visit)
    page = visit.open(f"/admin/news/article/{article.pk}/change/")
    page.fill("#id_title", "Școala din Filipești are acoperiș și ferestre noi")
    page.locator(".prose-editor [contenteditable=true]").click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    page.keyboard.type("Au fost schimbate și ferestrele.")
    wait_for_body(page, "ferestrele")

    with visit.context.expect_page() as opened:
        page.get_by_role("button", name="Previzualizare").click()
    preview = opened.value
    preview.wait_for_load_state()
    assert "nesalvat=1" in preview.url
    assert preview.get_by_text("modificări nesalvate; cititorii văd articolul așa cum a fost salvat.").is_visible()
    assert preview.get_by_role("heading", level=1).inner_text() == "Școala din Filipești are acoperiș și ferestre noi"
    assert preview.locator(".article-body").get_by_text("Au fost schimbate și ferestrele.").is_visible()
    SHOTS.mkdir(exist_ok=True)
    preview.screenshot(path=str(SHOTS / "desk-unsaved-preview.png"), full_page=True)

    # The form keeps its edits; the database and the public page keep the saved article.
    assert page.input_value("#id_title") == "Școala din Filipești are acoperiș și ferestre noi"
    assert Article.objects.get().title == "Școala din Filipești are acoperiș nou"
    reader = Visit(browser, desk_site, VIEWPORTS["mobil"])
    reader.page.goto(desk_site + article.get_absolute_url())
    assert reader.page.get_by_role("heading", level=1).inner_text() == "Școala din Filipești are acoperiș nou"
    assert visit.errors == [] and reader.errors == [] and reader.outside == []
    visit.context.close()
    reader.context.close()
