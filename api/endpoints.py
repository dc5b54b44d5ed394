"""The /api/v1/ operations: plain functions over api.reads, declared to django-ninja.

Query values are validated by their declared types and bounds (a bad one is a 422 before any
read); a well-formed name of nothing (an unknown county) is a 404. Views tell the headers
middleware (api.http) the newest change of what they answer, for Last-Modified.
"""

import datetime as dt
import re
from typing import Annotated

from django.http import HttpRequest
from django.utils import timezone
from ninja import NinjaAPI, Path, Query
from ninja.openapi.docs import Swagger
from ninja.renderers import JSONRenderer
from pydantic import BeforeValidator

from api import reads
from api.cursor import BadCursor
from api.schemas import (
    ArticleDetail,
    ArticlePage,
    CategoryOut,
    CountyOut,
    Error,
    Invalid,
    PlaceOut,
    SearchHit,
    SearchPage,
    StoryDetail,
    StoryPage,
)
from lib.site import absolute
from news.models import Locality
from portal import queries
from search import ratelimit as search_limit
from search.query import parse
from search.results import search as run_search

PAGE_SIZE, MAX_PAGE_SIZE = 20, 100
MAX_SIRUTA = 999_999  # SIRUTA codes have at most six digits
MAX_ID = 2**63 - 1  # the databases' bigint: larger ids cannot exist and would overflow the query
SLUG = r"^[a-z0-9-]{1,60}$"
CURSOR = r"^[0-9]{1,17}_[0-9]{1,18}$"
ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")
# Dates a filter may name (as the search page): outside them Bucharest time overflows the calendar.
FIRST_DAY, LAST_DAY = dt.datetime(1900, 1, 1, tzinfo=dt.UTC), dt.datetime(2999, 12, 31, tzinfo=dt.UTC)
SEARCH_MAX_PAGES = 50  # search.results.MAX_PAGES


class Renderer(JSONRenderer):
    json_dumps_params = {"ensure_ascii": False}  # Romanian text as UTF-8, not \u escapes


api = NinjaAPI(
    title="Gazeta — API public",
    version="1",
    description=(
        "Știrile celor 42 de secțiuni ale Gazetei, doar pentru citire. Textul altor publicații apare "
        "doar ca fragment, cu legătura către sursă. Listele se parcurg cu `next_cursor`."
    ),
    urls_namespace="api-v1",
    renderer=Renderer(),
    docs=Swagger(settings={"validatorUrl": None, "tryItOutEnabled": True}),
    docs_url="/docs",
)

# Groups of the docs page (Swagger UI calls an untagged operation "default").
SECTIONS, ARTICLES, STORIES, SEARCH = ["Secțiuni și localități"], ["Articole"], ["Subiecte"], ["Căutare"]

# Every operation may answer these: a name of nothing, a malformed parameter, over the client's limit.
NOT_FOUND = {404: Error, 422: Invalid, 429: Error}


def _last_modified(request: HttpRequest, moment) -> None:
    request.api_last_modified = moment


def _county_id(slug: str | None) -> int | None:
    if slug is None:
        return None
    found = queries.county_by_slug(slug)
    if found is None:
        raise LookupError(f"Județul „{slug}” nu există.")
    return found.id


def _category_id(slug: str | None) -> int | None:
    if slug is None:
        return None
    found = queries.category_by_slug(slug)
    if found is None:
        raise LookupError(f"Categoria „{slug}” nu există.")
    return found.id


def _place(siruta: int | None) -> Locality | None:
    if siruta is None:
        return None
    found = Locality.objects.filter(siruta=siruta).only("id", "commune_id").first()
    if found is None:
        raise LookupError(f"Localitatea cu codul SIRUTA {siruta} nu există.")
    return found


def _iso_text(value):
    """Refuse what pydantic would read as a date but is not ISO 8601 (a number: seconds since 1970)."""
    if not isinstance(value, str) or not ISO_START.match(value):
        raise ValueError("o dată ISO 8601, de exemplu 2026-12-05T08:00:00+02:00")
    return value


def _since(moment: dt.datetime | None) -> dt.datetime | None:
    """Return `since` as an aware time within the calendar the database takes (earlier or later: its edge)."""
    if moment is None:
        return None
    if moment.year < FIRST_DAY.year:
        return FIRST_DAY
    if moment.year > LAST_DAY.year:
        return LAST_DAY
    if timezone.is_naive(moment):  # the house rule (lib.ro.parse_iso): a time without a zone is Bucharest time
        moment = timezone.make_aware(moment)
    return min(max(moment, FIRST_DAY), LAST_DAY)


Since = Annotated[
    dt.datetime | None,
    BeforeValidator(_iso_text),
    Query(None, description="publicate de la (ISO 8601; fără fus: ora Bucureștiului)"),
]


@api.exception_handler(LookupError)
def not_found(request, error):
    return api.create_response(request, {"detail": str(error)}, status=404)


@api.exception_handler(BadCursor)
def bad_cursor(request, error):
    return api.create_response(request, {"detail": "Cursor necunoscut."}, status=404)


