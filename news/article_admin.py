"""The article admin: newsroom articles written, previewed and published; ingested ones corrected or hidden."""

from datetime import timedelta

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from lib.ro import date_time
from news import editor, newsroom, unsaved
from news.corrections import Correction
from news.models import Article, Author
from news.signals import changed


def _shown(name: str, label: str):
    """Return an admin display of a read-only field under a Romanian label."""

    def show(admin_self, article):
        value = getattr(article, name)
        return "—" if value in (None, "", [], {}) else value

    show.__name__ = f"{name}_ro"
    return admin.display(description=label)(show)


BREAKING_HOURS = 3  # the action's default; an exact end time is set in the article's form


class PlaceReviewFilter(admin.SimpleListFilter):
    """The review queue: articles whose county the tagger was unsure of (Article.objects.needs_place_review)."""

    title = "localizare"
    parameter_name = "localizare"

    def lookups(self, request, model_admin):
        return [("de-verificat", "De verificat (încredere sub 90%)")]

    def queryset(self, request, queryset):
        return queryset.needs_place_review() if self.value() == "de-verificat" else queryset


class InStoryFilter(admin.SimpleListFilter):
    """Articles told by other outlets too (in a story), where "Scoate din subiect" applies, or alone."""

    title = "subiect"
    parameter_name = "subiect"

    def lookups(self, request, model_admin):
        return [("da", "Într-un subiect"), ("nu", "Singure")]

    def queryset(self, request, queryset):
        if self.value() in ("da", "nu"):
            return queryset.filter(story__isnull=self.value() == "nu")
        return queryset


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    # news/templates/admin/news/article/change_form.html adds "Publică acum", "Programează", "Previzualizare".
    form = editor.OwnArticleForm
    list_display = ["title", "source_ro", "county", "category", "status_ro", "published_at", "is_own"]
    list_filter = ["status", PlaceReviewFilter, InStoryFilter, "is_own", "category", "county", "source"]
    search_fields = ["title", "url", "guid"]
    date_hierarchy = "published_at"
    # Searchable pickers: editors know an author's name, not the row id a raw-id box asks for;
    # Django's two-box widget for other_counties has untranslated English hints in Romanian.
    autocomplete_fields = ["source", "author", "story", "other_counties"]
    readonly_fields = [
        "fetched_at",
        "created_at_ro",
        "modified_at_ro",
        "fingerprint_ro",
        "extraction",
        "geo_places_ro",
        "geo_confidence_ro",
        "source_categories_ro",
        "word_count_ro",
        "text",
        "snippet",
        "reading_minutes",
        "body_ro",
        "author_ro",
        "url_ro",
    ]
    list_select_related = ["source", "county", "category"]
    actions = ["hide", "publish", "mark_breaking", "end_breaking"]
    ingested_fieldsets = [
        (
            None,
            {"fields": ["title", "slug", "lead", "body_ro", "status", "published_at", "updated_at", "breaking_until"]},
        ),
        ("Imagine", {"fields": ["image", "image_url", "image_caption", "image_credit", "image_alt"]}),
        ("Autor și sursă", {"fields": ["author_ro", "author_name", "source", "is_own", "url", "guid"]}),
        (
            "Clasificare",
            {
                "fields": [
                    "county",
                    "other_counties",
                    "county_locked",
                    "category",
                    "category_locked",
                    "story",
                    "geo_confidence_ro",
                    "geo_places_ro",
                    "source_categories_ro",
                ]
            },
        ),
        (
            "Tehnic",
            {
                "classes": ["collapse"],
                "fields": [
                    "text",
                    "snippet",
                    "reading_minutes",
                    "word_count_ro",
                    "fingerprint_ro",
                    "extraction",
                    "fetched_at",
                    "created_at_ro",
                    "modified_at_ro",
                ],
            },
        ),
    ]
    own_fieldsets = [
        (None, {"fields": ["title", "slug", "lead", "body_html"]}),
        (
            "Publicare",
            {
                "fields": ["status", "published_at", "updated_at", "breaking_until"],
                "description": "„Salvează” păstrează starea aleasă (o ciornă rămâne ciornă). "
                "„Publică acum” o face publică; „Programează” o publică singură "
                "la data și ora de mai sus.",
            },
        ),
        ("Imagine principală", {"fields": ["image", "image_url", "image_caption", "image_credit", "image_alt"]}),
        ("Autor", {"fields": ["author", "author_name"]}),
        ("Clasificare", {"fields": ["county", "other_counties", "category", "story"]}),
        (
            "Tehnic",
            {
                "classes": ["collapse"],
                "fields": ["url_ro", "snippet", "reading_minutes", "word_count_ro", "created_at_ro", "modified_at_ro"],
            },
        ),
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
        if "body_html" in form.base_fields:
            form.base_fields["body_html"].help_text = editor.EMBED_HELP
        if "author" in form.base_fields:
            form.base_fields["author"].queryset = Author.objects.newsroom()
        return form

    def get_changeform_initial_data(self, request):
        # A new article is a draft until the editor publishes or schedules it.
        return {"status": Article.DRAFT, **super().get_changeform_initial_data(request)}

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["desk_buttons"] = self.is_own_form(obj)
        # A public article's preview opens beside the form: its edits are shown, not saved (news.unsaved).
        context["preview_unsaved"] = obj is not None and obj.is_own and obj.is_visible
        return super().render_change_form(request, context, add, change, form_url, obj)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and editor.PREVIEW in request.POST and object_id:
            shown = self._preview_unsaved(request, object_id)
            if shown is not None:
                return shown
        return super().changeform_view(request, object_id, form_url, extra_context)

    def _preview_unsaved(self, request, object_id):
        """For a public own article: show the edits in its preview without saving (a save publishes them).

        Returns None to let the usual save-then-preview run (drafts and scheduled articles, whose
        save shows nothing to readers) and for an invalid form, which the usual view shows with its errors.
        """
        stored = self.get_object(request, unquote(object_id))
        if (
            stored is None
            or not stored.is_own
            or not stored.is_visible
            or not self.has_change_permission(request, stored)
        ):
            return None
        image = stored.image.name
        form = self.get_form(request, stored, change=True)(request.POST, request.FILES, instance=stored)
        if not form.is_valid():
            return None
        edited = form.save(commit=False)
        edited.image = image  # an uploaded picture is stored only by a save; the preview keeps the current one
        newsroom.prepare(edited)
        unsaved.keep(request.user.pk, edited)
        return HttpResponseRedirect(reverse("portal:article-preview", args=[edited.pk]) + "?" + unsaved.QUERY)

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
            before = Article.objects.select_related("county", "category").get(pk=obj.pk) if change else None
            if "story" in form.changed_data:
                obj.story_locked = True  # later crawls keep the editor's story (or none)
            super().save_model(request, obj, form, change)
            if before is not None:
                self._record_corrections(request, before, obj, form.changed_data)
        if "county" in form.changed_data:
            obj.county_locked = True
        if "category" in form.changed_data:
            obj.category_locked = True
        if obj.county_locked or obj.category_locked:
            obj.save(update_fields=["county_locked", "category_locked"])

    @staticmethod
    def _record_corrections(request, before: Article, after: Article, changed: list[str]) -> None:
        """Keep an editor's change of what the pipeline decided as a labelled example."""
        values = {
            Correction.COUNTY: lambda a: a.county.slug if a.county_id else "",
            Correction.CATEGORY: lambda a: a.category.slug if a.category_id else "",
            Correction.STORY: lambda a: str(a.story_id or ""),
        }
        for field, value in values.items():
            if field in changed:
                Correction.record(after, field, value(before), value(after), editor=request.user)

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
            self.message_user(
                request,
                format_html("Articolul „{}” apare pe site la {}.", obj.title, date_time(obj.published_at)),
                messages.SUCCESS,
            )
        else:
            return None
        return HttpResponseRedirect(reverse("admin:news_article_changelist"))

    def view_on_site(self, obj):
        # A draft or scheduled article opens in its preview (staff only); a public one on its page.
        return obj.get_absolute_url() if obj.is_visible else reverse("portal:article-preview", args=[obj.pk])

    @admin.action(description=f"„Ultima oră” pentru {BREAKING_HOURS} ore")
    def mark_breaking(self, request, queryset):
        until = timezone.now() + timedelta(hours=BREAKING_HOURS)
        count = queryset.update(breaking_until=until)
        changed(sender=Article)
        self.message_user(request, f"„Ultima oră” până la {date_time(until)}: {count} articole.")

    @admin.action(description="Scoate din „Ultima oră”")
    def end_breaking(self, request, queryset):
        count = queryset.update(breaking_until=None)
        changed(sender=Article)
        self.message_user(request, f"Scoase din „Ultima oră”: {count} articole.")

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
