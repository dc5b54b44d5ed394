"""Views counted per article and hour: the only thing "Cele mai citite" stores.

A row is (hour, article, views): no reader, no address, no time finer than the hour. Rows older
than KEEP_HOURS are deleted at each flush, so the table holds at most two days of reading.
article_id is a plain number, not a foreign key: retention deletes articles with raw SQL, and a
deleted article's rows simply stop being shown (only visible articles are listed) and age out.
"""

from django.db import models


class HourlyViews(models.Model):
    hour = models.IntegerField(help_text="hours since 1970-01-01 00:00 UTC")
    article_id = models.IntegerField()
    county_id = models.IntegerField(null=True, blank=True, help_text="the article's county when counted")
    views = models.IntegerField(default=0)

    class Meta:
        verbose_name = "vizualizări pe oră"
        verbose_name_plural = "vizualizări pe oră"
        constraints = [models.UniqueConstraint(fields=["hour", "article_id"], name="mostread_hour_article")]
        indexes = [models.Index(fields=["county_id", "hour"], name="mostread_county_hour")]

    def __str__(self) -> str:
        return f"{self.article_id} @ {self.hour}: {self.views}"
