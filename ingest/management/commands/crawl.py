"""`gazeta crawl --once`: read every due source (or one) now, with a progress bar."""

import json
import signal
import threading

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from news.models import Source


class Command(BaseCommand):
    help = "Read due sources once through the ingest pipeline."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="one pass over what is due, then exit (default)")
        parser.add_argument(
            "--source",
            type=int,
            action="append",
            dest="sources",
            metavar="ID",
            help="read this source now, due or not (repeatable)",
        )
        parser.add_argument("--all", action="store_true", help="treat every enabled source as due")
        parser.add_argument("--threads", type=int, default=None, help="sources read at once")
        parser.add_argument("--json", action="store_true", help="print the summary as JSON, no progress bar")

    def handle(self, *args, **options):
        from ingest.worker import crawl_once

        source_ids = options["sources"]
        if source_ids:
            missing = set(source_ids) - set(Source.objects.filter(pk__in=source_ids).values_list("pk", flat=True))
            if missing:
                raise CommandError(f"crawl: no source with id {', '.join(map(str, sorted(missing)))}")
        if options["all"]:
            Source.objects.filter(enabled=True).update(next_fetch_at=timezone.now())
        # SIGTERM ends the pass like a worker's: no new source, the current one left between two entries.
        self.stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda signum, frame: self.stop.set())
        if options["json"]:
            summary = crawl_once(source_ids=source_ids, threads=options["threads"], stop=self.stop)
            self.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2))
            return
        summary = self.crawl_with_bar(source_ids, options["threads"])
        if summary["paused"]:
            self.stdout.write(self.style.WARNING(f"Preluare oprită: {summary['paused']}"))
        self.stdout.write(
            f"Surse citite: {summary['sources']}, articole noi: {summary['new']}, "
            f"actualizate: {summary['updated']}, erori: {summary['errors']}"
        )
        for failed in summary["failed_sources"]:
            self.stdout.write(self.style.WARNING(f"  sursa {failed['id']}: {failed['error']}"))

    def crawl_with_bar(self, source_ids, threads) -> dict:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from ingest.claims import claimable
        from ingest.worker import crawl_once

        total = len(source_ids) if source_ids else claimable(timezone.now()).count()
        columns = [
            TextColumn("[bold]Citire surse"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("noi: {task.fields[new]}  erori: {task.fields[errors]}"),
            TimeElapsedColumn(),
        ]
        with Progress(*columns, transient=False) as progress:
            task = progress.add_task("crawl", total=total or None, new=0, errors=0)

            def advance(result, summary):
                progress.update(
                    task,
                    completed=summary["sources"],
                    new=summary["new"],
                    errors=summary["errors"],
                    total=max(total, summary["sources"]) or None,
                )

            return crawl_once(progress=advance, source_ids=source_ids, threads=threads, stop=self.stop)
