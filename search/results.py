"""Run a Query: candidates from the backend, ranked by window, one page with snippets."""
import datetime as dt
from dataclasses import dataclass

from markupsafe import Markup

from news.models import Article
from search.backends import get_backend
from search.rank import WINDOW, rank
from search.snippet import highlight, snippet

PAGE_SIZE = 20
MAX_PAGES = 50  # 1,000 results: a reader who needs more narrows the search with the filters
# What the result list shows (search/results.html) and the snippet reads; an article row has
# some 35 columns, and building them all was a third of a warm query's time.
PAGE_FIELDS = ("id", "slug", "title", "lead", "text", "published_at", "county", "category", "source",
               "county__slug", "county__name", "category__slug", "category__name", "source__name")


@dataclass(frozen=True)
class Hit:
    article: Article
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
    ranked = rank(query, matches[:size], now)
    start = page_in_window * PAGE_SIZE
    chosen = ranked[start:start + PAGE_SIZE]
    has_next = page < MAX_PAGES and (len(ranked) > start + PAGE_SIZE or more_windows)
    articles = (Article.objects.filter(pk__in=[s.id for s in chosen])
                .select_related("county", "category", "source").only(*PAGE_FIELDS).in_bulk())
    hits = []
    for scored in chosen:
        article = articles.get(scored.id)
        if article is not None:
            hits.append(Hit(article, highlight(article.title, query.terms),
                            snippet(f"{article.lead} {article.text}", query.terms)))
    return Results(hits, page, has_next)
