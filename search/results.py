"""Run a Query: candidates from the backend, ranked by window, one page with snippets."""

import datetime as dt
from dataclasses import dataclass

from django.urls import reverse
from markupsafe import Markup

from news.models import Article
from search.backends import get_backend
from search.rank import WINDOW, rank
from search.snippet import highlight, snippet

PAGE_SIZE = 20
MAX_PAGES = 50  # 1,000 results: a reader who needs more narrows the search with the filters
# What the result list shows (search/results.html) and the snippet reads, as plain values:
# Article instances with their county, category and source cost 17 ms a page on the loaded
# bench machine against under 1 ms for the SQL itself.
PAGE_FIELDS = (
    "id",
    "slug",
    "title",
    "lead",
    "text",
    "published_at",
    "county__slug",
    "county__name",
    "category__slug",
    "category__name",
    "source__slug",
    "source__name",
    "story_id",
    "story__source_count",
    "language",
)


@dataclass(frozen=True)
class Label:
    """A county, category or source as the result list shows it."""

    name: str
    slug: str
    url_name: str = ""

    def get_absolute_url(self) -> str:
        return reverse(self.url_name, args=[self.slug])


@dataclass(frozen=True)
class Shown:
    """What the result list shows of an article: read as plain values, not model instances."""

    pk: int
    slug: str
    title: str
    published_at: dt.datetime
    county: Label | None
    category: Label | None
    source: Label | None
    story_id: int | None = None
    other_outlets: int = 0  # more outlets that told the same story ("+N publicații")
    language: str = "ro"  # the result list marks a Hungarian title lang="hu"

    def get_absolute_url(self) -> str:
        return Article.get_absolute_url(self)  # uses pk and slug only

    @property
    def story_url(self) -> str:
        return reverse("portal:story", args=[self.story_id]) if self.story_id else ""


@dataclass(frozen=True)
class Hit:
    article: Shown
    title: Markup
    snippet: Markup


@dataclass(frozen=True)
class Results:
    hits: list[Hit]
    page: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def one_per_story(ranked: list) -> list:
    """Keep the best-ranked match of each story: a story told by ten outlets is one result.

    One read of the window's story ids (at most WINDOW rows, by primary key).
    """
    story_of = dict(Article.objects.filter(pk__in=[s.id for s in ranked]).order_by().values_list("id", "story_id"))
    seen, kept = set(), []
    for scored in ranked:
        story_id = story_of.get(scored.id)
        if story_id is None or story_id not in seen:
            seen.add(story_id)
            kept.append(scored)
    return kept


def search(query, page: int, now: dt.datetime) -> Results:
    """Return one page of results.

    Pages walk windows of WINDOW matches, newest window first; inside a window the matches are
    ranked (search.rank). Rare words fit in the first window, so they are ranked as a whole.
    """
    page = max(1, min(page, MAX_PAGES))
    if query.is_empty:
        return Results([], page, False)
    per_window = max(1, WINDOW // PAGE_SIZE)
    size = per_window * PAGE_SIZE  # whole pages per window, so no match falls between two
    window, page_in_window = divmod(page - 1, per_window)
    matches = get_backend().matches(query, size + 1, offset=window * size)
    more_windows = len(matches) > size
    ranked = one_per_story(rank(query, matches[:size], now))
    start = page_in_window * PAGE_SIZE
    chosen = ranked[start : start + PAGE_SIZE]
    has_next = page < MAX_PAGES and (len(ranked) > start + PAGE_SIZE or more_windows)
    rows = {
        row[0]: row
        for row in Article.objects.filter(pk__in=[s.id for s in chosen]).order_by().values_list(*PAGE_FIELDS)
    }
    hits = []
    for scored in chosen:
        row = rows.get(scored.id)
        if row is None:
            continue  # deleted since it was matched
        (
            pk,
            slug,
            title,
            lead,
            text,
            published_at,
            county_slug,
            county,
            category_slug,
            category,
            source_slug,
            source,
            story_id,
            story_sources,
            language,
        ) = row
        shown = Shown(
            pk,
            slug,
            title,
            published_at,
            Label(county, county_slug, "portal:county") if county else None,
            Label(category, category_slug, "portal:category") if category else None,
            Label(source, source_slug) if source else None,
            story_id,
            max(0, (story_sources or 1) - 1) if story_id else 0,
            language or "ro",
        )
        hits.append(Hit(shown, highlight(title, query.terms), snippet(f"{lead} {text}", query.terms)))
    return Results(hits, page, has_next)
