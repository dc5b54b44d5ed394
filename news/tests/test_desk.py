"""The editor's desk through the admin: drafts, preview, explicit publishing and scheduling, bylines."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from lib.ro import date_time
from news.models import Article, Author, Category, County
from portal.tests.conftest import _fresh_cache, make_author, make_source, newsroom  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

WORD_PASTE = (  # what Word puts on the clipboard, trimmed: conditional comments, o:p, mso styles
    "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->"
    '<p class="MsoNormal" style="mso-margin-top-alt:auto"><b><span style="font-size:12.0pt;'
    'font-family:&quot;Calibri&quot;">Consiliul Județean</span></b><span style="mso-spacerun:yes">'
    " a votat bugetul.<o:p></o:p></span></p><script>alert(1)</script>"
    '<p><a href="javascript:alert(2)" onclick="x()">link fals</a></p>'
)


@pytest.fixture
def staff(desk_editor, reference_data):
    client = Client()
    client.force_login(desk_editor)
    return client


def add(client, button: str = "_save", **fields):
    data = {
        "title": "Podul de la Filipești se redeschide",
        "lead": "Circulația revine luni.",
        "body_html": "<h2>Ce se schimbă</h2><p>Lucrările s-au <strong>încheiat</strong>.</p>",
        "status": Article.DRAFT,
        "published_at_0": timezone.localdate().isoformat(),
        "published_at_1": timezone.localtime().strftime("%H:%M:%S"),
        "slug": "",
        "county": County.objects.get(code="BC").pk,
        "category": Category.objects.get(slug="actualitate").pk,
        button: "1",
    }
    data.update(fields)
    return client.post("/admin/news/article/add/", data)


def test_a_new_article_is_a_draft_with_the_rich_editor_and_explicit_buttons(staff):
    page = staff.get("/admin/news/article/add/").content.decode()
    assert re.search(r'<option value="draft" selected>', page)
    assert "data-django-prose-editor-configurable" in page
    for label in ("Publică acum", "Programează", "Previzualizare", 'name="_save"'):
        assert label in page, label
    # The editor's files come from this site, none from a CDN.
    sources = re.findall(r'<script[^>]* src="([^"]+)"', page) + re.findall(r'<link[^>]* href="([^"]+)"', page)
    assert sources and all(src.startswith("/") for src in sources), sources


def test_a_saved_draft_is_not_public_but_staff_preview_it_uncached_and_unindexed(staff, client):
    response = add(staff)
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.status == Article.DRAFT and article.is_own
    assert client.get(article.get_absolute_url()).status_code == 404
    assert client.get(f"/previzualizare/articol/{article.pk}/").status_code == 404

    for path in (article.get_absolute_url(), f"/previzualizare/articol/{article.pk}/"):
        response = staff.get(path)
        page = response.content.decode()
        assert response.status_code == 200, path
        assert "Previzualizare pentru redacție: ciornă, nepublicată." in page
        assert '<meta name="robots" content="noindex, nofollow">' in page
        assert response["Cache-Control"] == "private, no-store"
        assert "<h2>Ce se schimbă</h2>" in page and article.title in page
    assert staff.get(f"/previzualizare/articol/{article.pk}/")["X-Robots-Tag"] == "noindex, nofollow"


def test_the_preview_button_saves_and_opens_the_preview(staff):
    response = add(staff, "_preview")
    article = Article.objects.get()
    assert article.status == Article.DRAFT
    assert response["Location"] == f"/previzualizare/articol/{article.pk}/"


def test_publish_now_makes_a_draft_public_from_this_moment(staff, client):
    add(staff)
    article = Article.objects.get()
    earlier = timezone.now() - timedelta(days=2)
    Article.objects.filter(pk=article.pk).update(published_at=earlier)
    data = {
        "title": article.title,
        "slug": article.slug,
        "lead": article.lead,
        "body_html": article.body_html,
        "status": Article.DRAFT,
        "published_at_0": "2020-01-01",
        "published_at_1": "10:00:00",
        "county": article.county_id,
        "category": article.category_id,
        "_publish_now": "1",
    }
    response = staff.post(f"/admin/news/article/{article.pk}/change/", data, follow=True)
    assert "este publicat" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Article.PUBLISHED and article.published_at > earlier
    assert client.get(article.get_absolute_url()).status_code == 200
    assert article.title in client.get("/bacau/").content.decode()


@pytest.mark.dates
def test_schedule_needs_a_future_time_and_the_list_shows_it(frozen_now, staff, client):
    # frozen_now first: the editor's session is made at the pinned instant, not weeks before it.
    # A day back, not "now": at 03:30 on the October DST night the wall-clock time is ambiguous.
    past = timezone.localtime() - timedelta(days=1)
    response = add(staff, "_schedule", published_at_0=past.date().isoformat(), published_at_1=past.strftime("%H:%M:00"))
    assert response.status_code == 200 and not Article.objects.exists()
    assert "Pentru programare alegeți o dată și o oră din viitor." in response.content.decode()

    when = timezone.localtime() + timedelta(days=1, hours=2)
    response = add(staff, "_schedule", published_at_0=when.date().isoformat(), published_at_1=when.strftime("%H:%M:00"))
    article = Article.objects.get()
    assert article.status == Article.SCHEDULED
    listing = staff.get("/admin/news/article/").content.decode()
    assert f"programat: {date_time(article.published_at)}" in listing
    assert client.get(article.get_absolute_url()).status_code == 404


def test_pasted_word_html_leaves_only_clean_markup(staff):
    add(staff, body_html=WORD_PASTE)
    body = Article.objects.get().body_html
    assert "Consiliul Județean" in body and "a votat bugetul." in body
    for junk in ("mso", "style=", "class=", "o:p", "<script", "alert", "javascript:", "onclick", "<span", "[if"):
        assert junk not in body, junk


def test_the_own_article_author_picker_offers_newsroom_bylines_only(staff, reference_data):
    outlet = make_source("Ziarul Vecin")
    theirs = make_author("Redacția", source=outlet)
    other = make_author("Redacția", source=make_source("Alt Ziar"))
    ours = make_author("Ioana Țurcanu")
    assert (
        str(theirs) == "Redacția (Ziarul Vecin)"
        and str(other) == "Redacția (Alt Ziar)"
        and str(ours) == "Ioana Țurcanu"
    )
    found = staff.get(
        "/admin/autocomplete/", {"term": "", "app_label": "news", "model_name": "article", "field_name": "author"}
    ).json()["results"]
    assert [r["text"] for r in found] == ["Ioana Țurcanu"]
    response = add(staff, author=theirs.pk)
    assert response.status_code == 200 and not Article.objects.exists()
    add(staff, author=ours.pk)
    assert Article.objects.get().author == ours
    listing = staff.get("/admin/news/author/").content.decode()
    assert "Ziarul Vecin" in listing and "Alt Ziar" in listing and "redacția proprie" in listing


def test_an_editor_without_a_byline_chosen_signs_with_their_own(staff, desk_editor):
    Author.objects.create(name="Maria Ionescu", slug="maria-ionescu", user=desk_editor)
    add(staff)
    assert Article.objects.get().author.name == "Maria Ionescu"


def test_an_ingested_article_keeps_the_outlets_text_and_byline_read_only(staff, newsroom):
    page = staff.get(f"/admin/news/article/{newsroom['ingested'].pk}/change/").content.decode()
    assert "data-django-prose-editor" not in page and "Publică acum" not in page
    assert "Rubricile sursei" in page and "Încrederea în județ" in page and 'name="_save"' in page


def test_an_editor_sets_the_county_pages_desk_and_facebook_page(staff, client, newsroom, settings):
    settings.SOCIAL_URL = "https://www.facebook.com/gazeta.retea"
    bacau = County.objects.get(code="BC")
    assert "Pagina de Facebook" in client.get("/bacau/").content.decode()  # the network's page until set
    form = staff.get(f"/admin/news/county/{bacau.pk}/change/").content.decode()
    assert 'name="_save"' in form and 'name="latitude"' not in form
    data = {
        "social_url": "http://www.facebook.com/gazeta.bacau",
        "contact_email": "bacau@redactie.ro",
        "description": "Redacția din Bacău lucrează în Piața Libertății.",
    }
    response = staff.post(f"/admin/news/county/{bacau.pk}/change/", data)
    assert response.status_code == 200 and "Adresa trebuie să înceapă cu https://." in response.content.decode()
    data["social_url"] = "https://www.facebook.com/gazeta.bacau"
    assert staff.post(f"/admin/news/county/{bacau.pk}/change/", data).status_code == 302

    for path in ("/bacau/", newsroom["own"].get_absolute_url()):
        page = client.get(path).content.decode()
        assert 'href="https://www.facebook.com/gazeta.bacau" rel="noopener">Pagina de Facebook Bacău</a>' in page, path
        assert "bacau@redactie.ro" in page and "Piața Libertății" in page, path
    page = client.get("/iasi/").content.decode()
    assert 'href="https://www.facebook.com/gazeta.retea" rel="noopener">Pagina de Facebook</a>' in page
    assert staff.get("/admin/news/county/add/").status_code == 403
