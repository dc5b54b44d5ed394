"""gazeta parse-feed FILE --json: show a feed's title and entries as the parser sees them."""

from datetime import UTC, datetime

from django.core.management.base import BaseCommand, CommandError

from ingest.errors import IngestError
from ingest.parse import parse_feed
from tools.management.commands._io import dumps, read_input


class Command(BaseCommand):
    help = "Parse a saved feed (RSS, Atom or JSON Feed; FILE or - for stdin) and print what the parser sees."

    def add_arguments(self, parser):
        parser.add_argument("file", help="feed file, or - for standard input")
        parser.add_argument("--json", action="store_true", help="print JSON (the default and only format)")
        parser.add_argument("--url", default="", help="the feed's address, to resolve relative links")
        parser.add_argument("--content-type", default="", help="the Content-Type it was served with")

    def handle(self, *args, **options):
        data = read_input(options["file"])
        try:
            feed = parse_feed(data, url=options["url"], now=datetime.now(UTC), content_type=options["content_type"])
        except IngestError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(dumps(feed))
