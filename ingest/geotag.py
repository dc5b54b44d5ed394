"""Geotag: which counties an article belongs to (first version: signature only)."""
from ingest.items import GeoResult


def geotag(title: str, text: str, source_county: str | None = None, url: str = "") -> GeoResult:
    """Return the counties an article is about, primary first, with the places that said so."""
    return GeoResult(county=source_county, counties=(source_county,) if source_county else (), confidence=0.1)
