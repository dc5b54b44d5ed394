"""The story admin, with the editors' decisions: merge stories, take articles out, see why each joined."""

from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html

from news.admin import StoryAdmin
from news.article_admin import ArticleAdmin
from news.models import Article, Story
from stories import editing
from stories.models import ArticleSignature


class ArticleInline(admin.TabularInline):
    """The story's articles with the reason each joined (`gazeta explain-story` gives the same)."""

    model = Article
    fields = ["title", "source", "published_at", "story_locked", "joined"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True
    verbose_name_plural = "articole (și de ce s-au alăturat)"

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="motiv")
    def joined(self, article: Article) -> str:
        row = ArticleSignature.objects.filter(article=article).values_list("joined", flat=True).first()
        return row or "—"


class EditedStoryAdmin(StoryAdmin):
    inlines = [ArticleInline]
    actions = ["merge_stories", "split_articles"]

    @admin.action(description="Unește subiectele selectate (decizie păstrată la următoarele citiri)")
    def merge_stories(self, request, queryset):
        stories = list(queryset)
        if len(stories) < 2:
            self.message_user(request, "Alegeți cel puțin două subiecte.", messages.WARNING)
            return
        kept = editing.merge(stories, editor=request.user)
        self.message_user(request, f"Subiectele au fost unite în „{kept.title}”.")

    @admin.action(description="Scoate toate articolele din subiect, afară de cel reprezentativ")
    def split_articles(self, request, queryset):
        moved = 0
        for story in queryset:
            for article in Article.objects.filter(story=story).exclude(pk=story.representative_id):
                editing.split(article, editor=request.user)
                moved += 1
        self.message_user(request, f"{moved} articole stau acum singure (decizie păstrată).")


SPLIT = "_split_story"  # the article form's "Scoate din subiect" button


class StoryEditingArticleAdmin(ArticleAdmin):
    """The article admin with the story decision an editor takes: one article out, from the list or its form."""

    actions = [*ArticleAdmin.actions, "split_from_story"]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["split_story"] = obj.story if obj is not None and obj.story_id else None
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_change(self, request, obj):
        if SPLIT in request.POST and obj.story_id:
            story = obj.story
            editing.split(obj, editor=request.user)
            self.message_user(
                request,
                format_html(
                    "„{}” stă acum singur, în afara subiectului „{}” (decizie păstrată la următoarele citiri).",
                    obj.title,
                    story.title,
                ),
            )
            return HttpResponseRedirect(reverse("admin:news_article_change", args=[obj.pk]))
        return super().response_change(request, obj)

    @admin.action(description="Scoate din subiect")
    def split_from_story(self, request, queryset):
        moved = [editing.split(article, editor=request.user) for article in queryset.exclude(story=None)]
        if not moved:
            self.message_user(request, "Articolele alese nu fac parte dintr-un subiect.", messages.WARNING)
            return
        titles = ", ".join(f"„{article.title[:80]}”" for article in moved[:3]) + ("…" if len(moved) > 3 else "")
        self.message_user(
            request,
            f"Scoase din subiect ({len(moved)}): {titles}. Decizia rămâne la următoarele "
            "citiri și e păstrată ca exemplu de corectură.",
        )


admin.site.unregister(Story)
admin.site.register(Story, EditedStoryAdmin)
admin.site.unregister(Article)
admin.site.register(Article, StoryEditingArticleAdmin)
