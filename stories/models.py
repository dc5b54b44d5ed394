"""What story clustering keeps per article: its MinHash signature and its LSH band keys.

The tables were created by the news app (news/migrations/0002) and keep their names: the models
moved here by state only (stories/migrations/0001, news/migrations/0007), so a database made
before the move keeps its rows.
"""

from django.db import models

from news.models import Article


class ArticleSignature(models.Model):
    """What story clustering remembers of an article: its MinHash and its title words."""

    article = models.OneToOneField(Article, primary_key=True, on_delete=models.CASCADE, related_name="signature")
    minhash = models.BinaryField(blank=True)  # num_perm unsigned 32-bit values, little-endian
    shingle_count = models.PositiveIntegerField(default=0)
    title_words = models.TextField(blank=True)  # folded names and numbers of title and lead, space-separated
    county_slug = models.CharField(max_length=40, blank=True)
    published_at = models.DateTimeField(db_index=True)
    joined = models.CharField("motiv", max_length=300, blank=True)  # why it joined its story (stories.event)

    class Meta:
        db_table = "news_articlesignature"
        indexes = [models.Index(fields=["county_slug", "published_at"], name="signature_county_pub")]


class ArticleBand(models.Model):
    """One LSH band of an article's MinHash; articles sharing a key are candidate copies."""

    key = models.BigIntegerField(db_index=True)
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bands")

    class Meta:
        db_table = "news_articleband"
