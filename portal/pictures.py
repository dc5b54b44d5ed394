"""Picture markup data: Gazeta's own renditions of a lead image, never the outlet's file.

An article shows an image only once the images worker made its renditions (or, for a
newsroom upload still waiting for them, the uploaded file itself): every image a reader's
browser loads comes from this site (or its MEDIA host), so no outlet learns of the visit.
"""

import math
import re
from dataclasses import dataclass

from django.core.files.storage import default_storage

from lib.site import absolute, site_url

# Where each role's image is laid out (see site.css), for the `sizes` attribute:
# list thumbnails are 6.5rem wide and cropped to 4:3; lead images span the main column
# (74rem page − 21rem sidebar − gaps = 48.5rem from 60rem up, the screen less 2rem below).
THUMB_CSS_WIDTH, THUMB_RATIO = 104, 4 / 3
COLUMN_SIZES = "(min-width: 60rem) 48.5rem, calc(100vw - 2rem)"
FALLBACK_WIDTH = 320  # `src` for browsers that ignore srcset
# Thumbnails are offered up to twice their css size: a 3x phone gets the 2x file (320 px for a
# 104–139 px box). Past 2x the eye sees little on a 6.5rem picture, and a 480 px rendition made
# for those screens alone cost ~1.8 ms CPU per image to make (images/renditions.py).
THUMB_MAX_DENSITY = 2
# Placeholder colours: the average colour snapped to 3 levels per channel, one CSS class each
# (`.ph.pRGB` in site.css: the CSP forbids inline styles). 27 boxes read as "this picture's tone".
LEVELS = (0x3A, 0x80, 0xC6)
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True, slots=True)
class Picture:
    src: str
    srcset: str  # every rendition ("" for an upload still waiting for its renditions)
    width: int
    height: int
    placeholder: str  # CSS class of the average colour, or ""
    thumb_srcset: str = ""  # the renditions a thumbnail may use (see srcset_for)

    def sizes(self, role: str) -> str:
        """Return the `sizes` attribute for a role: "thumb" (cropped 4:3) or "column"."""
        return f"{thumb_css_width(self.width, self.height)}px" if role == "thumb" else COLUMN_SIZES

    def srcset_for(self, role: str) -> str:
        """Return the srcset of a role: thumbnails stop at THUMB_MAX_DENSITY, the column has every width."""
        return (self.thumb_srcset or self.srcset) if role == "thumb" else self.srcset


def thumb_css_width(width: int, height: int) -> int:
    """Return the css width a thumbnail of a width×height picture is drawn at."""
    # object-fit: cover crops a wide picture to the box's height: it needs more width.
    return max(THUMB_CSS_WIDTH, math.ceil(THUMB_CSS_WIDTH / THUMB_RATIO * width / max(height, 1)))


def thumb_widths(widths: list[int], css_width: int) -> list[int]:
    """Return the widths a thumbnail css_width px wide may load: up to the first that covers THUMB_MAX_DENSITY."""
    need = css_width * THUMB_MAX_DENSITY
    covering = next((w for w in widths if w >= need), None)
    return [w for w in widths if w < need] + ([covering] if covering else [])


def picture(article) -> Picture | None:
    """Return the picture to show for an article (an Article or a list Teaser), or None."""
    key = getattr(article, "image_key", "")
    if key:
        widths = [int(w) for w in article.image_widths.split(",") if w.isdigit()]
        if widths:
            urls = {w: default_storage.url(f"{key}-{w}.webp") for w in widths}
            src = urls[next((w for w in widths if w >= FALLBACK_WIDTH), widths[-1])]
            width = article.image_width or widths[-1]
            height = article.image_height or round(width * 9 / 16)
            thumbs = thumb_widths(widths, thumb_css_width(width, height))
            return Picture(
                src, _srcset(urls, widths), width, height, placeholder_class(article.image_color), _srcset(urls, thumbs)
            )
    upload = getattr(article, "image", None)
    if upload:  # an upload whose renditions are not made yet: the file itself, from this site
        url = upload.url if hasattr(upload, "url") else default_storage.url(upload)
        return Picture(url, "", article.image_width or 1200, article.image_height or 675, "")
    return None


def _srcset(urls: dict[int, str], widths: list[int]) -> str:
    return ", ".join(f"{urls[w]} {w}w" for w in widths)


def placeholder_class(color: str) -> str:
    """Return the placeholder class of '#rrggbb' ('' for anything else)."""
    if not color or not _HEX.match(color):
        return ""
    digits = [min(range(3), key=lambda i: abs(LEVELS[i] - int(color[j : j + 2], 16))) for j in (1, 3, 5)]
    return "ph p" + "".join(map(str, digits))


def placeholder_css() -> str:
    """Return the CSS rules of the placeholder classes (pasted into site.css; a test keeps them equal)."""
    rules = []
    for r in range(3):
        for g in range(3):
            for b in range(3):
                rules.append(f".ph.p{r}{g}{b}{{background:#{LEVELS[r]:02x}{LEVELS[g]:02x}{LEVELS[b]:02x}}}")
    return "".join(rules)


def image_url(article) -> str:
    """Return the absolute address of the article's largest own image (og:image, JSON-LD), or ''."""
    found = picture(article)
    if found is None:
        return ""
    largest = found.srcset.rsplit(", ", 1)[-1].rsplit(" ", 1)[0] if found.srcset else found.src
    return absolute(largest)


_IMG = re.compile(r"<img\b[^>]*>", re.I)
_SRC = re.compile(r"""\bsrc\s*=\s*["']?([^"'\s>]+)""", re.I)


def own_images(html: str) -> str:
    """Return sanitized body HTML without <img> tags loading from another host (no hot-linking)."""
    if "<img" not in html.lower():
        return html

    def keep(match: re.Match) -> str:
        src = _SRC.search(match.group(0))
        url = src.group(1) if src else ""
        own = url.startswith("/") and not url.startswith("//") or url.startswith(site_url() + "/")
        return match.group(0) if own else ""

    return _IMG.sub(keep, html)
