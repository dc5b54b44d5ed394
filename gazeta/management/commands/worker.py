"""`gazeta worker`: crawl due sources until stopped; run as many as you like against PostgreSQL."""

import functools
import os
import signal
import sys
import threading

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Claim and read due sources in a loop (stop with Ctrl-C or SIGTERM)."

    def add_arguments(self, parser):
        parser.add_argument("--id", default=None, help="worker id shown in claims (default host:pid)")
        parser.add_argument(
            "--periodic",
            action="store_true",
            help="also run the periodic jobs (weather, rates, search index upkeep); give it to one worker only",
        )
        parser.add_argument(
            "--metrics-port",
            type=int,
            default=None,
            help="serve this worker's Prometheus metrics on this port (/metrics)",
        )
        parser.add_argument(
            "--metrics-host",
            default="127.0.0.1",
            help="address for --metrics-port (default 127.0.0.1: scrape it locally or open it deliberately)",
        )

    def handle(self, *args, **options):
        from gazeta import scheduler
        from ingest.claims import new_worker_id
        from ingest.worker import run_forever, wait_stopped

        stop = threading.Event()

        def shutdown(signum, frame):
            stop.set()

        signal.signal(signal.SIGTERM, shutdown)
        signal.signal(signal.SIGINT, shutdown)
        worker_id = options["id"] or new_worker_id()
        if options["metrics_port"] is not None:
            from prometheus_client import start_http_server

            from ingest.metrics import registry

            start_http_server(options["metrics_port"], addr=options["metrics_host"], registry=registry())
        if options["periodic"]:
            scheduler.start_thread(scheduler.run_periodic, stop, "periodic")
        self.stdout.write(f"Worker {worker_id} pornit.")
        self.stdout.flush()
        # The crawl runs in its own thread so that this one can keep the stopping time bounded.
        crawler = scheduler.start_thread(functools.partial(run_forever, worker_id=worker_id), stop, "crawler")
        while crawler.is_alive() and not stop.wait(1.0):
            pass
        stop.set()
        finished = wait_stopped(crawler, worker_id)
        self.stdout.write(f"Worker {worker_id} oprit.")
        if not finished:
            # The thread pool's threads would hold the interpreter's exit until their fetch times out.
            self.stdout.flush()
            sys.stderr.flush()
            os._exit(0)
