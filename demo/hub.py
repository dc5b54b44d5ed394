"""A WebSub hub for the demo outlets that announce one (Outlet.hub), served by the demo network itself.

Subscribing (WebSub §5.1): POST /_hub with hub.mode, hub.topic, hub.callback, hub.secret and
hub.lease_seconds. The hub answers 202 at once, then verifies the subscriber's intent (§5.3) in
the background: a GET on the callback with a challenge that must come back as the body. Only
then is the subscription kept, for the lease it granted.

Publishing (§7): in live mode a ticker looks at each hub outlet every TICK_SECONDS; when an item
has appeared (the clock passed its time) it POSTs the outlet's feed, as a GET would serve it now,
to every subscriber of that topic, signed with the subscriber's secret (X-Hub-Signature,
sha256 or sha1 as the outlet's hub does). Callbacks must be on 127.0.0.1: the demo stays offline.
Challenges are derived from the seed, so a run with the same seed and anchor asks the same.
"""

import hashlib
import hmac
import http.client
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from demo.outlets import Outlet

TICK_SECONDS = 0.25  # how often the ticker looks for newly published items: a push leaves within this
MAX_LEASE = 30 * 86400
DEFAULT_LEASE = 86400
TIMEOUT = 30.0  # a subscriber's callback answering slower than this loses that delivery
MAX_FORM_BYTES = 8 * 1024


@dataclass
class HubSubscription:
    callback: str
    secret: str
    expires: float  # time.monotonic()
    last_item: int | None = None  # id of the newest item pushed (or visible when subscribed)


