from django.core.management.base import BaseCommand

from news.reference.load import load_reference


class Command(BaseCommand):
    help = "Load the 42 counties, the categories and the SIRUTA localities (idempotent)."

    def handle(self, *args, **options):
        counts = load_reference()
        self.stdout.write(", ".join(f"{name}: {count}" for name, count in counts.items()))
