"""The demo network, crawled: every place its ground truth names is two clicks from its county's page."""

import re
from collections import defaultdict

import pytest

from news.models import Article, Locality, Source
from news.text import fold

pytestmark = [pytest.mark.slow, pytest.mark.django_db]
OUTLETS = 12


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


def spaced(text: str) -> str:
    """Return the folded words of a text between single spaces (a name is found as whole words)."""
    return " " + " ".join(re.findall(r"\w+", fold(text))) + " "


def test_every_place_of_the_ground_truth_is_two_clicks_from_its_county_page(
    client, demo_network, reference_data, settings
):
    from ingest.worker import crawl_once
    from news.sources import register_demo_sources

    settings.PAGE_RATE_LIMIT = 0  # one reader following every link of the counties
    register_demo_sources(demo_network.base_url)
    # A dozen outlets (a dozen counties): the whole network takes minutes to crawl and click through.
    crawl_once(threads=1, source_ids=list(Source.objects.order_by("id").values_list("id", flat=True)[:OUTLETS]))
    stored = {a.guid: a for a in Article.objects.all()}
    wanted = defaultdict(set)  # county slug -> sirutas of the places its stored articles name (ground truth)
    tagged = defaultdict(set)  # county slug -> folded names the geotagger found in those articles
    for row in demo_network.truth():
        article = stored.get(row["guid"])
        if article is None:
            continue
        found = {(p["county"], fold(p["name"])) for p in article.geo_places if p["kind"] == "place" and p["county"]}
        words = spaced(article.title + " " + article.text)
        for p in row["places"]:
            # The truth lists the story's places; one copy's text names only some of them (a third of
            # the pairs in the demo): a place no stored text names can have no page.
            named = spaced(p["name"]) in words
            if p["siruta"] and named:  # siruta 0: a county seat named as its county, no SIRUTA row of its own
                wanted[p["county"]].add(p["siruta"])
                if (p["county"], fold(p["name"])) in found:
                    tagged[p["county"]].add(fold(p["name"]))
    truth, missed_by_tagger, unreachable = 0, [], []
    for county, sirutas in wanted.items():
        first = {path for path in links(client, f"/{county}/") if path.startswith(f"/{county}/")}
        reachable = set(first)
        for path in first:
            if path.count("/") == 3:  # a section of the county (/bacau/x/), not a feed or an article
                reachable |= links(client, path)
        for row in Locality.objects.filter(siruta__in=sirutas).select_related("county"):
            truth += 1
            # The tagger names places; a homonym inside one county is the page of that name there.
            pages = {
                p.get_absolute_url()
                for p in Locality.objects.filter(county=row.county, name_folded=fold(row.name)).select_related("county")
            }
            if fold(row.name) not in tagged[county]:
                missed_by_tagger.append((county, row.name))
            elif not pages & reachable:
                unreachable.append((county, row.name))
    print(
        f"ground-truth places: {truth}; not found by the geotagger: {len(missed_by_tagger)}; "
        f"found but unreachable in 2 clicks: {len(unreachable)}"
    )
    assert truth >= 100 and not unreachable, unreachable[:20]
    # Places the geotagger does not find in the text get no page: most misses are homonyms it
    # declines to choose between (1,768 of 1,855 named places found on the first 1,500 demo articles).
    assert len(missed_by_tagger) <= truth * 0.10, missed_by_tagger[:20]
