"""`gazeta worker`: crawl due sources until stopped; run as many as you like against PostgreSQL."""
import signal
import threading

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Claim and read due sources in a loop (stop with Ctrl-C or SIGTERM)."

    def add_arguments(self, parser):
        parser.add_argument("--id", default=None, help="worker id shown in claims (default host:pid)")
        parser.add_argument("--periodic", action="store_true",
                            help="also run the periodic jobs (weather, rates); give it to one worker only")

    def handle(self, *args, **options):
        from gazeta import scheduler
        from ingest.claims import new_worker_id
        from ingest.worker import run_forever

        stop = threading.Event()

        def shutdown(signum, frame):
            stop.set()

        signal.signal(signal.SIGTERM, shutdown)
        signal.signal(signal.SIGINT, shutdown)
        worker_id = options["id"] or new_worker_id()
        if options["periodic"]:
            scheduler.start_thread(scheduler.run_periodic, stop, "periodic")
        self.stdout.write(f"Worker {worker_id} pornit.")
        self.stdout.flush()
        run_forever(stop, worker_id=worker_id)
        self.stdout.write(f"Worker {worker_id} oprit.")
