"""Optional county hosts: with COUNTY_HOSTS = {"bacau.example.ro": "bacau"}, that host's home is Bacău."""

from django.conf import settings
from django.http import HttpRequest


class CountyHostMiddleware:
    """Serve a mapped host's front page as its county section; every other path is unchanged."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        hosts = settings.COUNTY_HOSTS
        if hosts and request.path_info == "/":
            slug = hosts.get(request.get_host().split(":")[0].lower())
            if slug:
                request.path_info = f"/{slug}/"
        return self.get_response(request)
