"""Render feeds (RSS 2.0, Atom) and the URLs, GUIDs and labels they carry."""

from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

from demo.addresses import article_guid, feed_link
from demo.hungarian import LABELS as HU_LABELS
from demo.outlets import Outlet
from demo.records import Article
from demo.vocabulary import CATEGORY_LABELS
from demo.world import World
from lib.text import LEGACY_TO_COMMA

COMMA_TO_LEGACY = {v: k for k, v in LEGACY_TO_COMMA.items()}


def outlet_text(outlet: Outlet, text: str) -> str:
    """Write text the way the outlet does: some still type legacy ş/ţ."""
    return text.translate(COMMA_TO_LEGACY) if outlet.legacy_cedilla else text


def category_label(outlet: Outlet, category: str) -> str:
    if outlet.language == "hu":
        return HU_LABELS[category]
    labels = CATEGORY_LABELS[category]
    return labels[outlet.labels_variant % len(labels)]


def image_url(article: Article, base_url: str) -> str:
    width, height, ext = article.image
    return f"{base_url}/{article.outlet}/media/{article.published:%Y/%m}/{article.id}-{width}x{height}.{ext}"


def summary(world: World, article: Article, limit: int = 280) -> str:
    """Return the first sentences of the body, cut at a word near limit characters."""
    first = " ".join(world.body(article.id)[0])
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + " […]"


def body_html(world: World, article: Article) -> str:
    return "".join(f"<p>{escape(' '.join(p))}</p>" for p in world.body(article.id))


def render_feed(world: World, outlet: Outlet, items: list[Article], base_url: str, page: int = 1) -> bytes:
    """Render the outlet's feed for these items, in its format and encoding."""
    text = (_atom if outlet.feed_format == "atom" else _rss)(world, outlet, items, base_url, page)
    text = outlet_text(outlet, text)
    if outlet.failure_mode == "malformed":
        # A CMS plugin that forgets to escape ampersands and truncates the document.
        text = text.replace("&amp;", "&").replace("</channel>", "").replace("</rss>", "")
        text = text[: int(len(text) * 0.8)]
    return text.encode(outlet.encoding, errors="xmlcharrefreplace")


def _rss(world: World, outlet: Outlet, items: list[Article], base_url: str, page: int) -> str:
    home = f"{base_url}/{outlet.slug}/"
    latest = items[0].published if items else world.start
    out = [
        f'<?xml version="1.0" encoding="{outlet.encoding.upper() if outlet.encoding != "utf-8" else "UTF-8"}"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:media="http://search.yahoo.com/mrss/">',
        "<channel>",
        f"<title>{escape(outlet.name)}</title>",
        f"<link>{home}</link>",
        f'<atom:link href="{base_url}/{outlet.slug}/{outlet.served_feed_path}" rel="self" type="application/rss+xml"/>',
        *([f'<atom:link rel="hub" href="{base_url}/_hub"/>'] if outlet.hub in ("element", "both") else []),
        f"<description>{escape(_tagline(outlet))}</description>",
        "<language>ro-RO</language>",
        f"<lastBuildDate>{format_datetime(latest.astimezone(UTC))}</lastBuildDate>",
    ]
    for article in items:
        story = world.stories[article.story_id]
        guid = article_guid(outlet, article, base_url)
        permalink = "false" if outlet.paginated else "true"
        out += [
            "<item>",
            f"<title>{escape(article.title)}</title>",
            f"<link>{escape(feed_link(outlet, article, base_url))}</link>",
            f'<guid isPermaLink="{permalink}">{escape(guid)}</guid>',
            f"<pubDate>{format_datetime(article.published.astimezone(UTC))}</pubDate>",
            f"<category><![CDATA[{category_label(outlet, story.category)}]]></category>",
        ]
        if article.author:
            out.append(f"<dc:creator><![CDATA[{article.author}]]></dc:creator>")
        out.append(f"<description><![CDATA[{summary(world, article)}]]></description>")
        if outlet.full_content:
            out.append(f"<content:encoded><![CDATA[{body_html(world, article)}]]></content:encoded>")
        if article.image is not None:
            if article.id % 2:
                out.append(
                    f'<enclosure url="{image_url(article, base_url)}" type="image/{article.image[2].replace("jpg", "jpeg")}" length="0"/>'
                )
            else:
                out.append(
                    f'<media:content url="{image_url(article, base_url)}" medium="image" '
                    f'width="{article.image[0]}" height="{article.image[1]}"/>'
                )
        out.append("</item>")
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def _atom(world: World, outlet: Outlet, items: list[Article], base_url: str, page: int) -> str:
    home = f"{base_url}/{outlet.slug}/"
    latest = items[0].published if items else world.start
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ro">',
        f"<title>{escape(outlet.name)}</title>",
        f"<subtitle>{escape(_tagline(outlet))}</subtitle>",
        f'<link rel="alternate" type="text/html" href="{home}"/>',
        f'<link rel="self" type="application/atom+xml" href="{base_url}/{outlet.slug}/{outlet.served_feed_path}"/>',
        *([f'<link rel="hub" href="{base_url}/_hub"/>'] if outlet.hub in ("element", "both") else []),
        f"<id>tag:{outlet.slug}.demo,2020:feed</id>",
        f"<updated>{_iso(latest)}</updated>",
    ]
    for article in items:
        story = world.stories[article.story_id]
        out += [
            "<entry>",
            f"<title>{escape(article.title)}</title>",
            f'<link rel="alternate" type="text/html" href="{escape(feed_link(outlet, article, base_url))}"/>',
            f"<id>{article_guid(outlet, article, base_url)}</id>",
            f"<published>{_iso(article.published)}</published>",
            f"<updated>{_iso(article.published)}</updated>",
            f'<category term="{escape(category_label(outlet, story.category))}"/>',
        ]
        if article.author:
            out.append(f"<author><name>{escape(article.author)}</name></author>")
        out.append(f'<summary type="html">{escape(summary(world, article))}</summary>')
        if outlet.full_content:
            out.append(f'<content type="html">{escape(body_html(world, article))}</content>')
        if article.image is not None:
            out.append(
                f'<link rel="enclosure" type="image/{article.image[2].replace("jpg", "jpeg")}" '
                f'href="{image_url(article, base_url)}"/>'
            )
        out.append("</entry>")
    out += ["</feed>", ""]
    return "\n".join(out)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _tagline(outlet: Outlet) -> str:
    if outlet.kind == "agency":
        return "Știri transmise de corespondenții agenției din toată țara"
    if outlet.county_code is None:
        return "Știri din România și din lume"
    from news.reference.counties import COUNTY_BY_CODE

    return f"Știri din județul {COUNTY_BY_CODE[outlet.county_code].name}"
