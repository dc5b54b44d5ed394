"""The pipeline over a real HTTP server on 127.0.0.1: one source end to end, and its failures."""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone
from local_feeds import HTML_TYPE, article_page, full_content, rss

from ingest.models import FetchLog
from ingest.pipeline import StageClock, process_source
from news.models import Article, County, Source

pytestmark = pytest.mark.django_db

WHEN = datetime(2026, 11, 28, 9, tzinfo=UTC)


@pytest.fixture
def source_for(reference_data, outlet):
    def make(path: str = "/feed", **values) -> Source:
        slug = values.pop("slug", "outlet" + path.replace("/", "-"))
        return Source.objects.create(
            name=slug, slug=slug, feed_url=outlet.url(path), county=County.objects.get(slug="iasi"), **values
        )

    return make


def summary_items(outlet, count: int = 3) -> list[dict]:
    items = []
    for n in range(count):
        title = f"Știrea numărul {n} din Iași"
        link = outlet.add(f"/stiri/{n}", article_page(title), content_type=HTML_TYPE)
        items.append(
            {
                "guid": f"id-{n}",
                "link": link,
                "title": title,
                "summary": "Pe scurt.",
                "published": WHEN - timedelta(hours=n),
                "author": "Ion Ionescu",
            }
        )
    return items


def test_it_stores_each_entry_of_a_feed_from_its_page(outlet, source_for):
    outlet.add("/feed", rss(summary_items(outlet)))
    source = source_for()
    clock = StageClock()
    result = process_source(source, clock=clock)
    assert (result.outcome, result.new, result.item_errors) == ("ok", 3, 0)
    article = Article.objects.get(guid="id-0")
    assert article.extraction == "page"
    assert "Paragraful 5" in article.text and "Toate drepturile" not in article.text
    assert article.county.slug == "iasi" and article.author.name == "Ion Ionescu"
    assert article.snippet and len(article.snippet) <= 410
    assert {"fetch", "parse", "extract", "sanitize", "normalize", "store"} <= set(clock.seconds)


def test_reading_a_feed_twice_stores_nothing_twice_nor_refetches_pages(outlet, source_for):
    outlet.add("/feed", rss(summary_items(outlet)))
    source = source_for()
    process_source(source)
    second = process_source(Source.objects.get(pk=source.pk))
    assert (second.new, second.updated, second.unchanged) == (0, 0, 3)
    assert Article.objects.count() == 3
    assert outlet.hits["/stiri/0"] == 1 and outlet.hits["/feed"] == 2


def test_an_edited_item_updates_its_text_and_update_time(outlet, source_for):
    item = {
        "guid": "e-1",
        "link": outlet.url("/stiri/e"),
        "title": "Bugetul județului, aprobat",
        "published": WHEN,
        "content": full_content("Bugetul", "prima variantă"),
    }
    outlet.add("/feed", rss([item]))
    source = source_for()
    process_source(source)
    before = Article.objects.get()
    outlet.add("/feed", rss([dict(item, content=full_content("Bugetul", "varianta corectată"))]))
    result = process_source(Source.objects.get(pk=source.pk))
    after = Article.objects.get()
    assert result.updated == 1 and before.extraction == "feed"
    assert "varianta corectată" in after.text and "prima variantă" not in after.text
    assert after.updated_at is not None and after.updated_at > after.published_at


def test_the_same_article_under_another_guid_stays_one(outlet, source_for):
    items = summary_items(outlet, 1)
    outlet.add("/feed", rss(items))
    source = source_for()
    process_source(source)
    outlet.add("/feed", rss([dict(items[0], guid="another-guid", link=items[0]["link"] + "?utm_source=fb")]))
    process_source(Source.objects.get(pk=source.pk))
    assert Article.objects.count() == 1


def test_not_modified_is_a_success_that_leaves_articles_untouched(outlet, source_for):
    outlet.add("/feed", rss(summary_items(outlet, 2)), etag='"v1"')
    source = source_for()
    process_source(source)
    stamps = list(Article.objects.order_by("pk").values_list("modified_at", flat=True))
    source.refresh_from_db()
    assert source.etag == '"v1"'
    result = process_source(source)
    source.refresh_from_db()
    assert result.outcome == "not_modified" and source.error_count == 0 and source.last_status == "304"
    assert list(Article.objects.order_by("pk").values_list("modified_at", flat=True)) == stamps
    assert FetchLog.objects.filter(source=source).first().outcome == FetchLog.NOT_MODIFIED


def test_a_failing_feed_is_shown_on_its_source_and_backed_off(outlet, source_for):
    outlet.add("/feed", "oops", status=500, content_type="text/plain")
    source = source_for()
    result = process_source(source)
    source.refresh_from_db()
    assert result.outcome == "error"
    assert source.error_count == 1 and "500" in source.last_error and source.last_error.startswith("fetch:")
    assert source.next_fetch_at > timezone.now() and source.enabled
    first_wait = source.next_fetch_at
    process_source(source)
    source.refresh_from_db()
    assert source.error_count == 2 and source.next_fetch_at > first_wait
    assert FetchLog.objects.filter(source=source, outcome=FetchLog.ERROR).count() == 2


def test_a_malformed_feed_is_a_parse_error_on_its_source(outlet, source_for):
    outlet.add("/feed", '<?xml version="1.0"?><rss><channel><title>x</title></chanel></rss>')
    source = source_for()
    process_source(source)
    source.refresh_from_db()
    assert source.error_count == 1 and source.last_error.startswith("parse:")


