import datetime as dt
import itertools

import pytest
from django.db import connection
from django.utils import timezone

from news.models import Article, Category, County
from search.backends import get_backend
from search.query import parse
from search.results import search

_urls = itertools.count()


def make(title, text="", county="bacau", category="sanatate", ago=dt.timedelta(hours=1), **fields):
    """Create a published article through the ORM, as ingest and the newsroom do."""
    return Article.objects.create(
        url=f"https://exemplu.example/{next(_urls)}",
        title=title,
        text=text,
        county=County.objects.get(slug=county) if county else None,
        category=Category.objects.get(slug=category) if category else None,
        published_at=timezone.now() - ago,
        **fields,
    )


def found(text, **filters):
    return [hit.article.pk for hit in search(parse(text, **filters), 1, timezone.now()).hits]


@pytest.fixture
def articles(reference_data):
    return {
        "oniscani": make("Drum nou la Onișcani", "Primăria a asfaltat drumul comunal."),
        "legacy": make(
            "Școala din Onişcani are sală de sport", "Elevii au primit echipament.", ago=dt.timedelta(days=2)
        ),
        "plain": make(
            "Oniscani: apă curentă în tot satul",
            "Lucrările s-au terminat.",
            county="iasi",
            category="administratie",
            ago=dt.timedelta(days=20),
        ),
        "hospital": make("Spitalele județene primesc aparatură", "Secția de urgență a spitalului se extinde."),
        "other": make("Meci amânat din cauza ploii", "Echipa gazdă a cerut reprogramarea.", category="sport"),
    }


def test_it_finds_the_same_articles_for_every_spelling_of_a_place(articles):
    expected = {articles[k].pk for k in ("oniscani", "legacy", "plain")}
    assert set(found("Onișcani")) == set(found("Onişcani")) == set(found("Oniscani")) == expected


def test_it_matches_other_forms_of_a_word(articles):
    for query in ("spitalul", "spitale", "spitalelor"):
        assert found(query) == [articles["hospital"].pk]


def test_it_requires_every_word(articles):
    assert found("Onișcani sport") == [articles["legacy"].pk]


def test_it_filters_by_county_category_and_date(articles):
    iasi = County.objects.get(slug="iasi")
    assert found("Oniscani", county_id=iasi.pk) == [articles["plain"].pk]
    administration = Category.objects.get(slug="administratie")
    assert found("Oniscani", category_id=administration.pk) == [articles["plain"].pk]
    week_ago = (timezone.localtime() - dt.timedelta(days=7)).date()
    assert set(found("Oniscani", since=week_ago)) == {articles["oniscani"].pk, articles["legacy"].pk}
    month_ago = (timezone.localtime() - dt.timedelta(days=30)).date()
    assert found("Oniscani", since=month_ago, until=week_ago) == [articles["plain"].pk]


def test_it_filters_by_a_secondary_county(articles):
    cluj = County.objects.get(slug="cluj")
    assert found("spital", county_id=cluj.pk) == []
    articles["hospital"].other_counties.add(cluj)
    assert found("spital", county_id=cluj.pk) == [articles["hospital"].pk]
    articles["hospital"].other_counties.remove(cluj)
    assert found("spital", county_id=cluj.pk) == []


def test_it_follows_edits(articles):
    article = articles["other"]
    article.title = "Meci jucat pe stadionul din Roman"
    article.save()
    assert found("stadion") == [article.pk]
    assert found("amânat") == []


def test_it_drops_hidden_and_deleted_articles(articles):
    hospital = articles["hospital"]
    hospital.status = Article.HIDDEN
    hospital.save()
    assert found("spital") == []
    Article.objects.filter(pk=hospital.pk).update(status=Article.PUBLISHED)  # the admin's bulk action
    assert found("spital") == [hospital.pk]
    Article.objects.filter(pk=hospital.pk).update(status=Article.HIDDEN)
    assert found("spital") == []
    articles["other"].delete()
    assert found("meci") == []


def test_it_keeps_scheduled_articles_out_until_their_time(reference_data):
    later = make("Concert la Filarmonica din Bacău", status=Article.SCHEDULED, ago=-dt.timedelta(hours=3))
    assert found("filarmonica") == []
    Article.objects.filter(pk=later.pk).update(published_at=timezone.now() - dt.timedelta(minutes=1))
    assert found("filarmonica") == [later.pk]


