"""The page a locked-out login gets (django-axes calls it): Romanian, with the lock's length in minutes."""

from django.conf import settings
from django.shortcuts import render


def lockout_response(request, original_response=None, credentials=None):
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "gazeta/lockout.html", {"minutes": minutes, "site_title": settings.SITE_NAME}, status=429)
