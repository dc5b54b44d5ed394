"""The id-first list reads agree with the plain ORM querysets they replace."""

import pytest

from news.models import Article, County
from portal import lists
from portal.tests.conftest import make_article, make_source

pytestmark = pytest.mark.django_db


def expected_in_county(county, limit, offset):
    """The model's own definition: primary or secondary county, visible, newest first."""
    return list(
        Article.objects.in_county(county).visible().latest_first().values_list("id", flat=True)[offset : offset + limit]
    )


@pytest.mark.parametrize("window_rows", [100, 10])  # time-bounded read on shallow pages, link read on deep ones
@pytest.mark.parametrize("primary_count", [3, 45])  # a thin county (link read) and a full one
def test_it_merges_secondary_county_articles_in_order_on_every_page(
    reference_data, monkeypatch, primary_count, window_rows
):
    monkeypatch.setattr(lists, "WINDOW_MAX_ROWS", window_rows)
    bacau = County.objects.get(slug="bacau")
    local, other = make_source("Local", "bacau"), make_source("Vecin", "iasi")
    for i in range(primary_count):
        make_article("Știre locală", source=local, minutes_ago=2 * i + 2)
    for i in range(12):  # tagged with Bacău, spread among and beyond the local ones
        tagged = make_article(
            "Știre din județul vecin",
            county="iasi",
            source=other,
            minutes_ago=7 * i + 1,
            status=Article.HIDDEN if i == 3 else Article.PUBLISHED,
        )
        tagged.other_counties.add(bacau)
    for i in range(5):  # other counties' news, untagged, interleaved in time
        make_article("Altceva", county="cluj", source=other, minutes_ago=3 * i + 1)
    for offset in (0, 20, 40):
        assert lists.in_county_ids(bacau.id, 21, offset) == expected_in_county(bacau, 21, offset)


def test_it_lists_newest_visible_ids_like_the_orm(reference_data):
    source = make_source("Sursa", "bacau")
    for i in range(30):
        make_article(
            "Știre",
            source=source,
            minutes_ago=i + 1,
            category="sport" if i % 2 else "eveniment",
            status=Article.SCHEDULED if i % 7 == 0 else Article.PUBLISHED,
        )
    make_article("Programată în viitor", source=source, minutes_ago=-60, status=Article.SCHEDULED, category="sport")
    make_article("Ascunsă", source=source, minutes_ago=5, status=Article.HIDDEN, category="sport")
    sport = Article.objects.filter(category__slug="sport").visible().latest_first().values_list("id", flat=True)
    category_id = sport.first() and Article.objects.get(id=sport.first()).category_id
    assert lists.ids("a.category_id = %s", [category_id], 6, 3) == list(sport[3:9])
    everything = Article.objects.visible().latest_first().values_list("id", flat=True)
    assert lists.ids(limit=25, offset=5) == list(everything[5:30])
