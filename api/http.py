"""HTTP around the API: a per-client rate limit, CORS for GET, ETag/Last-Modified, caching headers.

One middleware for every /api/ address (operations, schema, docs) so no operation can forget
them. The limit counts in the project's shared cache (lib.ratelimit: one small counter per
client and minute, expiring on its own, so memory stays bounded whatever the clients).
"""

import hashlib

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified, JsonResponse
from django.utils.http import http_date, parse_http_date_safe, quote_etag

from lib import ratelimit

PREFIX = "/api/"
BROWSER_SECONDS = 60  # what the pages' cache allows too: news a minute old is still news
CORS = {
    "Access-Control-Allow-Origin": "*",  # public data, no cookies read: any site's script may read it
    "Access-Control-Allow-Methods": "GET, OPTIONS",
    "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After",
    "Access-Control-Max-Age": "86400",
}


def too_many() -> HttpResponse:
    response = JsonResponse(
        {"detail": "Prea multe cereri într-un timp scurt. Reîncercați peste un minut."},
        status=429,
        json_dumps_params={"ensure_ascii": False},
    )
    response["Retry-After"] = "60"
    return response


def not_modified(request: HttpRequest, etag: str, modified: int | None) -> bool:
    if_none_match = request.META.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        return if_none_match.strip() == "*" or etag in [
            tag.strip().removeprefix("W/") for tag in if_none_match.split(",")
        ]
    header = request.META.get("HTTP_IF_MODIFIED_SINCE")
    since = parse_http_date_safe(header) if header else None
    return since is not None and modified is not None and modified <= since


class ApiHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS":  # a CORS preflight: nothing is read
            response = HttpResponse(status=204)
        elif not ratelimit.allow(request, "api", settings.API_RATE_LIMIT):
            response = too_many()
        else:
            response = self.get_response(request)
            if request.method == "GET" and response.status_code == 200 and not response.streaming:
                response = self.validators(request, response)
        for name, value in CORS.items():
            response[name] = value
        return response

    @staticmethod
    def validators(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        """Add ETag (of the body), Last-Modified (of the newest row shown, when the view said) and caching."""
        etag = quote_etag(hashlib.blake2b(response.content, digest_size=12).hexdigest())
        moment = getattr(request, "api_last_modified", None)
        modified = int(moment.timestamp()) if moment is not None else None
        if not_modified(request, etag, modified):
            response = HttpResponseNotModified()
        response["ETag"] = etag
        if modified is not None:
            response["Last-Modified"] = http_date(modified)
        response["Cache-Control"] = f"public, max-age={BROWSER_SECONDS}"
        response["Vary"] = "Accept-Encoding"
        return response
