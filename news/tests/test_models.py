from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from news.models import Article, County, Source


@pytest.fixture
def source(reference_data):
    return Source.objects.create(name="Ziarul de Test", slug="ziarul-de-test", county=County.objects.get(code="BC"))


def test_it_refuses_two_articles_with_one_canonical_url(source):
    Article.objects.create(source=source, url="https://exemplu.ro/a", title="Unu")
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(source=source, url="https://exemplu.ro/a", title="Doi")


def test_it_refuses_a_repeated_guid_within_one_source_only(source):
    other = Source.objects.create(name="Alt ziar", slug="alt-ziar")
    Article.objects.create(source=source, guid="g-1", url="https://exemplu.ro/1", title="Unu")
    Article.objects.create(source=other, guid="g-1", url="https://exemplu.ro/2", title="Doi")
    Article.objects.create(source=source, guid="", url="https://exemplu.ro/3", title="Trei")
    Article.objects.create(source=source, guid="", url="https://exemplu.ro/4", title="Patru")
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(source=source, guid="g-1", url="https://exemplu.ro/5", title="Cinci")


def test_it_shows_only_published_and_due_scheduled_articles(source):
    now = timezone.now()
    visible = Article.objects.create(source=source, url="https://e.ro/v", title="v", published_at=now)
    due = Article.objects.create(
        source=source,
        url="https://e.ro/d",
        title="d",
        status=Article.SCHEDULED,
        published_at=now - timedelta(minutes=1),
    )
    Article.objects.create(
        source=source, url="https://e.ro/f", title="f", status=Article.SCHEDULED, published_at=now + timedelta(hours=1)
    )
    Article.objects.create(source=source, url="https://e.ro/h", title="h", status=Article.HIDDEN)
    Article.objects.create(source=source, url="https://e.ro/c", title="c", status=Article.DRAFT)
    assert set(Article.objects.visible()) == {visible, due}


def test_it_finds_articles_by_primary_or_other_county(source):
    bacau, iasi = County.objects.get(code="BC"), County.objects.get(code="IS")
    primary = Article.objects.create(source=source, url="https://e.ro/1", title="1", county=bacau)
    secondary = Article.objects.create(source=source, url="https://e.ro/2", title="2", county=iasi)
    secondary.other_counties.add(bacau)
    Article.objects.create(source=source, url="https://e.ro/3", title="3", county=iasi)
    assert set(Article.objects.in_county(bacau)) == {primary, secondary}


def test_it_shows_full_text_only_for_own_and_licensed_articles(source):
    ingested = Article(source=source, url="https://e.ro/x", title="x")
    assert not ingested.shows_full_text
    source.display_policy = Source.POLICY_FULL
    assert ingested.shows_full_text
    assert Article(is_own=True, url="https://e.ro/y", title="y").shows_full_text


def test_it_describes_a_county_desk(reference_data):
    bacau, capital = County.objects.get(code="BC"), County.objects.get(code="B")
    assert bacau.tagline == "Știri de calitate din județul Bacău"
    assert capital.tagline == "Știri de calitate din București"
    assert bacau.email.startswith("bacau@")


def test_the_queryset_and_the_sql_fragment_agree_on_who_may_see_an_article(source):
    from django.db import connection

    from news.visibility import visible_sql

    now = timezone.now()
    for n, (status, minutes) in enumerate(
        [("published", -5), ("published", 30), ("scheduled", -1), ("scheduled", 60), ("draft", -5), ("hidden", -5)]
    ):
        Article.objects.create(
            source=source,
            url=f"https://exemplu.ro/v{n}",
            title=f"{status} {minutes}",
            status=status,
            published_at=now + timedelta(minutes=minutes),
        )
    by_orm = set(Article.objects.visible(now).values_list("title", flat=True))
    condition, params = visible_sql("a", now=now)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT a.title FROM news_article a WHERE {condition}", params)
        by_sql = {row[0] for row in cursor.fetchall()}
    assert by_orm == by_sql == {"published -5", "scheduled -1"}
    assert {a.title for a in Article.objects.all() if a.is_visible} == by_orm
    per_status = set()
    for status in Article.VISIBLE_STATUSES:
        per_status |= set(Article.objects.visible(now, (status,)).values_list("title", flat=True))
    assert per_status == by_orm
