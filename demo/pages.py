"""Render article and home pages with the clutter of real news sites, in six layouts."""

import json
import random
from html import escape

from demo import vocabulary as V
from demo.addresses import article_url
from demo.outlets import Outlet
from demo.records import Article
from demo.render import body_html, category_label, image_url, outlet_text, summary
from demo.world import BUCHAREST, World


def render_article(world: World, outlet: Outlet, article: Article, base_url: str, cutoff) -> bytes:
    """Render one article page in the outlet's layout, charset and spelling."""
    rng = random.Random(f"demo-page:{world.seed}:{article.id}")
    story = world.stories[article.story_id]
    url = article_url(article, base_url)
    local = article.published.astimezone(BUCHAREST)
    label = category_label(outlet, story.category)
    others = [a for a in world.visible(outlet.slug, cutoff) if a.id != article.id][:40]
    head = _head(world, outlet, article, url, label)
    byline = _byline(outlet, article, rng)
    when = (
        f'<time datetime="{article.published.isoformat()}" class="published">'
        f"{local.day} {V.MONTHS[local.month - 1]} {local.year}, {local:%H:%M}</time>"
    )
    figure = _figure(outlet, article, base_url)
    body = body_html(world, article)
    clutter = _clutter(outlet, others, base_url, rng)
    layout = outlet.layout
    if layout == "wordpress":
        main = (
            f'<article id="post-{article.id}" class="post type-post status-publish">'
            f'<header class="entry-header"><span class="cat-links"><a href="{base_url}/{outlet.slug}/category/{story.category}/">{label}</a></span>'
            f'<h1 class="entry-title">{escape(article.title)}</h1><div class="entry-meta">{when} {byline}</div></header>'
            f'{figure}<div class="entry-content">{_share()}{body}{clutter["inline_ad"]}</div>'
            f'<footer class="entry-footer">{clutter["tags"]}</footer></article>{clutter["related"]}{clutter["comments"]}'
        )
    elif layout == "classic":
        main = (
            f'<div id="continut"><div class="cale"><a href="{base_url}/{outlet.slug}/">Acasă</a> » {label}</div>'
            f'<h1 class="titlu">{escape(article.title)}</h1><div class="data">Publicat: {when}</div>'
            f'{figure}<div class="text">{body}</div><div class="autor">{byline}</div>'
            f"{_share()}{clutter['related']}{clutter['comments']}</div>"
        )
    elif layout == "modern":
        main = (
            f'<main><article class="article"><div class="kicker">{label}</div>'
            f'<h1 class="article__title">{escape(article.title)}</h1>'
            f'<p class="article__lead">{escape(summary(world, article, 160))}</p>'
            f'<div class="article__meta">{byline} · {when}</div>{figure}'
            f'<section class="article__body">{body}</section>{_share()}</article>'
            f"{clutter['related']}{clutter['comments']}</main>"
        )
    elif layout == "joomla":
        main = (
            f'<div class="item-page" itemscope itemtype="https://schema.org/Article">'
            f'<div class="page-header"><h2 itemprop="headline">{escape(article.title)}</h2></div>'
            f'<dl class="article-info"><dd class="category-name">Categorie: {label}</dd>'
            f'<dd class="published">{when}</dd><dd class="createdby">{byline}</dd></dl>'
            f'{figure}<div itemprop="articleBody">{body}</div>{clutter["tags"]}</div>'
            f"{clutter['related']}{clutter['comments']}"
        )
    elif layout == "portal":
        main = (
            f'<div class="story"><div class="story-head"><a class="section" href="{base_url}/{outlet.slug}/">{label}</a>'
            f'<h1>{escape(article.title)}</h1><div class="story-info">{when}<span class="sep">|</span>{byline}'
            f'<span class="views">{rng.randint(120, 9000)} vizualizări</span></div></div>{figure}{clutter["inline_ad"]}'
            f'<div class="story-body">{body}</div>{_share()}</div>{clutter["related"]}{clutter["comments"]}'
        )
    else:  # minimal
        main = (
            f'<div class="post"><h1>{escape(article.title)}</h1><p class="meta">{when} {byline}</p>'
            f'{figure}<div class="post-text">{body}</div></div>{clutter["related"]}'
        )
    html = (
        f'<!DOCTYPE html><html lang="{outlet.language}"><head>{head}</head><body class="layout-{layout}">'
        f'{clutter["cookie"]}{clutter["nav"]}{clutter["top_ad"]}<div class="wrap">{main}'
        f"{clutter['sidebar']}</div>{clutter['footer']}{clutter['scripts']}</body></html>"
    )
    return outlet_text(outlet, html).encode(outlet.encoding, errors="xmlcharrefreplace")


def render_home(world: World, outlet: Outlet, base_url: str, cutoff) -> bytes:
    """Render the outlet's home page: the latest headlines."""
    items = world.visible(outlet.slug, cutoff)[:30]
    links = "".join(f'<li><a href="{article_url(a, base_url)}">{escape(a.title)}</a></li>' for a in items)
    html = (
        f'<!DOCTYPE html><html lang="{outlet.language}"><head><meta charset="{outlet.encoding}"><title>{escape(outlet.name)}</title>'
        f'<link rel="alternate" type="application/{"atom" if outlet.feed_format == "atom" else "rss"}+xml" '
        f'href="{base_url}/{outlet.slug}/{outlet.feed_path}"></head><body><h1>{escape(outlet.name)}</h1>'
        f'<ul class="latest">{links}</ul></body></html>'
    )
    return outlet_text(outlet, html).encode(outlet.encoding, errors="xmlcharrefreplace")


