"""Weather icons drawn for Gazeta as inline SVG (24×24 grid, currentColor strokes).

Inline SVG needs no request and no 'unsafe-inline' (it is markup, not a style or a script).
Icons are decorative: the words beside them carry the meaning, so each is aria-hidden.
"""

from markupsafe import Markup

_SUN = '<circle cx="12" cy="12" r="4.5" class="wx-sun"/><path class="wx-sun" d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8"/>'
_CLOUD = '<path class="wx-cloud" d="M7 18h10.5a4 4 0 0 0 .4-8 5.5 5.5 0 0 0-10.6 1.2A3.4 3.4 0 0 0 7 18z"/>'
_SMALL_SUN = '<circle cx="8" cy="8" r="3.2" class="wx-sun"/><path class="wx-sun" d="M8 1.5v1.7M1.5 8h1.7M3.4 3.4l1.2 1.2M12.6 3.4l-1.2 1.2"/>'
_HIGH_CLOUD = '<path class="wx-cloud" d="M7 15h10.5a3.6 3.6 0 0 0 .4-7.2 5 5 0 0 0-9.7 1A3.1 3.1 0 0 0 7 15z"/>'

SHAPES: dict[str, str] = {
    "sun": _SUN,
    "partly": _SMALL_SUN
    + '<path class="wx-cloud" d="M9 19h9a3.5 3.5 0 0 0 .3-7 4.8 4.8 0 0 0-9.2 1A3 3 0 0 0 9 19z"/>',
    "cloud": _CLOUD,
    "fog": _HIGH_CLOUD + '<path class="wx-fog" d="M4 18.5h16M6 21.5h12"/>',
    "drizzle": _HIGH_CLOUD + '<path class="wx-rain" d="M8 18v1M12 18v1M16 18v1M10 21v1M14 21v1"/>',
    "rain": _HIGH_CLOUD
    + '<path class="wx-rain" d="M8 17l-1.2 3M12 17l-1.2 3M16 17l-1.2 3M10 20.5l-.8 2M14 20.5l-.8 2"/>',
    "snow": _HIGH_CLOUD + '<path class="wx-snow" d="M8 18.5h.01M12 18.5h.01M16 18.5h.01M10 21.5h.01M14 21.5h.01"/>',
    "storm": _HIGH_CLOUD + '<path class="wx-bolt" d="M13 15l-3 4h3l-2 4"/>',
}


def icon_svg(name: str, size: int = 32) -> Markup:
    """Return the inline SVG of a weather icon, hidden from screen readers."""
    shape = SHAPES.get(name, SHAPES["cloud"])
    return Markup(
        f'<svg class="wx-icon wx-{name}" width="{size}" height="{size}" viewBox="0 0 24 24" '
        f'aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.6" '
        f'stroke-linecap="round" stroke-linejoin="round">{shape}</svg>'
    )
