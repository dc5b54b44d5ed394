"""The number of queries per page stays the same however much there is to show."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import County
from portal.tests.conftest import make_article, make_author, make_source, make_story

pytestmark = pytest.mark.django_db


def count_queries(client, path) -> int:
    from django.core.cache import cache

    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def grow(newsroom, n):
    """Add n articles spread over counties, outlets, authors and stories."""
    counties = ["bacau", "iasi", "cluj", "buzau", "timis"]
    made = []
    for i in range(n):
        source = make_source(f"Sursa {i}", counties[i % 5])
        a = make_article(
            "Știre",
            county=counties[i % 5],
            source=source,
            author=make_author(f"Autor {i}"),
            category=["eveniment", "sport", "politica"][i % 3],
            minutes_ago=i + 1,
            image_url=f"https://img.example.ro/{i}.jpg",
        )
        a.other_counties.add(County.objects.get(slug="bacau"))
        made.append(a)
    make_story(made[: n // 2] + [newsroom["ingested"]])


@pytest.mark.parametrize(
    "page", ["/", "/bacau/", "/recente/", "/categorie/eveniment/", "/bacau/eveniment/", "article", "story", "author"]
)
def test_it_keeps_queries_per_page_constant(client, newsroom, page):
    path = {
        "article": newsroom["ingested"].get_absolute_url(),
        "story": newsroom["story"].get_absolute_url(),
        "author": newsroom["author"].get_absolute_url(),
    }.get(page, page)
    small = count_queries(client, path)
    grow(newsroom, 60)
    large = count_queries(client, path)
    assert large == small
    assert large <= 20
