"""Sanitize untrusted article HTML with nh3 and an explicit allowlist; the last stage before storing."""

import html
import re
from urllib.parse import urlsplit

import nh3

from lib import embeds
from lib.text import url_scheme

# The allowlist: what an article body needs to read well, nothing that can run or track.
ALLOWED_TAGS = {
    "p",
    "br",
    "a",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "blockquote",
    "q",
    "cite",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "figure",
    "figcaption",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "caption",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "figure": {"class", "data-embed"},  # an embed's facade only (lib/embeds.py); checked below
    "img": {"src", "alt", "width", "height", "title"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
}
LINK_SCHEMES = {"http", "https", "mailto"}
IMAGE_SCHEMES = {"http", "https"}
LINK_REL = "nofollow noopener"
# Dropped with everything inside them: executable, embedded or interactive content whose text
# is not part of the article (a form's labels, an SVG's script, a MathML annotation trick).
DROP_WITH_CONTENT = {
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "noscript",
    "template",
    "form",
    "select",
    "textarea",
    "button",
    "frameset",
    "frame",
    "applet",
    "canvas",
    "audio",
    "video",
}
# Hosts whose images are counters, not pictures (analytics beacons used by Romanian outlets).
TRACKER_HOSTS = (
    "www.facebook.com",
    "facebook.com",
    "www.google-analytics.com",
    "google-analytics.com",
    "stats.g.doubleclick.net",
    "pixel.wp.com",
    "stats.wp.com",
    "trafic.ro",
    "www.trafic.ro",
    "statistics.ro",
    "www.statistics.ro",
    "sstatic1.histats.com",
    "s10.histats.com",
    "pixel.quantserve.com",
    "sb.scorecardresearch.com",
    "count.gemius.com",
    "ro.hit.gemius.pl",
    "gars.hit.gemius.pl",
    "feeds.feedburner.com",
    "feedproxy.google.com",
    "t.co",
    "bat.bing.com",
)
PIXEL_MAX = 2  # an image this many pixels wide or high (or less) shows nothing a reader sees

CITE_SCHEMES = {"http", "https"}
# An address longer than this is no link a reader follows but a payload (or a data: dump); real
# article links and image URLs stay far below 2,000 characters (the limit old browsers had).
MAX_URL = 4096
MAX_TEXT_ATTRIBUTE = 1000  # alt/title: a sentence or two, never a page
_IMG = re.compile(r"<img\b[^>]*>", re.I)
_ATTR = re.compile(r'(\w[\w-]*)="([^"]*)"')
_EMPTY_PARAGRAPH = re.compile(r"<p>(?:\s|&nbsp;|<br>)*</p>")
# An allowlisted player in the source becomes its facade before nh3 drops the iframe. Only the
# opening tag is matched (linear on any input); whatever the insertion does to broken markup,
# nh3 still decides what is kept.
_IFRAME = re.compile(r"""<iframe\b[^>]*?\ssrc\s*=\s*["']?([^"'\s>]{1,2048})[^>]*>""", re.I)
# A paragraph that is only a link to (or only the address of) an allowlisted video or post is
# an embed: how an editor adds one (the address pasted on its own line), as most CMSs do.
_LONE_LINK = re.compile(r'<p>\s*(?:<a href="([^"]{1,2048})"[^>]*>[^<]{0,300}</a>|(https?://[^\s<"]{1,2048}))\s*</p>')
_FIGURE = re.compile(r"<figure\b[^>]*>")
_FACADE = re.compile(r'<figure class="embed[^"]*"[^>]*>.*?</figure>', re.S)


def _filter_attribute(tag: str, name: str, value: str) -> str | None:
    """Keep only http(s) image sources, links and quote sources of sane length, and sane dimensions."""
    if name in ("src", "href", "cite"):
        if len(value) > MAX_URL:
            return None
        scheme = url_scheme(value)
        allowed = IMAGE_SCHEMES if tag == "img" else CITE_SCHEMES if name == "cite" else LINK_SCHEMES
        return value if scheme in allowed or not scheme else None  # relative: rewritten later
    if name in ("alt", "title"):
        return value[:MAX_TEXT_ATTRIBUTE]
    if tag == "figure":
        wanted = embeds.CLASSES.values() if name == "class" else ()
        return value if value in wanted or name == "data-embed" and embeds.is_player_url(value) else None
    if name in ("width", "height", "colspan", "rowspan"):
        return value if value.strip().isdigit() and len(value) < 6 else None
    return value


def sanitize_html(fragment: str, *, base_url: str = "") -> str:
    """Return fragment with only allowlisted markup; relative URLs made absolute against base_url."""
    if not fragment or not fragment.strip():
        return ""
    try:
        return _sanitize(fragment, base_url)
    except UnicodeEncodeError:
        # lone surrogates (from a JSON "\ud800" or a broken decoder) cannot cross into nh3
        return _sanitize(fragment.encode("utf-8", "replace").decode("utf-8"), base_url)


def _sanitize(fragment: str, base_url: str) -> str:
    """Run nh3 with the allowlist, then drop pixels and empty paragraphs; players become facades."""
    if "<iframe" in fragment.lower():
        fragment = _IFRAME.sub(_player_facade, fragment)
    cleaned = nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROP_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_filter_attribute,
        url_schemes=LINK_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
        url_relative=("rewrite_with_base", base_url) if _is_absolute(base_url) else "deny",
    )
    cleaned = _IMG.sub(_keep_image, cleaned)
    if "<figure " in cleaned:
        cleaned = _FIGURE.sub(_embed_figure, cleaned)
    if "<p>" in cleaned:
        cleaned = _LONE_LINK.sub(_lone_link_facade, cleaned)
    return _EMPTY_PARAGRAPH.sub("", cleaned).strip()


