"""`gazeta bench NAME`: run one benchmark and print its figures."""
import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.module_loading import import_string

BENCHMARKS = {
    "ingest": "ingest.bench.run",
    "dedupe": "ingest.bench_dedupe.run",
    "pages": "portal.bench.run",
    "search": "search.bench.run",
}


class Command(BaseCommand):
    help = "Run a benchmark (ingest, dedupe, pages, search) and print its figures."

    def add_arguments(self, parser):
        parser.add_argument("name", choices=sorted(BENCHMARKS))
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.add_argument("--articles", type=int, default=None, help="corpus size where the benchmark has one")
        parser.add_argument("--seconds", type=float, default=None, help="duration of load phases")
        parser.add_argument("--page-kb", type=int, default=None,
                            help="ingest: pad the demo article pages to about N KB (real pages weigh 100-400 KB)")

    def handle(self, *args, name, **options):
        try:
            run = import_string(BENCHMARKS[name])
        except ImportError as error:
            raise CommandError(f"bench {name}: not available ({error})") from error
        figures = run({key: value for key, value in options.items() if value is not None})
        if options["json"]:
            self.stdout.write(json.dumps(figures, ensure_ascii=False, indent=2, default=str))
        else:
            for key, value in figures.items():
                self.stdout.write(f"{key}: {value}")
