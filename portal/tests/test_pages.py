"""Home, county, category, Recente, Județe, story, author, 404 pages."""

import re

import pytest

from news.models import County
from portal.tests.conftest import make_article

pytestmark = pytest.mark.django_db


def test_it_shows_top_stories_latest_with_county_labels_regions_and_categories_on_home(client, newsroom):
    html = client.get("/").content.decode()
    assert "Subiectele zilei" in html and "Relatat de 3 publicații" in html
    assert "Recente din România" in html
    assert re.search(r'class="county-label" href="/iasi/">Iași</a>', html)
    for region in ("Nord-Est", "București-Ilfov", "Sud-Muntenia"):
        assert region in html
    assert 'href="/categorie/sport/"' in html
    assert newsroom["hidden"].title not in html


def test_it_shows_the_county_section_with_its_desk_and_categories(client, newsroom):
    html = client.get("/bacau/").content.decode()
    assert "<h1>Știri din județul Bacău</h1>" in html
    assert newsroom["ingested"].title in html and newsroom["national"][0].title not in html
    assert "Știri de calitate din județul Bacău" in html
    assert 'href="/bacau/eveniment/"' in html
    assert client.get("/nu-e-judet/").status_code == 404


def test_it_lists_secondary_county_articles_in_the_county(client, newsroom):
    a = make_article("Podul dintre județe", county="iasi", source=newsroom["local"])
    a.other_counties.add(County.objects.get(slug="bacau"))
    assert a.title in client.get("/bacau/").content.decode()


def test_it_paginates_recente_without_javascript(client, reference_data):
    for i in range(45):
        make_article("Știre de paginat", minutes_ago=i + 1)
    first = client.get("/recente/").content.decode()
    assert 'href="/recente/?pagina=2" rel="next"' in first and 'rel="prev"' not in first
    third = client.get("/recente/?pagina=3").content.decode()
    assert third.count('class="teaser"') == 5 and 'rel="next"' not in third and 'rel="prev"' in third
    assert client.get("/recente/?pagina=4").status_code == 404
    assert client.get("/recente/?pagina=abc").status_code == 404


def test_it_lists_all_42_sections_on_judete(client, reference_data):
    html = client.get("/judete/").content.decode()
    assert len(re.findall(r'<li><a href="/[a-z-]+/">[^<]+<small>', html)) == 42
    assert 'href="/bistrita-nasaud/"' in html and "Sunt 42 de secțiuni" in html


def test_it_filters_category_pages_nationally_and_per_county(client, newsroom):
    national = client.get("/categorie/eveniment/").content.decode()
    # The story of three outlets is one entry: its representative, with a link to the story.
    assert newsroom["ingested"].title in national and newsroom["copies"][1].title not in national
    assert f'href="{newsroom["story"].get_absolute_url()}">+2 publicații</a>' in national
    local = client.get("/bacau/eveniment/").content.decode()
    assert newsroom["ingested"].title in local and newsroom["copies"][1].title not in local
    assert client.get("/categorie/nu-exista/").status_code == 404


def test_it_shows_every_outlet_of_a_story(client, newsroom):
    html = client.get(newsroom["story"].get_absolute_url()).content.decode()
    assert "Relatat de 3 publicații" in html
    for name in ("Deșteptarea de Test", "Agenția Licențiată", "Ziarul de Iași Test"):
        assert name in html


def test_it_lists_an_authors_articles(client, newsroom):
    html = client.get(newsroom["author"].get_absolute_url()).content.decode()
    assert "<h1>Ioana Țurcanu</h1>" in html and newsroom["own"].title in html


def test_it_answers_unknown_pages_in_romanian(client, reference_data):
    response = client.get("/articol/999/nimic/")
    assert response.status_code == 404
    assert "Pagina nu a fost găsită" in response.content.decode()


def test_it_has_the_navigation_search_box_skip_link_and_language(client, newsroom):
    html = client.get("/recente/").content.decode()
    assert '<html lang="ro">' in html and 'class="skip-link" href="#continut"' in html
    for label, href in (("Acasă", "/"), ("Recente", "/recente/"), ("Radio", "/radio/"), ("Județe", "/judete/")):
        assert f'href="{href}"' in html and label in html
    assert '<a href="/recente/" aria-current="page">Recente</a>' in html
    assert 'action="/cauta/"' in html


def test_it_serves_a_mapped_host_as_its_county(client, newsroom, settings):
    settings.COUNTY_HOSTS = {"bacau.example.ro": "bacau"}
    settings.ALLOWED_HOSTS = ["bacau.example.ro", "testserver"]
    html = client.get("/", HTTP_HOST="bacau.example.ro").content.decode()
    assert "<h1>Știri din județul Bacău</h1>" in html
