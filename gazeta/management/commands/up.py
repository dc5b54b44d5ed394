"""`gazeta up`: set up the database, start the scheduler and serve the site."""

import functools
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from gazeta import scheduler
from gazeta.collected import collect_static
from gazeta.roles import ensure_editor_group

EDITOR_USERNAME = "redactor"
RESPAWN_SECONDS = 0.5  # granian's pause before replacing a crashed worker (its default, 3.5 s, halves capacity longer)
# A server that dies this soon after starting, this often within the window, is not going to recover.
QUICK_FAILURE_SECONDS, QUICK_FAILURES, QUICK_FAILURE_WINDOW = 10.0, 3, 60.0
STOP_SECONDS = 10  # granian's graceful stop, then SIGKILL to the whole group


def gazeta_command() -> str:
    """How to run gazeta from here: `.venv/bin/gazeta` after `dev.py up` (not on PATH), else `gazeta`."""
    on_path = shutil.which("gazeta")
    if os.path.basename(sys.argv[0]) != "gazeta" or (on_path and os.path.samefile(on_path, sys.argv[0])):
        return "gazeta"
    return os.path.relpath(sys.argv[0])


class Command(BaseCommand):
    help = "Migrate, load reference data and sources, start the scheduler and the web server."

    def add_arguments(self, parser):
        parser.add_argument("--demo", action="store_true", help="also serve the demo network and read it")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--workers", type=int, default=2, help="web worker processes")
        parser.add_argument("--demo-port", type=int, default=8765)
        parser.add_argument("--seed", type=int, default=1, help="seed of the demo network")
        parser.add_argument("--no-scheduler", action="store_true", help="serve only; crawl elsewhere")

    def handle(self, *args, **options):
        # Before any work: a second `up` on a taken port used to bind beside the first, or end in a traceback.
        ports = [(options["host"], options["port"], "--port")]
        if options["demo"]:
            ports.append(("127.0.0.1", options["demo_port"], "--demo-port"))
        for host, port, flag in ports:
            if port_taken(host, port):
                raise CommandError(
                    f"Portul {port} ({host}) este deja folosit, poate de un alt „gazeta up”; alegeți altul cu {flag}."
                )
        self.stdout.write("Pregătesc baza de date…")
        call_command("migrate", verbosity=0, interactive=False)
        call_command("load_reference", verbosity=0)
        ensure_editor_group()  # new models' permissions (corrections, …) reach an existing editors' group
        call_command("radio", "load-defaults", verbosity=0)
        collect_static()  # only when the static files changed since the last start

        stop = threading.Event()
        if options["demo"]:
            self.start_demo(options, stop)
        else:
            self.load_default_sources()

        if not options["no_scheduler"]:
            self.start_scheduler(stop)
        if settings.PUBLISH_DIR:  # pages as files, kept fresh (publish.publisher), sent by granian's workers
            from publish.publisher import run_forever as publish_forever

            scheduler.start_thread(publish_forever, stop, "publisher")
            self.stdout.write(f"Pagini publicate ca fișiere în {settings.PUBLISH_DIR}")
        self.serve(options, stop)

    def start_demo(self, options, stop):
        """Serve the demo network in this process, register it as sources, create the editor."""
        from demo.server import serve_in_thread
        from news.sources import register_demo_sources

        network = serve_in_thread(seed=options["seed"], port=options["demo_port"], live=True)
        host = network.base_url.split("://", 1)[1].rstrip("/")
        settings.INGEST_ALLOWED_HOSTS = [*settings.INGEST_ALLOWED_HOSTS, host]
        settings.INGEST_HOST_DELAY = 0.0  # every demo outlet shares one host:port
        # The demo's WebSub hub calls Gazeta back on 127.0.0.1: without SITE_URL, the crawler in this
        # process names the port actually served (the fallback's 8000 may be another program's).
        settings.SITE_URL_FALLBACK = f"http://127.0.0.1:{options['port']}"
        os.environ["INGEST_ALLOWED_HOSTS"] = ",".join(settings.INGEST_ALLOWED_HOSTS)
        # The widgets read the demo network's stand-ins for Open-Meteo and the BNR: offline data.
        settings.WEATHER_BASE_URL = f"{network.base_url}/_services/open-meteo"
        settings.BNR_RATES_URL = f"{network.base_url}/_services/bnr/nbrfxrates.xml"
        count = register_demo_sources(network.base_url)
        self.stdout.write(f"Rețeaua demo: {network.base_url} ({count} surse)")
        self.ensure_editor()

    def load_default_sources(self):
        from news.sources import load_default_sources

        count = load_default_sources()
        self.stdout.write(f"Surse implicite: {count}")

    def ensure_editor(self):
        """Create the editor account once, printing its generated password that one time."""
        User = get_user_model()
        if User.objects.filter(username=EDITOR_USERNAME).exists():
            self.stdout.write(
                f"Contul „{EDITOR_USERNAME}” există (parolă nouă: {gazeta_command()} changepassword {EDITOR_USERNAME})."
            )
            return
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(EDITOR_USERNAME, password=password, is_staff=True)
        user.groups.add(ensure_editor_group())
        self.stdout.write(
            self.style.SUCCESS(f"Cont de redactor: {EDITOR_USERNAME} / {password}  (afișată o singură dată)")
        )

    def start_scheduler(self, stop):
        from ingest.claims import new_worker_id
        from ingest.worker import run_forever

        self.worker_id = new_worker_id()
        self.crawler = scheduler.start_thread(functools.partial(run_forever, worker_id=self.worker_id), stop, "crawler")
        scheduler.start_thread(scheduler.run_periodic, stop, "periodic")

    def stop_scheduler(self):
        """After the web server stopped: bounded wait for the crawler, claims given back, then exit."""
        from ingest.worker import wait_stopped

        if getattr(self, "crawler", None) is None:
            return
        if not wait_stopped(self.crawler, self.worker_id):
            self.stdout.flush()
            sys.stderr.flush()
            os._exit(0)  # see `gazeta worker`: a fetch stuck on a slow outlet must not hold the exit

    def serve(self, options, stop):
        """Supervise granian (WSGI, one blocking thread per worker) until interrupted.

        granian respawns a crashed worker; if granian itself dies it is started again (a server
        that keeps failing at once stops `up` with its exit code). It runs in its own process
        group and dies with `up` (gazeta.deathsig), so no worker outlives `up`.
        """
        granian = shutil.which("granian", path=os.path.dirname(sys.executable)) or shutil.which("granian")
        if not granian:
            raise CommandError("granian is not installed in this environment")
        command = [
            sys.executable,
            "-m",
            "gazeta.deathsig",
            granian,
            "--interface",
            "wsgi",
            "--host",
            options["host"],
            "--port",
            str(options["port"]),
            "--workers",
            str(options["workers"]),
            "--blocking-threads",
            "1",
            "--log-level",
            "warning",
            "--respawn-failed-workers",
            "--respawn-interval",
            str(RESPAWN_SECONDS),
            "gazeta.wsgi:application",
        ]
        url = f"http://{options['host']}:{options['port']}/"
        stopping = threading.Event()
        server = None

        def shutdown(signum, frame):
            stopping.set()
            stop.set()
            if server is not None:
                _signal_group(server, signal.SIGTERM)

        signal.signal(signal.SIGTERM, shutdown)
        signal.signal(signal.SIGINT, shutdown)
        failures: list[float] = []
        try:
            while not stopping.is_set():
                server = subprocess.Popen(command, start_new_session=True)
                if not failures:
                    self.stdout.write(self.style.SUCCESS(f"Gazeta rulează la {url}  (administrare: {url}admin/)"))
                    self.stdout.flush()
                started = time.monotonic()
                code = server.wait()
                if stopping.is_set():
                    break
                now = time.monotonic()
                failures = [t for t in failures if now - t < QUICK_FAILURE_WINDOW] + [now]
                if now - started < QUICK_FAILURE_SECONDS and len(failures) >= QUICK_FAILURES:
                    raise CommandError(
                        f"serverul web se oprește imediat după pornire (cod {code}); vedeți mesajele de mai sus"
                    )
                self.stderr.write(f"Serverul web s-a oprit (cod {code}); îl repornesc.")
                time.sleep(RESPAWN_SECONDS)
        finally:
            stop.set()
            if server is not None:
                _stop_group(server)
            self.stop_scheduler()


def _signal_group(server: subprocess.Popen, signum: int) -> None:
    try:
        os.killpg(server.pid, signum)
    except ProcessLookupError:
        pass


def _stop_group(server: subprocess.Popen) -> None:
    """Stop granian and its workers: SIGTERM to the group, SIGKILL to whatever is left after a while."""
    _signal_group(server, signal.SIGTERM)
    try:
        server.wait(STOP_SECONDS)
    except subprocess.TimeoutExpired:
        pass
    _signal_group(server, signal.SIGKILL)  # workers a dead granian left behind, if any
    server.wait()


def port_taken(host: str, port: int) -> bool:
    """Tell whether something already listens on host:port (a socket in TIME_WAIT does not count)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return True
    return False
