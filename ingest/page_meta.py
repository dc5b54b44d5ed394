"""An article page's metadata as real CMSs write it: JSON-LD, meta tags, bylines, textual dates, titles.

Everything here reads the one lxml tree extract.py parsed (no second parse of the page) and
runs before clutter is dropped, because bylines and dates often sit in blocks that are clutter.
"""

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from lxml import etree

from ingest.dates import find_date, parse_date
from news.text import fold as text_fold

_JSON_LD = etree.XPath('//script[@type="application/ld+json"]/text()')
_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "webpage",
    "liveblogposting",
}
MAX_JSON_LD = 256 * 1024  # a JSON-LD block larger than this is a data dump, not an article's metadata

# The headline: <h1>, or on older CMSs an element whose class says title ("titlu" in Romanian).
_H1 = etree.XPath("//h1")
_TITLE_CLASS = etree.XPath(
    '//*[@class][contains(@class, "titlu") or contains(@class, "headline") or '
    'contains(@class, "entry-title") or contains(@class, "post-title")]'
    '[not(ancestor::*[contains(@class, "related") or contains(@class, "widget")])]'
)
_PAGE_TITLE = etree.XPath('//meta[@property="og:title"]/@content | //title/text()')
MAX_HEADLINE = 300
_SITE_NAME = etree.XPath('//meta[@property="og:site_name"]/@content')
# Elements whose class names a date, in English or Romanian ("data", "ora", "publicat"), after the
# headline first (a top bar with today's date comes before it), then anywhere.
_DATE_CLASS = (
    'contains(@class, "date") or contains(@class, "data") or contains(@class, "time") or '
    'contains(@class, "publicat") or contains(@class, "meta") or contains(@class, "info") or '
    'contains(@class, "ora")'
)
# ([@class] first: the same elements, a third faster, as elements without a class skip the seven tests;
# "(//h1)[1]", the page's first headline, not "//h1[1]", every headline that is its parent's first,
# each walking the rest of the page: on the 116 of 300 real pages that look for a visible date, the
# same dates in 1.8 ms a page instead of 4.1)
_DATE_AFTER_H1 = etree.XPath(f"(//h1)[1]/following::*[@class][{_DATE_CLASS}][position() <= 12]")
_DATE_ANYWHERE = etree.XPath(f"//*[@class][{_DATE_CLASS}][position() <= 12]")
_TIME_DATETIME = etree.XPath(
    "(//h1)[1]/following::time[@datetime][1]/@datetime | //article//time[@datetime][1]/@datetime"
)
_PUBLISHED_TEXT = etree.XPath(
    '(//h1)[1]/following::text()[contains(., "Publicat") or contains(., "publicat")][position() <= 3]'
)
MAX_DATE_TEXT = 160  # a date line is short; longer text is a paragraph that happens to hold a date

# Bylines that only the visible text names (no meta tag): an element whose class says author,
# or text that starts with a Romanian byline phrase. Seen on older CMSs ("Autor: <b>..</b>"),
# Sahifa ("post-meta-author"), tagDiv ("td-post-author-name"), JNews ("jeg_meta_author") and
# custom CMSs ("semnatura" is Romanian for signature).
_BYLINE_ELEMENTS = etree.XPath(
    '//*[@class or @itemprop or @rel][contains(@class, "autor") or contains(@class, "author") or '
    'contains(@class, "byline") or contains(@class, "semnatura") or @itemprop="author" or @rel="author"]'
    '[not(ancestor::*[contains(@class, "comment") or contains(@class, "related")])]'
    ' | //p[starts-with(normalize-space(.), "Autor:") or starts-with(normalize-space(.), "Autor ")'
    ' or starts-with(normalize-space(.), "Text:") or starts-with(normalize-space(.), "Sursa foto")]'
)
_META_AUTHOR = etree.XPath(
    '//meta[@name="author" or @property="article:author" or @name="dc.creator"'
    ' or @name="sailthru.author" or @name="parsely-author"]/@content'
)
_BYLINE_PREFIX = re.compile(
    r"^\s*(articol scris de|scris de|autor(ul)?|text|de|by|semnat de|publicat de)\b\s*:?\s*", re.I
)
MAX_BYLINE_WORDS = 6  # two people's names, perhaps; longer is a sentence, not a byline
# Bylines that name no one: the CMS's account names (never shown) and the newsroom (shown only
# when the page names no person). Folded: lower case, no diacritics.
_ACCOUNT_NAMES = {
    "admin",
    "administrator",
    "editor",
    "webmaster",
    "user",
    "utilizator",
    "staff",
    "root",
    "autor",
    "author",
    "guest",
    "anonim",
    "anonymous",
    "wordpress",
    "publisher",
}
_NEWSROOM = re.compile(r"^(redac(t|ti|ț|ți)[a-z]*|echipa|comunicat( de presa)?|stiri|newsroom|desk)\b")
# Separators between a headline and the site's name in <title>/og:title ("Titlu - Site", "Titlu | Site").
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|\-–—:»·•]|::)\s+")
MAX_SITE_NAME_WORDS = 5


