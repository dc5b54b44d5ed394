"""URL map: the admin, operations endpoints, then the public portal."""

from django.contrib import admin
from django.urls import include, path

from api.endpoints import api
from gazeta import ops
from news.desk import home as desk_home
from ops.dashboard import operations
from ops.source_health import source_health

admin.site.site_header = "Gazeta — administrare"
admin.site.site_title = "Gazeta"
admin.site.index_title = "Redacție și surse"
admin.site.index_template = "admin/news/desk_home.html"  # the desk's panels above the tables

urlpatterns = [
    path("admin/sanatate-surse/", source_health, name="source-health"),
    path("admin/exploatare/", operations, name="operations"),
    path("admin/", admin.site.admin_view(desk_home), name="desk-home"),  # the editor's first page
    path("admin/", admin.site.urls),
    path("healthz", ops.healthz, name="healthz"),
    path("api/v1/", api.urls),
    path("", include("ingest.urls")),
    path("", include("newsletter.urls")),
    path("", include("websub.urls")),
    path("", include("widgets.urls")),
    path("", include("search.urls")),  # before the portal: its <slug:slug>/ would take /cauta/
    path("", include("portal.urls")),
]

handler404 = "portal.views.not_found"
handler500 = "portal.views.server_error"
