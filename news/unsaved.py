"""An editor's unsaved edits of a published article, kept briefly so "Previzualizare" can show them.

Saving a public article publishes the edit at once, so its preview must not save. The admin
keeps the edited, unsaved Article (the form's values, derived fields filled as a save would)
in the cache under the editor and the article; the portal's preview shows it instead of the
stored row. Nothing is written to the database; the copy expires on its own.
"""

from django.core.cache import cache

from news.models import Article

KEEP_SECONDS = 30 * 60  # long enough to read the preview and go back to the form
QUERY = "nesalvat=1"  # the preview address asks for the pending version with this


def _key(user_id: int, article_id: int) -> str:
    return f"news:unsaved-preview:{user_id}:{article_id}"


def keep(user_id: int, article: Article) -> None:
    """Keep article (edited, not saved) as user_id's pending version of it."""
    cache.set(_key(user_id, article.pk), article, KEEP_SECONDS)


def pending(user_id: int, article_id: int) -> Article | None:
    """Return user_id's unsaved version of the article, or None (never kept, expired, or not an Article)."""
    found = cache.get(_key(user_id, article_id))
    return found if isinstance(found, Article) and found.pk == article_id else None
