"""`gazeta radio load-defaults [--file PATH]`: load the default radio stations."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from widgets.radio import DEFAULTS, RadioDataError, load_default_stations


class Command(BaseCommand):
    help = "Manage radio stations: load-defaults creates or updates the stations of widgets/data/radio.tsv."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["load-defaults"])
        parser.add_argument("--file", type=Path, default=DEFAULTS, help="a TSV with name, stream_url, county")

    def handle(self, *args, **options):
        try:
            result = load_default_stations(options["file"])
        except (OSError, KeyError, RadioDataError) as error:
            raise CommandError(f"radio: {error}") from error
        self.stdout.write(
            f"radio: {result['created']} created, {result['updated']} updated, {result['total']} in total"
        )
