"""Model factories for the portal's tests: plain functions over the reference data."""

import itertools
import time
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from news.models import Article, Author, Category, County, Source, Story

# Tests import the factories as portal.tests.conftest while pytest loads this file as conftest:
# two module copies, so the serial is seeded from the process clock to stay unique across both.
_serial = itertools.count(int(time.time() * 1000) % 10**9 + (id(object()) % 10**6) * 10**9)

SNIPPET = (
    "Consiliul local a aprobat bugetul pentru reabilitarea străzilor din cartierul de lângă gară, "
    "iar lucrările ar urma să înceapă în toamnă, după licitația organizată de primărie. "
)


def make_source(name="Ziarul de Test", county="bacau", policy=Source.POLICY_SNIPPET, **fields) -> Source:
    n = next(_serial)
    return Source.objects.create(
        name=name,
        slug=f"sursa-{n}",
        homepage=f"https://sursa{n}.example.ro/",
        county=County.objects.get(slug=county) if county else None,
        display_policy=policy,
        **fields,
    )


def make_article(
    title="Lucrări pe strada Mare", county="bacau", category="actualitate", source=None, minutes_ago=10, **fields
) -> Article:
    n = next(_serial)
    now = timezone.now()
    values = {
        "url": f"https://sursa.example.ro/stiri/{n}",
        "slug": f"articol-{n}",
        "snippet": (SNIPPET * 4)[:420],
        "text": SNIPPET * 10,
        "body_html": "<p>" + SNIPPET * 10 + "</p>",
        "published_at": now - timedelta(minutes=minutes_ago),
        "reading_minutes": 3,
        "word_count": 450,
        "county": County.objects.get(slug=county) if county else None,
        "category": Category.objects.get(slug=category) if category else None,
        "source": source,
    }
    values.update(fields)
    return Article.objects.create(title=title, **values)


def make_story(articles: list[Article]) -> Story:
    first = min(articles, key=lambda a: a.published_at)
    story = Story.objects.create(
        title=first.title,
        county=first.county,
        representative=first,
        article_count=len(articles),
        source_count=len({a.source_id for a in articles}),
        first_published_at=first.published_at,
        last_published_at=max(a.published_at for a in articles),
    )
    Article.objects.filter(pk__in=[a.pk for a in articles]).update(story=story)
    for a in articles:
        a.story = story
    return story


def make_author(name="Ioana Țurcanu", **fields) -> Author:
    n = next(_serial)
    return Author.objects.create(name=name, slug=f"autor-{n}", **fields)


def give_picture(article: Article, seed: int = 0, width: int = 1200, height: int = 800) -> Article:
    """Attach renditions of a generated photo to the article, as the images worker does."""
    from images.jobs import attach, pending_for
    from images.tests.photos import photo

    attach(pending_for(article, article.image_url or f"upload:test-{seed}"), photo(width, height, seed=seed))
    article.refresh_from_db()
    return article


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty page cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def newsroom(reference_data, frozen_now, media_root):
    """A small world: two outlets in Bacău, one in Iași, a story told by three outlets, an own article.

    Built at the pinned instant, so what the pages say of its dates does not follow the wall clock.
    """
    local = make_source("Deșteptarea de Test", "bacau")
    licensed = make_source("Agenția Licențiată", None, policy=Source.POLICY_FULL)
    iasi = make_source("Ziarul de Iași Test", "iasi")
    author = make_author(bio="Reporteră la redacția din Bacău.")
    own = make_article(
        "Școala din Onișcani are acoperiș nou",
        is_own=True,
        author=author,
        image_url="https://img.example.ro/scoala.jpg",
        image_width=1200,
        image_height=800,
        image_alt="Clădirea școlii",
        image_caption="Școala după renovare",
        updated_at=timezone.now() - timedelta(hours=3),
        published_at=timezone.now() - timedelta(days=1),
    )
    ingested = make_article(
        "Trafic restricționat pe DN2",
        source=local,
        author_name="Mihai Pop",
        image_url="https://img.example.ro/dn2.jpg",
        category="eveniment",
        minutes_ago=30,
    )
    copy1 = make_article(
        "Trafic restricționat pe DN2 între Filipești și Onișcani", source=licensed, category="eveniment", minutes_ago=25
    )
    copy2 = make_article("DN2: restricții de trafic", county="iasi", source=iasi, category="eveniment", minutes_ago=20)
    story = make_story([ingested, copy1, copy2])
    others = [make_article("Știre din Bacău", source=local, minutes_ago=40 + i) for i in range(6)]
    national = [make_article("Știre din Iași", county="iasi", source=iasi, minutes_ago=50 + i) for i in range(4)]
    hidden = make_article("Articol ascuns", status=Article.HIDDEN, source=local)
    give_picture(own, seed=1)
    give_picture(ingested, seed=2)
    return {
        "own": own,
        "ingested": ingested,
        "copies": [copy1, copy2],
        "story": story,
        "author": author,
        "others": others,
        "national": national,
        "hidden": hidden,
        "local": local,
        "licensed": licensed,
    }
