"""`gazeta link_places`: link the articles stored before the place pages to the places they name."""

from django.core.management.base import BaseCommand
from django.db import transaction

from news.models import Article, ArticlePlace

BATCH = 2000  # articles per transaction: bounded memory and lock time on a large table


class Command(BaseCommand):
    help = "Link articles that have geotagged places but no place rows yet (idempotent)."

    def handle(self, *args, **options):
        linked, last = 0, 0
        while True:
            batch = list(
                Article.objects.filter(pk__gt=last, place_links__isnull=True)
                .exclude(geo_places=[])
                .order_by("pk")
                .only("id", "geo_places", "published_at")[:BATCH]
            )
            if not batch:
                break
            with transaction.atomic():
                for article in batch:
                    linked += ArticlePlace.objects.link(article, new=True)
            last = batch[-1].pk
        self.stdout.write(f"legături create: {linked}")
