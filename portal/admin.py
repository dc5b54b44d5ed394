"""The site's own pages in the admin: title, description and text; the address and the set are fixed."""

from django.contrib import admin

from portal.site_pages import SitePage


@admin.register(SitePage)
class SitePageAdmin(admin.ModelAdmin):
    list_display = ("title", "slug", "updated_at")
    fields = ("slug", "title", "description", "body_html")
    readonly_fields = ("slug",)

    def has_add_permission(self, request):
        return False  # the five pages come with the site (migration); the footer links them

    def has_delete_permission(self, request, obj=None):
        return False
