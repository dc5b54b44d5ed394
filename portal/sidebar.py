"""The portal's adapter to the widgets app: weather, rates, radio and ads, or nothing.

Pages call these names only; if the widgets app is missing or fails, the page renders
without the widget instead of failing.
"""

import logging

from markupsafe import Markup

log = logging.getLogger("portal.sidebar")

try:
    from widgets import registry
except ImportError:  # the portal works without the widgets app
    registry = None

HEADER, IN_ARTICLE = "header", "in_article"


def stylesheets() -> list[str]:
    return list(getattr(registry, "STYLESHEETS", []))


def sidebar_html(county, request=None) -> Markup:
    """Return the sidebar widgets of a county (None: the national pages)."""
    if registry is None:
        return Markup("")
    try:
        return registry.sidebar_html(county, request)
    except Exception:
        log.exception("sidebar: widgets failed for %s", getattr(county, "code", "-"))
        return Markup("")


def ads_html(position: str, county, request=None) -> Markup:
    """Return the ad slots of a position ("header" or "in_article")."""
    if registry is None or not hasattr(registry, "ad_slots_html"):
        return Markup("")
    try:
        return registry.ad_slots_html(position, county, request)
    except Exception:
        log.exception("sidebar: ads failed for %s", position)
        return Markup("")


try:
    from mostread import block as most_read_block
except ImportError:  # the portal works without the most-read app
    most_read_block = None


def most_read_html(county) -> Markup:
    """Return the "Cele mai citite" block of a county (None: national), or nothing."""
    if most_read_block is None:
        return Markup("")
    try:
        return most_read_block.block_html(county)
    except Exception:
        log.exception("sidebar: most read failed for %s", getattr(county, "code", "-"))
        return Markup("")
