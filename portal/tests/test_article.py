"""The article page: every element of the reference page."""

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest

from portal.tests.conftest import make_article

pytestmark = pytest.mark.django_db

BUCHAREST = ZoneInfo("Europe/Bucharest")


def html_of(client, article, **headers):
    response = client.get(article.get_absolute_url(), **headers)
    assert response.status_code == 200
    return response.content.decode()


def test_it_shows_every_element_of_an_ingested_article(client, newsroom):
    a = newsroom["ingested"]
    html = html_of(client, a)
    assert f'<h1 id="h-article">{a.title}</h1>' in html
    assert re.search(r'<time datetime="[^"]+">Publicat pe \d{1,2} [a-zăâîșț]+ \d{4}, \d\d:\d\d</time>', html)
    assert "Timp de citire: 3 minute" in html
    assert "Articol scris de Mihai Pop, Deșteptarea de Test" in html
    assert "Citește articolul complet pe Deșteptarea de Test" in html and f'href="{a.url}"' in html
    assert 'class="category-link" href="/bacau/eveniment/">Eveniment' in html
    assert "Relatat și de 2 publicații" in html
    assert "Alte articole din Eveniment" in html
    assert "Recente din Bacău" in html and "Recente din România" in html
    assert "Știri de calitate din județul Bacău" in html and "mailto:bacau@" in html
    assert 'class="back-link" href="/bacau/"' in html


def test_it_never_shows_the_body_of_a_snippet_policy_outlet(client, newsroom):
    a = make_article("Fragment", source=newsroom["local"], body_html="<p>Paragraful doi, doar la sursă.</p>")
    html = html_of(client, a)
    assert "Paragraful doi" not in html
    assert "Citește articolul complet pe Deșteptarea de Test" in html


def update_label(updated, now) -> str:
    """What a reader should read for an update 3 hours ago: the same Bucharest day or yesterday."""
    updated, now = updated.astimezone(BUCHAREST), now.astimezone(BUCHAREST)
    return "acum 3 ore" if updated.date() == now.date() else f"ieri, {updated:%H:%M}"


@pytest.mark.dates
def test_it_shows_the_full_text_update_time_author_link_and_caption_of_an_own_article(client, newsroom, frozen_now):
    a = newsroom["own"]
    html = html_of(client, a)
    assert "Citește articolul complet" not in html
    assert a.body_html in html
    label = update_label(a.updated_at, frozen_now)
    assert re.search(rf'Actualizat <time datetime="[^"]+" title="[^"]+" data-relative>{label}</time>', html)
    assert f'<a href="{newsroom["author"].get_absolute_url()}" rel="author">Ioana Țurcanu</a>' in html
    assert 'alt="Clădirea școlii" width="1200" height="800"' in html
    assert '<figcaption>Școala după renovare · <span class="credit">Foto: Gazeta</span></figcaption>' in html


def test_it_shows_full_text_for_a_licensed_source(client, newsroom):
    html = html_of(client, newsroom["copies"][0])
    assert "Citește articolul complet" not in html
    assert "preluate cu acordul ei" in html


def test_it_points_share_links_at_the_canonical_address(client, newsroom, settings):
    a = newsroom["ingested"]
    html = html_of(client, a)
    canonical = settings.SITE_URL + a.get_absolute_url()
    links = dict(re.findall(r'<li><a href="([^"]+)"[^>]*>(Facebook|X|WhatsApp|E-mail)</a>', html))
    by_name = {name: href.replace("&amp;", "&") for href, name in links.items()}
    assert parse_qs(urlsplit(by_name["Facebook"]).query)["u"] == [canonical]
    assert parse_qs(urlsplit(by_name["X"]).query)["url"] == [canonical]
    assert canonical in parse_qs(urlsplit(by_name["WhatsApp"]).query)["text"][0]
    assert by_name["E-mail"].startswith("mailto:?subject=")
    assert f'<link rel="canonical" href="{canonical}">' in html


def test_it_links_back_to_the_section_the_reader_came_from(client, newsroom):
    a = newsroom["ingested"]
    assert 'class="back-link" href="/recente/"' in html_of(client, a, HTTP_REFERER="http://testserver/recente/")
    assert 'class="back-link" href="/categorie/eveniment/"' in html_of(
        client, a, HTTP_REFERER="http://testserver/categorie/eveniment/"
    )
    # Another site, or a page that is not a section: the article's county.
    assert 'class="back-link" href="/bacau/"' in html_of(client, a, HTTP_REFERER="https://www.google.com/")
    assert 'class="back-link" href="/bacau/"' in html_of(client, a, HTTP_REFERER="http://testserver/cauta/?q=x")


def test_it_redirects_a_wrong_slug_and_hides_hidden_articles(client, newsroom):
    a = newsroom["ingested"]
    response = client.get(f"/articol/{a.pk}/alt-titlu/")
    assert response.status_code == 301 and response["Location"] == a.get_absolute_url()
    assert client.get(newsroom["hidden"].get_absolute_url()).status_code == 404


def test_it_keeps_the_article_page_under_50_kb_with_css_and_js(client, newsroom):
    from django.contrib.staticfiles import finders

    size = len(client.get(newsroom["own"].get_absolute_url()).content)
    size += sum(
        len(Path(finders.find(p)).read_bytes()) for p in ("portal/site.css", "portal/site.js", "widgets/widgets.css")
    )
    assert size <= 50 * 1024


def test_it_escapes_titles_from_outlets(client, newsroom):
    a = make_article("<script>alert(1)</script> titlu", source=newsroom["local"])
    html = html_of(client, a)
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
