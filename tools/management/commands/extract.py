"""gazeta extract FILE --json [--url URL]: show the article trafilatura and our rules get from a saved page."""

from django.core.management.base import BaseCommand, CommandError

from ingest.charset import decode_body
from ingest.errors import IngestError
from ingest.extract import extract_page
from tools.management.commands._io import dumps, read_input


class Command(BaseCommand):
    help = "Extract title, author, published, text and lead image from a saved HTML page (FILE or -)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="HTML file, or - for standard input")
        parser.add_argument("--json", action="store_true", help="print JSON (the default and only format)")
        parser.add_argument("--url", default="", help="the page's address (relative links, per-site rules)")
        parser.add_argument("--html", action="store_true", help="include the extracted body HTML")

    def handle(self, *args, **options):
        text, _encoding = decode_body(read_input(options["file"]), "")
        try:
            extracted = extract_page(text, url=options["url"])
        except IngestError as exc:
            raise CommandError(str(exc)) from exc
        result = {
            "title": extracted.title,
            "author": extracted.author,
            "published": extracted.published,
            "text": extracted.text,
            "image_url": extracted.image_url,
            "image_caption": extracted.image_caption,
            "image_alt": extracted.image_alt,
            "canonical_url": extracted.canonical_url,
            "description": extracted.description,
            "categories": extracted.categories,
            "characters": len(extracted.text),
        }
        if options["html"]:
            result["html"] = extracted.html
        self.stdout.write(dumps(result))
