"""`gazeta reindex-search`: index every visible article again (after a stemmer change)."""

from django.core.management.base import BaseCommand

from search.index import rebuild


class Command(BaseCommand):
    help = "Rebuild the search index from the articles (needed after changing search.stem)."

    def handle(self, *args, **options):
        self.stdout.write(f"reindex-search: {rebuild()} articole indexate")
