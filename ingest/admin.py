"""Admin for operators: the recent reads of every source, read-only (the crawl writes them)."""

from django.contrib import admin

from ingest.models import FetchLog


@admin.register(FetchLog)
class FetchLogAdmin(admin.ModelAdmin):
    list_display = [
        "started_at",
        "source",
        "outcome",
        "http_status",
        "duration_ms",
        "entries",
        "new_articles",
        "updated_articles",
        "item_errors",
        "short_error",
    ]
    list_filter = ["outcome", "source__county"]
    search_fields = ["source__name", "error"]
    list_select_related = ["source"]
    date_hierarchy = "started_at"
    readonly_fields = [field.name for field in FetchLog._meta.fields]

    @admin.display(description="eroare")
    def short_error(self, log: FetchLog) -> str:
        return log.error[:120]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