def test_it_ranks_title_matches_before_body_matches(reference_data):
    body = make("Ședința consiliului local", "S-a discutat și despre podul de la marginea orașului.")
    title = make("Podul de la marginea orașului va fi reparat", "Lucrările încep în martie.", ago=dt.timedelta(days=3))
    assert found("podul") == [title.pk, body.pk]


def test_it_prefers_recent_articles_among_equal_matches(reference_data):
    old = make("Incendiu la un depozit", ago=dt.timedelta(days=40))
    new = make("Incendiu la o locuință", ago=dt.timedelta(hours=2))
    assert found("incendiu") == [new.pk, old.pk]


@pytest.mark.postgres
def test_it_indexes_with_the_romanian_unaccent_configuration(articles):
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('gazeta_ro', 'Onișcani Onişcani Oniscani spitalelor spitalul')::text")
        vector = cursor.fetchone()[0]
    assert vector == "'oniscan':1,2,3 'spital':4,5"


@pytest.mark.django_db(transaction=True)
def test_it_forgets_everything_when_the_articles_are_flushed(reference_data):
    make("Pod nou peste Bistrița")
    from django.core.management import call_command

    call_command("flush", "--no-input", verbosity=0)
    from news.reference.load import load_reference

    load_reference()
    fresh = make("Pod nou peste Siret")
    assert get_backend().candidates(parse("pod"), 10) == [fresh.pk]


def test_it_walks_older_windows_page_by_page_without_repeats(reference_data, monkeypatch):
    from search import results as results_module

    monkeypatch.setattr(results_module, "WINDOW", 8)
    monkeypatch.setattr(results_module, "PAGE_SIZE", 3)
    made = {make(f"Târgul anual numărul {n}", ago=dt.timedelta(hours=n + 1)).pk for n in range(20)}
    seen, page = [], 1
    while True:
        results = search(parse("târg"), page, timezone.now())
        seen += [hit.article.pk for hit in results.hits]
        if not results.has_next:
            break
        page += 1
    assert len(seen) == len(set(seen)) and set(seen) == made


def test_it_ranks_by_the_title_as_edited(reference_data):
    older = make("Ședința consiliului local", "S-a discutat despre podul peste Bistrița.", ago=dt.timedelta(days=2))
    newer = make("Anunț de la primărie", "Podul peste Bistrița se închide.")
    assert found("podul") == [newer.pk, older.pk]
    older.title = "Podul peste Bistrița, discutat în consiliu"
    older.save()
    assert found("podul") == [older.pk, newer.pk]


@pytest.mark.postgres
def test_it_reads_the_newest_weeks_first_and_widens_until_enough(reference_data, monkeypatch):
    from django.test.utils import CaptureQueriesContext

    from search.backends import postgres

    monkeypatch.setattr(postgres, "WALK_SHARE", 2.0)  # every query takes the week ladder
    monkeypatch.setattr(postgres, "WEEK_LADDER", (1, 2))
    newest_first = [make(f"Târg la Onișcani, ediția {n}", ago=dt.timedelta(days=4 * n, hours=1)).pk for n in range(12)]
    make("Alt subiect", ago=dt.timedelta(days=100))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE search_document")
    monkeypatch.setitem(postgres._stats, "at", 0.0)  # read the fresh statistics
    backend = get_backend()
    with CaptureQueriesContext(connection) as queries:
        assert backend.candidates(parse("oniscani"), 1) == newest_first[:1]
    assert any("00w" in str(q["sql"]) for q in queries.captured_queries)
    assert backend.candidates(parse("oniscani"), 5, offset=4) == newest_first[4:9]
    assert backend.candidates(parse("oniscani"), 20) == newest_first
    since = (timezone.localtime() - dt.timedelta(days=13)).date()
    assert backend.candidates(parse("oniscani", since=since), 20) == newest_first[:4]


def test_the_last_answer_kept_by_search_terms_is_given_only_for_the_same_article():
    from search.index import search_terms

    first = search_terms("Ploaie la Bacău", "", "Drumurile sunt inundate.")
    other = search_terms("Ploaie la Bacău", "", "Școlile sunt închise.")
    assert other != first and "scol" in other
    assert search_terms("Ploaie la Bacău", "", "Drumurile sunt inundate.") == first