@dataclass
class PageMeta:
    """What the page says about itself, before the body is extracted."""

    title: str = ""  # the JSON-LD headline
    headings: tuple[str, ...] = ()  # <h1> texts (and title-classed elements)
    page_titles: tuple[str, ...] = ()  # og:title and <title>, with the site's name
    site_name: str = ""
    authors: list[str] = field(default_factory=list)  # candidates, best first
    published: datetime | None = None
    image: str = ""
    image_caption: str = ""
    body: str = ""  # the JSON-LD articleBody, a candidate when the page's extraction looks wrong


def read_page_meta(tree, url: str = "") -> PageMeta:
    """Return the page's JSON-LD, headline, site name, author candidates and publication date."""
    meta = PageMeta()
    article, by_id = _json_ld_article(tree)
    if article:
        meta.title = _clean(_string(article.get("headline") or article.get("name")))
        meta.authors += _ld_people(article.get("author"), by_id)
        meta.published = parse_date(_string(article.get("datePublished") or article.get("dateCreated")))
        meta.image, meta.image_caption = _ld_image(article.get("image"), url, by_id)
        meta.body = _string(article.get("articleBody"))[:MAX_JSON_LD]
    headings = _H1(tree) or _TITLE_CLASS(tree)  # title-classed elements only on pages without <h1>
    meta.headings = tuple(t for t in (_clean(h.text_content()) for h in headings[:4]) if 0 < len(t) <= MAX_HEADLINE)
    meta.page_titles = tuple(_clean(str(t)) for t in _PAGE_TITLE(tree)[:2])
    site = _SITE_NAME(tree)
    meta.site_name = _clean(str(site[0])) if site else ""
    meta.authors += [_clean(a) for a in _META_AUTHOR(tree)]
    if not any(author_kind(n, meta.site_name) == "person" for a in meta.authors for n in _split_names(a)):
        meta.authors += bylines(tree)  # the visible byline only when the machine-readable ones name no one
    return meta


def visible_date(tree) -> datetime | None:
    """Return the publication date a page shows: <time datetime> or a Romanian date near the headline."""
    for value in _TIME_DATETIME(tree):
        when = parse_date(str(value))
        if when:
            return when
    for text in _PUBLISHED_TEXT(tree):
        when = find_date(str(text)[:MAX_DATE_TEXT])
        if when:
            return when
    for xpath in (_DATE_AFTER_H1, _DATE_ANYWHERE):
        for element in xpath(tree):
            if element.tag in ("html", "body", "script", "style"):
                continue
            text = " ".join(element.text_content().split())
            if len(text) <= MAX_DATE_TEXT:
                when = find_date(text)
                if when:
                    return when
    return None


def bylines(tree) -> list[str]:
    """Return the names visible bylines give, in page order."""
    names = []
    for element in _BYLINE_ELEMENTS(tree)[:6]:
        if element.tag == "meta":
            continue
        name = clean_byline(element.text_content())
        if name:
            names.append(name)
    return names


def clean_byline(text: str) -> str:
    """Return the name(s) in a byline ('De Ion Pop -' -> 'Ion Pop'), or '' when it is not a byline."""
    name = _BYLINE_PREFIX.sub("", " ".join((text or "").split())).strip(" ,.|·-–—:")
    name = _BYLINE_PREFIX.sub("", name).strip(" ,.|·-–—:")  # "Autor: de Ion Pop"
    if not name or len(name.split()) > MAX_BYLINE_WORDS or any(ch.isdigit() for ch in name):
        return ""
    return name


def choose_author(candidates, site_name: str = "") -> str:
    """Return the first candidate naming a person; else the newsroom's byline; never an account name."""
    newsroom = ""
    for candidate in candidates:
        for name in _split_names(candidate):
            kind = author_kind(name, site_name)
            if kind == "person":
                return _join_people(candidates, site_name, candidate)
            if kind == "newsroom" and not newsroom:
                newsroom = name
    return newsroom


def author_kind(name: str, site_name: str = "") -> str:
    """Tell whether a byline is a 'person', the 'newsroom' ('Redacția', the site's name) or an 'account'."""
    folded = fold(name)
    if not folded or folded in _ACCOUNT_NAMES or "@" in name or folded.startswith(("http", "www")):
        return "account"
    if _NEWSROOM.match(folded) or (site_name and folded == fold(site_name)):
        return "newsroom"
    return "person"


def _join_people(candidates, site_name: str, chosen: str) -> str:
    """Return the people of the chosen candidate, joined with ', ' (JSON-LD may list several)."""
    people = [n for n in _split_names(chosen) if author_kind(n, site_name) == "person"]
    return ", ".join(dict.fromkeys(people))


