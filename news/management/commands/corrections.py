"""`gazeta corrections export --jsonl [--output FILE]`: editors' corrections as labelled examples."""

import json

from django.core.management.base import BaseCommand, CommandError

from news.corrections import Correction


class Command(BaseCommand):
    help = "Write the editors' corrections (county, category, story) as labelled examples, one JSON object a line."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        export = actions.add_parser("export", help="write the corrections set")
        export.add_argument("--jsonl", action="store_true", help="one JSON object per line (the only format)")
        export.add_argument("--output", "-o", help="file to write (default: standard output)")
        export.add_argument("--field", choices=[c for c, _ in Correction.FIELD_CHOICES], help="only this field")

    def handle(self, *args, action, jsonl=False, output=None, field=None, **options):
        if not jsonl:
            raise CommandError("corrections export: name the format, --jsonl")
        corrections = Correction.objects.all()
        if field:
            corrections = corrections.filter(field=field)
        lines = [json.dumps(row, ensure_ascii=False) for row in corrections.examples()]
        text = "".join(line + "\n" for line in lines)
        if output:
            with open(output, "w", encoding="utf-8") as out:
                out.write(text)
            self.stderr.write(f"corectări scrise: {len(lines)} în {output}")
        else:
            self.stdout.write(text, ending="")
