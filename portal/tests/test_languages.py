"""Articles in Hungarian inside Romanian pages: lang attributes, the 'în maghiară' label, the original linked."""

import pytest

from portal.tests.conftest import make_article
from understand.language import detect

pytestmark = pytest.mark.django_db

TITLE = "Leégett egy csűr Zetelakán"
SNIPPET = "Kedd este kigyulladt egy szénával teli csűr Zetelakán. A tűzoltók két órán át dolgoztak a helyszínen."


def test_a_hungarian_article_is_marked_in_the_lists_and_on_its_page(client, newsroom):
    article = make_article(
        TITLE, county="harghita", source=newsroom["local"], snippet=SNIPPET, language=detect(TITLE, SNIPPET)
    )
    listing = client.get("/harghita/").content.decode()
    assert f'<h3 lang="hu"><a href="{article.get_absolute_url()}">{TITLE}</a></h3>' in listing
    assert f'<p lang="hu">{SNIPPET}' in listing
    assert '<span class="lang-label">în maghiară</span>' in listing
    page = client.get(article.get_absolute_url()).content.decode()
    assert f'<h1 id="h-article" lang="hu">{TITLE}</h1>' in page
    assert '<div class="article-body" lang="hu">' in page and '<div class="read-original" lang="ro">' in page
    assert f'Articol în maghiară. <a href="{article.url}" hreflang="hu"' in page


def test_a_romanian_article_carries_no_lang_attribute_of_its_own(client, newsroom):
    html = client.get(newsroom["ingested"].get_absolute_url()).content.decode()
    assert '<h1 id="h-article">' in html and "în maghiară" not in html


def test_a_malformed_language_code_is_never_written_into_the_page(client, newsroom):
    article = make_article("Titlu", county="bacau", source=newsroom["local"], language='h"u')
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'lang="h' not in html and '<h1 id="h-article">Titlu</h1>' in html
