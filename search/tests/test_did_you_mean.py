""" "Ai vrut să scrii: primăria?": corrections from the articles' own words, offered on few results."""

import datetime as dt
import itertools
import re

import pytest
from django.core.cache import cache
from django.utils import timezone

from news.models import Article, County
from search import vocabulary
from search.models import Word

_urls = itertools.count()


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def make(title, text="", county="bacau", language="ro"):
    return Article.objects.create(
        url=f"https://corectura.example/{next(_urls)}",
        title=title,
        text=text,
        language=language,
        county=County.objects.get(slug=county),
        published_at=timezone.now() - dt.timedelta(hours=1),
    )


@pytest.fixture
def town_hall_news(reference_data):
    for n in range(6):
        make(f"Primăria a anunțat lucrări pe strada {n}", "Consiliul local a votat bugetul. Primăria plătește.")
    make("Festivalul de toamnă la Bacău", "Primaria Bacău organizează festivalul.", county="bacau")
    make("Városháza Csíkszeredában", "A városháza bejelentette.", county="harghita", language="hu")
    vocabulary.refresh()


def suggestion(client, **params) -> tuple[str, str]:
    html = client.get("/cauta/", params).content.decode()
    found = re.search(
        r'<p class="did-you-mean">Ai vrut să scrii: <a href="([^"]+)"><strong>([^<]+)</strong></a>\?</p>', html
    )
    return (found.group(2), found.group(1).replace("&amp;", "&")) if found else ("", "")


def test_the_vocabulary_keeps_the_written_form_with_diacritics_and_counts(town_hall_news):
    word = Word.objects.get(folded="primaria")
    assert word.shown == "primăria"  # written so 12 times, "primaria" once
    assert word.count == 13 and word.initial == "p" and word.length == 8
    assert not Word.objects.filter(folded="de").exists()  # stop words are not offered
    assert not Word.objects.filter(folded="varoshaza").exists()  # Hungarian articles are left out


def test_refresh_reads_only_new_articles(town_hall_news):
    assert vocabulary.refresh()["articles"] == 0
    make("Primăria din Onești")
    assert vocabulary.refresh()["articles"] == 1
    assert Word.objects.get(folded="primaria").count == 14


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("primaira", "primaria"),
        ("primara", "primaria"),
        ("pirmaria", "primaria"),
        ("rpimaria", None),
        ("consilul", "consiliul"),
        ("lucrai", "lucrari"),
    ],
)
def test_the_nearest_common_word_is_the_correction(town_hall_news, typed, meant):
    found = vocabulary.correction(typed)
    assert (vocabulary.fast_fold(found) if found else None) == meant


def test_distance_counts_a_swap_as_one_edit():
    assert vocabulary.distance("primaira", "primaria", 2) == 1
    assert vocabulary.distance("primarie", "primaria", 2) == 1
    assert vocabulary.distance("pmaria", "primaria", 2) == 2
    assert vocabulary.distance("abcdefgh", "primaria", 2) == 3  # beyond the limit: limit + 1


def test_a_misspelled_search_offers_the_corrected_query_which_finds_the_articles(client, town_hall_news):
    shown, url = suggestion(client, q="primaira")
    assert shown == "primăria"
    assert url == "/cauta/?q=primăria" or url == "/cauta/?q=prim%C4%83ria"
    html = client.get(url).content.decode()
    assert html.count("<mark>Primăria</mark>") >= 3 and "Ai vrut să scrii" not in html


def test_the_correction_keeps_the_other_words_and_the_filters(client, town_hall_news):
    shown, url = suggestion(client, q="Primaira Bacău", judet="bacau")
    assert shown == "Primăria Bacău"
    assert "judet=bacau" in url


def test_no_suggestion_for_a_correct_word_unaccented_or_when_results_are_many(client, town_hall_news):
    assert suggestion(client, q="primaria") == ("", "")  # "Bacau" for "Bacău" already works: folding
    assert suggestion(client, q="festivalul") == ("", "")  # a real word with a result
    assert suggestion(client, q="xilofon") == ("", "")  # nothing near it


def test_no_suggestion_when_the_correction_finds_nothing_more(client, town_hall_news):
    # "primaira" is known, but with the Iași filter the corrected query finds nothing either.
    assert suggestion(client, q="primaira", judet="iasi") == ("", "")


def test_a_search_made_before_the_vocabulary_was_filled_is_corrected_after_it(client, reference_data):
    for n in range(6):
        make(f"Primăria a anunțat lucrări pe strada {n}")
    assert suggestion(client, q="primaira") == ("", "")  # nothing known yet: a new site's first minutes
    vocabulary.refresh()
    assert suggestion(client, q="primaira")[0] == "primăria"
