"""What the feed parsers (RSS/Atom in parse, JSON Feed in jsonfeed) both do to their entries."""

from datetime import UTC, datetime

from ingest.items import FeedEntry


def dedupe_entries(entries) -> tuple[FeedEntry, ...]:
    """Return entries without repeated guids (the first one wins: feeds list newest first)."""
    seen: set[str] = set()
    unique = []
    for entry in entries:
        if not entry.guid or entry.guid in seen:
            continue
        seen.add(entry.guid)
        unique.append(entry)
    return tuple(unique)


def clamp_date(when: datetime | None, now: datetime) -> datetime:
    """Return when in UTC, the fetch time when missing, and never later than the fetch time."""
    if when is None:
        return now
    when = when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)
    return min(when, now)