class Hub:
    """The hub's subscriptions and its ticker; one per demo server."""

    def __init__(self, server):
        self.server = server  # DemoHTTPServer: world, base_url, cutoff(), live
        self.lock = threading.Lock()
        self.subscriptions: dict[str, dict[str, HubSubscription]] = {}  # topic -> callback -> subscription
        self.verifications = 0
        self.deliveries: list[dict] = []  # what was pushed: {"topic", "callback", "status", "items"}
        self.pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="demo-hub")
        self.stopping = threading.Event()
        self.ticker: threading.Thread | None = None

    # --- addresses ------------------------------------------------------------------------

    def url(self) -> str:
        return f"{self.server.base_url}/_hub"

    def topic(self, outlet: Outlet) -> str:
        return f"{self.server.base_url}/{outlet.slug}/{outlet.served_feed_path}"

    def outlet_of(self, topic: str) -> Outlet | None:
        for outlet in self.server.world.outlets:
            if outlet.hub and self.topic(outlet) == topic:
                return outlet
        return None

    # --- subscribing ----------------------------------------------------------------------

    def request(self, form: dict[str, str]) -> tuple[int, bytes]:
        """Take a (un)subscription request; return the HTTP status and body to answer with."""
        mode, topic, callback = form.get("hub.mode", ""), form.get("hub.topic", ""), form.get("hub.callback", "")
        if mode not in ("subscribe", "unsubscribe"):
            return 400, b"hub.mode must be subscribe or unsubscribe"
        if self.outlet_of(topic) is None:
            return 400, b"unknown topic"
        parts = urlsplit(callback)
        if parts.scheme != "http" or parts.hostname != "127.0.0.1" or len(callback) > 1000:
            return 400, b"the demo hub calls back only http://127.0.0.1"
        secret = form.get("hub.secret", "")
        if len(secret.encode()) >= 200:
            return 400, b"hub.secret must be under 200 bytes"
        try:
            lease = min(int(form.get("hub.lease_seconds") or DEFAULT_LEASE), MAX_LEASE)
        except ValueError:
            lease = DEFAULT_LEASE
        # What is visible now was there before the subscriber asked: only later items are pushed.
        newest = self._newest(self.outlet_of(topic))
        self.pool.submit(self._verify, mode, topic, callback, secret, max(lease, 60), newest)
        return 202, b""

    def _challenge(self, mode: str, topic: str, callback: str) -> str:
        with self.lock:
            self.verifications += 1
            count = self.verifications
        material = f"{self.server.world.seed}:{mode}:{topic}:{callback}:{count}".encode()
        return hashlib.sha256(material).hexdigest()[:32]

    def _verify(self, mode: str, topic: str, callback: str, secret: str, lease: int, newest: int | None) -> None:
        """Verify intent (§5.3); keep or drop the subscription when the subscriber echoes the challenge."""
        challenge = self._challenge(mode, topic, callback)
        query = {"hub.mode": mode, "hub.topic": topic, "hub.challenge": challenge}
        if mode == "subscribe":
            query["hub.lease_seconds"] = str(lease)
        separator = "&" if urlsplit(callback).query else "?"
        try:
            status, body = _call("GET", callback + separator + urlencode(query))
        except OSError:
            return
        if not (200 <= status < 300 and body.decode("utf-8", "replace") == challenge):
            return
        with self.lock:
            topic_subscriptions = self.subscriptions.setdefault(topic, {})
            if mode == "unsubscribe":
                topic_subscriptions.pop(callback, None)
                return
            previous = topic_subscriptions.get(callback)
            topic_subscriptions[callback] = HubSubscription(
                callback, secret, time.monotonic() + lease, previous.last_item if previous else newest
            )
        self._start_ticker()

    # --- publishing -----------------------------------------------------------------------

    def _newest(self, outlet: Outlet) -> int | None:
        items = self.server.world.visible(outlet.slug, self.server.cutoff())
        return items[0].id if items else None

    def _start_ticker(self) -> None:
        with self.lock:
            if self.ticker is not None or not self.server.live:
                return
            self.ticker = threading.Thread(target=self._tick_forever, name="demo-hub-ticker", daemon=True)
        self.ticker.start()

    def _tick_forever(self) -> None:
        while not self.stopping.wait(TICK_SECONDS):
            self.publish_due()

    def publish_due(self) -> int:
        """Push every hub topic whose newest visible item changed since its last push; return pushes sent."""
        now, sent = time.monotonic(), 0
        with self.lock:
            due = []
            for topic, by_callback in self.subscriptions.items():
                for callback in [c for c, s in by_callback.items() if s.expires <= now]:
                    del by_callback[callback]  # the lease ran out: no renewal, no more pushes
                outlet = self.outlet_of(topic) if by_callback else None
                newest = self._newest(outlet) if outlet else None
                for subscription in by_callback.values():
                    if newest is not None and newest != subscription.last_item:
                        subscription.last_item = newest
                        due.append((outlet, topic, subscription))
        for outlet, topic, subscription in due:
            self.pool.submit(self._deliver, outlet, topic, subscription)
            sent += 1
        return sent

    def _deliver(self, outlet: Outlet, topic: str, subscription: HubSubscription) -> None:
        body, content_type = self.server.feed_body(outlet)
        digest = hashlib.sha1 if outlet.hub_signature == "sha1" else hashlib.sha256
        signature = f"{outlet.hub_signature}=" + hmac.new(subscription.secret.encode(), body, digest).hexdigest()
        headers = {
            "Content-Type": content_type,
            "X-Hub-Signature": signature,
            "Link": f'<{self.url()}>; rel="hub", <{topic}>; rel="self"',
        }
        try:
            status, _ = _call("POST", subscription.callback, body, headers)
        except OSError as error:
            status = type(error).__name__
        with self.lock:
            self.deliveries.append({"topic": topic, "callback": subscription.callback, "status": status})
            del self.deliveries[:-1000]

    def stop(self) -> None:
        self.stopping.set()
        self.pool.shutdown(wait=False, cancel_futures=True)


def _call(method: str, url: str, body: bytes = b"", headers: dict | None = None) -> tuple[int, bytes]:
    """One HTTP request to a subscriber on 127.0.0.1; return (status, body read up to 4 KB)."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=TIMEOUT)
    try:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        connection.request(method, path or "/", body=body or None, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read(4096)
    finally:
        connection.close()
