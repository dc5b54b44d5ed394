"""Lead images through the crawler: fetched safely after the article is stored, hostile ones refused.

Each hostile image is served by a real HTTP server on 127.0.0.1 as an outlet would: the article is
saved, the image is refused with a reason, nothing is stored, the failure counts for its source.
"""

import re
from datetime import UTC, datetime

import pytest
from local_feeds import HTML_TYPE, article_page, rss

from images.models import LeadImage
from images.tests.photos import HTML_PAGE, SVG_WITH_SCRIPT, animated_gif, photo, png_claiming
from ingest.lead_images import run_due
from ingest.pipeline import StageClock, process_source
from news.models import Article, County, Source
from ops import source_health

pytestmark = pytest.mark.django_db

WHEN = datetime(2026, 11, 28, 9, tzinfo=UTC)


@pytest.fixture
def feed_with_image(outlet, reference_data, media_root):
    """Return make(image_path, body, content_type, **route) -> Source whose one article leads with that image."""

    def make(image_path: str, body: bytes | None, content_type: str = "image/jpeg", **route) -> Source:
        if body is not None:
            outlet.add(image_path, body, content_type=content_type, **route)
        page = article_page("Podul de la Costișa se redeschide").replace(
            "</head>", f'<meta property="og:image" content="{outlet.url(image_path)}"></head>'
        )
        link = outlet.add("/stiri/pod", page, content_type=HTML_TYPE)
        outlet.add(
            "/feed",
            rss([{"guid": "pod", "link": link, "title": "Podul de la Costișa se redeschide", "published": WHEN}]),
        )
        return Source.objects.create(
            name="Outlet", slug="outlet", feed_url=outlet.url("/feed"), county=County.objects.get(slug="neamt")
        )

    return make


def stored_files(media_root) -> list:
    return list(media_root.rglob("*.webp")) if media_root.exists() else []


def test_the_lead_image_is_fetched_after_the_article_and_stored_as_renditions(outlet, feed_with_image, media_root):
    source = feed_with_image("/poze/pod.jpg", photo(1000, 600))
    clock = StageClock()
    result = process_source(source, clock=clock)
    assert result.new == 1 and outlet.hits["/poze/pod.jpg"] == 1
    article = Article.objects.get()
    assert article.image_url == outlet.url("/poze/pod.jpg")  # the original stays linked
    assert article.image_widths == "160,320,960" and (article.image_width, article.image_height) == (1000, 600)
    assert LeadImage.objects.get().state == LeadImage.DONE and len(stored_files(media_root)) == 3
    assert clock.cpu["images"] > 0 and "images_fetch" in clock.seconds
    assert outlet.agents["/poze/pod.jpg"].startswith("GazetaBot")


def test_an_animated_gif_keeps_its_first_frame(feed_with_image):
    process_source(feed_with_image("/poze/anim.gif", animated_gif(), "image/gif"))
    assert Article.objects.get().image_widths == "160,200"


