"""Admin for editors and operators: sources and their health, articles, stories, places."""
from django.contrib import admin
from django.utils import timezone
from django.utils.html import format_html

from news import newsroom
from news.models import Article, Author, Category, County, Locality, Source, Story
from news.signals import changed


def _shown(name: str, label: str):
    """Return an admin display of a read-only field under a Romanian label."""
    def show(admin_self, article):
        value = getattr(article, name)
        return "—" if value in (None, "", [], {}) else value

    show.__name__ = f"{name}_ro"
    return admin.display(description=label)(show)


@admin.register(County)
class CountyAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "seat", "slug", "contact_email"]
    search_fields = ["name", "seat", "code"]
    readonly_fields = ["code", "slug"]


@admin.register(Locality)
class LocalityAdmin(admin.ModelAdmin):
    list_display = ["name", "county", "rank", "siruta"]
    list_filter = ["rank", "county"]
    search_fields = ["name", "name_folded", "=siruta"]
    list_select_related = ["county"]


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
        "interval", "next_fetch_at", "last_fetch_at", "last_success_at", "last_status", "etag", "last_modified",
        "error_count", "last_error", "last_error_at", "claimed_by", "claimed_until",
    ]
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "homepage", "feed_url", "sitemap_url", "county",
                           "default_category", "display_policy", "language", "enabled"]}),
        ("Citire", {"fields": ["user_agent", "min_interval"]}),
        ("Stare", {"fields": ["interval", "next_fetch_at", "last_fetch_at", "last_success_at", "last_status",
                              "error_count", "last_error", "last_error_at", "etag", "last_modified",
                              "claimed_by", "claimed_until"]}),
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


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "source", "user"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    raw_id_fields = ["source", "user"]


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["title", "county", "article_count", "source_count", "last_published_at"]
    list_filter = ["county"]
    search_fields = ["title"]
    raw_id_fields = ["representative"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "source", "county", "category", "status", "published_at", "is_own"]
    list_filter = ["status", "is_own", "category", "county", "source"]
    search_fields = ["title", "url", "guid"]
    date_hierarchy = "published_at"
    # Searchable pickers: editors know an author's name, not the row id a raw-id box asks for;
    # Django's two-box widget for other_counties has untranslated English hints in Romanian.
    autocomplete_fields = ["source", "author", "story", "other_counties"]
    readonly_fields = ["fetched_at", "created_at_ro", "modified_at_ro", "fingerprint_ro", "extraction",
                       "geo_places_ro", "geo_confidence_ro", "source_categories_ro", "word_count_ro", "text",
                       "snippet", "reading_minutes"]
    list_select_related = ["source", "county", "category"]
    actions = ["hide", "publish"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "lead", "body_html", "status", "published_at", "updated_at"]}),
        ("Imagine", {"fields": ["image", "image_url", "image_caption", "image_alt"]}),
        ("Autor și sursă", {"fields": ["author", "author_name", "source", "is_own", "url", "guid"]}),
        ("Clasificare", {"fields": ["county", "other_counties", "county_locked", "category", "category_locked",
                                    "story", "geo_confidence_ro", "geo_places_ro", "source_categories_ro"]}),
        ("Tehnic", {"classes": ["collapse"], "fields": ["text", "snippet", "reading_minutes", "word_count_ro",
                                                         "fingerprint_ro", "extraction", "fetched_at", "created_at_ro",
                                                         "modified_at_ro"]}),
    ]
    geo_confidence_ro = _shown("geo_confidence", "Încrederea în județ")
    geo_places_ro = _shown("geo_places", "Locuri recunoscute")
    source_categories_ro = _shown("source_categories", "Rubricile sursei")
    word_count_ro = _shown("word_count", "Număr de cuvinte")
    created_at_ro = _shown("created_at", "Creat la")
    modified_at_ro = _shown("modified_at", "Modificat la")
    fingerprint_ro = _shown("fingerprint", "Amprentă")

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        # An own article gets its Gazeta address on save; ingested ones keep the outlet's.
        form.base_fields["url"].required = False
        form.base_fields["url"].help_text = "Se completează singură pentru articolele redacției."
        return form

    def get_changeform_initial_data(self, request):
        return {"is_own": True, **super().get_changeform_initial_data(request)}

    def save_model(self, request, obj, form, change):
        if obj.is_own:
            if not obj.author_id and hasattr(request.user, "author"):
                obj.author = request.user.author
            newsroom.save_own(obj)
        else:
            super().save_model(request, obj, form, change)
        if "county" in form.changed_data:
            obj.county_locked = True
        if "category" in form.changed_data:
            obj.category_locked = True
        if obj.county_locked or obj.category_locked:
            obj.save(update_fields=["county_locked", "category_locked"])

    @admin.action(description="Ascunde articolele selectate")
    def hide(self, request, queryset):
        changed = self._set_status(queryset, Article.HIDDEN)
        self.message_user(request, f"Articole ascunse: {changed}. Au dispărut de pe site.")

    @admin.action(description="Publică articolele selectate")
    def publish(self, request, queryset):
        changed = self._set_status(queryset, Article.PUBLISHED)
        self.message_user(request, f"Articole publicate: {changed}.")

    @staticmethod
    def _set_status(queryset, status: str) -> int:
        """Change the status in one UPDATE; update() sends no save signal, so announce the change here."""
        count = queryset.update(status=status)
        changed(sender=Article)
        return count
