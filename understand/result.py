"""What geotagging concludes about an article (the ingest pipeline stores it on the article)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class GeoResult:
    """Where an article belongs: county slugs, the places that said so, and how sure we are."""

    county: str | None = None
    counties: tuple[str, ...] = ()  # all counties, primary first
    places: tuple[dict, ...] = ()  # {"name", "county", "start", "end", "kind"}
    confidence: float = 0.0
