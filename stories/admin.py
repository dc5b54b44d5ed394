"""The story admin, with the editors' decisions: merge stories, take articles out, see why each joined."""
from django.contrib import admin, messages

from news.admin import StoryAdmin
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
        kept = editing.merge(stories)
        self.message_user(request, f"Subiectele au fost unite în „{kept.title}”.")

    @admin.action(description="Scoate toate articolele din subiect, afară de cel reprezentativ")
    def split_articles(self, request, queryset):
        moved = 0
        for story in queryset:
            for article in Article.objects.filter(story=story).exclude(pk=story.representative_id):
                editing.split(article)
                moved += 1
        self.message_user(request, f"{moved} articole stau acum singure (decizie păstrată).")


admin.site.unregister(Story)
admin.site.register(Story, EditedStoryAdmin)
