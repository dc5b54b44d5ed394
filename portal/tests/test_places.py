"""Place pages: /<județ>/<localitate>/, the county's place list, feeds, sitemap, article links."""

import re
from xml.etree import ElementTree

import pytest

from news.models import Article, ArticlePlace, Locality
from news.reference.communes import communes, slugs
from news.reference.gazetteer import localities
from portal.tests.conftest import make_article, make_story

pytestmark = pytest.mark.django_db


def named(article: Article, *places: tuple[str, str]) -> Article:
    """Store the geotagger's places on an article and link them, as the pipeline does."""
    article.geo_places = [{"name": name, "county": county, "kind": "place"} for name, county in places]
    article.save()
    ArticlePlace.objects.link(article)
    return article


def place(county_code: str, name: str) -> Locality:
    return (
        Locality.objects.select_related("county")
        .filter(county__code=county_code, name=name)
        .order_by("-rank", "siruta")
        .first()
    )


def hrefs(response) -> list[str]:
    return re.findall(r'href="([^"]+)"', response.content.decode())


def test_villages_belong_to_their_commune_and_homonyms_get_their_own_address():
    rows = {row.siruta: row for row in localities()}
    parava = next(row.siruta for row in rows.values() if row.name == "Parava")
    villages = {rows[s].name for s, c in communes().items() if c == parava}
    assert villages == {"Parava", "Drăgușani", "Rădoaia", "Teiuș"}
    by_county = {}
    for siruta, slug in slugs().items():
        key = (rows[siruta].county_code, slug)
        assert key not in by_county, (key, by_county.get(key))
        by_county[key] = siruta
    deleni_iasi = sorted(slug for (code, slug), s in by_county.items() if code == "IS" and rows[s].name == "Deleni")
    assert deleni_iasi == ["deleni", "deleni-ciortesti"]
    assert "sport" not in {slug for _code, slug in by_county}  # a category's address, never a place's


def test_the_reference_data_gives_each_place_its_slug_and_commune(reference_data):
    dragusani = place("BC", "Drăgușani")
    assert dragusani.slug == "dragusani" and dragusani.commune.name == "Parava"
    assert place("BC", "Parava").is_commune and not dragusani.is_commune
    assert dragusani.label == "satul Drăgușani, județul Bacău"
    assert place("BC", "Parava").get_absolute_url() == "/bacau/parava/"


def test_an_article_is_linked_to_each_siruta_place_it_names_and_its_commune_once(reference_data):
    article = named(
        make_article(), ("Drăgușani", "bacau"), ("Parava", "bacau"), ("Bacău", "bacau"), ("Statuia Libertății", "bacau")
    )
    rows = ArticlePlace.objects.filter(article=article).select_related("locality", "commune")
    assert {r.locality.name for r in rows} == {"Drăgușani", "Parava", "Bacău"}
    assert sorted(r.commune.name for r in rows if r.commune) == ["Bacău", "Parava"]


def test_a_place_page_lists_its_news_newest_first_and_a_commune_its_villages_too(client, reference_data):
    old = named(make_article("Drum nou la Parava", minutes_ago=60), ("Parava", "bacau"))
    new = named(make_article("Școală renovată la Drăgușani", minutes_ago=5), ("Drăgușani", "bacau"))
    hidden = named(make_article("Ascuns la Parava", status=Article.HIDDEN), ("Parava", "bacau"))
    make_article("Fără localitate")
    commune = client.get("/bacau/parava/")
    assert commune.status_code == 200
    text = commune.content.decode()
    assert text.index(new.title) < text.index(old.title) and hidden.title not in text
    assert "/bacau/dragusani/" in hrefs(commune)  # commune -> village
    assert "Rădoaia" in text and "/bacau/radoaia/" not in hrefs(commune)  # no news there: not a link
    village = client.get("/bacau/dragusani/")
    assert village.status_code == 200 and new.title in village.content.decode()
    assert old.title not in village.content.decode()
    assert "/bacau/parava/" in hrefs(village)  # village -> commune


