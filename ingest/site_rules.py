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


# Clutter that every outlet has and trafilatura sometimes keeps as text, as XPath predicates on
# one element (joined with "or" into a single pass over the tree). Each was added for a page
# that came out wrong: cookie banners, share bars, "Citește și" boxes, and section labels above
# the headline ("Poliție", "Învățământ") that ended up as the first line of the body.
COMMON_DROP = (
    'contains(@class, "cookie")', 'contains(@id, "cookie")', 'contains(@class, "gdpr")',
    'contains(@class, "newsletter")', 'contains(@class, "share")', 'contains(@class, "social")',
    'contains(@class, "related")', 'contains(@class, "citeste-si")', 'contains(@class, "read-also")',
    '@role="navigation"', '@role="complementary"', '@aria-hidden="true"',
    'contains(@class, "kicker")', 'contains(@class, "cat-links")',
    'self::a[contains(concat(" ", @class, " "), " section ")]',
    # Added for WordPress themes and Romanian custom CMSs (realworld fixtures): Romanian class
    # names for comments, newsletter sign-up, "see also" and ads; tag lists; prev/next links.
    'contains(@class, "comentari")', 'contains(@id, "comentari")', 'contains(@class, "comment-respond")',
    '@id="comments"', '@id="respond"', 'contains(@class, "abonare")', 'contains(@class, "vezi-si")',
    'contains(@class, "citeste")', 'contains(@class, "similare")', 'contains(@class, "publicitate")',
    'contains(@class, "adsbygoogle")', 'contains(@class, "post-tags")', 'contains(@class, "td-tags")',
    'contains(@class, "post-navigation")', 'contains(@class, "prevnext")', 'contains(@id, "gdpr")',
    'contains(@class, "consent")', 'contains(@class, "popup")', 'self::aside', 'self::nav',
)
# A clutter match that holds several paragraphs of prose is kept (see extract.KEEP_PARAGRAPHS)
# unless its class or id says comments: a comment thread is prose too.
KEEP_IF_ARTICLE = ("comment", "coment")
# The first word of a "Citește și: <link>" line inside the body (checked further in extract.py).
READ_ALSO = ("Cite", "CITE", "Citi", "CITI", "Vezi", "VEZI", "Vă recomandăm", "Recomandare", "Află", "AFLĂ")
# The lead picture when a page has neither og:image nor a <figure>: WordPress' featured image,
# schema.org's image, and the class names themes and Romanian CMSs give its container.
LEAD_IMAGE = (
    '//img[contains(@class, "wp-post-image")]', '//img[@itemprop="image"]', '//amp-img[@itemprop="image"]',
    '//img[contains(@class, "poza") or contains(@class, "foto") or contains(@class, "featured")]',
    '//*[contains(@class, "featured") or contains(@class, "post-thumb") or contains(@class, "poza") or '
    'contains(@class, "foto-principala") or contains(@class, "imagine-principala")]//img',
)

# No outlet needs a rule of its own yet: the demo network's six layouts and our golden pages
# come out right with trafilatura and COMMON_DROP alone. Add entries here (alphabetically),
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
