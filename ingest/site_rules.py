"""Per-site extraction rules, as data: which element holds the article and which to drop.

Rules are XPath (lxml evaluates it natively; CSS would need cssselect and a translation per call).
Keys are host names without "www."; keep them in alphabetical order. A rule is added when a
site's pages come out wrong in `gazeta extract PAGE --json --url URL`; write the reason beside it.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class SiteRule:
    """How to read one site's article pages."""

    content: str = ""  # XPath of the element holding the article body; '' lets trafilatura find it
    drop: tuple[str, ...] = ()  # XPaths of elements to remove first (related boxes, ads, polls)
    image: str = ""  # XPath of the lead <img> when og:image is missing or wrong


# Clutter that every outlet has and trafilatura sometimes keeps as text, matched on one element's
# attributes and tag in a single pass over the tree. Each was added for a page that came out
# wrong: cookie banners, share bars, "Citește și" boxes, and section labels above the headline
# ("Poliție", "Învățământ") that ended up as the first line of the body. Later additions, for
# WordPress themes and Romanian custom CMSs (realworld fixtures): Romanian class names for
# comments, newsletter sign-up, "see also" and ads; tag lists; prev/next links.
# Words are matched anywhere in the attribute, case-sensitively (as XPath's contains() did: the
# list was XPath until a Python pass over the same words proved four times faster on real pages).
DROP_CLASS_WORDS = (
    "cookie",
    "gdpr",
    "newsletter",
    "share",
    "social",
    "related",
    "citeste-si",
    "read-also",
    "kicker",
    "cat-links",
    "comentari",
    "comment-respond",
    "abonare",
    "vezi-si",
    "citeste",
    "similare",
    "publicitate",
    "adsbygoogle",
    "post-tags",
    "td-tags",
    "post-navigation",
    "prevnext",
    "consent",
    "popup",
)
DROP_ID_WORDS = ("cookie", "comentari", "gdpr")
DROP_IDS = ("comments", "respond")
DROP_ROLES = ("navigation", "complementary")
DROP_TAGS = ("aside", "nav")
DROP_LINK_CLASS = "section"  # <a class="... section ...">: a section label above the headline
# A clutter match that holds several paragraphs of prose is kept (see extract.KEEP_PARAGRAPHS)
# unless its class or id says comments: a comment thread is prose too.
KEEP_IF_ARTICLE = ("comment", "coment")
# The first word of a "Citește și: <link>" line inside the body (checked further in extract.py).
READ_ALSO = ("Cite", "CITE", "Citi", "CITI", "Vezi", "VEZI", "Vă recomandăm", "Recomandare", "Află", "AFLĂ")
# The lead picture when a page has neither og:image nor a <figure>: WordPress' featured image,
# schema.org's image, and the class names themes and Romanian CMSs give its container.
LEAD_IMAGE = (
    '//img[contains(@class, "wp-post-image")]',
    '//img[@itemprop="image"]',
    '//amp-img[@itemprop="image"]',
    '//img[contains(@class, "poza") or contains(@class, "foto") or contains(@class, "featured")]',
    '//*[contains(@class, "featured") or contains(@class, "post-thumb") or contains(@class, "poza") or '
    'contains(@class, "foto-principala") or contains(@class, "imagine-principala")]//img',
)

# No outlet needs a rule of its own yet: the demo network's six layouts and our golden pages
# come out right with trafilatura and the DROP_* lists alone. Add entries here (alphabetically),
# e.g. "ziar.example": SiteRule(content='//div[@class="corp"]', drop=('//div[@class="sondaj"]',)).
SITE_RULES: dict[str, SiteRule] = {}


def rule_for(url: str) -> SiteRule | None:
    """Return the rule for url's host (with or without 'www.'), or None."""
    host = (urlsplit(url).hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    while host:
        rule = SITE_RULES.get(host)
        if rule:
            return rule
        host = host.partition(".")[2] if "." in host else ""
    return None
