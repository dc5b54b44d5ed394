""" "Cele mai citite": the beacon, counting without personal data, hourly buckets, the sidebar block."""

import time

import pytest
from django.test import Client

from mostread import counting, store
from mostread.beacon import PATH
from mostread.models import HourlyViews
from mostread.tests.conftest import READER
from news.models import Article
from portal.tests.conftest import make_article

pytestmark = pytest.mark.django_db


def beacon(client: Client, article_id, agent: str = READER, address: str = "10.0.0.1", **headers):
    return client.post(
        PATH, str(article_id), content_type="text/plain", HTTP_USER_AGENT=agent, REMOTE_ADDR=address, **headers
    )


def views_of(article) -> int:
    return sum(HourlyViews.objects.filter(article_id=article.pk).values_list("views", flat=True))


@pytest.mark.parametrize(
    "agent",
    [
        "",
        "curl/8.5.0",
        "python-requests/2.32",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36",
        "facebookexternalhit/1.1",
        "Mozilla/5.0 " + "x" * 600,
    ],
)
def test_tools_and_crawlers_are_not_readers(agent):
    assert counting.is_bot(agent)


def test_browsers_are_readers():
    assert not counting.is_bot(READER)
    assert not counting.is_bot(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
    )


def test_a_beacon_is_counted_once_per_reader_and_hour_and_stored_with_the_county(reference_data):
    article = make_article("Primăria a deschis un parc")
    client = Client()
    for _ in range(5):
        response = beacon(client, article.pk)
        assert response.status_code == 204
        assert response["Cache-Control"] == "no-store"
        assert not response.cookies
    beacon(client, article.pk, address="10.0.0.2")  # another reader
    counting.flush()
    row = HourlyViews.objects.get(article_id=article.pk)
    assert (row.views, row.county_id, row.hour) == (2, article.county_id, counting.current_hour())


def test_nothing_about_the_reader_is_stored(reference_data):
    article = make_article()
    beacon(Client(), article.pk, address="192.0.2.77")
    counting.flush()
    assert [f.name for f in HourlyViews._meta.get_fields()] == ["id", "hour", "article_id", "county_id", "views"]
    assert all("192.0.2" not in str(value) for value in HourlyViews.objects.values_list())


def test_ten_thousand_beacons_from_one_address_count_as_a_handful(reference_data):
    articles = [make_article(f"Știre {i}") for i in range(30)]
    for i in range(10_000):
        counting.hit(articles[i % 30].pk, "203.0.113.9", READER)
    counting.flush()
    counted = sum(HourlyViews.objects.values_list("views", flat=True))
    assert counted == counting.CLIENT_VIEWS
    # Changing the User-Agent on each beacon still leaves the address's cap.
    for i in range(10_000):
        counting.hit(articles[i % 30].pk, "203.0.113.10", f"{READER} v{i}")
    counting.flush()
    assert sum(HourlyViews.objects.values_list("views", flat=True)) - counted <= counting.ADDRESS_VIEWS


def test_bots_other_sites_wrong_methods_and_junk_are_not_counted(reference_data):
    article = make_article()
    client = Client()
    assert client.get(PATH).status_code == 405
    beacon(client, article.pk, agent="Mozilla/5.0 (compatible; bingbot/2.0)")
    beacon(client, article.pk, HTTP_SEC_FETCH_SITE="cross-site")
    for junk in ("", "abc", "-1", "0", "1e9", "9" * 12, "١٢", f"{article.pk} {article.pk}"):
        assert beacon(client, junk).status_code == 204
    beacon(client, 2**31 + 5)
    counting.flush()
    assert not HourlyViews.objects.exists()


def test_only_visible_articles_are_counted(reference_data):
    hidden = make_article(status=Article.HIDDEN)
    beacon(Client(), hidden.pk)
    beacon(Client(), 987_654_321)  # no such article
    counting.flush()
    assert not HourlyViews.objects.exists()


def test_buckets_older_than_two_days_are_pruned_and_the_list_reads_24_hours(reference_data):
    fresh, stale, old = make_article("Proaspăt"), make_article("De ieri"), make_article("Vechi")
    now = time.time()
    hour = counting.current_hour(now)
    store.add({(hour, fresh.pk): 3, (hour - 30, stale.pk): 50, (hour - 60, old.pk): 99}, now)
    assert not HourlyViews.objects.filter(article_id=old.pk).exists()  # beyond KEEP_HOURS: never stored
    assert store.leaders(None, now) == [(fresh.pk, 3)]  # 30 hours ago is outside the list's window
    assert store.leaders(None, now + 24 * 3600) == []  # a day later it has left the window
    store.add({}, now + 19 * 3600)  # nothing to write: nothing written, nothing deleted
    assert HourlyViews.objects.filter(article_id=stale.pk).exists()
    store.add({(hour + 19, fresh.pk): 1}, now + 19 * 3600)  # a write 19 hours later prunes what passed 48 hours
    assert not HourlyViews.objects.filter(article_id=stale.pk).exists()


def test_the_counts_add_up_across_flushes(reference_data):
    article = make_article()
    for address in ("10.1.0.1", "10.1.0.2"):
        counting.hit(article.pk, address, READER)
        counting.flush()
    assert views_of(article) == 2


def test_without_redis_views_are_counted_in_the_process(reference_data, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens there: the fallback counts
    article = make_article()
    assert counting.hit(article.pk, "10.2.0.1", READER)  # queued for Redis
    counting.flush()  # Redis refuses: the queue is counted through memory
    assert views_of(article) == 1
    assert counting.redis_tally().down
    assert counting.hit(article.pk, "10.2.0.2", READER)  # straight to memory while Redis is down
    assert counting.memory.pending
    counting.flush()
    assert views_of(article) == 2


@pytest.mark.skipif(not __import__("os").environ.get("REDIS_URL"), reason="REDIS_URL not set")
def test_with_redis_every_process_counts_in_one_hash(reference_data, settings):
    article = make_article()
    tally = counting.redis_tally()
    assert tally is not None
    assert tally.hit(article.pk, "10.3.0.1", READER)
    assert not tally.hit(article.pk, "10.3.0.1", READER)  # the same reader, same hour
    assert tally.push() == 1
    # Another worker (its own process filter) sends the same reader: Redis's shared check drops it.
    other = counting.RedisTally(settings.REDIS_URL)
    assert other.hit(article.pk, "10.3.0.1", READER) and other.push() == 0
    assert counting.memory.take() == {}  # nothing went to the process's memory
    counting.flush()
    assert views_of(article) == 1
    assert tally.take() == {}  # taken once
