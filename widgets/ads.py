"""Ad slots: which are shown now for a position and county, and which origins the CSP must allow."""
from django.utils import timezone

from widgets.models import AdSlot


def slots(position: str, county=None, now=None) -> list[AdSlot]:
    """Return the enabled slots of a position active now, for a county (None: pages of no county)."""
    now = now or timezone.now()
    return list(AdSlot.objects.active(now).filter(position=position).for_county(county).order_by("name"))


def csp_sources() -> list[str]:
    """Return the origins of enabled ad networks, sorted and unique, for the CSP's script/frame/img-src."""
    origins: set[str] = set()
    for slot in AdSlot.objects.filter(enabled=True, kind=AdSlot.NETWORK):
        origins.update(slot.source_list())
    return sorted(origins)
