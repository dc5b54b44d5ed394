import datetime as dt
import itertools

import pytest
from django.core.cache import cache
from django.utils import timezone

from news.models import Article, County

_urls = itertools.count()


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


def make(title, text="", county="bacau", ago=dt.timedelta(hours=1)):
    return Article.objects.create(
        url=f"https://vedere.example/{next(_urls)}",
        title=title,
        text=text,
        county=County.objects.get(slug=county),
        published_at=timezone.now() - ago,
    )


def test_it_marks_the_query_words_and_escapes_the_rest(client, reference_data):
    make("Spitalul <script>alert(1)</script> din Onişcani", "Pacienții spitalului & medicii lui.")
    html = client.get("/cauta/", {"q": "spitale Onișcani"}).content.decode()
    assert "<mark>Spitalul</mark> &lt;script&gt;alert(1)&lt;/script&gt; din <mark>Onişcani</mark>" in html
    assert "<mark>spitalului</mark> &amp; medicii" in html
    assert "<script>alert" not in html


def test_it_pages_with_plain_links(client, reference_data):
    for n in range(45):
        make(f"Ședința numărul {n} a consiliului", ago=dt.timedelta(minutes=n + 1))
    first = client.get("/cauta/", {"q": "consiliul"}).content.decode()
    assert first.count('<li>\n      <p class="meta">') == 20
    assert 'href="/cauta/?q=consiliul&amp;pagina=2" rel="next"' in first
    last = client.get("/cauta/", {"q": "consiliul", "pagina": "3"}).content.decode()
    assert last.count('<li>\n      <p class="meta">') == 5
    assert 'rel="next"' not in last and 'href="/cauta/?q=consiliul&amp;pagina=2" rel="prev"' in last


def test_it_filters_by_county_slug_and_ignores_bad_values(client, reference_data):
    make("Târg de toamnă la Bacău")
    iasi = make("Târg de toamnă la Iași", county="iasi")
    html = client.get("/cauta/", {"q": "târg", "judet": "iasi", "de_la": "nu-e-dată", "pagina": "x"}).content.decode()
    assert html.count("de toamnă la") == 1 and iasi.get_absolute_url() in html
    response = client.get("/cauta/", {"q": "târg", "judet": "nicaieri", "categorie": "<b>"})
    assert response.status_code == 200 and response.content.decode().count("de toamnă la") == 2


def test_it_says_when_nothing_matches(client, reference_data):
    html = client.get("/cauta/", {"q": "xilofon"}).content.decode()
    assert "Nu am găsit știri pentru „xilofon”" in html
    assert "nu sunt căutate" in client.get("/cauta/", {"q": "și de la"}).content.decode()


def test_it_limits_each_client_per_minute(client, reference_data, settings):
    settings.SEARCH_RATE_LIMIT = 3
    statuses = [client.get("/cauta/", {"q": "apă"}).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = client.get("/cauta/", {"q": "apă"})
    assert refused["Retry-After"] == "60" and "Prea multe căutări" in refused.content.decode()
    assert client.get("/cauta/", {"q": "apă"}, REMOTE_ADDR="10.0.0.9").status_code == 200
