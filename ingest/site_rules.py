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


# Clutter that every outlet has and trafilatura sometimes keeps as text.
COMMON_DROP = (
    '//*[contains(@class, "cookie") or contains(@id, "cookie") or contains(@class, "gdpr")]',
    '//*[contains(@class, "newsletter") or contains(@class, "share") or contains(@class, "social")]',
    '//*[contains(@class, "related") or contains(@class, "citeste-si") or contains(@class, "read-also")]',
    '//*[@role="navigation" or @role="complementary" or @aria-hidden="true"]',
)

SITE_RULES: dict[str, SiteRule] = {
    # Synthetic outlets of the demo network: articles live in <article class="articol">, and the
    # "Citește și" box inside it is a list of other headlines.
    "127.0.0.1": SiteRule(
        content='//article[contains(concat(" ", @class, " "), " articol ")]',
        drop=('//*[contains(@class, "citeste-si")]',),
    ),
    "localhost": SiteRule(content='//article[contains(concat(" ", @class, " "), " articol ")]'),
}


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
