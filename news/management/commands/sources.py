"""`gazeta sources`: import, export and load source lists; register the demo network."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Manage the list of sources (import FILE, export --opml, load-defaults, demo --base-url URL)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        importer = sub.add_parser("import", help="add or update sources from an OPML or TSV file ('-' for stdin)")
        importer.add_argument("file")
        exporter = sub.add_parser("export", help="print the sources")
        exporter.add_argument("--opml", action="store_true", help="as OPML 2.0 (the only format for now)")
        sub.add_parser("load-defaults", help="load the shipped list of Romanian outlets and institutions")
        demo = sub.add_parser("demo", help="register the outlets of a running demo network")
        demo.add_argument("--base-url", required=True)

    def handle(self, *args, action, **options):
        from news import sources

        if action == "import":
            path = options["file"]
            try:
                text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
                specs = sources.read_file(text)
            except (OSError, UnicodeDecodeError, ValueError) as error:
                raise CommandError(f"sources: cannot import {path}: {error}") from error
            created, updated = sources.import_specs(specs)
            self.stdout.write(f"Surse adăugate: {created}, actualizate: {updated}")
        elif action == "export":
            self.stdout.write(sources.export_opml(), ending="")
        elif action == "load-defaults":
            self.stdout.write(f"Surse implicite încărcate: {sources.load_default_sources()}")
        elif action == "demo":
            base_url = options["base_url"].rstrip("/")
            try:
                count = sources.register_demo_sources(base_url)
            except OSError as error:
                raise CommandError(f"sources: cannot read {base_url}/_outlets.json: {error}") from error
            host = base_url.split("://", 1)[-1]
            self.stdout.write(f"Surse demo înregistrate: {count}")
            self.stdout.write(
                f"Pentru a le citi, adaugă gazda în INGEST_ALLOWED_HOSTS, de ex. "
                f"INGEST_ALLOWED_HOSTS={host} (și INGEST_HOST_DELAY=0)."
            )
