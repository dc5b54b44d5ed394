"""The hit path of "Cele mai citite": decide in a few microseconds whether a beacon is a new view.

Nothing about the reader is kept. The address and the browser's User-Agent are hashed with a key
derived from SECRET_KEY and the current hour (blake2b, 8 bytes); the hashes live only in this
process's memory (or in Redis with a one-hour expiry) and the key changes every hour, so a
reader cannot be followed from one hour to the next and nothing reaches the database but
(hour, article, views).

Bots: a User-Agent that names itself a tool or crawler, or that no browser sends, is not counted
(BOT_AGENTS); the page sends its beacon only from JavaScript, after the page was visible for a
few seconds (beacon.js), which most crawlers never do. By behaviour, within an hour:
- one view per client (address + User-Agent) and article;
- at most CLIENT_VIEWS counted views per client and ADDRESS_VIEWS per address (many readers may
  share a mobile operator's address, so its cap is larger);
- a client sending more than CLIENT_BEACONS beacons stops being looked at for the rest of the hour.
So 10,000 beacons from one address count as at most CLIENT_VIEWS views (ADDRESS_VIEWS if it
also varies its User-Agent).

Counts wait in memory (or in a Redis hash per hour) and reach the database in batches
(mostread.store.add), never one write per view.
"""

import hashlib
import logging
import re
import threading
import time
from collections import Counter

from django.conf import settings

log = logging.getLogger("mostread")

# Chosen from the agents seen in access logs of news sites and the tools that fetch pages for
# previews or tests: each of these words appears in no mainstream browser's User-Agent.
BOT_AGENTS = re.compile(
    r"bot|crawl|spider|slurp|scan|fetch|preview|headless|phantom|selenium|puppeteer|playwright|python|curl|wget"
    r"|http-?client|java/|go-http|okhttp|axios|libwww|lighthouse|pagespeed|facebookexternalhit|embedly|whatsapp"
    r"|monitor|uptime|check|feed|reader",
    re.IGNORECASE,
)
MAX_AGENT = 512  # longer User-Agents are junk
# Caps per hour. A reader of a regional site reads a handful of articles an hour; losing a
# very heavy reader's seventh view does not change which articles lead the list.
CLIENT_VIEWS = 6
ADDRESS_VIEWS = 20
CLIENT_BEACONS = 60  # beyond this a client is a script: it is not even deduplicated any more
# Memory bounds of one process: beyond these, new clients or articles wait for the next hour.
MAX_CLIENTS = 200_000
MAX_PENDING = 50_000  # distinct (hour, article) pairs waiting for a flush
FLUSH_SECONDS = 30  # pending counts reach the database this often (memory path)
REDIS_TTL = 3600
HOUR_TTL = 2 * 86400  # a Redis hour of counts left unflushed expires after two days


def is_bot(agent: str) -> bool:
    """Return True for a User-Agent that is not a reader's browser."""
    return (
        not agent or len(agent) > MAX_AGENT or not agent.startswith("Mozilla/") or BOT_AGENTS.search(agent) is not None
    )


