"""Public pages, one module per page area; urls.py imports them from here."""

from portal.views.article import article
from portal.views.article import preview as article_preview
from portal.views.author import author
from portal.views.category import category, county_category
from portal.views.counties import counties
from portal.views.county import county
from portal.views.errors import not_found, server_error
from portal.views.home import home
from portal.views.my_county import my_county
from portal.views.place import county_path, county_places, place
from portal.views.recent import recent
from portal.views.site_page import site_page
from portal.views.story import story

__all__ = [
    "article",
    "article_preview",
    "author",
    "category",
    "counties",
    "county",
    "county_category",
    "home",
    "my_county",
    "county_path",
    "county_places",
    "not_found",
    "place",
    "recent",
    "server_error",
    "site_page",
    "story",
]
