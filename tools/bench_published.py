"""`gazeta bench pages`' published-files part (issue 20): the same pages from files, four ways, one run.

On the bench database the load paths (home, a county, a category, 20 articles) are published
with `gazeta publish --paths`, then driven with wrk one server after the other:
nginx serving the files plainly (when nginx is installed), nginx with deploy/nginx.conf (files,
Gazeta behind it), `gazeta up`'s granian with PUBLISH_DIR (publish.serve: no Django for a file),
granian's own static serving (Rust; informative: `up` cannot use it, see publish.serve) and the
dynamic cached path (granian, Django's page cache). Then the publish lag during a demo crawl:
`gazeta up --demo` with PUBLISH_DIR on an empty database, for LAG_SECONDS, from the publisher's figures.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings

from tools import bench_pages
from tools.bench_pages import LOAD_CONNECTIONS, gazeta, load_with_wrk
from tools.http_load import start_granian

BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"
LAG_SECONDS = 120.0
ROUNDS = 3
STARTUP_SECONDS = 300.0
LAG_ARTICLES = 500


def free_port() -> int:
    """Return a free port: from BENCH_PORTS (e.g. 18600-18699, on a shared machine) when set, else any."""
    span = os.environ.get("BENCH_PORTS", "")
    if not span:
        return bench_pages.free_port()
    import socket

    low, high = (int(x) for x in span.split("-"))
    for port in range(low, high + 1):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            if port not in _given:
                _given.add(port)
                return port
    raise RuntimeError(f"no free port in {span}")


_given: set[int] = set()


def nginx_main(directory: Path, server: str, brotli: bool) -> str:
    """Return a whole nginx.conf around one server block, with every path inside `directory`."""
    temp = "".join(
        f"{kind}_temp_path {directory}/{kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    module = f"load_module {BROTLI_MODULE};\n" if brotli else ""
    return (
        f"{module}user root;\nworker_processes 2;\npid {directory}/nginx.pid;\nerror_log {directory}/error.log;\n"
        "events { worker_connections 1024; }\n"
        "http {\ninclude /etc/nginx/mime.types;\naccess_log off;\nsendfile on;\ntcp_nopush on;\n"
        f"keepalive_requests 1000000;\ncharset utf-8;\n{temp}{server}\n}}\n"
    )


def plain_server(port: int, root: Path) -> str:
    return (
        f"server {{ listen 127.0.0.1:{port}; root {root}; gzip_static on;\n"
        "location / { try_files ${uri}index.html ${uri}index.xml $uri =404; } }"
    )


def shipped_server(port: int, root: Path, upstream: int, brotli: bool) -> str:
    text = (Path(settings.BASE_DIR) / "deploy" / "nginx.conf").read_text()
    text = text.replace("listen 80;", f"listen 127.0.0.1:{port};").replace("/srv/gazeta/publish", str(root))
    text = text.replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{upstream};")
    if not brotli:
        text = text.replace("    brotli_static on;\n", "")
    return text


def start_nginx(directory: Path, server: str, brotli: bool) -> subprocess.Popen:
    directory.mkdir(parents=True, exist_ok=True)
    conf = directory / "nginx.conf"
    conf.write_text(nginx_main(directory, server, brotli))
    return subprocess.Popen(
        [shutil.which("nginx"), "-c", str(conf), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_answering(port: int, path: str, seconds: float = 30) -> bool:
    import http.client

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", path)
            if conn.getresponse().status == 200:
                return True
        except OSError:
            time.sleep(0.2)
    return False


def tree_cpu(pid: int) -> float:
    """Return the CPU seconds (user + system) of a process and all its descendants so far (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry))
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        todo += children.get(current, [])
    return total


def measure(label: str, port: int, paths: list[str], seconds: float, wrk: str, pid: int) -> dict:
    """Warm, then drive one server; return requests/s, p99, errors and the server's CPU µs per request.

    On a machine others load, requests/s follows the share of the cores each server gets; the CPU
    it spent per answer does not."""
    wait_answering(port, paths[0])
    load_with_wrk(wrk, port, paths, 2, LOAD_CONNECTIONS)
    before = tree_cpu(pid)
    run = load_with_wrk(wrk, port, paths, seconds, LOAD_CONNECTIONS)
    spent = tree_cpu(pid) - before
    answered = run["cached_requests_per_s"] * seconds
    return {
        f"{label}_requests_per_s": run["cached_requests_per_s"],
        f"{label}_p99_ms": run["load_p99_ms"],
        f"{label}_errors": run["load_errors"],
        f"{label}_cpu_us_per_request": round(1e6 * spent / answered, 1) if answered else None,
    }


def stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def serve_files(env: dict, paths: list[str], seconds: float) -> dict:
    """Publish the load paths and drive every way of serving them; return the figures."""
    wrk = shutil.which("wrk")
    if not wrk:
        return {"published_skipped": "wrk is not installed"}
    root = Path(env["GAZETA_VAR_DIR"]) / "publish"
    shutil.rmtree(root, ignore_errors=True)
    gazeta(env, "publish", "--dir", str(root), "--paths", *paths)
    from publish.files import usage

    figures = {"published_pages": usage(root)["pages"], "load_paths": len(paths)}
    nginx = shutil.which("nginx")
    brotli = os.path.exists(BROTLI_MODULE)
    scratch = Path(tempfile.mkdtemp(prefix="gazeta-bench-nginx-"))
    upstream = free_port()
    servers = {"dynamic_cached": (start_granian(env, upstream), upstream, paths)}  # also the shipped config's fallback
    try:
        if nginx:
            port = free_port()
            servers["nginx_files"] = (start_nginx(scratch / "plain", plain_server(port, root), brotli), port, paths)
            port = free_port()
            shipped = shipped_server(port, root, upstream, brotli)
            servers["nginx_shipped"] = (start_nginx(scratch / "shipped", shipped, brotli), port, paths)
        else:
            figures["nginx_skipped"] = "nginx is not installed"
        port = free_port()
        own = dict(env, PUBLISH_DIR=str(root), PUBLISH_SERVE="true")
        servers["up_files"] = (start_granian(own, port), port, paths)
        port = free_port()
        servers["granian_static"] = (start_static_granian(env, port, root), port, ["/p" + p for p in paths])
        # Rounds, each server in turn: the machine's load moves during a run (other work on it),
        # and every server sees the same moments. The median round of each is reported.
        runs: dict[str, list[dict]] = {name: [] for name in servers}
        for _ in range(ROUNDS):
            for name, (process, port, driven) in servers.items():
                runs[name].append(measure(name, port, driven, seconds, wrk, process.pid))
        for name, found in runs.items():
            middle = sorted(found, key=lambda run: run[f"{name}_requests_per_s"])[len(found) // 2]
            figures.update(middle)
            figures[f"{name}_rounds_requests_per_s"] = [run[f"{name}_requests_per_s"] for run in found]
            figures[f"{name}_cpu_us_per_request"] = sorted(run[f"{name}_cpu_us_per_request"] or 0 for run in found)[
                len(found) // 2
            ]
    finally:
        for process, _port, _paths in servers.values():
            stop(process)
        shutil.rmtree(scratch, ignore_errors=True)
    if figures.get("nginx_files_requests_per_s"):
        best = figures["nginx_files_requests_per_s"]
        figures["up_files_share_of_nginx"] = round(figures["up_files_requests_per_s"] / best, 3)
        figures["nginx_shipped_share_of_nginx"] = round(figures["nginx_shipped_requests_per_s"] / best, 3)
        figures["dynamic_share_of_nginx"] = round(figures["dynamic_cached_requests_per_s"] / best, 3)
        # The same shares from the CPU each server spent per answer (what an idle machine would show).
        cost = figures["nginx_files_cpu_us_per_request"]
        for name in ("up_files", "nginx_shipped", "dynamic_cached", "granian_static"):
            if cost and figures.get(f"{name}_cpu_us_per_request"):
                figures[f"{name}_share_of_nginx_by_cpu"] = round(cost / figures[f"{name}_cpu_us_per_request"], 3)
    return figures


def start_static_granian(env: dict, port: int, root: Path) -> subprocess.Popen:
    """granian serving the directory under /p/ by itself (Rust), 2 workers as `up`."""
    granian = str(Path(sys.executable).parent / "granian")
    command = [granian, "--interface", "wsgi", "--workers", "2", "--blocking-threads", "1",
               "--host", "127.0.0.1", "--port", str(port), "--no-log",
               "--static-path-route", "/p", "--static-path-mount", str(root),
               "--static-path-dir-to-file", "index.html", "gazeta.wsgi:application"]  # fmt: skip
    return subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=settings.BASE_DIR
    )


def publish_lag(seconds: float = LAG_SECONDS) -> dict:
    """Run `gazeta up --demo` with publishing on a fresh database; return the publisher's lag figures."""
    from tools.bench_pages import bench_env

    directory = Path(tempfile.mkdtemp(prefix="gazeta-bench-lag-"))
    env = dict(bench_env(directory), PUBLISH_DIR=str(directory / "publish"), PUBLISH_ARTICLES=str(LAG_ARTICLES))
    port = free_port()
    command = [str(Path(sys.executable).parent / "gazeta"), "up", "--demo", "--port", str(port),
               "--demo-port", str(free_port())]  # fmt: skip
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        from publish.publisher import read_state

        # `up` first migrates and loads the reference data (a minute or more on a loaded machine):
        # the crawl is timed from the publisher's first figures.
        deadline = time.monotonic() + STARTUP_SECONDS
        while not read_state(directory / "publish") and time.monotonic() < deadline:
            time.sleep(1)
        time.sleep(seconds)

        state = read_state(directory / "publish")
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        shutil.rmtree(directory, ignore_errors=True)
    return {
        "lag_seconds_crawled": seconds,
        "lag_articles": state.get("lag_samples"),
        "lag_p50_s": state.get("lag_p50_s"),
        "lag_p95_s": state.get("lag_p95_s"),
        "lag_batches": state.get("batches"),
        "lag_render_failures": state.get("render_failures"),
    }


def main_figures(env: dict, paths: list[str], seconds: float, lag: bool = True) -> dict:
    figures = serve_files(env, paths, seconds)
    if lag:
        figures.update(publish_lag())
    return json.loads(json.dumps(figures))
