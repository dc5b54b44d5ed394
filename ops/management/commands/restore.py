"""`gazeta restore DIR [--force]`: restore a backup into an empty database and verify it."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError
from ops.restore import restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `gazeta backup` into the configured (empty) database and media directory, "
        "then compare counts and checksums with its manifest. Stop Gazeta first."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)
        parser.add_argument(
            "--force", action="store_true", help="overwrite a database that already holds sources or articles"
        )

    def handle(self, *args, **options):
        try:
            result = restore(options["directory"], force=options["force"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        if result.differences:
            raise CommandError("Restaurarea nu corespunde copiei:\n  " + "\n  ".join(result.differences))
        counts = result.counts
        self.stdout.write(
            self.style.SUCCESS(
                f"Restaurat și verificat: {counts.get('news_article', 0)} articole, {counts.get('news_story', 0)} "
                f"subiecte, {counts.get('news_source', 0)} surse, {result.media_files} fișiere media "
                "(numere și sume de control identice cu ale copiei)."
            )
        )
