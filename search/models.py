"""The vocabulary behind "Ai vrut să scrii: …?": the words of the indexed articles, folded, with counts.

Kept beside the full-text index (which stores stems, not the words a reader would recognise):
each folded word once, with the form it is most often written in (with diacritics when the
articles use them) and how many times it was seen. search.vocabulary fills it from the articles
in batches and keeps it bounded.
"""

from django.db import models


class Word(models.Model):
    folded = models.CharField(max_length=32, primary_key=True)
    shown = models.CharField(max_length=32, help_text="the word as articles write it, lower case")
    initial = models.CharField(max_length=1)
    length = models.PositiveSmallIntegerField()
    count = models.IntegerField(default=0)

    class Meta:
        verbose_name = "cuvânt"
        verbose_name_plural = "vocabular"
        indexes = [models.Index(fields=["initial", "length"], name="search_word_initial_length")]

    def __str__(self) -> str:
        return f"{self.shown} ({self.count})"


class VocabularyMark(models.Model):
    """One row: the highest article id whose words are in the vocabulary."""

    last_article_id = models.BigIntegerField(default=0)
