"""gazeta sanitize --json: JSON lines {"html": ..., "url": ...} in, {"html": ...} sanitized out."""
import json
import sys

from django.core.management.base import BaseCommand, CommandError

from ingest.sanitize import sanitize_html


class Command(BaseCommand):
    help = 'Sanitize HTML: read JSON lines {"html": ..., optional "url": ...} on stdin, print {"html": ...} lines.'

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="JSON lines in and out (the default and only format)")
        parser.add_argument("--url", default="", help="base URL for relative links when a line has none")

    def handle(self, *args, **options):
        errors = 0
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict) or not isinstance(record.get("html"), str):
                    raise ValueError('expected an object with an "html" string')
            except ValueError as exc:
                errors += 1
                self.stderr.write(f"sanitize: line {number}: {exc}")
                continue
            cleaned = sanitize_html(record["html"], base_url=str(record.get("url") or options["url"]))
            self.stdout.write(json.dumps({"html": cleaned}, ensure_ascii=False))
        if errors:
            raise CommandError(f"sanitize: {errors} bad input line(s)")
