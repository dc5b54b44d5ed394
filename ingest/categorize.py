"""Categorize: map an article onto Gazeta's taxonomy (first version: signature only)."""
from news.reference.categories import DEFAULT_CATEGORY


def categorize(title: str, text: str, url: str = "", source_categories: tuple[str, ...] = (),
               default: str | None = None) -> str:
    """Return the category slug of an article."""
    return default or DEFAULT_CATEGORY
