"""The most-read block on the home, county and article pages, and the page cache around the beacon."""

import re

import pytest
from django.core.cache import cache
from django.test import Client

from mostread import counting, store
from mostread.beacon import PATH
from mostread.tests.conftest import READER
from news.models import Article
from portal.tests.conftest import make_article

pytestmark = pytest.mark.django_db


def read(articles_and_views: dict) -> None:
    """Store views for articles in the current hour, as flushed beacons would."""
    hour = counting.current_hour()
    store.add({(hour, article.pk): views for article, views in articles_and_views.items()})


def block(html: str) -> str:
    found = re.search(r'<section class="box most-read".*?</section>', html, re.S)
    return found.group(0) if found else ""


@pytest.fixture
def read_world(reference_data):
    bacau = [make_article(f"Bacău {i}", county="bacau") for i in range(3)]
    iasi = make_article("Iași citit", county="iasi")
    hidden = make_article("Ascuns dar citit", county="bacau")
    read({bacau[0]: 5, bacau[1]: 9, bacau[2]: 1, iasi: 20, hidden: 50})
    Article.objects.filter(pk=hidden.pk).update(status=Article.HIDDEN)
    return {"bacau": bacau, "iasi": iasi, "hidden": hidden}


def test_home_lists_the_most_read_nationally(read_world):
    shown = block(Client().get("/").content.decode())
    assert "Cele mai citite în România" in shown
    titles = re.findall(r"<li><a [^>]*>([^<]+)</a>", shown)
    assert titles == ["Iași citit", "Bacău 1", "Bacău 0", "Bacău 2"]  # the hidden one is left out
    assert "ultimele 24 de ore" in shown


def test_a_county_page_lists_its_own_most_read(read_world):
    shown = block(Client().get("/bacau/").content.decode())
    assert "Cele mai citite din Bacău" in shown
    assert re.findall(r"<li><a [^>]*>([^<]+)</a>", shown) == ["Bacău 1", "Bacău 0", "Bacău 2"]


def test_an_article_page_has_the_beacon_and_its_county_block(read_world):
    article = read_world["bacau"][0]
    html = Client().get(article.get_absolute_url()).content.decode()
    assert f'data-article="{article.pk}"' in html and 'data-endpoint="/citit/"' in html
    assert "Cele mai citite din Bacău" in block(html)


def test_no_block_when_nothing_was_read(reference_data):
    make_article()
    assert block(Client().get("/").content.decode()) == ""


def test_the_block_is_cached_for_a_few_minutes(read_world):
    client = Client()
    first = block(client.get("/bacau/").content.decode())
    read({read_world["bacau"][2]: 100})
    from portal.generation import bump

    bump()  # a new page render; the block itself is still the cached one
    assert block(client.get("/bacau/").content.decode()) == first
    cache.delete(f"mostread:block:{read_world['bacau'][2].county_id}")
    bump()
    assert "Bacău 2" in re.findall(r"<li><a [^>]*>([^<]+)</a>", block(client.get("/bacau/").content.decode()))[0]


def test_a_beacon_leaves_the_cached_page_as_it_was(reference_data):
    """The page's Cache-Control, ETag and Vary are the same before and after readers' beacons."""
    article = make_article("Cititorii vin și pleacă")
    client = Client()
    before = client.get(article.get_absolute_url())
    assert before.status_code == 200 and "public" in before["Cache-Control"]
    for i in range(20):
        response = client.post(
            PATH, str(article.pk), content_type="text/plain", HTTP_USER_AGENT=READER, REMOTE_ADDR=f"10.9.0.{i}"
        )
        assert response.status_code == 204 and not response.cookies and "Vary" not in response
    counting.flush()
    after = client.get(article.get_absolute_url())
    for header in ("Cache-Control", "ETag", "Last-Modified"):
        assert after[header] == before[header]
    assert after.get("Vary") == before.get("Vary") and "Cookie" not in after.get("Vary", "")
    assert not after.cookies
    revalidated = client.get(article.get_absolute_url(), HTTP_IF_NONE_MATCH=before["ETag"])
    assert revalidated.status_code == 304


def test_the_content_security_policy_lets_the_beacon_through(reference_data):
    article = make_article()
    policy = Client().get(article.get_absolute_url())["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert "'self'" in directives["connect-src"].split()  # sendBeacon to /citit/
    assert "'self'" in directives["script-src"].split()  # /static/mostread/beacon.js


def test_a_preview_sends_no_beacon(reference_data, admin_client):
    article = make_article()
    html = admin_client.get(f"/previzualizare/articol/{article.pk}/").content.decode()
    assert "mostread/beacon" not in html
