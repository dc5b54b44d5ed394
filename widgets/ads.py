"""Ad slots: which are shown now for a position and county, and which origins the CSP must allow."""

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from widgets.models import AdSlot

CACHE_SECONDS = 60  # a slot may start or end up to a minute late; an edit in the admin shows at once
VERSION_KEY = "widgets:ads:version"


def slots(position: str, county=None, now=None) -> list[AdSlot]:
    """Return the enabled slots of a position active now, for a county (None: pages of no county)."""
    if now is not None:  # an explicit time is a question about that time, not about the page now
        return _query(position, county, now)
    version = cache.get_or_set(VERSION_KEY, 1)
    key = f"widgets:ads:{version}:{position}:{county.code if county else '-'}"
    found = cache.get(key)
    if found is None:
        found = _query(position, county, timezone.now())
        cache.set(key, found, CACHE_SECONDS)
    return found


def _query(position: str, county, now) -> list[AdSlot]:
    return list(AdSlot.objects.active(now).filter(position=position).for_county(county).order_by("name"))


def forget(**kwargs) -> None:
    """Drop every cached slot list (connected to AdSlot saves, deletes and county changes)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet: nothing is cached under it
        cache.set(VERSION_KEY, 1)
    cache.delete("widgets:csp")


def csp_sources() -> list[str]:
    """Return the origins the CSP admits for ad networks: the operator's ADS_SCRIPT_ORIGINS, and only
    while an enabled network slot exists (an editor's slot never widens the policy)."""
    if not AdSlot.objects.filter(enabled=True, kind=AdSlot.NETWORK).exists():
        return []
    return sorted(set(settings.ADS_SCRIPT_ORIGINS))
