"""Source lists in and out: the shipped defaults, TSV and OPML files, and the demo network.

The default lists in `news/data/` are facts copied from `shared/sources/` (name, homepage,
feed address, county as a name with diacritics, `national` or `regional (…)`); every address is
a claim the first real crawl checks, and a failing one shows its error on the Source.
"""

import csv
import io
import json
import re
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from xml.sax.saxutils import quoteattr

from django.db import transaction

from news.models import Category, County, Source
from news.text import slugify_ro

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_LISTS = (("outlets.tsv", Source.KIND_OUTLET), ("institutions.tsv", Source.KIND_INSTITUTION))


@dataclass(frozen=True)
class SourceSpec:
    """One source as a list describes it."""

    name: str
    feed_url: str
    homepage: str = ""
    county: str = ""  # a county name or slug; empty for national and multi-county outlets
    kind: str = Source.KIND_OUTLET
    sitemap_url: str = ""
    slug: str = ""
    user_agent: str = ""
    min_interval: int | None = None
    default_category: str = ""  # a category slug
    language: str = ""  # two-letter code the outlet writes in; empty: the model's default (Romanian)


def read_tsv(text: str, kind: str = Source.KIND_OUTLET) -> list[SourceSpec]:
    """Return the sources of a TSV with a header `name homepage feed_url county [confidence]`.

    Optional columns: sitemap_url (the fallback), user_agent and min_interval (seconds), for
    outlets that refuse our User-Agent or answer 429 when read too often.
    """
    rows = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter="\t")
    missing = {"name", "feed_url"} - set(rows.fieldnames or ())
    if missing:
        raise ValueError(f"sources: TSV header lacks {', '.join(sorted(missing))}")
    specs = []
    for row in rows:
        name, feed_url = (row.get("name") or "").strip(), (row.get("feed_url") or "").strip()
        if name and feed_url:
            specs.append(
                SourceSpec(
                    name=name,
                    feed_url=feed_url,
                    homepage=(row.get("homepage") or "").strip(),
                    county=(row.get("county") or "").strip(),
                    kind=kind,
                    sitemap_url=(row.get("sitemap_url") or "").strip(),
                    user_agent=(row.get("user_agent") or "").strip(),
                    min_interval=_seconds(row.get("min_interval")),
                    language=(row.get("language") or "").strip() or language_of_name(name),
                )
            )
    return specs


def language_of_name(name: str) -> str:
    """Return 'hu' for an outlet the shipped lists mark Hungarian ('Székelyhon (HU)', '(Radio Cluj, HU)')."""
    return "hu" if re.search(r"[(,]\s*HU\)", name) else ""


def read_opml(text: str) -> list[SourceSpec]:
    """Return the feeds of an OPML document; a `county` attribute (Gazeta's export) is kept."""
    try:
        # expat ≥ 2.4.1 (Python 3.11's) refuses entity-expansion bombs on its own.
        root = ET.fromstring(text.encode() if isinstance(text, str) else text)
    except ET.ParseError as error:
        raise ValueError(f"sources: not OPML ({error})") from error
    specs = []
    for outline in root.iter("outline"):
        feed_url = (outline.get("xmlUrl") or "").strip()
        if not feed_url:
            continue
        name = (outline.get("title") or outline.get("text") or urlsplit(feed_url).netloc).strip()
        specs.append(
            SourceSpec(
                name=name,
                feed_url=feed_url,
                homepage=(outline.get("htmlUrl") or "").strip(),
                county=(outline.get("county") or "").strip(),
                kind=outline.get("kind") or Source.KIND_OUTLET,
                sitemap_url=(outline.get("sitemapUrl") or "").strip(),
                user_agent=(outline.get("userAgent") or "").strip(),
                min_interval=_seconds(outline.get("minInterval")),
            )
        )
    return specs


def _seconds(value: str | None) -> int | None:
    """Return a polling floor in seconds from a list's column, or None when empty or not a number."""
    value = (value or "").strip()
    return int(value) if value.isdigit() and int(value) > 0 else None


def read_file(text: str) -> list[SourceSpec]:
    """Return the sources of an OPML or TSV text, recognised by its first character."""
    return read_opml(text) if text.lstrip("\ufeff \t\r\n").startswith("<") else read_tsv(text)


