"""Connections that only reach addresses we checked: public ones, or hosts on the allowlist.

The guarded network backend resolves, checks every address and connects to a checked one in
one step, so a DNS answer that changes between a check and the connect cannot smuggle in a
private address; its streams also stop reading at the fetch's total deadline, headers included.
"""

import contextvars
import ipaddress
import socket
import time
from urllib.parse import urlsplit

import httpcore
import httpx
from django.conf import settings

from ingest.errors import BlockedAddressError, FetchError

# Connect and per-read limits are shorter than the total: a server that accepts but then
# stalls is given up on well before the whole budget is spent.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 15.0

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("fetch_deadline", default=None)


# --- addresses -----------------------------------------------------------------------------


def is_public_address(address: str) -> bool:
    """Tell whether an IP address is globally routable (not private, loopback, link-local, ...)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def host_allowed(host: str, port: int, allowed_hosts=None) -> bool:
    """Tell whether host:port is on the allowlist ('127.0.0.1:8765', or '127.0.0.1' for any port)."""
    entries = settings.INGEST_ALLOWED_HOSTS if allowed_hosts is None else allowed_hosts
    host = host.strip("[]").lower()
    for entry in entries:
        entry = entry.strip().lower()
        if entry in (host, f"{host}:{port}", f"[{host}]:{port}"):
            return True
    return False


def resolve_checked(host: str, port: int, allowed_hosts=None) -> list[str]:
    """Resolve host and return its addresses, refusing any non-public one unless allowlisted."""
    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r} ({exc})") from exc
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise FetchError(f"cannot resolve host {host!r} (no addresses)")
    if host_allowed(host, port, allowed_hosts):
        return addresses
    for address in addresses:
        if not is_public_address(address):
            raise BlockedAddressError(f"refusing {host}:{port}: it resolves to the non-public address {address}")
    return addresses


def check_url(url: str, allowed_hosts=None) -> tuple[str, int]:
    """Check that url is http(s) with a public (or allowlisted) host; return (host, port)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"refusing {url!r}: only http and https are fetched", url=url)
    if not parts.hostname:
        raise FetchError(f"refusing {url!r}: no host", url=url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError(f"refusing {url!r}: bad port", url=url) from exc
    try:
        resolve_checked(parts.hostname, port, allowed_hosts)
    except FetchError as exc:
        exc.url = url
        raise
    return parts.hostname, port


# --- the guarded connection ------------------------------------------------------------------


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose reads stop at the fetch's total deadline, headers included."""

    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def _timeout(self, timeout: float | None) -> float | None:
        deadline = _deadline.get()
        if deadline is None:
            return timeout
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise httpcore.ReadTimeout("total deadline passed")
        return remaining if timeout is None else min(timeout, remaining)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._timeout(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._timeout(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, self._timeout(timeout)))

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.SyncBackend):
    """Resolve, check every address, and connect to a checked one."""

    def __init__(self, allowed_hosts=None):
        self.allowed_hosts = allowed_hosts

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            addresses = resolve_checked(host, port, self.allowed_hosts)
        except FetchError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        deadline = _deadline.get()
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise httpcore.ConnectTimeout("total deadline passed")
            timeout = remaining if timeout is None else min(timeout, remaining)
        last_error: Exception | None = None
        for address in addresses:
            try:
                stream = super().connect_tcp(address, port, timeout, local_address, socket_options)
                return _DeadlineStream(stream)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
        raise last_error  # type: ignore[misc]


def make_client(*, allowed_hosts=None, timeout: float | None = None, max_connections: int = 20) -> httpx.Client:
    """Return an httpx client whose connections only reach checked addresses."""
    total = timeout or settings.INGEST_TIMEOUT
    transport = httpx.HTTPTransport(
        trust_env=False, limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=10)
    )
    transport._pool._network_backend = _GuardedBackend(allowed_hosts)  # httpcore's documented hook
    return httpx.Client(
        transport=transport,
        trust_env=False,
        follow_redirects=False,
        timeout=httpx.Timeout(
            connect=min(CONNECT_TIMEOUT, total),
            read=min(READ_TIMEOUT, total),
            write=min(READ_TIMEOUT, total),
            pool=total,
        ),
    )
