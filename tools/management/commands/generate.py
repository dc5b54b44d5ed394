"""`gazeta generate --articles N [--seed S]`: top the database up to N synthetic articles."""

import json

from django.core.management.base import BaseCommand, CommandError

from tools.generate import generate


class Command(BaseCommand):
    help = "Fill the database with synthetic Romanian articles up to N (for benchmarks and demos)."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, required=True, help="total number of articles wanted")
        parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same articles)")
        parser.add_argument("--batch", type=int, default=5000, help="rows per transaction")
        parser.add_argument("--json", action="store_true", help="print the report as JSON")

    def handle(self, *args, articles, seed, batch, **options):
        if articles < 0 or batch < 1:
            raise CommandError("generate: --articles must be >= 0 and --batch >= 1")
        quiet = options["json"] or options["verbosity"] == 0
        progress = None if quiet else self._progress()
        report = generate(articles, seed=seed, batch=batch, progress=progress)
        figures = {"created": report.created, "total": report.total, "seconds": round(report.seconds, 1)}
        if options["json"]:
            self.stdout.write(json.dumps(figures))
        else:
            self.stdout.write(
                f"generate: {report.created} articole noi, {report.total} în total, {report.seconds:.1f} s"
            )

    def _progress(self):
        last = [0]

        def show(done: int, total: int) -> None:
            if done - last[0] >= 50_000 or done == total:
                last[0] = done
                self.stderr.write(f"generate: {done}/{total}")

        return show
