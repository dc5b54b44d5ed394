"""One bounded GET for the widgets' outside services (called by the scheduler only)."""

import httpx
from django.conf import settings

from lib.text import ascii_header

TIMEOUT = 15.0  # seconds; the scheduler runs every 30-60 min, a slow answer can wait for the next run
MAX_BYTES = 2 * 1024 * 1024  # the 42-seat forecast is ~40 KB and BNR's XML ~5 KB


class ServiceError(Exception):
    """An outside service failed; the message starts with the service's name."""


def get_bytes(service: str, url: str, params: dict | None = None) -> bytes:
    """Return the body of a 200 answer, or raise ServiceError('<service>: ...')."""
    headers = {"User-Agent": ascii_header(settings.INGEST_USER_AGENT)}
    try:
        with httpx.Client(timeout=TIMEOUT, follow_redirects=True, headers=headers) as client:
            with client.stream("GET", url, params=params) as response:
                if response.status_code != 200:
                    raise ServiceError(f"{service}: HTTP {response.status_code} from {response.url}")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > MAX_BYTES:
                        raise ServiceError(f"{service}: answer larger than {MAX_BYTES} bytes")
                return bytes(body)
    except httpx.HTTPError as error:
        raise ServiceError(f"{service}: {type(error).__name__}: {error}") from error
