"""gazeta tag --json: JSON lines {"title", "text", "url"?, "source_county"?, "source_name"?, "source_categories"?} in,
{"county", "counties", "places", "category", "confidence"} out."""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from news.reference.counties import COUNTY_BY_SLUG
from understand.categorize import categorize
from understand.geotag import geotag

MAX_SOURCE_NAME = 200  # an outlet's name; longer is not a name


def _check(record) -> dict:
    """Return the record if it has the fields tag needs, else raise ValueError naming the problem."""
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object")
    for key in ("title", "text"):
        if not isinstance(record.get(key, ""), str):
            raise ValueError(f'"{key}" must be a string')
    if not (record.get("title") or record.get("text")):
        raise ValueError('expected a "title" or a "text"')
    name = record.get("source_name")
    if name is not None and not (isinstance(name, str) and len(name) <= MAX_SOURCE_NAME):
        raise ValueError(f'"source_name" must be a string of at most {MAX_SOURCE_NAME} characters')
    county = record.get("source_county")
    if county is not None and county not in COUNTY_BY_SLUG:
        raise ValueError(f'unknown "source_county" {county!r} (expected a county slug such as "bacau")')
    categories = record.get("source_categories") or []
    if isinstance(categories, str):
        categories = [categories]
    if not isinstance(categories, list) or not all(isinstance(c, str) for c in categories):
        raise ValueError('"source_categories" must be a list of strings')
    record["source_categories"] = tuple(categories)
    return record


class Command(BaseCommand):
    requires_system_checks = []  # a JSON filter; it must work while other apps are being set up
    help = "Geotag and categorize articles: JSON lines in on stdin, one JSON line out per article."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="JSON lines in and out (the default and only format)")

    def handle(self, *args, **options):
        errors = 0
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                record = _check(json.loads(line))
            except ValueError as exc:
                errors += 1
                self.stderr.write(f"tag: line {number}: {exc}")
                self.stdout.write(json.dumps({"error": str(exc), "line": number}, ensure_ascii=False))
                continue
            title, text, url = record.get("title", ""), record.get("text", ""), str(record.get("url") or "")
            geo = geotag(title, text, record.get("source_county"), url, source_name=record.get("source_name"))
            category = categorize(title, text, url, record["source_categories"])
            self.stdout.write(
                json.dumps(
                    {
                        "county": geo.county,
                        "counties": list(geo.counties),
                        "places": list(geo.places),
                        "category": category,
                        "confidence": geo.confidence,
                    },
                    ensure_ascii=False,
                )
            )
        if errors:
            raise CommandError(f"tag: {errors} bad input line(s)")
