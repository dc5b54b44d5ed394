"""robots.txt rules per host, fetched once and kept for a while."""

import logging
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from protego import Protego

log = logging.getLogger(__name__)

# A day is what Google documents for its own robots.txt cache; outlets rarely change theirs.
ROBOTS_TTL = 24 * 3600
# After a failed robots.txt fetch, ask again sooner.
ROBOTS_ERROR_TTL = 3600
ROBOTS_MAX_BYTES = 512 * 1024  # Google reads the first 500 KiB

# fetch_text(url) returns (status, text); it raises for network errors.
TextFetcher = Callable[[str], tuple[int, str]]


def robots_url(url: str) -> str:
    """Return the robots.txt address for the host of url."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


class RobotsCache:
    """Parsed robots.txt per scheme://host:port with a time to live; thread-safe."""

    def __init__(self, ttl: float = ROBOTS_TTL):
        self.ttl = ttl
        self._lock = threading.Lock()
        self._rules: dict[str, tuple[float, Protego | None]] = {}

    def rules(self, url: str, fetch_text: TextFetcher) -> Protego | None:
        """Return the rules for url's host (None = everything allowed), fetching when stale."""
        key = robots_url(url)
        with self._lock:
            cached = self._rules.get(key)
        if cached and cached[0] > time.monotonic():
            return cached[1]
        rules, ttl = self._load(key, fetch_text)
        with self._lock:
            self._rules[key] = (time.monotonic() + ttl, rules)
        return rules

    def _load(self, robots: str, fetch_text: TextFetcher) -> tuple[Protego | None, float]:
        """Fetch and parse one robots.txt; missing or broken files allow everything."""
        try:
            status, text = fetch_text(robots)
        except Exception as exc:  # noqa: BLE001 - any failure here means "no rules known"
            log.warning("robots: cannot read %s (%s); treating as allowed", robots, exc)
            return None, ROBOTS_ERROR_TTL
        if status >= 500:
            log.warning("robots: %s answered %s; treating as allowed", robots, status)
            return None, ROBOTS_ERROR_TTL
        if status >= 400:
            return None, self.ttl  # no robots.txt: everything allowed (RFC 9309 2.3.1.3)
        return Protego.parse(text), self.ttl

    def allowed(self, url: str, user_agent: str, fetch_text: TextFetcher) -> bool:
        """Tell whether robots.txt lets user_agent fetch url."""
        rules = self.rules(url, fetch_text)
        return rules is None or rules.can_fetch(url, _product_token(user_agent))

    def crawl_delay(self, url: str, user_agent: str, fetch_text: TextFetcher) -> float:
        """Return the Crawl-delay robots.txt asks of user_agent, or 0."""
        rules = self.rules(url, fetch_text)
        delay = rules.crawl_delay(_product_token(user_agent)) if rules else None
        return float(delay or 0.0)

    def clear(self) -> None:
        """Forget every cached robots.txt."""
        with self._lock:
            self._rules.clear()


def _product_token(user_agent: str) -> str:
    """Return the product token robots.txt groups match on ('GazetaBot/0.1 (...)' -> 'GazetaBot')."""
    return (user_agent or "*").split("/", 1)[0].split()[0] if user_agent else "*"


default_robots = RobotsCache()
