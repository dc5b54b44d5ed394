"""The maps (/judete/, a county's places) and the 'Județul meu' fragment."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from news.models import Article
from news.reference.counties import COUNTIES
from portal import county_map, county_shapes
from portal.tests.conftest import make_article
from portal.tests.test_places import named, place

pytestmark = [pytest.mark.django_db, pytest.mark.dates]


def test_the_outlines_hold_every_county_and_each_seat_falls_in_its_own_box():
    assert set(county_shapes.PATHS) == {row.code for row in COUNTIES} == set(county_shapes.BOXES)
    for row in COUNTIES:
        x, y = county_map.project(row.longitude, row.latitude)
        bx, by, w, h = county_shapes.BOXES[row.code]
        assert bx - 1 <= x <= bx + w + 1 and by - 1 <= y <= by + h + 1, row.code
        assert county_shapes.PATHS[row.code].startswith("M") and county_shapes.PATHS[row.code].endswith("z")
    # București lies inside Ilfov's box, and Ilfov's outline has a hole for it (two rings).
    assert county_shapes.PATHS["IF"].count("M") >= 2


def test_every_place_point_falls_in_its_own_countys_box():
    from news.reference.gazetteer import localities
    from portal.place_points import POINTS

    county_of = {row.siruta: row.county_code for row in localities()}
    assert len(POINTS) > 2900  # of the 3,181 communes, towns and cities
    for siruta, (latitude, longitude) in POINTS.items():
        x, y = county_map.project(longitude, latitude)
        bx, by, w, h = county_shapes.BOXES[county_of[siruta]]
        assert bx - 2 <= x <= bx + w + 2 and by - 2 <= y <= by + h + 2, siruta


def test_shades_split_the_counties_with_news_in_quarters_and_the_legend_says_which_counts():
    counts = dict(enumerate([0, 0, 1, 2, 3, 5, 8, 13, 21, 34, 150], 1))
    cuts = county_map.thresholds(counts)
    shades = [county_map.shade(n, cuts) for n in counts.values()]
    assert shades[:2] == [0, 0] and shades == sorted(shades) and shades[2] == 1 and shades[-1] == county_map.SHADES
    assert all(shades.count(level) >= 2 for level in range(1, county_map.SHADES + 1))  # no shade left empty
    legend = county_map.legend(counts)
    assert legend[0] == (0, "0") and legend[1][1].startswith("1") and legend[-1][1].endswith("–150")
    assert [level for level, _ in legend] == list(range(county_map.SHADES + 1))
    for (level, text), n in ((row, n) for row in legend[1:] for n in counts.values()):  # each count in its row
        low, _, high = text.partition("–")
        if int(low) <= n <= int(high or low):
            assert county_map.shade(n, cuts) == level
    assert county_map.legend({1: 0}) == [(0, "nicio știre")]
    assert county_map.legend({1: 7, 2: 7}) == [(0, "0"), (1, "1–7")]


def test_the_map_links_each_county_with_its_name_and_its_count_of_the_last_24_hours(client, reference_data, frozen_now):
    day = county_map.WINDOW
    for n in range(2):
        make_article(f"Bacău azi {n}", minutes_ago=10 + n)
    make_article("Iași azi", county="iasi", published_at=timezone.now() - day + timedelta(minutes=5))
    make_article("Bacău ieri", published_at=timezone.now() - day - timedelta(minutes=1))
    make_article("Bacău ascuns", status=Article.HIDDEN)
    make_article("Bacău programat", status=Article.SCHEDULED, published_at=timezone.now() + timedelta(hours=1))
    html = client.get("/judete/").content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    links = re.findall(r'<a href="(/[a-z-]+/)" aria-label="([^"]+)" class="cmap-county"', svg)
    assert len(links) == 42
    names = dict(links)
    assert names["/bacau/"] == "Bacău: 2 articole în 24 de ore"
    assert names["/iasi/"] == "Iași: 1 articol în 24 de ore"
    assert names["/alba/"] == "Alba: 0 articole în 24 de ore"
    shades = dict(re.findall(r'data-code="([A-Z]+)"><title>[^<]+</title><path class="shade-(\d)"', svg))
    assert shades["BC"] > shades["IS"] > shades["AB"] == "0"
    # The list under the map says the same in words, and the page names the data's source.
    assert 'Bacău<small>Bacău · <span class="count">2 articole în 24 de ore</span>' in html
    assert "Natural Earth" in html and "map.css" in html


def test_the_county_page_draws_its_places_with_news_this_week(client, reference_data, frozen_now):
    for n in range(3):
        named(make_article(f"Parava {n}", minutes_ago=60 * n), ("Drăgușani", "bacau"))
    named(make_article("Onișcani"), ("Onișcani", "bacau"))
    named(make_article("Iași", county="iasi"), ("Deleni", "iasi"))
    html = client.get("/bacau/").content.decode()
    figure = html[html.index('<figure class="pmap">') : html.index("</figure>")]
    dots = re.findall(
        r'<a href="(/bacau/[a-z-]+/)" tabindex="-1"><title>([^<]+)</title><circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"',
        figure,
    )
    commune = place("BC", "Onișcani").commune.get_absolute_url()  # a village is drawn as its commune
    assert {href for href, *_ in dots} == {"/bacau/parava/", commune}
    by_href = {href: (title, float(x), float(y), float(r)) for href, title, x, y, r in dots}
    assert by_href["/bacau/parava/"][0] == "Parava: 3 articole"
    assert by_href["/bacau/parava/"][3] > by_href[commune][3]  # more news, larger dot
    bx, by, w, h = county_shapes.BOXES["BC"]
    for _, x, y, _ in by_href.values():  # the places' own coordinates fall inside the county's box
        assert bx <= x <= bx + w and by <= y <= by + h
    assert 'aria-hidden="true"' in figure and "deleni" not in figure
    # The chooser of 'Județul meu' is there for the script, hidden without it.
    assert 'data-my-county-chooser data-county-slug="bacau"' in html


def test_my_county_is_a_cached_fragment_and_the_home_page_stays_the_same_for_everyone(
    client, reference_data, frozen_now, django_assert_num_queries
):
    make_article("Știre din Bacău pentru fragment")
    make_article("Știre din Iași", county="iasi")
    response = client.get("/judetul-meu/bacau/")
    assert response.status_code == 200 and response["X-Robots-Tag"] == "noindex"
    html = response.content.decode()
    assert "<html" not in html and "Județul meu: Bacău" in html and "Știre din Bacău pentru fragment" in html
    assert "Știre din Iași" not in html and "data-my-county-clear" in html
    assert "max-age" in response["Cache-Control"] and not response.cookies
    with django_assert_num_queries(0):
        assert client.get("/judetul-meu/bacau/").content.decode() == html
    assert client.get("/judetul-meu/nu-exista/").status_code == 404
    home = client.get("/")
    assert '<div id="my-county" hidden></div>' in home.content.decode() and not home.cookies
    assert "my-county.js" in home.content.decode()
