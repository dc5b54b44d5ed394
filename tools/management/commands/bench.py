"""`gazeta bench NAME`: run one benchmark and print its figures."""

import json

from django.core.management.base import BaseCommand

from tools import (
    bench_api,
    bench_beacon,
    bench_cache,
    bench_dedupe,
    bench_freshness,
    bench_ingest,
    bench_pages,
    bench_retention,
    bench_search,
    bench_supervisor,
    fuzz,
    soak,
)

BENCHMARKS = {
    "api": bench_api.run,
    "beacon": bench_beacon.run,
    "ingest": bench_ingest.run,
    "dedupe": bench_dedupe.run,
    "freshness": bench_freshness.run,
    "pages": bench_pages.run,
    "search": bench_search.run,
    "fuzz": fuzz.run,
    "soak": soak.run,
    "retention": bench_retention.run,
    "cache": bench_cache.run,
    "supervisor": bench_supervisor.run,
}


class Command(BaseCommand):
    help = "Run a benchmark (api, beacon, ingest, dedupe, freshness, pages, search, fuzz, soak, retention, cache, supervisor) and print its figures."

    def add_arguments(self, parser):
        parser.add_argument("name", choices=sorted(BENCHMARKS))
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.add_argument("--articles", type=int, default=None, help="corpus size where the benchmark has one")
        parser.add_argument("--seconds", type=float, default=None, help="duration of load phases")
        parser.add_argument("--requests", type=int, default=None, help="fuzz: hostile requests to send")
        parser.add_argument("--seed", type=int, default=None, help="fuzz: seed of the request generator")
        parser.add_argument(
            "--minutes", type=int, default=None, help="soak, freshness: how long to run (keep it short here)"
        )
        parser.add_argument("--days", type=int, default=None, help="retention: run as if this many days had passed")
        parser.add_argument(
            "--port", type=int, default=None, help="soak, freshness: serve on PORT, the demo network on PORT+1"
        )
        parser.add_argument(
            "--page-kb",
            type=int,
            default=None,
            help="ingest: pad the demo article pages to about N KB (real pages weigh 100-400 KB)",
        )
        parser.add_argument(
            "--pages",
            choices=("demo", "realpages"),
            default=None,
            help="ingest: serve the real-page corpus as the outlets' article pages",
        )

    def handle(self, *args, name, **options):
        figures = BENCHMARKS[name]({key: value for key, value in options.items() if value is not None})
        if options["json"]:
            self.stdout.write(json.dumps(figures, ensure_ascii=False, indent=2, default=str))
        else:
            for key, value in figures.items():
                self.stdout.write(f"{key}: {value}")
