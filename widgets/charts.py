"""Server-rendered SVG line charts (no JavaScript, no library): a currency's recent history."""

from datetime import date
from decimal import Decimal

from markupsafe import Markup, escape

from widgets.formats import number, short_date

WIDTH, HEIGHT = 640, 240
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 64, 16, 16, 32


def scale(points: list[tuple[date, Decimal]]) -> list[tuple[float, float]]:
    """Return (x, y) pixel coordinates of the points, spread evenly across the plot area."""
    values = [float(v) for _, v in points]
    low, high = min(values), max(values)
    span = (high - low) or 1.0  # a flat series is drawn mid-height instead of dividing by zero
    width = WIDTH - PAD_LEFT - PAD_RIGHT
    height = HEIGHT - PAD_TOP - PAD_BOTTOM
    step = width / (len(points) - 1) if len(points) > 1 else 0
    result = []
    for index, value in enumerate(values):
        x = PAD_LEFT + index * step
        y = PAD_TOP + height / 2 if high == low else PAD_TOP + (high - value) / span * height
        result.append((round(x, 1), round(y, 1)))
    return result


def line_chart(points: list[tuple[date, Decimal]], label: str) -> Markup:
    """Return an SVG line chart of dated values; `label` is its accessible name."""
    if not points:
        return Markup("")
    coords = scale(points)
    values = [v for _, v in points]
    low, high = min(values), max(values)
    bottom = HEIGHT - PAD_BOTTOM
    polyline = " ".join(f"{x},{y}" for x, y in coords)
    dots = "".join(
        f'<circle cx="{x}" cy="{y}" r="2.5"><title>{escape(short_date(day))}: {number(value)} lei</title></circle>'
        for (x, y), (day, value) in zip(coords, points)
    )
    first, last = points[0][0], points[-1][0]
    return Markup(
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" '
        f'aria-label="{escape(label)}" data-points="{len(points)}">'
        f"<title>{escape(label)}</title>"
        f'<line class="chart-axis" x1="{PAD_LEFT}" y1="{bottom}" x2="{WIDTH - PAD_RIGHT}" y2="{bottom}"/>'
        f'<line class="chart-axis" x1="{PAD_LEFT}" y1="{PAD_TOP}" x2="{PAD_LEFT}" y2="{bottom}"/>'
        f'<text class="chart-label" x="{PAD_LEFT - 6}" y="{PAD_TOP + 4}" text-anchor="end">{number(high)}</text>'
        f'<text class="chart-label" x="{PAD_LEFT - 6}" y="{bottom}" text-anchor="end">{number(low)}</text>'
        f'<text class="chart-label" x="{PAD_LEFT}" y="{HEIGHT - 8}">{escape(short_date(first))}</text>'
        f'<text class="chart-label" x="{WIDTH - PAD_RIGHT}" y="{HEIGHT - 8}" text-anchor="end">{escape(short_date(last))}</text>'
        f'<polyline class="chart-line" fill="none" points="{polyline}"/>'
        f'<g class="chart-dots">{dots}</g></svg>'
    )
