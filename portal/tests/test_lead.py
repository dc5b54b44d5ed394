"""The home page leads with today's big story: coverage decayed by age, fresh first, images preferred."""

import re
from datetime import timedelta

import pytest

from portal import lead
from portal.tests.conftest import give_picture, make_article, make_source, make_story

pytestmark = [pytest.mark.django_db, pytest.mark.dates]


def told(title, outlets, hours_ago, image=""):
    """A story told by `outlets` outlets, its newest article `hours_ago` old."""
    articles = [
        make_article(
            f"{title}" if n == 0 else f"{title} (preluare {n})",
            source=make_source(f"Ziar {title} {n}"),
            minutes_ago=int(hours_ago * 60) + 5 * (outlets - 1 - n),
            image_url=image if n == 0 else "",
        )
        for n in range(outlets)
    ]
    if image:  # an image shows once Gazeta has its renditions (the worker's job, done here)
        give_picture(articles[0], seed=outlets)
    return make_story(articles)


def top_titles(client) -> list[str]:
    html = client.get("/").content.decode()
    block = html.split('id="h-top"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'<h[23]><a href="/articol/\d+/[^"]*">([^<]+)</a>', block)


def test_it_leads_with_a_fresh_story_over_a_bigger_one_of_yesterday(client, reference_data, frozen_now):
    told("Subiect vechi și mare", 7, 30)
    told("Subiect de azi", 2, 2)
    assert top_titles(client)[0] == "Subiect de azi"


def test_it_weighs_coverage_by_age(client, reference_data, frozen_now):
    told("Opt publicații ieri", 8, 30)
    told("Trei publicații acum", 3, 1)
    told("Cinci publicații azi-dimineață", 5, 6)
    assert top_titles(client) == ["Cinci publicații azi-dimineață", "Trei publicații acum", "Opt publicații ieri"]


def test_it_leads_with_an_older_story_only_when_nothing_fresh_has_coverage(client, reference_data, frozen_now):
    told("Subiect de ieri cu patru publicații", 4, 30)
    make_article("Știre singură de acum", source=make_source("Singur"), minutes_ago=10)
    told("Tot singură, dar subiect", 1, 1)
    assert top_titles(client)[0] == "Subiect de ieri cu patru publicații"


def test_it_breaks_ties_the_same_way_every_time(client, reference_data, frozen_now):
    first = told("Geamăn A", 3, 4)
    second = told("Geamăn B", 3, 4)
    from news.models import Story

    Story.objects.filter(pk=second.pk).update(last_published_at=first.last_published_at)
    orders = {tuple(top_titles(client)) for _ in range(3)}
    assert orders == {("Geamăn B", "Geamăn A")}  # same weight and age: the newer story (higher id) first


def test_it_prefers_a_lead_with_an_image_when_coverage_is_close(client, reference_data, frozen_now, media_root):
    told("Fără imagine, trei publicații", 3, 1)
    told("Cu imagine, trei publicații, puțin mai vechi", 3, 3, image="https://img.example.ro/a.jpg")
    told("Cu imagine, dar mic", 2, 1, image="https://img.example.ro/b.jpg")
    assert top_titles(client)[0] == "Cu imagine, trei publicații, puțin mai vechi"


def test_it_keeps_an_image_less_lead_when_the_pictured_story_is_far_smaller(client, reference_data, frozen_now):
    told("Fără imagine, șase publicații", 6, 1)
    told("Cu imagine, două publicații", 2, 1, image="https://img.example.ro/b.jpg")
    assert top_titles(client)[0] == "Fără imagine, șase publicații"


def test_rank_never_prefers_an_old_pictured_story_to_a_fresh_lead(frozen_now):
    now = frozen_now
    fresh = lead.Candidate(1, 10, 3, now - timedelta(hours=1))
    old = lead.Candidate(2, 20, 30, now - timedelta(hours=40))
    ranked = lead.rank([old, fresh], now, has_image=lambda c: c.id == 2)
    assert ranked[0] is fresh
