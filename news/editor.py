"""The newsroom's article form: a rich-text body limited to what public pages render, explicit publishing."""

from django import forms
from django.utils import timezone
from django_prose_editor.widgets import AdminProseEditorWidget

from news import newsroom
from news.models import Article

# What the editor offers: the structure an article page styles (site.css .article-body), nothing
# else. Headings start at h2 because the page's h1 is the title. Pasted Word or Google Docs HTML
# is parsed into this schema by the editor (their styles, spans and classes have no place in it)
# and cleaned again on the server by the sanitizer ingested text passes.
EXTENSIONS = {
    "Heading": {"levels": [2, 3]},
    "Bold": True,
    "Italic": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "Figure": True,
    "Caption": True,
    "Image": True,
    "NoSpellCheck": False,  # the browser's Romanian spell checker helps; the package turns it off
}

# Embeds (lib/embeds.py): the address alone on its line becomes a player the reader starts.
EMBED_HELP = (
    "Un videoclip de pe YouTube, Vimeo sau Facebook ori o postare de pe Facebook: lipiți adresa "
    "lui singură pe un rând. Pe site apare ca link „Vezi videoclipul…”; se încarcă doar când "
    "cititorul îl pornește."
)

# The submit buttons of the own-article form, beside Django's "Salvează".
PUBLISH_NOW, SCHEDULE, PREVIEW = "_publish_now", "_schedule", "_preview"


def body_widget() -> AdminProseEditorWidget:
    return AdminProseEditorWidget(config={"extensions": EXTENSIONS}, preset="configurable")


class OwnArticleForm(forms.ModelForm):
    """An own article: the body passes the sanitizer; "Programează" needs a time still to come."""

    class Meta:
        model = Article
        fields = "__all__"
        widgets = {"body_html": body_widget()}

    class Media:
        css = {"all": ["news/article-editor.css"]}
        js = ["news/article-editor.js"]

    def clean_body_html(self) -> str:
        return newsroom.clean_body(self.cleaned_data.get("body_html", ""))

    def clean(self):
        cleaned = super().clean()
        when = cleaned.get("published_at")
        if SCHEDULE in self.data and when and when <= timezone.now():
            self.add_error("published_at", "Pentru programare alegeți o dată și o oră din viitor.")
        return cleaned
