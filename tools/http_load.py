"""The benches' load generator: keep-alive connections in threads, sending requests for a fixed time."""

import http.client
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

from django.conf import settings


def drive(port: int, seconds: float, make, connections: int, ok=(200,)) -> dict:
    """Send make(rng, n) = (path, headers) on `connections` keep-alive connections for `seconds`.

    n counts the connection's requests from its own index, so a list of paths is walked with each
    connection at a different place; rng is the connection's own, seeded by its index. Returns
    the answers whose status is in `ok`, the others (other statuses and failed connections,
    which are opened again) and the elapsed seconds.
    """
    done, other, stop = [0] * connections, [0] * connections, time.monotonic() + seconds

    def worker(index: int) -> None:
        rng, conn, n = random.Random(index), http.client.HTTPConnection("127.0.0.1", port, timeout=10), index
        while time.monotonic() < stop:
            path, headers = make(rng, n)
            try:
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                response.read()
                if response.status in ok:
                    done[index] += 1
                else:
                    other[index] += 1
            except (OSError, http.client.HTTPException):
                other[index] += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            n += 1
        conn.close()

    threads = [threading.Thread(target=worker, args=(index,)) for index in range(connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 15)
    return {"ok": sum(done), "other": sum(other), "seconds": time.monotonic() - started}


def start_granian(env: dict, port: int) -> subprocess.Popen:
    """Serve Gazeta on 127.0.0.1:port with granian as `gazeta up` does (2 WSGI workers), for a bench's load."""
    granian = str(Path(sys.executable).parent / "granian")
    command = [granian, "--interface", "wsgi", "--workers", "2", "--blocking-threads", "1",
               "--host", "127.0.0.1", "--port", str(port), "--no-log", "gazeta.wsgi:application"]  # fmt: skip
    return subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=settings.BASE_DIR
    )
