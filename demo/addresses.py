"""Where a demo article lives: its URL, the link its outlet's feed gives, and its GUID.

Both the world (its ground truth) and the feed renderer need these, so they stand apart from
both; `article` is a demo.world.Article.
"""

from demo.outlets import Outlet

UTM = "utm_source=rss&utm_medium=feed&utm_campaign={slug}"


def article_url(article, base_url: str) -> str:
    return base_url + article.path


def feed_link(outlet: Outlet, article, base_url: str) -> str:
    """Return the link as the feed gives it (with tracking parameters on some outlets)."""
    url = article_url(article, base_url)
    return f"{url}?{UTM.format(slug=outlet.slug)}" if outlet.utm else url


def article_guid(outlet: Outlet, article, base_url: str) -> str:
    if outlet.feed_format == "atom":
        return f"tag:{outlet.slug}.demo,{article.published:%Y}:articol-{article.id}"
    if outlet.paginated:
        return f"{base_url}/{outlet.slug}/?p={article.id}"
    return article_url(article, base_url)
