"""How a page marks an article written in another language than Romanian (issue 21).

The page itself is Romanian (`<html lang="ro">`); a Hungarian title or snippet inside it carries
`lang="hu"` so that screen readers pronounce it in Hungarian and search engines index it as such,
and the list entry says in words which language the reader will find.
"""

from markupsafe import Markup

# The phrase a list entry shows after the outlet's name, by the article's language code.
LABELS = {
    "hu": "în maghiară",
    "en": "în engleză",
    "de": "în germană",
    "fr": "în franceză",
    "it": "în italiană",
    "es": "în spaniolă",
    "uk": "în ucraineană",
    "ru": "în rusă",
}
PAGE_LANGUAGE = "ro"


def language_of(article) -> str:
    """Return the article's language code when it is a well-formed one other than the page's, else ''."""
    code = (getattr(article, "language", "") or PAGE_LANGUAGE).lower()
    if code == PAGE_LANGUAGE or not (2 <= len(code) <= 3 and code.isascii() and code.isalpha()):
        return ""
    return code


def lang_attr(article) -> Markup:
    """Return ' lang="hu"' for an article in Hungarian, '' for one in the page's language."""
    code = language_of(article)
    return Markup(' lang="{}"').format(code) if code else Markup("")


def language_label(article) -> str:
    """Return 'în maghiară' for an article in Hungarian, '' for one in Romanian."""
    code = language_of(article)
    return LABELS.get(code, f"în limba „{code}”") if code else ""