def current_hour(now: float | None = None) -> int:
    return int((time.time() if now is None else now) // 3600)


_keys: dict[int, bytes] = {}


def hour_key(hour: int) -> bytes:
    """Return the hashing key of an hour: a new one every hour, never stored."""
    key = _keys.get(hour)
    if key is None:
        _keys.clear()
        key = _keys[hour] = hashlib.blake2b(f"mostread:{hour}:{settings.SECRET_KEY}".encode(), digest_size=32).digest()
    return key


def fingerprints(hour: int, address: str, agent: str) -> tuple[bytes, bytes]:
    """Return (client, address) hashes for this hour: 8 bytes each, keyed, not reversible without the key."""
    key = hour_key(hour)
    raw = address.encode()
    return (
        hashlib.blake2b(raw + b"\0" + agent.encode(), key=key, digest_size=8).digest(),
        hashlib.blake2b(raw, key=key, digest_size=8).digest(),
    )


class MemoryTally:
    """Per-process counting: the fallback without Redis (and the path when Redis fails)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.hour = -1
        self.beacons: Counter = Counter()  # client -> beacons this hour
        self.counted: Counter = Counter()  # client or address -> views counted this hour
        self.seen: set[bytes] = set()  # client + article
        self.pending: Counter = Counter()  # (hour, article) -> views not yet in the database
        self.last_flush = time.monotonic()
        self.timer: threading.Timer | None = None

    def hit(self, article_id: int, address: str, agent: str, now: float | None = None) -> bool:
        """Count a beacon; return True when it was counted as a view."""
        hour = current_hour(now)
        client, place = fingerprints(hour, address, agent)
        with self.lock:
            if hour != self.hour:
                self.hour = hour
                self.beacons.clear()
                self.counted.clear()
                self.seen.clear()
            beacons = self.beacons[client] = self.beacons[client] + 1
            if beacons > CLIENT_BEACONS or len(self.beacons) > MAX_CLIENTS:
                return False
            seen = client + article_id.to_bytes(8, "little")
            if seen in self.seen or self.counted[client] >= CLIENT_VIEWS or self.counted[place] >= ADDRESS_VIEWS:
                return False
            bucket = (hour, article_id)
            if bucket not in self.pending and len(self.pending) >= MAX_PENDING:
                return False
            self.seen.add(seen)
            self.counted[client] += 1
            self.counted[place] += 1
            self.pending[bucket] += 1
        self.schedule()
        return True

    def take(self) -> dict:
        """Return and forget the pending counts."""
        with self.lock:
            taken, self.pending = self.pending, Counter()
            self.last_flush = time.monotonic()
            return dict(taken)

    def schedule(self) -> None:
        """Flush within FLUSH_SECONDS: on a timer thread in a server, at the next due hit in tests."""
        if self.timer is not None:
            return
        if settings.TESTING:
            if time.monotonic() - self.last_flush >= FLUSH_SECONDS:
                flush_memory()
            return
        with self.lock:
            if self.timer is None:
                self.timer = threading.Timer(FLUSH_SECONDS, self.flush_in_thread)
                self.timer.daemon = True
                self.timer.start()

    def flush_in_thread(self) -> None:
        from django.db import connection

        try:
            flush_memory()
        except Exception:
            log.exception("mostread: flush failed")
        finally:
            self.timer = None
            connection.close()


memory = MemoryTally()


# One round trip per beacon: all checks and the count in Redis, atomically.
HIT_SCRIPT = """
local beacons = redis.call('INCR', KEYS[1])
if beacons == 1 then redis.call('EXPIRE', KEYS[1], ARGV[5]) end
if beacons > tonumber(ARGV[2]) then return 0 end
if not redis.call('SET', KEYS[2], 1, 'NX', 'EX', ARGV[5]) then return 0 end
if tonumber(redis.call('GET', KEYS[3]) or '0') >= tonumber(ARGV[3]) then return 0 end
if tonumber(redis.call('GET', KEYS[4]) or '0') >= tonumber(ARGV[4]) then return 0 end
for i = 3, 4 do
  if redis.call('INCR', KEYS[i]) == 1 then redis.call('EXPIRE', KEYS[i], ARGV[5]) end
end
redis.call('HINCRBY', KEYS[5], ARGV[1], 1)
redis.call('EXPIRE', KEYS[5], ARGV[6])
return 1
"""
TAKE_SCRIPT = """
local counts = redis.call('HGETALL', KEYS[1])
redis.call('DEL', KEYS[1])
return counts
"""


class RedisTally:
    """Counting shared by every worker through Redis (REDIS_URL): the hour's counts in one hash."""

    PREFIX = "mostread:"

    def __init__(self, url: str):
        import redis

        self.client = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
        self.hit_script = self.client.register_script(HIT_SCRIPT)
        self.take_script = self.client.register_script(TAKE_SCRIPT)

    def hour_hash(self, hour: int) -> str:
        return f"{self.PREFIX}h:{hour}"

    def hit(self, article_id: int, address: str, agent: str, now: float | None = None) -> bool:
        hour = current_hour(now)
        client, place = fingerprints(hour, address, agent)
        prefix = self.PREFIX
        keys = [
            f"{prefix}b:{client.hex()}",
            f"{prefix}s:{client.hex()}:{article_id}",
            f"{prefix}c:{client.hex()}",
            f"{prefix}a:{place.hex()}",
            self.hour_hash(hour),
        ]
        args = [article_id, CLIENT_BEACONS, CLIENT_VIEWS, ADDRESS_VIEWS, REDIS_TTL, HOUR_TTL]
        return bool(self.hit_script(keys=keys, args=args))

    def take(self, now: float | None = None) -> dict:
        """Return and remove the counts of the last two days' hours still in Redis."""
        hour = current_hour(now)
        taken = {}
        for past in range(hour - HOUR_TTL // 3600, hour + 1):
            flat = self.take_script(keys=[self.hour_hash(past)])
            for article, views in zip(flat[::2], flat[1::2], strict=True):
                taken[(past, int(article))] = int(views)
        return taken


_redis: list = []


def redis_tally() -> RedisTally | None:
    """Return the Redis tally when REDIS_URL is set (one client per process), else None."""
    url = getattr(settings, "REDIS_URL", "")
    if not url:
        return None
    if not _redis or _redis[0][0] != url:
        _redis[:] = [(url, RedisTally(url))]
    return _redis[0][1]


def hit(article_id: int, address: str, agent: str, now: float | None = None) -> bool:
    """Count one beacon of a reader's browser; return True when it counted as a view."""
    if is_bot(agent):
        return False
    tally = redis_tally()
    if tally is not None:
        try:
            return tally.hit(article_id, address, agent, now)
        except Exception:  # Redis away: count in this process instead of losing the view
            log.warning("mostread: Redis unavailable, counting in memory", exc_info=True)
    return memory.hit(article_id, address, agent, now)


def flush_memory() -> int:
    from mostread.store import add

    return add(memory.take())


def flush(now: float | None = None) -> int:
    """Move every waiting count (this process's memory, and Redis) to the database; return rows written."""
    written = flush_memory()
    tally = redis_tally()
    if tally is not None:
        from mostread.store import add

        try:
            written += add(tally.take(now), now)
        except Exception:
            log.warning("mostread: Redis unavailable, nothing taken from it", exc_info=True)
    return written
