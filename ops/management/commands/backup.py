"""`gazeta backup [--to DIR]`: copy the running site's database and media, with a manifest."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, make_backup, read_manifest


class Command(BaseCommand):
    help = "Make a consistent backup of the database and media files while Gazeta runs."

    def add_arguments(self, parser):
        parser.add_argument(
            "--to",
            type=Path,
            default=None,
            help="write the backup into this new directory (default: var/backups/<UTC time>, kept by the rotation)",
        )
        parser.add_argument(
            "--rotate",
            action="store_true",
            help="after the backup, apply the rotation to var/backups (7 daily, 4 weekly)",
        )

    def handle(self, *args, **options):
        from ops.rotation import rotate

        try:
            made = make_backup(options["to"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        manifest = read_manifest(made)
        database = manifest["database"]
        counts = database["counts"]
        self.stdout.write(
            self.style.SUCCESS(
                f"Copie de siguranță: {made}  ({database['vendor']}, {database['bytes'] / 1e6:.1f} MB, "
                f"{counts.get('news_article', 0)} articole, {counts.get('news_story', 0)} subiecte, "
                f"{counts.get('news_source', 0)} surse, {manifest['media']['count']} fișiere media, "
                f"{manifest['seconds']} s)"
            )
        )
        if options["rotate"]:
            removed = rotate()
            self.stdout.write(f"Rotație: {len(removed)} copii vechi șterse.")
