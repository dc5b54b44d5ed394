"""Admin for editors and operators: sources and their health, articles, stories, places."""
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from lib.ro import date_time
from news import editor, newsroom
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
    list_display = ["title", "county", "article_count", "source_count", "last_published_at"]
    list_filter = ["county"]
    search_fields = ["title"]
    raw_id_fields = ["representative"]


class PlaceReviewFilter(admin.SimpleListFilter):
    """The review queue: articles whose county the tagger was unsure of (Article.objects.needs_place_review)."""

    title = "localizare"
    parameter_name = "localizare"

    def lookups(self, request, model_admin):
        return [("de-verificat", "De verificat (încredere sub 90%)")]

    def queryset(self, request, queryset):
        return queryset.needs_place_review() if self.value() == "de-verificat" else queryset


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    # news/templates/admin/news/article/change_form.html adds "Publică acum", "Programează", "Previzualizare".
    form = editor.OwnArticleForm
    list_display = ["title", "source_ro", "county", "category", "status_ro", "published_at", "is_own"]
    list_filter = ["status", PlaceReviewFilter, "is_own", "category", "county", "source"]
    search_fields = ["title", "url", "guid"]
    date_hierarchy = "published_at"
    # Searchable pickers: editors know an author's name, not the row id a raw-id box asks for;
    # Django's two-box widget for other_counties has untranslated English hints in Romanian.
    autocomplete_fields = ["source", "author", "story", "other_counties"]
    readonly_fields = ["fetched_at", "created_at_ro", "modified_at_ro", "fingerprint_ro", "extraction",
                       "geo_places_ro", "geo_confidence_ro", "source_categories_ro", "word_count_ro", "text",
                       "snippet", "reading_minutes", "body_ro", "author_ro", "url_ro"]
    list_select_related = ["source", "county", "category"]
    actions = ["hide", "publish"]
    ingested_fieldsets = [
        (None, {"fields": ["title", "slug", "lead", "body_ro", "status", "published_at", "updated_at"]}),
        ("Imagine", {"fields": ["image", "image_url", "image_caption", "image_alt"]}),
        ("Autor și sursă", {"fields": ["author_ro", "author_name", "source", "is_own", "url", "guid"]}),
        ("Clasificare", {"fields": ["county", "other_counties", "county_locked", "category", "category_locked",
                                    "story", "geo_confidence_ro", "geo_places_ro", "source_categories_ro"]}),
        ("Tehnic", {"classes": ["collapse"], "fields": ["text", "snippet", "reading_minutes", "word_count_ro",
                                                         "fingerprint_ro", "extraction", "fetched_at", "created_at_ro",
                                                         "modified_at_ro"]}),
    ]
    own_fieldsets = [
        (None, {"fields": ["title", "slug", "lead", "body_html"]}),
        ("Publicare", {"fields": ["status", "published_at", "updated_at"],
                       "description": "„Salvează” păstrează starea aleasă (o ciornă rămâne ciornă). "
                                      "„Publică acum” o face publică; „Programează” o publică singură "
                                      "la data și ora de mai sus."}),
        ("Imagine principală", {"fields": ["image", "image_url", "image_caption", "image_alt"]}),
        ("Autor", {"fields": ["author", "author_name"]}),
        ("Clasificare", {"fields": ["county", "other_counties", "category", "story"]}),
        ("Tehnic", {"classes": ["collapse"], "fields": ["url_ro", "snippet", "reading_minutes", "word_count_ro",
                                                         "created_at_ro", "modified_at_ro"]}),
    ]
    geo_confidence_ro = _shown("geo_confidence", "Încrederea în județ")
    geo_places_ro = _shown("geo_places", "Locuri recunoscute")
    source_categories_ro = _shown("source_categories", "Rubricile sursei")
    word_count_ro = _shown("word_count", "Număr de cuvinte")
    created_at_ro = _shown("created_at", "Creat la")
    modified_at_ro = _shown("modified_at", "Modificat la")
    fingerprint_ro = _shown("fingerprint", "Amprentă")
    url_ro = _shown("url", "Adresă canonică")

    @admin.display(description="text (HTML curățat)")
    def body_ro(self, article: Article) -> str:
        # The outlet's text as stored: already through the sanitizer, so shown as the page shows it.
        return mark_safe(article.body_html) if article.body_html else "—"

    @admin.display(description="autor")
    def author_ro(self, article: Article) -> str:
        return str(article.author) if article.author_id else "—"

    @admin.display(description="sursă", ordering="source__name")
    def source_ro(self, article: Article) -> str:
        return article.source.name if article.source_id else "redacția proprie"

    @admin.display(description="stare", ordering="status")
    def status_ro(self, article: Article) -> str:
        if article.status == Article.SCHEDULED and article.published_at > timezone.now():
            return f"programat: {date_time(article.published_at)}"
        return article.get_status_display()

    @staticmethod
    def is_own_form(obj) -> bool:
        """The add form writes a newsroom article (ingested ones come from the feeds)."""
        return obj is None or obj.is_own

    def get_fieldsets(self, request, obj=None):
        return self.own_fieldsets if self.is_own_form(obj) else self.ingested_fieldsets

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if "url" in form.base_fields:
            form.base_fields["url"].required = False
        if "author" in form.base_fields:
            form.base_fields["author"].queryset = Author.objects.newsroom()
        return form

    def get_changeform_initial_data(self, request):
        # A new article is a draft until the editor publishes or schedules it.
        return {"status": Article.DRAFT, **super().get_changeform_initial_data(request)}

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["desk_buttons"] = self.is_own_form(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.is_own = True
        if obj.is_own:
            if editor.PUBLISH_NOW in request.POST:
                if not obj.is_visible:
                    obj.published_at = timezone.now()
                obj.status = Article.PUBLISHED
            elif editor.SCHEDULE in request.POST:
                obj.status = Article.SCHEDULED
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

    def response_add(self, request, obj, post_url_continue=None):
        return self._desk_response(request, obj) or super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        return self._desk_response(request, obj) or super().response_change(request, obj)

    def _desk_response(self, request, obj):
        """Follow the newsroom's buttons: to the preview, or back to the list saying what happened."""
        if editor.PREVIEW in request.POST:
            return HttpResponseRedirect(reverse("portal:article-preview", args=[obj.pk]))
        if editor.PUBLISH_NOW in request.POST:
            self.message_user(request, format_html("Articolul „{}” este publicat.", obj.title), messages.SUCCESS)
        elif editor.SCHEDULE in request.POST:
            self.message_user(request, format_html("Articolul „{}” apare pe site la {}.", obj.title,
                                                   date_time(obj.published_at)), messages.SUCCESS)
        else:
            return None
        return HttpResponseRedirect(reverse("admin:news_article_changelist"))

    def view_on_site(self, obj):
        # A draft or scheduled article opens in its preview (staff only); a public one on its page.
        return obj.get_absolute_url() if obj.is_visible else reverse("portal:article-preview", args=[obj.pk])

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
