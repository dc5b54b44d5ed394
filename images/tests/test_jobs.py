"""Attaching renditions to articles, bounded retries, newsroom uploads, retention and stats."""

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from images import jobs, renditions
from images.decode import ImageRejected
from images.models import LeadImage
from images.tests.photos import photo, png_claiming
from news.models import Article
from portal.tests.conftest import make_article, make_source

pytestmark = pytest.mark.django_db


def test_attach_stores_renditions_and_shows_them_on_the_article(reference_data, media_root):
    article = make_article("Pod nou peste Bistrița", source=make_source())
    lead = jobs.attach(jobs.pending_for(article, "https://img.example.ro/pod.jpg"), photo(1200, 800))
    article.refresh_from_db()
    assert lead.state == LeadImage.DONE and lead.attempts == 1
    assert (article.image_width, article.image_height, article.image_widths) == (1200, 800, "160,320,960")
    assert article.image_key == lead.key and article.image_color.startswith("#")
    files = sorted(p.name for p in media_root.rglob("*.webp"))
    assert len(files) == 3 and lead.bytes == sum(p.stat().st_size for p in media_root.rglob("*.webp"))


def test_attaching_an_image_makes_cached_pages_stale(reference_data, media_root):
    from news.signals import content_changed

    article = make_article("Stadion renovat", source=make_source())
    lead = jobs.pending_for(article, "https://img.example.ro/stadion.jpg")
    heard = []
    content_changed.connect(lambda **kwargs: heard.append(kwargs["sender"]), weak=False, dispatch_uid="t-heard")
    try:
        jobs.attach(lead, photo(640, 480))
    finally:
        content_changed.disconnect(dispatch_uid="t-heard")
    assert heard == [Article]


def test_copies_of_the_same_picture_share_one_set_of_files(reference_data, media_root):
    data = photo(800, 600)
    first = jobs.attach(jobs.pending_for(make_article("Unu"), "https://a.example.ro/1.jpg"), data)
    second = jobs.attach(jobs.pending_for(make_article("Doi"), "https://b.example.ro/1.jpg"), data)
    assert first.key == second.key and len(list(media_root.rglob("*.webp"))) == len(renditions.widths_for(800))
    assert jobs.image_stats()["pictures"] == 1 and jobs.image_stats()["articles_with_image"] == 2


def test_a_rejected_image_stores_nothing_and_leaves_the_article(reference_data, media_root):
    article = make_article("Bombă")
    lead = jobs.pending_for(article, "https://img.example.ro/bomba.png")
    with pytest.raises(ImageRejected):
        jobs.attach(lead, png_claiming(50000, 50000))
    assert not media_root.exists() or not list(media_root.rglob("*"))
    assert Article.objects.get(pk=article.pk).image_key == ""


def test_failures_are_retried_with_backoff_a_bounded_number_of_times(reference_data, settings):
    settings.IMAGES_MAX_ATTEMPTS = 3
    now = timezone.now()
    lead = jobs.pending_for(make_article("Server căzut"), "https://img.example.ro/x.jpg")
    jobs.failed(lead, "HTTP 503", retry=True, now=now)
    assert lead.state == LeadImage.PENDING and lead.next_attempt_at == now + timedelta(minutes=10)
    jobs.failed(lead, "HTTP 503", retry=True, now=now)
    assert lead.next_attempt_at == now + timedelta(minutes=20)
    jobs.failed(lead, "HTTP 503", retry=True, now=now)
    assert (lead.state, lead.attempts, lead.next_attempt_at) == (LeadImage.FAILED, 3, None)
    other = jobs.pending_for(make_article("SVG"), "https://img.example.ro/x.svg")
    jobs.failed(other, "SVG is not accepted", retry=False)
    assert other.state == LeadImage.FAILED and other.attempts == 1


def test_a_newsroom_upload_gets_the_same_renditions_and_keeps_caption_credit_alt(reference_data, media_root):
    article = make_article(
        "Articol propriu",
        is_own=True,
        image_caption="Sala de consiliu",
        image_alt="Consilierii la vot",
        image_credit="Ana Pop",
        image=SimpleUploadedFile("sala.jpg", photo(1600, 1000), content_type="image/jpeg"),
    )
    assert jobs.process_uploads() == {"done": 1, "rejected": 0}
    article.refresh_from_db()
    assert article.image_widths == "160,320,960" and (article.image_width, article.image_height) == (1600, 1000)
    assert (article.image_caption, article.image_alt, article.image_credit) == (
        "Sala de consiliu",
        "Consilierii la vot",
        "Ana Pop",
    )
    assert jobs.process_uploads() == {"done": 0, "rejected": 0}  # done once
    article.image = SimpleUploadedFile("alta.png", photo(500, 400, "PNG"), content_type="image/png")
    article.save()
    assert jobs.process_uploads() == {"done": 1, "rejected": 0}  # a new upload: new renditions
    article.refresh_from_db()
    assert article.image_widths == "160,320,500"


def test_cleanup_removes_renditions_past_the_retention_and_keeps_shared_ones(reference_data, media_root, settings):
    settings.IMAGES_RETENTION_DAYS = 180
    now = timezone.now()
    old = make_article("Vechi", published_at=now - timedelta(days=200))
    shared_old = make_article("Vechi, copie", published_at=now - timedelta(days=200))
    shared_new = make_article("Nou, copie", published_at=now - timedelta(days=3))
    jobs.attach(jobs.pending_for(old, "https://a.example.ro/vechi.jpg"), photo(400, 300, seed=1))
    for article in (shared_old, shared_new):
        jobs.attach(jobs.pending_for(article, f"https://a.example.ro/{article.pk}.jpg"), photo(400, 300, seed=2))
    per_picture = len(renditions.widths_for(400))
    assert len(list(media_root.rglob("*.webp"))) == 2 * per_picture
    assert jobs.cleanup(now=now) == {"expired": 2, "files_removed": per_picture}
    assert len(list(media_root.rglob("*.webp"))) == per_picture  # the shared picture stays for the recent article
    old.refresh_from_db()
    shared_new.refresh_from_db()
    assert old.image_key == "" and shared_new.image_key
    assert LeadImage.objects.get(pk=old.pk).state == LeadImage.EXPIRED


def test_stats_json_reports_image_count_and_bytes(reference_data, media_root):
    jobs.attach(jobs.pending_for(make_article("Cu poză"), "https://a.example.ro/p.jpg"), photo(640, 480))
    out = StringIO()
    call_command("stats", "--json", stdout=out)
    images = json.loads(out.getvalue())["images"]
    assert images["pictures"] == 1 and images["articles_with_image"] == 1
    assert images["bytes"] == sum(p.stat().st_size for p in media_root.rglob("*.webp")) > 0
    assert images["retention_days"] == 180


def test_renditions_are_served_with_immutable_cache_headers(client, reference_data, media_root):
    lead = jobs.attach(jobs.pending_for(make_article("Servită"), "https://a.example.ro/s.jpg"), photo(400, 300))
    response = client.get(f"/media/{lead.key}-160.webp")
    assert response.status_code == 200 and response["Content-Type"] == "image/webp"
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
