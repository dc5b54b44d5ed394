"""The in-process scheduler of the embedded default: crawling plus the periodic jobs.

On the embedded default one `gazeta up` process runs everything; when scaling out, `gazeta
worker` processes crawl instead and one of them is given `--periodic`.
"""

import logging
import threading
import time

from django.db import close_old_connections, connections
from django.utils.module_loading import import_string

from gazeta.periodic import PERIODIC_JOBS

log = logging.getLogger("gazeta.scheduler")


def run_periodic(stop: threading.Event, jobs=PERIODIC_JOBS, tick: float = 5.0) -> None:
    """Run each periodic job when its interval has passed, until `stop` is set."""
    last_run: dict[str, float] = {}
    while not stop.is_set():
        for name, every, dotted in jobs:
            if time.monotonic() - last_run.get(name, -every) < every:
                continue
            last_run[name] = time.monotonic()
            try:
                job = import_string(dotted)
            except ImportError as error:
                log.warning("periodic job %s unavailable: %s", name, error)
                continue
            try:
                result = job()
                log.info("periodic job %s done: %s", name, result)
            except Exception:  # a failing job must not stop the others
                log.exception("periodic job %s failed", name)
            finally:
                close_old_connections()
        stop.wait(tick)
    connections.close_all()  # this thread's own connections: a server counts them until closed


def start_thread(target, stop: threading.Event, name: str) -> threading.Thread:
    """Start a daemon thread running target(stop)."""
    thread = threading.Thread(target=target, args=(stop,), name=name, daemon=True)
    thread.start()
    return thread
