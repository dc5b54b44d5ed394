"""The maps: /judete/ (42 counties shaded by the last 24 hours' articles) and a county's places on its own outline.

The outlines are data (portal.county_shapes, made once from Natural Earth by
tools/county_map_build.py); places are drawn from their SIRUTA coordinates with the same
projection. Both maps are plain SVG in the page: no script, no tiles, no request of their own.
"""

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection
from django.urls import reverse
from django.utils import timezone

from lib import ro
from news.visibility import visible_sql
from portal import county_shapes as shapes
from portal.place_points import POINTS

SHADES = 4  # of the national map, beside 0 for "no news": see thresholds()
# "Today" as a rolling day: a calendar day would leave the map blank in the small hours, when
# readers open it as much as at noon; the last 24 hours always show a full day's news.
WINDOW = timedelta(hours=24)
PLACE_DOTS = 60  # at most this many places on a county's map: the busiest this week
PLACE_LABELS = 6  # of which the busiest are named on the map (the list under it names them all)
DOT_RADIUS = (1.5, 4.5)  # smallest and largest dot, in map units of a ~100-unit-wide county


@dataclass
class MapCounty:
    county: object
    count: int
    shade: int
    path: str
    label: tuple[float, float]

    @property
    def accessible_name(self) -> str:
        return f"{self.county.name}: {ro.count(self.count, 'articol')} în 24 de ore"


@dataclass
class Dot:
    place: object
    count: int
    x: float
    y: float
    r: float
    labelled: bool
    url: str


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """Return map units for WGS84 degrees (equirectangular, as tools/county_map_build.py drew the outlines)."""
    x = (longitude - shapes.LON_MIN) * shapes.SCALE * math.cos(math.radians(shapes.LAT0))
    return round(x, 1), round((shapes.LAT_MAX - latitude) * shapes.SCALE, 1)


def recent_counts(now: datetime | None = None) -> dict[int, int]:
    """Return {county id: visible articles published in the last WINDOW} (one indexed range read)."""
    now = now or timezone.now()
    visible, params = visible_sql("a", now=now)
    start = connection.ops.adapt_datetimefield_value(now - WINDOW)
    sql = (
        f"SELECT a.county_id, COUNT(*) FROM news_article a WHERE a.published_at >= %s AND {visible} "
        "AND a.county_id IS NOT NULL GROUP BY a.county_id"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [start, *params])
        return dict(cursor.fetchall())


def thresholds(counts: dict[int, int]) -> list[int]:
    """Return the upper counts of shades 1..SHADES-1: the quartiles of the counties that have news.

    Quantiles, not equal steps: on a real day Bucharest has ~150 articles and most counties 5-30,
    so equal (or log) steps put nearly every county in one shade; quartiles always tell the
    busier quarter from the quieter one, and the legend says which counts each shade holds.
    """
    values = sorted(n for n in counts.values() if n > 0)
    if not values:
        return []
    cuts = [values[min(len(values) - 1, (len(values) * k) // SHADES)] for k in range(1, SHADES)]
    return sorted(set(cuts))


def shade(count: int, cuts: list[int]) -> int:
    """Return 0 for no article, else 1..SHADES: one more than the thresholds the count passes."""
    if count <= 0:
        return 0
    return 1 + sum(count > cut for cut in cuts)


def national(counties, counts: dict[int, int]) -> list[MapCounty]:
    """Return the 42 shapes with their counts and shades, in name order (the tab order is alphabetical)."""
    cuts = thresholds(counts)
    found = []
    for county in sorted(counties, key=lambda c: c.name):
        if county.code in shapes.PATHS:
            n = counts.get(county.id, 0)
            found.append(MapCounty(county, n, shade(n, cuts), shapes.PATHS[county.code], shapes.LABELS[county.code]))
    return found


def legend(counts: dict[int, int]) -> list[tuple[int, str]]:
    """Return (shade, 'a–b') for the shades in use, the lowest first: the counts each shade holds."""
    values = [n for n in counts.values() if n > 0]
    if not values:
        return [(0, "nicio știre")]
    cuts, top = thresholds(counts), max(values)
    rows, low = [(0, "0")], 1
    for level, high in enumerate(cuts + [top] if top > cuts[-1] else cuts, 1):
        rows.append((level, str(low) if low == high else f"{low}–{high}"))
        low = high + 1
    return rows


def viewbox(code: str, margin: float = 4.0) -> str:
    x, y, w, h = shapes.BOXES[code]
    return f"{x - margin:.1f} {y - margin:.1f} {w + 2 * margin:.1f} {h + 2 * margin:.1f}"


def unit(code: str) -> float:
    """Return the size of one hundredth of a county's map (its longer side), for dots and labels."""
    box = shapes.BOXES.get(code)
    return round(max(box[2], box[3]) / 100, 3) if box else 1.0


def place_dots(section, busiest: list[tuple[object, int]]) -> list[Dot]:
    """Return the county map's dots: places with news this week, the largest for the most news.

    Places come from portal.place_points (GeoNames); one it could not match gets no dot.

    `busiest` is (Locality, count) most first; the PLACE_LABELS first are named on the map.
    Dot sizes scale with the county's box, so a small county's map reads like a large one's.
    """
    if not busiest or section.code not in shapes.BOXES:
        return []
    scale = unit(section.code)
    top = busiest[0][1]
    low, high = DOT_RADIUS
    dots = []
    drawn = [(place, n) for place, n in busiest if place.siruta in POINTS][:PLACE_DOTS]
    # One reverse() for the 60 links (each costs ~40 µs: 2.5 ms of a county page at 1M articles).
    template = reverse("portal:place", args=[section.slug, "loc-marcaj"]).replace("loc-marcaj", "{slug}")
    for index, (place, n) in enumerate(drawn):
        x, y = project(POINTS[place.siruta][1], POINTS[place.siruta][0])
        r = low + (high - low) * math.sqrt(n / top) if top else low
        dots.append(Dot(place, n, x, y, round(r * scale, 1), index < PLACE_LABELS, template.format(slug=place.slug)))
    return dots[::-1]  # the busiest drawn last, on top
