"""Road numbers are found however they are written: 'DN28' and 'DN 28', 'DJ208B', 'A1'."""

import datetime as dt

import pytest
from django.utils import timezone

from search.query import parse
from search.results import search
from search.roads import forms
from search.tests.test_search import make

pytestmark = pytest.mark.django_db


def found(text):
    return {hit.article.pk for hit in search(parse(text), 1, timezone.now()).hits}


def test_a_query_asks_for_a_road_number_joined_and_split():
    assert forms(["dn", "28", "iasi"]) == (["dn28", "iasi"], ["dn", "28", "iasi"])
    assert forms(["dn28"]) == (["dn28"], ["dn", "28"])
    assert forms(["dj208b"]) == (["dj208b"], ["dj", "208b"])
    assert forms(["a", "1"]) == (["a1"], ["a1"])  # 'a' is a stop word: only the joined form is indexed
    assert forms(["casa", "28"]) == (["casa", "28"], ["casa", "28"])
    assert parse("accident spital").alternative is None


def test_each_writing_of_a_road_finds_both(reference_data):
    joined = make("Accident pe DN28 la ieșirea din Iași", "Traficul a fost oprit.")
    split = make("Restricții pe DN 28 între Iași și Lețcani", "Lucrări de reparații.", ago=dt.timedelta(hours=2))
    other = make("Coloană pe DN 2 la Roman", "Trafic îngreunat pe 28 de kilometri.", ago=dt.timedelta(hours=3))
    motorway = make("Șantier nou pe A1", "Banda întâi închisă.")
    # The split form is both words anywhere in the article (the SQLite index keeps no positions),
    # so an article with 'DN 2' and '28 de kilometri' is found too; the joined form is exact.
    assert found("DN28") == found("DN 28") == found("dn 28") >= {joined.pk, split.pk}
    assert {joined.pk, split.pk} <= found("DN28") <= {joined.pk, split.pk, other.pk}
    assert found("A1") == found("A 1") == {motorway.pk}
