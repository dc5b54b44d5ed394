"""What search engines and share previews read: canonical, Open Graph, X card, NewsArticle JSON-LD."""

import json

from django.conf import settings
from django.http import HttpRequest
from markupsafe import Markup

from lib.site import absolute, site_url
from news.excerpt import shorten as cut_words
from portal import pictures

SITE_DESCRIPTION = (
    "Știrile celor 41 de județe și ale Bucureștiului, adunate din presa locală "
    "la câteva minute după publicare, fără dubluri."
)
ROBOTS = "index, follow, max-image-preview:large"
NOINDEX = "noindex, follow"
DESCRIPTION_CHARS = 200  # search snippets show ~155-160 characters; previews a little more


def shorten(text: str, limit: int = DESCRIPTION_CHARS) -> str:
    """Cut text at a word boundary, adding an ellipsis when cut."""
    return cut_words(text, limit)


def canonical_of(request: HttpRequest) -> str:
    page = request.GET.get("pagina", "")
    suffix = f"?pagina={int(page)}" if page.isascii() and page.isdigit() and len(page) <= 4 and int(page) > 1 else ""
    return absolute(request.path + suffix)


def page_meta(
    request: HttpRequest,
    title: str | None,
    description: str,
    image: str = "",
    og_type: str = "website",
    canonical: str | None = None,
) -> dict:
    """Return the head metadata of a page; title None means the site's home."""
    full_title = f"{title} — {settings.SITE_NAME}" if title else f"{settings.SITE_NAME} — știri din toate județele"
    canonical = canonical or canonical_of(request)
    description = shorten(description)
    og = [
        ("og:type", og_type),
        ("og:site_name", settings.SITE_NAME),
        ("og:locale", "ro_RO"),
        ("og:title", title or settings.SITE_NAME),
        ("og:description", description),
        ("og:url", canonical),
    ]
    twitter = [
        ("twitter:card", "summary_large_image" if image else "summary"),
        ("twitter:title", title or settings.SITE_NAME),
        ("twitter:description", description),
    ]
    if image:
        og.append(("og:image", image))
        twitter.append(("twitter:image", image))
    return {
        "title": full_title,
        "description": description,
        "canonical": canonical,
        "robots": ROBOTS,
        "og": og,
        "twitter": twitter,
        "json_ld": None,
    }


def story_list(title: str, items: list[tuple[str, str]]) -> dict:
    """Return the schema.org ItemList of a story: every outlet's article, in the order they were published."""
    return {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": title,
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": headline, "url": url}
            for n, (headline, url) in enumerate(items, start=1)
        ],
    }


def image_of(article) -> str:
    """Return the absolute address of an article's own lead image (the largest rendition), or ''."""
    return pictures.image_url(article)


def news_article(article, canonical: str) -> dict:
    """Return the schema.org NewsArticle of an article (Google's required and recommended fields)."""
    from lib.ro import iso

    if article.author_id:
        author = {"@type": "Person", "name": article.author.name, "url": absolute(article.author.get_absolute_url())}
    elif article.author_name:
        author = {"@type": "Person", "name": article.author_name}
    else:
        author = {"@type": "Organization", "name": article.byline}
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "mainEntityOfPage": canonical,
        "url": canonical,
        "datePublished": iso(article.published_at),
        "dateModified": iso(article.updated_at or article.published_at),
        "author": [author],
        "inLanguage": "ro",
        "publisher": {"@type": "Organization", "name": settings.SITE_NAME, "url": site_url() + "/"},
        "description": shorten(article.snippet or article.lead or article.text),
    }
    if image_of(article):
        data["image"] = [image_of(article)]
    if article.category_id:
        data["articleSection"] = article.category.name
    if not article.is_own and article.url:
        data["isBasedOn"] = article.url
    if article.county_id:
        data["contentLocation"] = {"@type": "Place", "name": article.county.label}
    return data


def json_ld(data: dict) -> Markup:
    """Serialise JSON-LD for a <script type="application/ld+json"> block, safe against '</script>'."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def article_meta(request: HttpRequest, article) -> dict:
    """Return the head metadata of an article page, with its NewsArticle JSON-LD."""
    canonical = absolute(article.get_absolute_url())
    meta = page_meta(
        request,
        title=article.title,
        description=article.snippet or article.lead or article.text,
        image=image_of(article),
        og_type="article",
        canonical=canonical,
    )
    from lib.ro import iso

    meta["og"] += [("article:published_time", iso(article.published_at))]
    if article.updated_at:
        meta["og"].append(("article:modified_time", iso(article.updated_at)))
    if article.category_id:
        meta["og"].append(("article:section", article.category.name))
    meta["json_ld"] = json_ld(news_article(article, canonical))
    return meta
