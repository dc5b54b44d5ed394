"""What the API answers, as OpenAPI schemas (pydantic, through django-ninja)."""

import datetime as dt
from typing import Any

from ninja import Schema


class Error(Schema):
    detail: str


class Invalid(Schema):
    """A parameter out of its declared type or bounds (django-ninja's validation answer)."""

    detail: list[dict[str, Any]]


class CountyOut(Schema):
    id: int
    code: str
    slug: str
    name: str
    seat: str
    url: str


class CategoryOut(Schema):
    id: int
    slug: str
    name: str
    url: str


class PlaceOut(Schema):
    siruta: int  # the SIRUTA code: the `place` filter of /articles
    name: str
    kind: str  # municipiu, oraș, comună, sat
    commune: bool  # a commune, town or city: its filter includes its villages' articles
    url: str | None


class SourceOut(Schema):
    slug: str
    name: str


class ArticleOut(Schema):
    id: int
    title: str
    url: str  # the article's page on Gazeta
    original_url: str  # the outlet's own page (own articles: Gazeta's)
    published_at: dt.datetime
    updated_at: dt.datetime | None
    county: str | None
    category: str | None
    story: int | None
    source: SourceOut | None
    own: bool
    excerpt: str  # at most news.excerpt.EXCERPT_CHARS characters


class ArticleDetail(ArticleOut):
    full_text: bool  # own or licensed: the whole text follows; otherwise only the excerpt and the link
    text: str | None
    body_html: str | None


class ArticlePage(Schema):
    items: list[ArticleOut]
    next_cursor: str | None


class StoryOut(Schema):
    id: int
    title: str
    url: str
    county: str | None
    article_count: int
    source_count: int
    first_published_at: dt.datetime | None
    last_published_at: dt.datetime | None


class StoryDetail(StoryOut):
    articles: list[ArticleOut]


class StoryPage(Schema):
    items: list[StoryOut]
    next_cursor: str | None


class SearchHit(Schema):
    id: int
    title: str
    url: str
    published_at: dt.datetime
    county: str | None
    category: str | None
    story: int | None
    snippet: str  # the passage around the first term, plain text (search.snippet)


class SearchPage(Schema):
    items: list[SearchHit]
    page: int
    has_next: bool