def test_a_truncated_feed_keeps_its_recovered_entries_and_shows_the_error(outlet, source_for):
    feed = rss(summary_items(outlet, 3)).replace("</channel></rss>", "")
    outlet.add("/feed", feed[: feed.rindex("<item>") + 20])
    source = source_for()
    result = process_source(source)
    source.refresh_from_db()
    assert result.outcome == "partial" and result.new == 2
    assert source.error_count == 1 and source.last_error.startswith("parse: malformed feed")
    assert FetchLog.objects.get(source=source).outcome == FetchLog.PARTIAL


def test_retry_after_is_honoured(outlet, source_for):
    outlet.add("/feed", "slow down", status=429, content_type="text/plain", headers={"Retry-After": "7200"})
    source = source_for()
    process_source(source)
    source.refresh_from_db()
    assert source.next_fetch_at - source.last_fetch_at == timedelta(seconds=7200)


def test_a_broken_entry_is_counted_and_the_others_are_stored(outlet, source_for):
    items = summary_items(outlet, 2) + [
        {"guid": "no-title", "link": outlet.url("/stiri/x"), "title": "", "summary": "", "published": WHEN}
    ]
    outlet.add("/feed", rss(items))
    source = source_for()
    result = process_source(source)
    assert result.new == 2 and result.item_errors == 1 and result.outcome == "ok"
    source.refresh_from_db()
    assert source.error_count == 0


def test_a_page_that_fails_falls_back_to_the_feed(outlet, source_for):
    items = [
        {
            "guid": "f-1",
            "link": outlet.url("/lipsa"),
            "title": "Pagina lipsește",
            "summary": "Un rezumat suficient de clar al știrii.",
            "published": WHEN,
        }
    ]
    outlet.add("/feed", rss(items))
    process_source(source_for())
    article = Article.objects.get()
    assert article.extraction == "fallback" and "rezumat" in article.text


def test_hostile_html_is_stored_sanitized(outlet, source_for):
    hostile = (
        '<p onclick="steal()">Text <a href="javascript:alert(1)">link</a></p><script>alert(1)</script>'
        '<img src="data:image/svg+xml;base64,AAAA"><svg><script>alert(2)</script></svg>'
        "<math><mtext><img src=x onerror=alert(3)></mtext></math>" + full_content("Atac")
    )
    outlet.add(
        "/feed",
        rss(
            [
                {
                    "guid": "h-1",
                    "link": outlet.url("/stiri/h"),
                    "title": "Atac <b>XSS</b>",
                    "content": hostile,
                    "published": WHEN,
                }
            ]
        ),
    )
    process_source(source_for())
    body = Article.objects.get().body_html.lower()
    for bad in ("<script", "onclick", "javascript:", "data:image", "<svg", "<math", "onerror"):
        assert bad not in body


def test_a_source_whose_feed_fails_reads_its_news_sitemap(outlet, source_for):
    outlet.add("/feed", "<html>home page</html>", content_type=HTML_TYPE)
    page = outlet.add("/stiri/s1", article_page("Știre din sitemap"), content_type=HTML_TYPE)
    outlet.add(
        "/sitemap-news.xml",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>{page}</loc><news:news><news:publication_date>2026-11-28T10:00:00+02:00</news:publication_date>
  <news:title>Știre din sitemap</news:title></news:news></url>
</urlset>""",
        content_type="application/xml",
    )
    source = source_for(sitemap_url=outlet.url("/sitemap-news.xml"))
    result = process_source(source)
    source.refresh_from_db()
    assert result.outcome == "fallback" and result.new == 1 and source.error_count == 0
    assert Article.objects.get().title == "Știre din sitemap"


def test_a_failing_understanding_stage_costs_the_placement_not_the_article(outlet, source_for, monkeypatch):
    from ingest import entry_stages

    calls = []

    def broken(*args, **kwargs):
        calls.append(args[0])
        raise ValueError("boom")

    # The names the stages call (patching understand.geotag's own attribute would not reach them).
    monkeypatch.setattr(entry_stages, "geotag", broken)
    monkeypatch.setattr(entry_stages, "categorize", broken)
    outlet.add("/feed", rss(summary_items(outlet, 1)))
    result = process_source(source_for())
    assert result.new == 1 and result.item_errors == 0 and len(calls) == 2
    assert Article.objects.get().county.slug == "iasi"


def test_a_feed_redirecting_to_a_private_address_is_refused_and_shown(outlet, source_for):
    outlet.add(
        "/feed",
        "",
        status=302,
        content_type="text/plain",
        headers={"Location": "http://169.254.169.254/latest/meta-data/"},
    )
    source = source_for()
    process_source(source)
    source.refresh_from_db()
    assert source.error_count == 1 and source.last_error.startswith("fetch:") and "169.254.169.254" in source.last_error
    assert not Article.objects.exists()


def test_a_source_is_read_with_its_own_user_agent(outlet, source_for, settings):
    outlet.add("/feed", rss(summary_items(outlet, 1)))
    process_source(source_for(user_agent="Mozilla/5.0 (Gazeta; compatibil)"))
    assert outlet.agents["/feed"] == "Mozilla/5.0 (Gazeta; compatibil)"
    assert outlet.agents["/stiri/0"] == "Mozilla/5.0 (Gazeta; compatibil)"
