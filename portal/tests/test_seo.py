"""Canonical, Open Graph, X card and NewsArticle JSON-LD, read back with extruct."""

import extruct
import pytest

pytestmark = pytest.mark.django_db


def test_it_describes_an_article_with_json_ld_and_open_graph(client, newsroom, settings):
    a = newsroom["own"]
    html = client.get(a.get_absolute_url()).content.decode()
    data = extruct.extract(html, base_url=settings.SITE_URL, syntaxes=["json-ld", "opengraph"], uniform=True)
    article = data["json-ld"][0]
    canonical = settings.SITE_URL + a.get_absolute_url()
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == a.title and article["mainEntityOfPage"] == canonical
    assert article["datePublished"].endswith(("+02:00", "+03:00"))
    assert article["author"][0]["name"] == "Ioana Țurcanu"
    assert article["image"] == [f"{settings.SITE_URL}/media/{a.image_key}-960.webp"]  # ours, not the outlet's
    og = data["opengraph"][0]
    assert og["og:title"] == a.title and og["og:url"] == canonical and og["@type"] == "article"
    assert og["og:image"] == article["image"][0] and og["og:locale"] == "ro_RO"
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert '<meta name="robots" content="index, follow, max-image-preview:large">' in html


def test_it_names_the_original_for_ingested_items(client, newsroom, settings):
    a = newsroom["ingested"]
    html = client.get(a.get_absolute_url()).content.decode()
    article = extruct.extract(html, syntaxes=["json-ld"])["json-ld"][0]
    assert article["isBasedOn"] == a.url and article["author"][0]["name"] == "Mihai Pop"


def test_it_keeps_json_ld_inert_when_a_title_closes_the_script(client, newsroom):
    from portal.tests.conftest import make_article

    a = make_article("Titlu </script><script>alert(1)</script>", source=newsroom["local"])
    html = client.get(a.get_absolute_url()).content.decode()
    assert "</script><script>alert(1)" not in html
    assert extruct.extract(html, syntaxes=["json-ld"])["json-ld"][0]["headline"].startswith("Titlu </script>")


def test_it_gives_one_canonical_per_page_keeping_only_the_page_number(client, newsroom, settings):
    html = client.get("/recente/?pagina=1&utm_source=x").content.decode()
    assert f'<link rel="canonical" href="{settings.SITE_URL}/recente/">' in html