def _head(world: World, outlet: Outlet, article: Article, url: str, label: str) -> str:
    title = escape(article.title)
    parts = [
        f'<meta charset="{outlet.encoding}">',
        f"<title>{title} - {escape(outlet.name)}</title>",
        f'<link rel="canonical" href="{url}">',
        f'<meta property="og:title" content="{title}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:site_name" content="{escape(outlet.name)}">',
        f'<meta name="description" content="{escape(summary(world, article, 155))}">',
        f'<meta property="article:published_time" content="{article.published.isoformat()}">',
        f'<meta property="article:section" content="{escape(label)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="stylesheet" href="/static/site.css">',
    ]
    base_url = url.split(f"/{outlet.slug}/", 1)[0]
    if article.image is not None:
        parts.append(f'<meta property="og:image" content="{image_url(article, base_url)}">')
    if article.author and outlet.layout in ("wordpress", "modern"):
        parts.append(f'<meta name="author" content="{escape(article.author)}">')
    if outlet.layout in ("modern", "portal", "wordpress"):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title,
            "datePublished": article.published.isoformat(),
            "mainEntityOfPage": url,
            "publisher": {"@type": "Organization", "name": outlet.name},
        }
        if article.author:
            data["author"] = {"@type": "Person", "name": article.author}
        if article.image is not None:
            data["image"] = [image_url(article, base_url)]
        parts.append(f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>')
    return "".join(parts)


def _byline(outlet: Outlet, article: Article, rng: random.Random) -> str:
    if not article.author:
        return '<span class="byline">Redacția</span>' if rng.random() < 0.5 else ""
    name = escape(article.author)
    return {
        "wordpress": f'<span class="byline">de <span class="author vcard"><a class="url fn n" rel="author" href="#">{name}</a></span></span>',
        "classic": f"Autor: <b>{name}</b>",
        "modern": f'<a class="article__author" rel="author" href="#">{name}</a>',
        "joomla": f'Scris de <span itemprop="author">{name}</span>',
        "portal": f'<span class="story-author">{name}</span>',
    }.get(outlet.layout, f"<em>{name}</em>")


def _figure(outlet: Outlet, article: Article, base_url: str) -> str:
    if article.image is None:
        return ""
    src = image_url(article, base_url)
    width, height, _ = article.image
    alt = escape(article.image_caption or article.title)
    if outlet.images == "lazy":
        small = src.replace(f"-{width}x{height}.", f"-{width // 2}x{height // 2}.")
        img = (
            f'<img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{src}" '
            f'data-srcset="{small} {width // 2}w, {src} {width}w" alt="{alt}" width="{width}" height="{height}">'
        )
    else:
        img = f'<img src="{src}" alt="{alt}" width="{width}" height="{height}">'
    caption = f"<figcaption>{escape(article.image_caption)}</figcaption>" if article.image_caption else ""
    return f'<figure class="lead-image">{img}{caption}</figure>'


def _share() -> str:
    return (
        '<div class="share">Distribuie: <a href="#" class="fb">Facebook</a> <a href="#" class="x">X</a> '
        '<a href="#" class="wa">WhatsApp</a> <a href="#" class="mail">E-mail</a></div>'
    )


def _clutter(outlet: Outlet, others: list[Article], base_url: str, rng: random.Random) -> dict[str, str]:
    """Return the page furniture an extractor must learn to skip."""
    links = "".join(f'<li><a href="{article_url(a, base_url)}">{escape(a.title)}</a></li>' for a in others[:35])
    related = "".join(
        f'<li><a href="{article_url(a, base_url)}">{escape(a.title)}</a></li>'
        for a in rng.sample(others, k=min(5, len(others)))
    )
    comments = "".join(
        f'<li class="comment"><b>{escape(rng.choice(V.COMMENT_NAMES))}</b>'
        f"<p>{escape(rng.choice(V.COMMENT_TEXTS))}</p></li>"
        for _ in range(rng.randint(0, 4))
    )
    menu = "".join(f'<li><a href="{base_url}/{outlet.slug}/">{m}</a></li>' for m in V.MENU_ITEMS)
    footer = "".join(f'<a href="{base_url}/{outlet.slug}/">{m}</a> ' for m in V.FOOTER_LINKS)
    ad = f'<div class="ad-slot"><span>Publicitate</span><a href="#">{escape(rng.choice(V.AD_TEXTS))}</a></div>'
    return {
        "nav": f'<nav class="main-menu"><ul>{menu}</ul></nav>',
        "cookie": '<div id="cookie-banner">Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună. <button>Accept</button></div>',
        "top_ad": ad,
        "inline_ad": ad,
        "sidebar": f'<aside class="sidebar"><h3>Cele mai citite</h3><ul>{links}</ul>{ad}'
        f'<div class="weather">Vremea: {rng.randint(-5, 30)}°C</div></aside>',
        "related": f'<div class="related"><h3>Articole similare</h3><ul>{related}</ul></div>',
        "comments": f'<section id="comments"><h3>Comentarii</h3><ol>{comments}</ol>'
        '<form class="comment-form"><textarea name="comment"></textarea><button>Trimite</button></form></section>',
        "tags": '<div class="tags">Etichete: <a href="#">local</a> <a href="#">știri</a></div>',
        "footer": f'<footer class="site-footer">{footer}<p>© {escape(outlet.name)}. Toate drepturile rezervate.</p></footer>',
        "scripts": "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>"
        "<script>document.getElementById('cookie-banner').onclick=function(){this.remove()};</script>",
    }
