"""Hungarian articles in search (issue 21): Hungarian stems, and a place found by either language's name."""

import dataclasses
import datetime as dt
import itertools

import pytest
from django.utils import timezone

from news.models import Article, County
from search.query import parse
from search.results import search
from search.stem_hu import stem
from understand.geotag import geotag
from understand.language import detect

_urls = itertools.count()


def make(title, text, ago=dt.timedelta(hours=1)):
    """Create an article as ingest would: its language detected, its places from the geotagger."""
    geo = geotag(title, text)
    return Article.objects.create(
        url=f"https://pelda.example/{next(_urls)}",
        title=title,
        text=text,
        language=detect(title, text),
        county=County.objects.get(slug=geo.county) if geo.county else None,
        geo_places=[dict(place) for place in geo.places],
        published_at=timezone.now() - ago,
    )


def found(text):
    return [hit.article.pk for hit in search(parse(text), 1, timezone.now()).hits]


@pytest.fixture
def articles(reference_data):
    return {
        "hu": make(
            "Új CT-készüléket kapott a csíkszeredai kórház",
            "Új komputertomográffal gazdagodott a kórház radiológiai osztálya Csíkszeredában.",
        ),
        "ro": make(
            "Spitalul din Miercurea Ciuc are un computer tomograf nou",
            "Secția de radiologie a primit aparatul luni.",
            ago=dt.timedelta(hours=2),
        ),
        "hu_other": make(
            "Fesztivál Sepsiszentgyörgyön",
            "Hétvégén kezdődik a városi fesztivál a Szent György téren.",
            ago=dt.timedelta(hours=3),
        ),
        "ro_other": make(
            "Festival la Sfântu Gheorghe", "Festivalul orașului începe sâmbătă.", ago=dt.timedelta(hours=4)
        ),
    }


def test_the_hungarian_and_romanian_names_of_a_town_find_the_same_articles(articles):
    first_page = found("Miercurea Ciuc")
    assert set(first_page) == {articles["hu"].pk, articles["ro"].pk}
    assert found("Csíkszereda") == found("Csíkszeredában") == found("csikszeredai") == first_page
    assert set(found("Sepsiszentgyörgy")) == {articles["hu_other"].pk, articles["ro_other"].pk}
    assert found("Sepsiszentgyörgy") == found("Sfântu Gheorghe")


def test_hungarian_words_meet_in_their_other_forms(articles):
    assert found("kórház") == found("kórházban") == [articles["hu"].pk]
    assert found("fesztivál") == [articles["hu_other"].pk]


def test_the_hungarian_article_is_marked_lang_hu_in_the_results(client, articles):
    html = client.get("/cauta/", {"q": "Csíkszereda"}).content.decode()
    assert 'lang="hu"' in html and '<span class="lang-label">în maghiară</span>' in html


def test_the_hungarian_stemmer_cuts_one_ending_and_keeps_short_stems():
    assert stem("csikszeredaban") == "csikszereda"
    assert stem("sepsiszentgyorgyon") == "sepsiszentgyorgy"
    assert stem("barot") == "barot"


def test_a_query_names_its_hungarian_words_stems_beside_the_romanian_ones():
    query = parse("kórházban Csíkszereda")
    assert query.words == ("korhazban", "miercurea", "ciuc")
    assert dataclasses.replace(query).terms_hu[0] == "korhaz"