def _split_names(value: str) -> list[str]:
    """Return the names in a byline that lists several ('A; B', 'A, B', 'A și B')."""
    return [n.strip() for n in re.split(r"\s*(?:;|,|\bși\b|\bsi\b|\band\b|&)\s*", value or "") if n.strip()]


def clean_title(title: str, meta: PageMeta, url: str = "", trafilatura_site: str = "") -> str:
    """Return the headline without the site's name ("Titlu - Site" -> "Titlu")."""
    title = _clean(title)
    for full in (title,) + meta.page_titles:
        for heading in (meta.title,) + meta.headings:
            if heading and _is_part(heading, full):
                return heading
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title
    head, tail = title[: separators[-1].start()], title[separators[-1].end() :]
    if _is_site_name(tail, meta.site_name or trafilatura_site, url) and len(head.split()) >= 2:
        return head
    return title


def _is_part(heading: str, title: str) -> bool:
    """Tell whether heading is the whole title or the part before or after its separator."""
    if title == heading:
        return True
    if title.startswith(heading) and _TITLE_SEPARATOR.match(title[len(heading) :]):
        return True
    if title.endswith(heading) and len(heading.split()) >= 3:
        before = title[: len(title) - len(heading)]
        return bool(re.search(r"\s+(?:[|\-–—:»·•]|::)\s+$", before))
    return False


def _is_site_name(text: str, site_name: str, url: str) -> bool:
    """Tell whether the end of a title is the site's name (og:site_name, or the host's words)."""
    folded = fold(text)
    if not folded or len(folded.split()) > MAX_SITE_NAME_WORDS:
        return False
    if site_name and folded == fold(site_name):
        return True
    host = re.sub(r"[^a-z0-9]", "", (urlsplit(url).hostname or "").lower())
    squeezed = re.sub(r"[^a-z0-9]", "", folded)
    return bool(host and len(squeezed) >= 4 and squeezed in host)


def fold(text: str) -> str:
    """Return text lower case, without diacritics or extra spaces (news.text.fold, spaces collapsed)."""
    return " ".join(text_fold(text or "").split())


def _json_ld_article(tree) -> tuple[dict | None, dict]:
    """Return the page's first JSON-LD article object (or None) and its objects by @id (Yoast refers by @id)."""
    fallback = None
    by_id: dict[str, dict] = {}
    for block in _JSON_LD(tree):
        if len(block) > MAX_JSON_LD:
            continue
        try:
            data = json.loads(block.strip().rstrip(";"))
        except ValueError:
            continue
        for node in _nodes(data):
            if isinstance(node.get("@id"), str):
                by_id.setdefault(node["@id"], node)
            types = node.get("@type")
            types = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
            if types & (_ARTICLE_TYPES - {"webpage"}):
                return node, _graph_ids(data, by_id)
            if "webpage" in types and fallback is None and node.get("datePublished"):
                fallback = node
    return fallback, by_id


def _graph_ids(data, by_id: dict) -> dict:
    """Return by_id completed with every object of data that has an @id."""
    for node in _nodes(data):
        if isinstance(node.get("@id"), str):
            by_id.setdefault(node["@id"], node)
    return by_id


def _nodes(data, depth: int = 0):
    """Yield the objects of a JSON-LD document: the root, list items and @graph members."""
    if depth > 3:
        return
    if isinstance(data, list):
        for item in data[:50]:
            yield from _nodes(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if isinstance(data.get("@graph"), list):
            yield from _nodes(data["@graph"], depth + 1)


def _ld_people(value, by_id: dict | None = None) -> list[str]:
    """Return the names of a JSON-LD author: a string, an object, a reference by @id, or a list of those."""
    if isinstance(value, list):
        names = [n for v in value[:10] for n in _ld_people(v, by_id)]
        return ["; ".join(names)] if names else []
    if isinstance(value, dict):
        if not value.get("name") and by_id and isinstance(value.get("@id"), str):
            value = by_id.get(value["@id"], {})
        value = value.get("name")
    name = _clean(_string(value))
    return [name] if name else []


def _ld_image(value, url: str, by_id: dict | None = None) -> tuple[str, str]:
    """Return (url, caption) of a JSON-LD image: a URL, an ImageObject, a reference by @id or a list of those."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict) and not (value.get("url") or value.get("contentUrl")) and by_id:
        value = by_id.get(str(value.get("@id")), {})
    if isinstance(value, dict):
        src, caption = _string(value.get("url") or value.get("contentUrl")), _clean(_string(value.get("caption")))
    else:
        src, caption = _string(value), ""
    src = src.strip()
    if not src:
        return "", ""
    return (urljoin(url, src) if url else src), caption


def _string(value) -> str:
    """Return value when it is a string, else ''."""
    return value if isinstance(value, str) else ""


def _clean(text: str) -> str:
    """Return text on one line."""
    return " ".join((text or "").split())