def county_for(value: str) -> County | None:
    """Return the county a list names ('Timiș', 'timis'); None for national or regional."""
    slug = slugify_ro(value)
    if not slug or slug == "national" or slug.startswith("regional"):
        return None
    return County.objects.filter(slug=slug).first()


def import_specs(specs: list[SourceSpec]) -> tuple[int, int]:
    """Create or update a Source per spec (matched by feed address); return (created, updated)."""
    created = updated = 0
    with transaction.atomic():
        for spec in specs:
            kind = spec.kind if spec.kind in dict(Source.KIND_CHOICES) else Source.KIND_OUTLET
            values = {
                "name": spec.name[:120],
                "homepage": spec.homepage[:500],
                "kind": kind,
                "county": county_for(spec.county),
            }
            if spec.sitemap_url:
                values["sitemap_url"] = spec.sitemap_url[:1000]
            if spec.user_agent:
                values["user_agent"] = spec.user_agent[:300]
            if spec.min_interval:
                values["min_interval"] = spec.min_interval
            if re.fullmatch(r"[a-z]{2}", spec.language or ""):
                values["language"] = spec.language  # the outlet's declared language (understand.language)
            if spec.default_category:
                values["default_category"] = Category.objects.filter(slug=spec.default_category).first()
            source = Source.objects.filter(feed_url=spec.feed_url).first()
            if source:
                Source.objects.filter(pk=source.pk).update(**values)
                updated += 1
            else:
                Source.objects.create(feed_url=spec.feed_url[:1000], slug=unique_slug(spec.slug or spec.name), **values)
                created += 1
    return created, updated


def unique_slug(name: str) -> str:
    base = slugify_ro(name)[:110] or "sursa"
    slug, n = base, 2
    while Source.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def load_default_sources() -> int:
    """Load the shipped outlets and institutions; return how many sources they hold."""
    specs = []
    for filename, kind in DEFAULT_LISTS:
        specs += read_tsv((DATA_DIR / filename).read_text(encoding="utf-8"), kind=kind)
    import_specs(specs)
    return len(specs)


def export_opml(sources=None) -> str:
    """Return the sources as OPML 2.0, with Gazeta's county and kind as extra attributes."""
    sources = Source.objects.exclude(feed_url="").select_related("county") if sources is None else sources
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head><title>Gazeta: surse</title></head>",
        "  <body>",
    ]
    for source in sources:
        attributes = {
            "type": "rss",
            "text": source.name,
            "title": source.name,
            "xmlUrl": source.feed_url,
            "htmlUrl": source.homepage,
            "county": source.county.slug if source.county_id else "",
            "kind": source.kind,
            "sitemapUrl": source.sitemap_url,
            "userAgent": source.user_agent,
            "minInterval": str(source.min_interval or ""),
        }
        rendered = " ".join(f"{key}={quoteattr(value)}" for key, value in attributes.items() if value)
        lines.append(f"    <outline {rendered}/>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def read_demo_outlets(data) -> list[SourceSpec]:
    """Return the sources a demo network lists in its /_outlets.json."""
    outlets = data.get("outlets", data) if isinstance(data, dict) else data
    specs = []
    for outlet in outlets:
        feed_url = outlet.get("feed_url") or outlet.get("feed") or ""
        if not feed_url:
            continue
        specs.append(
            SourceSpec(
                name=outlet.get("name") or outlet.get("slug") or feed_url,
                feed_url=feed_url,
                homepage=outlet.get("homepage") or outlet.get("url") or "",
                county=outlet.get("county") or "",
                slug=outlet.get("slug") or "",
                sitemap_url=outlet.get("sitemap_url") or "",
                kind=outlet.get("kind") or Source.KIND_OUTLET,
                default_category=outlet.get("default_category") or "",
                language=str(outlet.get("language") or ""),
            )
        )
    return specs


def register_demo_sources(base_url: str, timeout: float = 10.0) -> int:
    """Register the outlets of a demo network running at base_url; return how many."""
    url = base_url.rstrip("/") + "/_outlets.json"
    # The demo network is a server the operator started on this machine, not an outlet: read
    # its index directly rather than through the fetch stage's public-address checks.
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - operator-given URL
        data = json.loads(response.read(5 * 1024 * 1024))
    specs = read_demo_outlets(data)
    import_specs(specs)
    return len(specs)
