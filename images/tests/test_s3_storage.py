"""Renditions in an S3-compatible object store: a local S3 server (moto's) started by the test,
reached through django-storages' S3 backend configured as gazeta.media_storage builds it."""

import io
import json
import re
from datetime import timedelta
from urllib.parse import urlsplit

import boto3
import httpx
import pytest
from moto.server import ThreadedMotoServer
from PIL import Image

from gazeta.media_storage import IMMUTABLE, s3_storage
from images import jobs
from images.models import LeadImage
from images.tests.photos import photo
from portal.tests.conftest import make_article, make_source

pytestmark = pytest.mark.django_db

BUCKET = "gazeta-media"
REGION = "us-east-1"
# Readers' browsers load the renditions straight from the bucket: anyone may read, only Gazeta write.
PUBLIC_READ = {
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{BUCKET}/*"}
    ],
}


@pytest.fixture(scope="module")
def s3_endpoint():
    """Serve an S3 API on 127.0.0.1 (a free port) for this module's tests; stop it after them."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings, monkeypatch):
    """Point the default storage at a fresh bucket of the local server; return a client of it."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "gazeta-test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "gazeta-test-secret")
    s3 = boto3.client("s3", endpoint_url=s3_endpoint, region_name=REGION)
    for old in s3.list_objects_v2(Bucket=BUCKET).get("Contents", []) if _exists(s3) else []:
        s3.delete_object(Bucket=BUCKET, Key=old["Key"])
    if not _exists(s3):
        s3.create_bucket(Bucket=BUCKET)
        s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_READ))  # as docs/images.md says
    settings.MEDIA_URL = f"{s3_endpoint}/{BUCKET}/"  # path-style: the bucket's public address
    settings.STORAGES = {**settings.STORAGES, "default": s3_storage(BUCKET, settings.MEDIA_URL, s3_endpoint, REGION)}
    return s3


def _exists(s3) -> bool:
    return any(b["Name"] == BUCKET for b in s3.list_buckets().get("Buckets", []))


def _keys(s3) -> list[str]:
    return sorted(item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", []))


def test_renditions_are_written_to_the_bucket_and_pages_load_them_from_it(bucket, client, reference_data, frozen_now):
    article = make_article("Pod nou peste Bistrița", source=make_source())
    lead = jobs.attach(jobs.pending_for(article, "https://img.example.ro/pod.jpg"), photo(1200, 800))
    assert _keys(bucket) == sorted(f"{lead.key}-{w}.webp" for w in (160, 320, 960))
    head = bucket.head_object(Bucket=BUCKET, Key=f"{lead.key}-960.webp")
    assert head["CacheControl"] == IMMUTABLE and head["ContentType"] == "image/webp"
    assert lead.bytes == sum(item["Size"] for item in bucket.list_objects_v2(Bucket=BUCKET)["Contents"])

    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    media_url = f"{bucket.meta.endpoint_url}/{BUCKET}/"
    lead_tag = re.search(r'<figure class="lead-figure">\s*(<img[^>]*>)', html).group(1)
    addresses = [part.split()[0] for part in re.search(r'srcset="([^"]+)"', lead_tag).group(1).split(", ")]
    assert addresses == [f"{media_url}{lead.key}-{w}.webp" for w in (160, 320, 960)]
    assert re.search(r'src="([^"]+)"', lead_tag).group(1) == f"{media_url}{lead.key}-320.webp"
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(media_url))
    assert origin in response["Content-Security-Policy"].split("img-src", 1)[1].split(";", 1)[0]
    served = httpx.get(addresses[-1], timeout=10)  # what a reader's browser asks the bucket for
    assert served.status_code == 200 and Image.open(io.BytesIO(served.content)).size == (960, 640)


def test_retention_removes_the_renditions_from_the_bucket(bucket, reference_data, settings, frozen_now):
    settings.IMAGES_RETENTION_DAYS = 30
    old = make_article("Vechi", published_at=frozen_now - timedelta(days=40))
    recent = make_article("Recent", published_at=frozen_now - timedelta(days=2))
    jobs.attach(jobs.pending_for(old, "https://a.example.ro/vechi.jpg"), photo(700, 400, seed=1))
    kept = jobs.attach(jobs.pending_for(recent, "https://a.example.ro/nou.jpg"), photo(700, 400, seed=2))
    assert len(_keys(bucket)) == 6
    assert jobs.cleanup(now=frozen_now) == {"expired": 1, "files_removed": 3}
    assert _keys(bucket) == sorted(f"{kept.key}-{w}.webp" for w in (160, 320, 700))
    assert LeadImage.objects.get(pk=old.pk).state == LeadImage.EXPIRED


def test_an_s3_bucket_needs_the_public_address_of_its_files():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        s3_storage(BUCKET, "/media/")
    options = s3_storage(BUCKET, "https://media.gazeta.example/imagini-site/")["OPTIONS"]
    assert (options["custom_domain"], options["url_protocol"]) == ("media.gazeta.example/imagini-site", "https:")
    assert options["querystring_auth"] is False and options["object_parameters"]["CacheControl"] == IMMUTABLE
