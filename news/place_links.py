"""Which SIRUTA places each article names: the rows behind the place pages (/<județ>/<localitate>/).

The pipeline links an article to the places its geotagger found (Article.geo_places). A row
copies the article's publication time, so a place's page walks its own index newest first and
stops after one page, whatever the size of the table. `commune` is set on one row per article
and commune: the commune's page lists each article once, even when it names several villages.
"""

from django.db import models

from news.places import County, Locality


class ArticlePlaceQuerySet(models.QuerySet):
    def link(self, article, places: list[Locality] | None = None, new: bool = False) -> int:
        """Replace the article's place rows with the given places (default: its geo_places); return how many."""
        if places is None:
            places = Locality.objects.for_geo_places(article.geo_places)
        if not new:
            self.filter(article_id=article.pk).delete()
        rows, communes = [], set()
        for place in places:
            commune = place.commune_id or place.pk
            rows.append(
                ArticlePlace(
                    article_id=article.pk,
                    locality_id=place.pk,
                    county_id=place.county_id,
                    commune_id=None if commune in communes else commune,
                    published_at=article.published_at,
                )
            )
            communes.add(commune)
        self.bulk_create(rows)
        return len(rows)


class ArticlePlace(models.Model):
    """One SIRUTA place an article names."""

    article = models.ForeignKey(
        "news.Article", on_delete=models.CASCADE, related_name="place_links", verbose_name="articol"
    )
    locality = models.ForeignKey(
        Locality, on_delete=models.CASCADE, related_name="article_links", verbose_name="localitate"
    )
    commune = models.ForeignKey(
        Locality, null=True, on_delete=models.CASCADE, related_name="commune_links", verbose_name="comună"
    )
    county = models.ForeignKey(County, on_delete=models.CASCADE, related_name="+", verbose_name="județ")
    published_at = models.DateTimeField("publicat la")

    objects = ArticlePlaceQuerySet.as_manager()

    class Meta:
        verbose_name = "localitate a articolului"
        verbose_name_plural = "localitățile articolelor"
        constraints = [models.UniqueConstraint(fields=["article", "locality"], name="article_place_unique")]
        indexes = [
            models.Index(fields=["locality", "-published_at"], name="article_place_locality_pub"),
            models.Index(fields=["commune", "-published_at"], name="article_place_commune_pub"),
            models.Index(fields=["county", "-published_at"], name="article_place_county_pub"),
        ]


def follow_publication(sender, instance, created: bool = False, **kwargs) -> None:
    """Keep the rows' copy of the publication time (an editor may move it) when an article is saved."""
    if not created:
        ArticlePlace.objects.filter(article_id=instance.pk).exclude(published_at=instance.published_at).update(
            published_at=instance.published_at
        )