@api.get(
    "/counties",
    tags=SECTIONS,
    response={200: list[CountyOut], 429: Error},
    summary="Cele 42 de secțiuni: județele și Bucureștiul",
)
def counties(request: HttpRequest):
    return [
        {
            "id": c.id,
            "code": c.code,
            "slug": c.slug,
            "name": c.name,
            "seat": c.seat,
            "url": absolute(c.get_absolute_url()),
        }
        for c in queries.counties()
    ]


@api.get("/categories", tags=SECTIONS, response={200: list[CategoryOut], 429: Error}, summary="Categoriile")
def categories(request: HttpRequest):
    return [
        {"id": c.id, "slug": c.slug, "name": c.name, "url": absolute(c.get_absolute_url())}
        for c in queries.categories()
    ]


@api.get(
    "/counties/{county_slug}/places",
    tags=SECTIONS,
    response={200: list[PlaceOut], **NOT_FOUND},
    summary="Localitățile unui județ (SIRUTA), pentru filtrul „place”",
)
def places(request: HttpRequest, county_slug: str = Path(..., pattern=SLUG)):
    return reads.places(_county_id(county_slug))


@api.get(
    "/articles",
    tags=ARTICLES,
    response={200: ArticlePage, **NOT_FOUND},
    summary="Articolele vizibile, cele mai noi întâi",
)
def articles(
    request: HttpRequest,
    county: str | None = Query(None, pattern=SLUG, description="județul principal (slug)"),
    category: str | None = Query(None, pattern=SLUG, description="categoria (slug)"),
    story: int | None = Query(None, ge=1, le=MAX_ID, description="subiectul (id)"),
    place: int | None = Query(None, ge=1, le=MAX_SIRUTA, description="localitatea (cod SIRUTA)"),
    since: Since = None,
    cursor: str | None = Query(None, pattern=CURSOR, description="`next_cursor` din pagina precedentă"),
    limit: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
):
    page = reads.articles(
        limit, cursor, _county_id(county), _category_id(category), story, _since(since), _place(place)
    )
    _last_modified(request, page.last_modified)
    # reads.article_item makes each item with ArticleOut's keys, in its order, of its types: the page
    # is rendered as it is, without pydantic's second pass over every field (a third of the request's
    # CPU at 1,000,000 articles); api/tests/test_api_reads.py checks the bytes match the validated ones.
    return api.create_response(request, {"items": page.items, "next_cursor": page.next_cursor}, status=200)


@api.get(
    "/articles/{article_id}",
    tags=ARTICLES,
    response={200: ArticleDetail, **NOT_FOUND},
    summary="Un articol (textul întreg doar pentru articolele proprii și cele licențiate)",
)
def article(request: HttpRequest, article_id: int = Path(..., ge=1, le=MAX_ID)):
    found = reads.article(article_id)
    if found is None:
        raise LookupError("Articolul nu există.")
    _last_modified(request, found.pop("_modified"))
    return found


@api.get(
    "/stories",
    tags=STORIES,
    response={200: StoryPage, **NOT_FOUND},
    summary="Subiectele, cele mai recent relatate întâi",
)
def stories(
    request: HttpRequest,
    county: str | None = Query(None, pattern=SLUG, description="județul subiectului (slug)"),
    cursor: str | None = Query(None, pattern=CURSOR),
    limit: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
):
    page = reads.stories(limit, cursor, _county_id(county))
    _last_modified(request, page.last_modified)
    return {"items": page.items, "next_cursor": page.next_cursor}


@api.get(
    "/stories/{story_id}",
    tags=STORIES,
    response={200: StoryDetail, **NOT_FOUND},
    summary="Un subiect și articolele lui",
)
def story(request: HttpRequest, story_id: int = Path(..., ge=1, le=MAX_ID)):
    found = reads.story(story_id)
    if found is None:
        raise LookupError("Subiectul nu există.")
    _last_modified(request, found.pop("_modified"))
    return found


@api.get("/search", tags=SEARCH, response={200: SearchPage, **NOT_FOUND}, summary="Căutare în articole")
def search(
    request: HttpRequest,
    q: str = Query(..., min_length=1, max_length=200),
    county: str | None = Query(None, pattern=SLUG),
    category: str | None = Query(None, pattern=SLUG),
    page: int = Query(1, ge=1, le=SEARCH_MAX_PAGES),
):
    if not search_limit.allow(request, "api-search"):
        return 429, {"detail": "Prea multe căutări într-un timp scurt. Reîncercați peste un minut."}
    query = parse(q, county_id=_county_id(county), category_id=_category_id(category))
    found = run_search(query, page, timezone.now())
    items = [
        SearchHit(
            id=hit.article.pk,
            title=hit.article.title,
            url=absolute(hit.article.get_absolute_url()),
            published_at=hit.article.published_at,
            county=hit.article.county.slug if hit.article.county else None,
            category=hit.article.category.slug if hit.article.category else None,
            story=hit.article.story_id,
            snippet=hit.snippet.striptags(),
        )
        for hit in found.hits
    ]
    return {"items": items, "page": found.page, "has_next": found.has_next}
