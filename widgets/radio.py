"""Radio stations: the default list (widgets/data/radio.tsv, facts) and what pages show."""

import csv
from pathlib import Path
from urllib.parse import urlsplit

from django.db import transaction

from news.models import County
from news.text import fold, slugify_ro
from widgets.models import RadioStation

DEFAULTS = Path(__file__).parent / "data" / "radio.tsv"
NATIONAL = "national"


class RadioDataError(ValueError):
    """A row of the station list cannot be loaded."""


def read_rows(path: Path = DEFAULTS) -> list[dict[str, str]]:
    """Return the rows of a station list (name, stream_url, county)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle, delimiter="\t") if (row.get("name") or "").strip()]


@transaction.atomic
def load_default_stations(path: Path = DEFAULTS) -> dict[str, int]:
    """Create or update the stations of the list, keyed by slug; an operator's edits to other fields stay."""
    counties = {fold(c.name): c for c in County.objects.all()}
    created = updated = 0
    for position, row in enumerate(read_rows(path)):
        name, url, where = row["name"].strip(), row["stream_url"].strip(), row["county"].strip()
        if where.lower() == NATIONAL:
            county = None
        elif fold(where) in counties:
            county = counties[fold(where)]
        else:
            raise RadioDataError(f"radio: unknown county {where!r} for {name!r} (load the reference data first)")
        _, was_created = RadioStation.objects.update_or_create(
            slug=slugify_ro(name)[:120],
            defaults={"name": name, "stream_url": url, "county": county},
            create_defaults={"name": name, "stream_url": url, "county": county, "position": position},
        )
        created += was_created
        updated += not was_created
    return {"created": created, "updated": updated, "total": RadioStation.objects.count()}


def sections() -> list[tuple[County | None, list[RadioStation]]]:
    """Return the national stations, then each county having stations, in county order."""
    stations = list(RadioStation.objects.enabled().select_related("county").order_by("position", "name"))
    national = [s for s in stations if s.is_national]
    by_county: dict[int, list[RadioStation]] = {}
    for station in stations:
        if station.county_id:
            by_county.setdefault(station.county_id, []).append(station)
    counties = County.objects.filter(pk__in=by_county).order_by("name")
    return ([(None, national)] if national else []) + [(c, by_county[c.pk]) for c in counties]


def media_sources() -> list[str]:
    """Return the origins of enabled streams, for the CSP's media-src."""
    origins = set()
    for url in RadioStation.objects.enabled().values_list("stream_url", flat=True):
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.netloc:
            origins.add(f"{parts.scheme}://{parts.netloc}")
    return sorted(origins)
