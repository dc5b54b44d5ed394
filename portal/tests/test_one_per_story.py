"""Every list of the site shows a story once, by its representative, and pages hold still as stories grow."""

import re

import feedparser
import pytest
from django.core.cache import cache

from news.models import Article, Story
from portal.tests.conftest import make_article, make_source, make_story

pytestmark = pytest.mark.django_db

ARTICLE_LINK = re.compile(r'href="/articol/(\d+)/')
LIST = re.compile(r'<ul class="teasers">(.*?)</ul>', re.S)


@pytest.fixture
def crowded(reference_data):
    """44 stories of three outlets each (two counties, two categories) between 20 single articles."""
    outlets = [make_source(f"Ziarul {n}", county) for n, county in enumerate(["bacau", "bacau", "neamt"])]
    national = make_source("Agenția", None)
    stories = []
    for i in range(44):
        category = "eveniment" if i % 2 else "actualitate"
        minute = 10 + 7 * i
        told = [
            make_article(
                f"Subiectul {i}, relatat de {o.name}",
                source=o,
                category=category,
                county="bacau",
                minutes_ago=minute - n,
            )
            for n, o in enumerate(outlets)
        ]
        stories.append(make_story(told))
    singles = [
        make_article(
            f"Știre singură {i}", source=national, county="bacau", category="actualitate", minutes_ago=13 + 11 * i
        )
        for i in range(20)
    ]
    return {"stories": stories, "singles": singles, "outlets": outlets, "national": national}


def story_of(ids: list[int]) -> list[int]:
    """Return each listed article's story (its own id, negated, when it has none)."""
    stories = dict(Article.objects.filter(id__in=ids).values_list("id", "story_id"))
    return [stories.get(i) or -i for i in ids]


def render(client, path: str) -> str:
    cache.clear()
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def lists_on(client, path: str) -> list[list[int]]:
    """Return the article ids of each teaser list of a page, read from a fresh render."""
    return [[int(i) for i in ARTICLE_LINK.findall(block)] for block in LIST.findall(render(client, path))]


def walk(client, base: str) -> list[int]:
    """Return the ids of a paginated list, page after page (the first teaser list of each page)."""
    found, page = [], 1
    while True:
        html = render(client, base if page == 1 else f"{base}?pagina={page}")
        found += [int(i) for i in ARTICLE_LINK.findall(LIST.search(html).group(1))]
        if f"?pagina={page + 1}" not in html:
            return found
        page += 1


def assert_once(ids: list[int], where: str):
    stories = story_of(ids)
    repeated = {s for s in stories if stories.count(s) > 1}
    assert not repeated, f"{where}: stories shown twice: {repeated}"


@pytest.mark.parametrize(
    "base", ["/recente/", "/bacau/", "/categorie/actualitate/", "/categorie/eveniment/", "/bacau/eveniment/"]
)
def test_it_shows_each_story_once_across_all_pages(client, crowded, base):
    ids = walk(client, base)
    assert_once(ids, base)
    assert len(ids) > 20  # the list spans pages


def test_it_lists_each_story_by_its_representative_with_a_link_to_it(client, crowded):
    ids = walk(client, "/recente/")
    representatives = set(Story.objects.values_list("representative_id", flat=True))
    stories = [i for i in ids if i in representatives]
    assert len(stories) == 44 and len(ids) == 64
    html = render(client, "/recente/")
    story = crowded["stories"][0]
    assert f'href="{story.get_absolute_url()}">+2 publicații</a>' in html


def test_it_shows_each_story_once_in_every_list_of_the_home_and_article_pages(client, crowded):
    for block in lists_on(client, "/"):
        assert_once(block, "/")
    story = crowded["stories"][3]
    member = Article.objects.filter(story=story).exclude(pk=story.representative_id).first()
    for block in lists_on(client, member.get_absolute_url()):
        assert_once(block, "article page")
        assert story.pk not in story_of(block)  # the page's own story is not among the others


def test_it_shows_each_story_once_in_feeds_and_search(client, crowded):
    for path in ("/rss/", "/bacau/rss/", "/categorie/eveniment/atom/"):
        cache.clear()
        entries = feedparser.parse(client.get(path).content).entries
        assert_once([int(re.search(r"/articol/(\d+)/", e.link).group(1)) for e in entries], path)
    cache.clear()
    html = client.get("/cauta/", {"q": "Subiectul relatat"}).content.decode()
    ids = [int(i) for i in re.findall(r'<h2><a href="/articol/(\d+)/', html)]
    assert len(ids) == 20
    assert_once(ids, "search")


def test_it_keeps_pages_still_when_a_story_grows(client, crowded):
    before = walk(client, "/recente/")
    story = Article.objects.get(pk=next(i for i in before[20:] if story_of([i])[0] > 0)).story  # on page 2
    late = make_article(
        "Încă o publicație preia subiectul",
        source=make_source("Ziarul nou", "iasi"),
        county="bacau",
        category="actualitate",
        minutes_ago=1,
    )
    Article.objects.filter(pk=late.pk).update(story=story)
    Story.objects.filter(pk=story.pk).update(article_count=4, source_count=4)
    assert walk(client, "/recente/") == before


@pytest.mark.dates
def test_it_shows_a_story_as_a_timeline_and_hides_single_article_stories_from_search_engines(
    client, reference_data, frozen_now
):
    first = make_article(
        "Podul de la Mărășești, închis",
        source=make_source("Ziarul Vrancei", "vrancea"),
        county="vrancea",
        minutes_ago=300,
    )
    second = make_article(
        "Camioanele ocolesc prin Tecuci",
        source=make_source("Ziarul Galațiului", "galati"),
        county="galati",
        minutes_ago=60,
    )
    story = make_story([second, first])
    html = render(client, story.get_absolute_url())
    assert html.index(first.title) < html.index(second.title)  # who reported it, in order
    assert "Relatat prima dată de <strong>Ziarul Vrancei</strong>" in html
    assert ">Vrancea</a>, <a" in html and ">Galați</a>" in html  # the counties involved
    assert '"@type":"ItemList"' in html and 'content="noindex' not in html
    alone = make_story([make_article("O știre doar a noastră", source=make_source("Singur"), minutes_ago=5)])
    assert '<meta name="robots" content="noindex, follow">' in render(client, alone.get_absolute_url())
