"""gazeta sanitize --json: JSON lines {"html": ..., "url": ...} in, {"html": ...} sanitized out.

Every non-blank input line gives one output line: {"html": ...}, or {"error": ..., "line": n} for a
line that cannot be read (not JSON, no "html" string) or cannot be sanitized; the rest goes on.
"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from lib.sanitize import sanitize_html


class Command(BaseCommand):
    help = 'Sanitize HTML: read JSON lines {"html": ..., optional "url": ...} on stdin, print {"html": ...} lines.'

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="JSON lines in and out (the default and only format)")
        parser.add_argument("--url", default="", help="base URL for relative links when a line has none")

    def handle(self, *args, **options):
        errors = 0
        for number, line in enumerate(_lines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict) or not isinstance(record.get("html"), str):
                    raise ValueError('expected an object with an "html" string')
                cleaned = sanitize_html(record["html"], base_url=str(record.get("url") or options["url"]))
                output = json.dumps({"html": cleaned}, ensure_ascii=False)
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException as exc:  # noqa: BLE001 - nh3's Rust panics are BaseException; one line, not the run
                errors += 1
                message = f"sanitize: line {number}: {str(exc)[:200]}"
                self.stderr.write(message)
                output = json.dumps({"error": message, "line": number})
            self.stdout.write(output)
        if errors:
            raise CommandError(f"sanitize: {errors} bad input line(s)")


def _lines():
    """Yield standard input's lines as text; bytes that are not UTF-8 become U+FFFD, not a crash."""
    binary = getattr(sys.stdin, "buffer", None)
    if binary is None:
        yield from sys.stdin
        return
    for raw in binary:
        yield raw.decode("utf-8", errors="replace")
