"""Editors' corrections of what the pipeline decided (county, category, story), kept as labelled examples.

An editor who moves an ingested article to another county or category, or out of / into a
story, tells us what the tagger or the clusterer should have said. The latest correction per
article and field is kept with a snapshot of the text it was made on, so `gazeta corrections
export --jsonl` can hand the set to whoever tunes the rules and `gazeta eval` can score it.
"""

from django.conf import settings
from django.db import models

from news.models import Article


class CorrectionQuerySet(models.QuerySet):
    def examples(self) -> list[dict]:
        """Return the set as rows of the hand-written ground truth's shape, oldest first."""
        rows = self.select_related("article__source__county").order_by("corrected_at", "pk")
        return [correction.example for correction in rows]


class Correction(models.Model):
    COUNTY, CATEGORY, STORY = "county", "category", "story"
    FIELD_CHOICES = [(COUNTY, "județ"), (CATEGORY, "categorie"), (STORY, "subiect")]
    TEXT_CHARS = 20_000  # a long article's first pages carry its places; the snapshot stays small

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="corrections", verbose_name="articol")
    field = models.CharField("ce s-a corectat", max_length=10, choices=FIELD_CHOICES)
    before = models.CharField("valoarea dată automat", max_length=80, blank=True)
    after = models.CharField("valoarea redactorului", max_length=80, blank=True)
    title = models.CharField("titlu", max_length=500)
    text = models.TextField("textul articolului", blank=True)
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="redactor",
    )
    corrected_at = models.DateTimeField("corectat la", auto_now=True)

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        verbose_name = "corectură"
        verbose_name_plural = "corecturi"
        constraints = [models.UniqueConstraint(fields=["article", "field"], name="correction_one_per_field")]

    def __str__(self) -> str:
        return f"{self.get_field_display()}: {self.before or '—'} → {self.after or '—'} ({self.title[:60]})"

    @classmethod
    def record(cls, article: Article, field: str, before: str, after: str, editor=None) -> "Correction | None":
        """Keep the editor's value for this article and field; the first automatic value stays as `before`.

        Changing it back to what the machine said removes the example: nothing was wrong.
        """
        found = cls.objects.filter(article=article, field=field).first()
        original = found.before if found else before
        if original == after:
            if found:
                found.delete()
            return None
        correction = found or cls(article=article, field=field, before=original)
        correction.after, correction.editor = after, editor
        correction.title, correction.text = article.title, (article.text or article.lead)[: cls.TEXT_CHARS]
        correction.save()
        return correction

    @property
    def example(self) -> dict:
        """The labelled example: what the tagger reads, and the editor's answer for this field."""
        source = self.article.source
        row = {
            "title": self.title,
            "text": self.text,
            "url": self.article.url,
            "source_county": source.county.slug if source and source.county_id else None,
            "source_categories": list(self.article.source_categories or []),
            "field": self.field,
            "machine": self.before or None,
            "editor": self.editor.get_username() if self.editor_id else None,
            "corrected_at": self.corrected_at.isoformat(),
        }
        row[self.field] = self.after or None
        return row
