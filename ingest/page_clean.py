"""Reshape an article page's tree before trafilatura reads it: clutter dropped, lazy images resolved, lead figure found.

Split from extract.py (which runs the cascade); everything here works in place on the one lxml
tree extract.py parsed.
"""

import re
from urllib.parse import urljoin

from lxml import etree

from ingest.page_meta import PageMeta
from ingest.site_rules import (
    DROP_CLASS_WORDS,
    DROP_ID_WORDS,
    DROP_IDS,
    DROP_LINK_CLASS,
    DROP_ROLES,
    DROP_TAGS,
    KEEP_IF_ARTICLE,
    LEAD_IMAGE,
    READ_ALSO,
    SiteRule,
)

# One pass over the tree for all the clutter every outlet has (site_rules' DROP_* lists).
_DROP_CLASS = re.compile("|".join(map(re.escape, DROP_CLASS_WORDS)))
_DROP_ID = re.compile("|".join(map(re.escape, DROP_ID_WORDS)))
_TAXONOMY_PREFIXES = ("tag-", "category-")
# "Citește și: <a>..</a>" paragraphs inside the body, found by their first word, then checked in Python.
_READ_ALSO_CANDIDATES = etree.XPath(
    "//p[" + " or ".join(f'starts-with(normalize-space(.), "{word}")' for word in READ_ALSO) + "]"
)
_READ_ALSO_LINE = re.compile(
    r"^(cite[șşs]te|citi[țţt]i|vezi|v[ăa] recomand[ăa]m|recomandare|afl[ăa])"
    r"(\s+(și|şi|si|mai mult|aici))?\b.{0,200}$",
    re.I | re.S,
)
# A clutter match holding this much prose is the article whose class only happens to contain a
# clutter word (JNews' "entry-content no-share", "post-social-content"): kept. Related blocks with
# excerpts stay under it: 3 excerpts of ~120 characters.
KEEP_PARAGRAPHS, KEEP_CHARS = 3, 400
_LEAD_IMAGE = etree.XPath("(" + " | ".join(LEAD_IMAGE) + ")[1]")
_CAPTION_CLASS = ("caption", "legenda", "legendă", "descriere-foto", "credit")

LAZY_ATTRIBUTES = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-url")
LAZY_SRCSET = ("data-srcset", "data-lazy-srcset", "srcset")
_PLACEHOLDER = re.compile(
    r"^data:|placeholder|blank\.|lazy|spacer|pixel\.|1x1|empty\.|-empty|transparent\.|"
    r"loading\.|loader\.|dummy\.|grey\.gif|gray\.gif",
    re.I,
)
_OG_IMAGE = etree.XPath('//meta[@property="og:image" or @name="og:image"]/@content')


def resolve_lazy_images(tree, base_url: str) -> None:
    """Give lazily loaded images their real source (data-src, srcset's largest), made absolute."""
    for img in tree.iter("img"):
        src = (img.get("src") or "").strip()
        # a lazy attribute always holds the real picture: the src beside it is a placeholder
        # (jeg-empty.png, a grey GIF) or a blurred low-quality preview
        real = next((img.get(a).strip() for a in LAZY_ATTRIBUTES if (img.get(a) or "").strip()), "")
        if real and not real.startswith("data:"):
            src = real
        elif not src or _PLACEHOLDER.search(src):
            real = next((best_srcset(img.get(a)) for a in LAZY_SRCSET if img.get(a)), "")
            if not real:
                # libxml2 does not know <source> is void, so the img may sit inside it
                picture = next(img.iterancestors("picture"), None)
                source = picture.find(".//source") if picture is not None else None
                if source is not None:
                    real = best_srcset(source.get("srcset") or source.get("data-srcset") or "")
            if real:
                src = real
        if src:
            img.set("src", urljoin(base_url, src) if base_url else src)
        for attribute in LAZY_ATTRIBUTES + LAZY_SRCSET:
            img.attrib.pop(attribute, None)


def best_srcset(srcset: str) -> str:
    """Return the largest candidate of a srcset ('a.jpg 480w, b.jpg 1024w' -> 'b.jpg')."""
    best, best_size = "", -1.0
    for candidate in (srcset or "").split(","):
        parts = candidate.strip().split()
        if not parts:
            continue
        size = 1.0
        if len(parts) > 1:
            try:
                size = float(parts[1][:-1]) if parts[1][-1] in "wx" else 1.0
            except ValueError:
                size = 1.0
        if size > best_size:
            best, best_size = parts[0], size
    return best


def apply_rule(tree, rule: SiteRule | None):
    """Drop clutter (common and per-site) and, when the site's content element is found, keep only it."""
    found = [e for e in _common_clutter(tree) if not _is_article_prose(e)]
    found += [e for e in _READ_ALSO_CANDIDATES(tree) if _is_read_also(e)]
    for xpath in rule.drop if rule else ():
        found += tree.xpath(xpath)
    for element in found:
        if element.tag not in ("html", "body", "head") and element.getparent() is not None:
            element.drop_tree()
    if rule and rule.content:
        found = tree.xpath(rule.content)
        body = tree.find("body")
        if found and body is not None:
            content = found[0]
            for child in list(body):
                body.remove(child)
            body.append(content)
    return tree


