"""`POST /citit/`: the beacon of an article page, answered before any other middleware.

It runs first in MIDDLEWARE: sessions, CSRF, auth and URL resolution are skipped (the beacon
reads no cookie and sets none), so a view costs the counting itself (mostread.counting) and
the WSGI plumbing. The answer is always 204 with `Cache-Control: no-store`, whether or not the
view counted: a bot learns nothing from it. Pages are untouched: the beacon is its own
request, so a cached page stays cached, with the same ETag for every reader.
"""

from django.http import HttpRequest, HttpResponse

from lib.ratelimit import client_ip
from mostread import counting

PATH = "/citit/"
MAX_BODY = 16  # an article number, as text
SAME_SITE = ("same-origin", "none")  # Sec-Fetch-Site of a beacon from our own page (or typed)


def answer(status: int = 204) -> HttpResponse:
    response = HttpResponse(status=status)
    response["Cache-Control"] = "no-store"
    if status == 405:
        response["Allow"] = "POST"
    return response


def article_number(request: HttpRequest) -> int | None:
    """Return the article number the body names, or None for anything else."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None
    if not 0 < length <= MAX_BODY:
        return None
    raw = request.body.strip()
    if not (raw.isdigit() and raw.isascii()) or len(raw) > 10:
        return None
    number = int(raw)
    return number if 0 < number < 2**31 else None


def beacon(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return answer(405)
    if request.META.get("HTTP_SEC_FETCH_SITE", "same-origin") not in SAME_SITE:
        return answer()  # another site's page posting to us
    number = article_number(request)
    if number is not None:
        counting.hit(number, client_ip(request), request.META.get("HTTP_USER_AGENT", ""))
    return answer()


class BeaconMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if request.path_info == PATH:
            return beacon(request)
        return self.get_response(request)
