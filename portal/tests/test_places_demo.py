"""The demo network, crawled: every place its ground truth names is two clicks from its county's page."""
import re
from collections import defaultdict

import pytest

from news.models import Article, Locality
from news.text import fold

pytestmark = [pytest.mark.slow, pytest.mark.django_db]


@pytest.fixture
def demo_network(settings):
    from demo.server import serve_in_thread

    network = serve_in_thread(seed=1, slow_delay=3)
    settings.INGEST_ALLOWED_HOSTS = [network.base_url.split("://", 1)[1]]
    settings.INGEST_HOST_DELAY = 0
    settings.INGEST_TIMEOUT = 2
    yield network
    network.stop()


def links(client, path: str) -> set[str]:
    response = client.get(path)
    assert response.status_code == 200, path
    return set(re.findall(r'href="(/[^"?#]*)"', response.content.decode()))


def test_every_place_of_the_ground_truth_is_two_clicks_from_its_county_page(client, demo_network, reference_data,
                                                                           settings):
    from ingest.sources import register_demo_sources
    from ingest.worker import crawl_once

    settings.PAGE_RATE_LIMIT = 0  # one reader following every link of 42 counties
    register_demo_sources(demo_network.base_url)
    crawl_once(threads=1)
    stored = set(Article.objects.values_list("guid", flat=True))
    wanted = defaultdict(set)  # county slug -> folded names of the places its stored articles name
    for row in demo_network.truth():
        if row["guid"] in stored:
            for p in row["places"]:
                wanted[p["county"]].add(p["siruta"])
    assert sum(len(v) for v in wanted.values()) >= 20  # the check means something
    missing, total = [], 0
    for county, sirutas in wanted.items():
        first = {path for path in links(client, f"/{county}/") if path.startswith(f"/{county}/")}
        reachable = set(first)
        for path in first:
            if path.count("/") == 3:  # a section of the county (/bacau/x/), not a feed or an article
                reachable |= links(client, path)
        for row in Locality.objects.filter(siruta__in=sirutas).select_related("county", "commune"):
            total += 1
            # A homonym inside one county has its own page only when the tagger can tell it apart;
            # the tagger names places, so the page of that name in the county is the reader's page.
            pages = {p.get_absolute_url() for p in Locality.objects.filter(
                county=row.county, name_folded=fold(row.name)).select_related("county")}
            if not pages & reachable:
                missing.append((county, row.name))
    assert total and not missing, f"{len(missing)} of {total} places unreachable: {missing[:20]}"