def _common_clutter(tree) -> list:
    """Return the elements that DROP_* names, in document order."""
    found = []
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag in DROP_TAGS:
            found.append(element)
            continue
        attributes = element.attrib
        if not attributes:
            continue
        css, ident = _role_classes(attributes.get("class")), attributes.get("id")
        if (
            (css and (_DROP_CLASS.search(css) or (tag == "a" and DROP_LINK_CLASS in css.split())))
            or (ident and (ident in DROP_IDS or _DROP_ID.search(ident)))
            or attributes.get("role") in DROP_ROLES
            or attributes.get("aria-hidden") == "true"
        ):
            found.append(element)
    return found


def _role_classes(css: str | None) -> str | None:
    """Return a class attribute without WordPress' taxonomy classes ("tag-comentarii", "category-social").

    Those name what the article is about, not what the element is: WordPress gives the post's own
    container a class per tag, category and custom taxonomy term ("internet-estallido-comentarios"
    on a Cuban daily) beside "type-post" and "hentry"; such a container is the post, not a comment box.
    """
    if not css or ("tag-" not in css and "category-" not in css):
        return css
    words = css.split()
    if "type-post" in words or "hentry" in words:
        return ""
    return " ".join(word for word in words if not word.startswith(_TAXONOMY_PREFIXES))


def _is_article_prose(element) -> bool:
    """Tell whether a clutter match is really the article body (several paragraphs of unlinked prose).

    A comment thread is prose too, so a match whose class or id says comments is kept only when it
    holds the headline (<h1>): then it is the page's main container, whatever its class lists.
    """
    if element.tag in ("html", "body"):
        return False
    paragraphs = element.findall(".//p")
    if len(paragraphs) < KEEP_PARAGRAPHS:
        return False
    prose = sum(len(p.text_content()) for p in paragraphs)
    linked = sum(len(a.text_content()) for a in element.iter("a"))
    if prose < KEEP_CHARS or linked * 2 >= prose:
        return False
    names = ((_role_classes(element.get("class")) or "") + " " + element.get("id", "")).lower()
    return not any(word in names for word in KEEP_IF_ARTICLE) or element.find(".//h1") is not None


def _is_read_also(element) -> bool:
    """Tell whether an element is a "Citește și: <link>" line, not prose that starts with "Vezi"."""
    text = " ".join(element.text_content().split())
    return bool(_READ_ALSO_LINE.match(text)) and element.find(".//a") is not None and element.tag != "body"


def lead_figure(tree, rule: SiteRule | None, base_url: str, meta: PageMeta):
    """Return (src, caption, alt, img) of the lead image: og:image's figure, the rule's image, or the first figure.

    Runs before lazy images are resolved so that every candidate (src, data-src, srcset) of a
    figure can be matched against og:image, which is often another size of the same picture.
    """
    og = first_value(tree, _OG_IMAGE) or meta.image
    og = urljoin(base_url, og) if og and base_url else og
    figures = tree.xpath("//figure[.//img]")
    chosen = None
    for figure in figures:
        img = figure.find(".//img")
        if not og or _stem(og) in {_stem(c) for c in _candidates(img)}:
            chosen = figure
            break
    if chosen is None and figures and not og:
        chosen = figures[0]
    if chosen is not None:
        img = chosen.find(".//img")
        caption = chosen.find(".//figcaption")
        text = " ".join(caption.text_content().split()) if caption is not None else ""
        return og, text, img.get("alt", ""), img
    if rule and rule.image:
        found = tree.xpath(rule.image)
        if found:
            return og, "", found[0].get("alt", ""), found[0]
    found = _LEAD_IMAGE(tree)
    if found:
        return og, _caption_near(found[0]), found[0].get("alt", ""), found[0]
    return og, "", "", None


def _caption_near(img) -> str:
    """Return the caption beside a lead image outside <figure> (Sahifa, JNews, custom CMSs), or ''."""
    holder = img.getparent()
    for _ in range(3):
        if holder is None:
            return ""
        for element in [*holder.iterdescendants(), holder.getnext()]:
            if (
                element is not None
                and isinstance(element.tag, str)
                and any(word in (element.get("class") or "").lower() for word in _CAPTION_CLASS)
            ):
                text = " ".join(element.text_content().split())
                if text:
                    return text
        holder = holder.getparent() if holder.tag not in ("article", "body", "main") else None
    return ""


_SIZE_SUFFIX = re.compile(r"([-_]\d{2,4}(x\d{2,4})?|[-_](small|medium|large|thumb|mare|mic))$", re.I)


def _stem(url: str) -> str:
    """Return an image file's name without directory, extension or size suffix ('a-800x450.jpg' -> 'a')."""
    name = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return _SIZE_SUFFIX.sub("", name).lower()


def _candidates(img) -> list[str]:
    """Return every image address an img names: src, lazy attributes and srcset entries."""
    found = [img.get(a, "") for a in ("src",) + LAZY_ATTRIBUTES]
    for attribute in LAZY_SRCSET:
        found += [part.strip().split()[0] for part in (img.get(attribute) or "").split(",") if part.strip()]
    return [url for url in found if url and not url.startswith("data:")]


def first_value(tree, xpath) -> str:
    """Return the first string an XPath (text or compiled) yields, stripped, or ''."""
    found = xpath(tree) if callable(xpath) else tree.xpath(xpath)
    return str(found[0]).strip() if found else ""
