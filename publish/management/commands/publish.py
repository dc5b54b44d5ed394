"""`gazeta publish`: write the public pages as files under PUBLISH_DIR (--watch: keep them fresh)."""

import json
import threading
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from publish import files
from publish.publisher import Publisher, root, run_forever


class Command(BaseCommand):
    help = "Publish the public pages as files (with .gz and .br) under PUBLISH_DIR."

    def add_arguments(self, parser):
        parser.add_argument("--dir", default=None, help="publish here instead of PUBLISH_DIR")
        parser.add_argument("--articles", type=int, default=None, help="newest articles to publish")
        parser.add_argument("--watch", action="store_true", help="then follow changes until interrupted")
        parser.add_argument("--paths", nargs="+", default=None, help="publish only these addresses (benchmarks)")
        parser.add_argument("--json", action="store_true", help="print figures as JSON")

    def handle(self, *args, **options):
        directory = Path(options["dir"]) if options["dir"] else root()
        if directory is None:
            raise CommandError("PUBLISH_DIR nu este setat (sau dați --dir).")
        if options["watch"]:
            stop = threading.Event()
            try:
                run_forever(stop, directory)
            except KeyboardInterrupt:
                stop.set()
            return
        started = time.perf_counter()
        publisher = Publisher(directory, options["articles"])
        if options["paths"]:
            written = sum(publisher.publish(path) for path in options["paths"])
            self.stdout.write(json.dumps({"pages": written, **files.usage(directory)}))
            return
        queued = publisher.start()
        publisher.drain()
        figures = {
            "pages": queued,
            "seconds": round(time.perf_counter() - started, 1),
            **files.usage(directory),
            **publisher.figures(),
        }
        if options["json"]:
            self.stdout.write(json.dumps(figures))
        else:
            self.stdout.write(
                f"Publicate: {figures['pages']} pagini în {figures['seconds']} s, {figures['bytes']} octeți."
            )