def _player_facade(match: re.Match) -> str:
    """Return an allowlisted player's facade before the (emptied) iframe nh3 drops; else the iframe."""
    found = embeds.find(match.group(1))
    return embeds.facade(found) + "<iframe>" if found else match.group(0)


def _embed_figure(match: re.Match) -> str:
    """Return a figure's opening tag: a whole facade's (class matching its player) or a plain one."""
    attributes = {name: html.unescape(value) for name, value in _ATTR.findall(match.group(0))}
    found = embeds.find(attributes.get("data-embed", ""))
    return embeds.facade(found).split(">", 1)[0] + ">" if found else "<figure>"


def _lone_link_facade(match: re.Match) -> str:
    """Return the facade for a paragraph that is only an allowlisted address, else the paragraph."""
    found = embeds.find(match.group(1) or match.group(2))
    return embeds.facade(found) if found else match.group(0)


def _is_absolute(url: str) -> bool:
    """Tell whether url is an absolute http(s) address."""
    parts = urlsplit(url or "")
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _keep_image(match: re.Match) -> str:
    """Return the img tag, or '' for images without a source and tracking pixels."""
    attributes = {name: html.unescape(value) for name, value in _ATTR.findall(match.group(0))}
    return "" if is_tracking_pixel(attributes) else match.group(0)


def is_tracking_pixel(attributes: dict[str, str]) -> bool:
    """Tell whether an img (by its attributes) is a beacon rather than a picture."""
    src = attributes.get("src", "")
    if not src:
        return True
    for dimension in ("width", "height"):
        value = attributes.get(dimension, "")
        if value.isdigit() and int(value) <= PIXEL_MAX:
            return True
    host = (urlsplit(src).hostname or "").lower()
    return host in TRACKER_HOSTS or any(host.endswith("." + tracker) for tracker in TRACKER_HOSTS)


def html_to_text(fragment: str) -> str:
    """Return the readable text of sanitized HTML, one paragraph per line."""
    if not fragment:
        return ""
    fragment = _FACADE.sub("", fragment)  # "Vezi videoclipul pe YouTube" is no part of the text
    blocks = re.sub(r"</(p|li|h[2-4]|blockquote|figcaption|tr|caption)>|<br>", "\n", fragment)
    return html.unescape(re.sub(r"<[^>]+>", "", blocks)).strip()