def test_a_story_shows_once_on_a_place_page_and_pages_follow(client, reference_data, settings):
    first = named(make_article("Inundații la Parava", minutes_ago=30), ("Parava", "bacau"))
    copy = named(make_article("Inundații la Parava, din nou", minutes_ago=20), ("Parava", "bacau"))
    make_story([first, copy])
    for n in range(25):
        named(make_article(f"Știrea {n} din Parava", minutes_ago=100 + n), ("Parava", "bacau"))
    page1 = client.get("/bacau/parava/").content.decode()
    page2 = client.get("/bacau/parava/?pagina=2").content.decode()
    both = page1 + page2
    assert both.count("Inundații la Parava") == 1
    assert "Știrea 0 din Parava" in page1 and "Știrea 24 din Parava" in page2
    assert client.get("/bacau/parava/?pagina=3").status_code == 404


def test_a_known_place_without_news_gets_a_helpful_404_and_an_unknown_one_a_plain_404(client, reference_data):
    named(make_article("Drum nou la Parava"), ("Parava", "bacau"))
    empty = client.get("/bacau/radoaia/")
    assert empty.status_code == 404
    text = empty.content.decode()
    assert "Încă nu avem știri din Rădoaia" in text and "/bacau/parava/" in hrefs(empty)
    assert "/bacau/localitati/" in hrefs(empty) and 'content="noindex"' in text
    assert "Încă nu avem știri din Onișcani" in client.get("/bacau/oniscani/").content.decode()
    # Its commune has no news either: no link to another empty page.
    assert place("BC", "Onișcani").commune.get_absolute_url() not in hrefs(client.get("/bacau/oniscani/"))
    assert client.get("/bacau/nu-exista-asa-ceva/").status_code == 404
    assert client.get("/judet-inexistent/parava/").status_code == 404


def test_categories_keep_their_county_addresses(client, newsroom):
    response = client.get("/bacau/eveniment/")
    assert response.status_code == 200 and "Eveniment" in response.content.decode()


def test_each_place_has_rss_and_atom(client, reference_data):
    article = named(make_article("Pod nou la Drăgușani"), ("Drăgușani", "bacau"))
    rss = client.get("/bacau/parava/rss/")
    assert rss.status_code == 200
    titles = [e.text for e in ElementTree.fromstring(rss.content).iter("title")]
    assert article.title in titles and any("Parava" in t for t in titles)
    atom = client.get("/bacau/dragusani/atom/")
    assert atom.status_code == 200 and article.title in atom.content.decode()
    assert client.get("/bacau/nu-exista/rss/").status_code == 404


def test_the_sitemap_lists_places_with_visible_news_only(client, reference_data, settings):
    named(make_article("Drum nou"), ("Drăgușani", "bacau"))
    named(make_article("Ascuns", status=Article.HIDDEN), ("Onișcani", "bacau"))
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-localitati.xml" in index
    locs = client.get("/sitemap-localitati.xml").content.decode()
    for path in ("/bacau/dragusani/", "/bacau/parava/", "/bacau/localitati/"):
        assert settings.SITE_URL + path in locs
    assert "/bacau/oniscani/" not in locs


def test_the_article_page_links_the_places_it_names(client, reference_data):
    article = named(make_article("Lucrări la Parava și Drăgușani"), ("Parava", "bacau"), ("Drăgușani", "bacau"))
    text = client.get(article.get_absolute_url()).content.decode()
    assert re.search(
        r'Localități: <a href="/bacau/dragusani/">Drăgușani</a>, <a href="/bacau/parava/">Parava</a>', text
    )


def test_the_county_page_shows_the_busiest_places_of_the_week(client, reference_data):
    for n in range(3):
        named(make_article(f"Parava {n}", minutes_ago=60 * n), ("Drăgușani", "bacau"))
    named(make_article("Onișcani"), ("Onișcani", "bacau"))
    named(make_article("Onișcani demult", minutes_ago=60 * 24 * 8), ("Onișcani", "bacau"))
    named(make_article("Iași", county="iasi"), ("Deleni", "iasi"))
    text = client.get("/bacau/").content.decode()
    block = text[text.index('id="h-places"') :]
    block = block[: block.index("</section>")]
    oniscani_commune = place("BC", "Onișcani").commune.get_absolute_url()  # the village counts for its commune
    assert block.index("/bacau/parava/") < block.index(oniscani_commune)
    assert "(3)" in block and "(1)" in block and "deleni" not in block
    listing = client.get("/bacau/localitati/")
    assert listing.status_code == 200
    assert {"/bacau/parava/", "/bacau/dragusani/", "/bacau/oniscani/"} <= set(hrefs(listing))