HOSTILE = {
    "decompression bomb": (png_claiming(50000, 50000), "image/png", "decompression bomb"),
    "truncated file": (photo(800, 600)[:3000], "image/jpeg", "truncated or corrupt"),
    "1x100000 strip": (png_claiming(1, 100000), "image/png", "1×100000"),
    "html as image/jpeg": (HTML_PAGE, "image/jpeg", "not an image"),
    "svg with script": (SVG_WITH_SCRIPT, "image/svg+xml", "SVG is not accepted"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_image_is_refused_with_a_reason_and_the_article_is_saved(case, feed_with_image, media_root):
    body, content_type, reason = HOSTILE[case]
    source = feed_with_image("/poze/x", body, content_type)
    result = process_source(source)
    assert (result.outcome, result.new, result.item_errors) == ("ok", 1, 0)
    article = Article.objects.get()
    assert article.title == "Podul de la Costișa se redeschide" and article.image_key == ""
    lead = LeadImage.objects.get()
    assert lead.state == LeadImage.FAILED and reason in lead.error  # no retry: the same bytes would come
    assert stored_files(media_root) == []
    health = {h.source.pk: h for h in source_health.collect()["health"]}
    assert health[source.pk].image_failures == 1


def test_a_missing_image_is_retried_a_bounded_number_of_times(outlet, feed_with_image, settings, media_root):
    settings.IMAGES_MAX_ATTEMPTS = 2
    source = feed_with_image("/poze/lipsa.jpg", None)  # 404 for now
    process_source(source)
    lead = LeadImage.objects.get()
    assert lead.state == LeadImage.PENDING and "HTTP 404" in lead.error and lead.next_attempt_at
    assert run_due(now=lead.next_attempt_at) == {"done": 0, "failed": 1, "queued": 0, "stored": 0, "dropped": 0}
    assert LeadImage.objects.get().state == LeadImage.FAILED  # two tries, then given up
    assert outlet.hits["/poze/lipsa.jpg"] == 2
    assert run_due(now=lead.next_attempt_at)["failed"] == 0  # never tried again


def test_an_image_back_online_is_attached_by_the_retry(outlet, feed_with_image, media_root):
    source = feed_with_image("/poze/mai-tarziu.jpg", None)
    process_source(source)
    outlet.add("/poze/mai-tarziu.jpg", photo(640, 480), content_type="image/jpeg")
    lead = LeadImage.objects.get()
    assert run_due(now=lead.next_attempt_at)["done"] == 1
    assert Article.objects.get().image_widths == "160,320,640"


def test_a_slow_image_host_is_given_up_on_within_its_time_limit(feed_with_image, settings, media_root):
    settings.IMAGES_TIMEOUT = 0.5
    result = process_source(feed_with_image("/poze/lent.jpg", photo(400, 300), delay=2.0))
    assert result.new == 1 and Article.objects.count() == 1
    lead = LeadImage.objects.get()
    assert "timed out" in lead.error and lead.state == LeadImage.PENDING


def test_a_redirect_to_a_private_address_is_refused(outlet, feed_with_image, media_root):
    source = feed_with_image("/poze/muta.jpg", b"", status=302, headers={"Location": "http://127.0.0.2:9/secret.jpg"})
    process_source(source)
    lead = LeadImage.objects.get()
    assert lead.state == LeadImage.FAILED and "non-public address" in lead.error
    assert stored_files(media_root) == []


def test_an_image_over_the_byte_cap_is_refused_without_retry(feed_with_image, settings, media_root):
    settings.IMAGES_MAX_BYTES = 2000
    process_source(feed_with_image("/poze/mare.jpg", photo(800, 600)))
    lead = LeadImage.objects.get()
    assert lead.state == LeadImage.FAILED and "2000-byte limit" in lead.error
    assert stored_files(media_root) == [] and Article.objects.count() == 1


def test_pictures_an_editor_put_in_the_text_by_address_are_copied_to_our_storage(
    outlet, reference_data, media_root, settings
):
    from ingest.lead_images import localize_body_images
    from portal.tests.conftest import make_article

    settings.SITE_URL = "https://gazeta.example"
    outlet.add("/poze/pod.jpg", photo(1200, 800), content_type="image/jpeg")
    body = (
        f'<figure><img src="{outlet.url("/poze/pod.jpg")}" alt="Podul"><figcaption>Podul</figcaption></figure>'
        f'<p>Text.</p><img src="{outlet.url("/poze/lipsa.jpg")}" alt="Lipsă">'
        '<img src="https://gazeta.example/media/articole/a.jpg" alt="A noastră">'
    )
    article = make_article("Articol propriu cu poze", is_own=True, body_html=body)
    assert localize_body_images() == {"stored": 1, "dropped": 1}
    article.refresh_from_db()
    tags = re.findall(r"<img\b[^>]*>", article.body_html)
    assert len(tags) == 2 and "Lipsă" not in article.body_html and "<figcaption>Podul</figcaption>" in article.body_html
    assert re.fullmatch(
        r'<img width="960" height="640" src="/media/imagini/[0-9a-f/]+-960\.webp" alt="Podul">', tags[0]
    )
    assert tags[1] == '<img src="https://gazeta.example/media/articole/a.jpg" alt="A noastră">'  # ours already
    assert len(stored_files(media_root)) == 3
    assert localize_body_images() == {"stored": 0, "dropped": 0}  # nothing left to copy
