"""The default storage in an S3-compatible object store, as the settings build it from the environment.

Set MEDIA_S3_BUCKET and MEDIA_URL (the bucket's or its CDN's public address), and where the store
is not AWS, MEDIA_S3_ENDPOINT_URL (MinIO, Ceph, R2 …). The keys come from the usual
AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY variables, which boto3 reads itself. See docs/images.md.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

# A rendition's name never gets other content (it is named by a hash of its original).
IMMUTABLE = "public, max-age=31536000, immutable"


def s3_storage(bucket: str, media_url: str, endpoint_url: str = "", region: str = "") -> dict:
    """Return the STORAGES["default"] entry of django-storages' S3 backend for this bucket."""
    media = urlsplit(media_url)
    if media.scheme not in ("http", "https") or not media.netloc:
        raise ImproperlyConfigured("MEDIA_S3_BUCKET needs MEDIA_URL: the bucket's public address, https://…/")
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": endpoint_url or None,  # None: AWS itself
            "region_name": region or None,
            "custom_domain": media.netloc + media.path.rstrip("/"),  # the addresses pages show: under MEDIA_URL
            "url_protocol": f"{media.scheme}:",
            "querystring_auth": False,  # public, cacheable addresses, no signatures that expire
            "file_overwrite": False,
            "object_parameters": {"CacheControl": IMMUTABLE},
        },
    }
