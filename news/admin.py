"""Admin for editors and operators: sources and their health, articles, stories, places."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.utils import timezone
from django.utils.html import format_html

from news.corrections import Correction
from news.models import Author, Category, County, Locality, Source, Story


@admin.register(County)
class CountyAdmin(admin.ModelAdmin):
    """The 42 sections are reference data; editors set what each section's pages say of its desk."""

    list_display = ["name", "seat", "social_url", "email_shown", "description"]
    search_fields = ["name", "seat", "code"]
    readonly_fields = ["name", "code", "slug", "seat", "latitude", "longitude"]
    fieldsets = [
        ("Pagina județului", {"fields": ["name", "social_url", "contact_email", "description"]}),
        ("Date de referință", {"classes": ["collapse"], "fields": ["code", "slug", "seat", "latitude", "longitude"]}),
    ]

    @admin.display(description="e-mail redacție")
    def email_shown(self, county: County) -> str:
        return county.email

    def has_add_permission(self, request):
        return False  # `gazeta load_reference` loads them

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Locality)
class LocalityAdmin(admin.ModelAdmin):
    list_display = ["name", "county", "rank", "siruta"]
    list_filter = ["rank", "county"]
    search_fields = ["name", "name_folded", "=siruta"]
    list_select_related = ["county"]
    # A village's commune among ~16,000 places: a <select> of all of them made the form take
    # over 10 s to open; the searchable picker loads only what the editor types.
    autocomplete_fields = ["commune"]


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    # news/templates/admin/news/source/change_list.html adds a link to the health dashboard.
    list_display = ["name", "kind", "county", "enabled", "health", "last_success_at", "next_fetch_at", "error_count"]
    list_filter = ["enabled", "kind", "display_policy", "county"]
    search_fields = ["name", "homepage", "feed_url"]
    readonly_fields = [
        "interval",
        "next_fetch_at",
        "last_fetch_at",
        "last_success_at",
        "last_status",
        "etag",
        "last_modified",
        "error_count",
        "last_error",
        "last_error_at",
        "claimed_by",
        "claimed_until",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "slug",
                    "kind",
                    "homepage",
                    "feed_url",
                    "sitemap_url",
                    "county",
                    "default_category",
                    "display_policy",
                    "language",
                    "enabled",
                ]
            },
        ),
        ("Citire", {"fields": ["user_agent", "min_interval"]}),
        (
            "Stare",
            {
                "fields": [
                    "interval",
                    "next_fetch_at",
                    "last_fetch_at",
                    "last_success_at",
                    "last_status",
                    "error_count",
                    "last_error",
                    "last_error_at",
                    "etag",
                    "last_modified",
                    "claimed_by",
                    "claimed_until",
                ]
            },
        ),
    ]
    prepopulated_fields = {"slug": ["name"]}
    actions = ["fetch_now"]

    @admin.display(description="stare")
    def health(self, source: Source) -> str:
        if not source.enabled:
            return "oprită"
        if source.error_count:
            return format_html('<span title="{}">eroare ×{}</span>', source.last_error[:300], source.error_count)
        return "în regulă" if source.last_success_at else "necitită"

    @admin.action(description="Citește acum sursele selectate")
    def fetch_now(self, request, queryset):
        updated = queryset.update(next_fetch_at=timezone.now())
        self.message_user(request, f"{updated} surse programate pentru citire imediată.")


class BylineKindFilter(admin.SimpleListFilter):
    title = "semnătura cui"
    parameter_name = "al"

    def lookups(self, request, model_admin):
        return [("redactie", "redacția proprie"), ("publicatii", "publicațiile preluate")]

    def queryset(self, request, queryset):
        newsroom_ids = Author.objects.newsroom().values("pk")
        if self.value() == "redactie":
            return queryset.filter(pk__in=newsroom_ids)
        if self.value() == "publicatii":
            return queryset.exclude(pk__in=newsroom_ids)
        return queryset


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "outlet", "user"]
    list_filter = [BylineKindFilter]
    list_select_related = ["source", "user"]
    search_fields = ["name", "source__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["source"]
    fields = ["name", "slug", "user", "source", "bio"]

    @admin.display(description="publicația", ordering="source__name")
    def outlet(self, author: Author) -> str:
        return author.source.name if author.is_outlets else "redacția proprie"

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user":
            # A byline belongs to a member of the staff; a plain list needs no user-admin rights.
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True).order_by("username")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_search_results(self, request, queryset, search_term):
        queryset, distinct = super().get_search_results(request, queryset.select_related("source"), search_term)
        if request.GET.get("model_name") == "article" and request.GET.get("field_name") == "author":
            # The picker of an own article: newsroom bylines only, never another outlet's reporter.
            queryset = queryset.filter(pk__in=Author.objects.newsroom().values("pk"))
        return queryset, distinct


class BylineInline(admin.StackedInline):
    """A newsroom member's byline, edited with their account."""

    model = Author
    fields = ["name", "slug", "bio"]
    prepopulated_fields = {"slug": ["name"]}
    max_num = 1
    can_delete = False
    verbose_name = verbose_name_plural = "semnătura în articole"


class StaffUserAdmin(UserAdmin):
    inlines = [*UserAdmin.inlines, BylineInline]


admin.site.unregister(get_user_model())
admin.site.register(get_user_model(), StaffUserAdmin)


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["title", "county", "article_count", "source_count", "last_published_at", "breaking_until"]
    list_filter = ["county"]
    search_fields = ["title"]
    raw_id_fields = ["representative"]


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    """Editors' corrections, kept as examples for the tagger (`gazeta corrections export --jsonl`)."""

    list_display = ["title", "field", "before", "after", "editor", "corrected_at"]
    list_filter = ["field"]
    search_fields = ["title"]
    list_select_related = ["editor"]
    readonly_fields = ["article", "field", "before", "after", "title", "text", "editor", "corrected_at"]

    def has_add_permission(self, request):
        return False  # made by changing an article's county, category or story

    def has_change_permission(self, request, obj=None):
        return False


# The article admin has a module of its own; importing it registers it.
from news import article_admin  # noqa: E402, F401
