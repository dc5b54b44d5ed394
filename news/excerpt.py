"""How much of another outlet's text Gazeta shows outside its own pages: an excerpt, never more.

Own and licensed articles (Article.shows_full_text) show their whole text; every other article
shows at most EXCERPT_CHARS of its snippet (or lead, or text) and a link to the outlet. The
article page, the public API and the newsletters all read this one rule.
"""

EXCERPT_CHARS = 600  # about three sentences: enough to tell what happened, not to replace the outlet's page


def shorten(text: str, limit: int) -> str:
    """Cut text at a word boundary, adding an ellipsis when cut."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.-–")
    return cut + "…"


def excerpt(snippet: str, lead: str = "", text: str = "") -> str:
    """Return what may be shown of an article that is not shown whole: the first non-empty of the three, cut."""
    return shorten(snippet or lead or text, EXCERPT_CHARS)


def excerpt_of(article) -> str:
    """Return excerpt() of an Article (or any object with snippet, lead and text)."""
    return excerpt(article.snippet, article.lead, article.text)
