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
DOWN_SECONDS = 30  # after a failed push, count in memory this long before trying Redis again
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


# The shared checks and counts of a batch of beacons, in one round trip and atomically. ARGV:
# client views cap, address views cap, client beacons cap, key TTL, hour TTL, then per beacon
# (hour, client hash, address hash, article). Returns how many counted.
PUSH_SCRIPT = """
local client_cap, address_cap, beacon_cap = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local ttl, hour_ttl, counted = ARGV[4], ARGV[5], 0
for i = 6, #ARGV, 4 do
  local hour, client, place, article = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3]
  local b = redis.call('INCR', 'mostread:b:' .. client)
  if b == 1 then redis.call('EXPIRE', 'mostread:b:' .. client, ttl) end
  if b <= beacon_cap and redis.call('SET', 'mostread:s:' .. client .. ':' .. article, 1, 'NX', 'EX', ttl) then
    local c = tonumber(redis.call('GET', 'mostread:c:' .. client) or '0')
    local a = tonumber(redis.call('GET', 'mostread:a:' .. place) or '0')
    if c < client_cap and a < address_cap then
      if redis.call('INCR', 'mostread:c:' .. client) == 1 then redis.call('EXPIRE', 'mostread:c:' .. client, ttl) end
      if redis.call('INCR', 'mostread:a:' .. place) == 1 then redis.call('EXPIRE', 'mostread:a:' .. place, ttl) end
      redis.call('HINCRBY', 'mostread:h:' .. hour, article, 1)
      redis.call('EXPIRE', 'mostread:h:' .. hour, hour_ttl)
      counted = counted + 1
    end
  end
end
return counted
"""
TAKE_SCRIPT = """
local counts = redis.call('HGETALL', KEYS[1])
redis.call('DEL', KEYS[1])
return counts
"""
PUSH_EVERY = 200  # beacons per round trip to Redis under load
PUSH_SECONDS = 2.0  # ... and at most this late when traffic is light


class RedisTally:
    """Counting shared by every worker through Redis (REDIS_URL).

    A beacon costs what it costs in memory: this process drops its own repeats and floods
    (the same checks as MemoryTally, per process) and queues the rest; every PUSH_EVERY beacons,
    or PUSH_SECONDS after the first one queued, the queue goes to Redis in one script that applies
    the checks across all workers and adds the views to the hour's hash. Flushes move the hashes
    to the database, from whichever process runs them.
    """

    PREFIX = "mostread:"

    def __init__(self, url: str):
        import redis

        self.client = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
        self.push_script = self.client.register_script(PUSH_SCRIPT)
        self.take_script = self.client.register_script(TAKE_SCRIPT)
        self.local = MemoryTally()  # this process's first filter
        self.queue: list = []
        self.first_queued = 0.0
        self.timer: threading.Timer | None = None
        self.down_until = 0.0

    def hour_hash(self, hour: int) -> str:
        return f"{self.PREFIX}h:{hour}"

    @property
    def down(self) -> bool:
        return time.monotonic() < self.down_until

    def hit(self, article_id: int, address: str, agent: str, now: float | None = None) -> bool:
        """Queue a beacon that passed this process's checks; return True when queued."""
        hour = current_hour(now)
        client, place = fingerprints(hour, address, agent)
        local = self.local
        with local.lock:
            if hour != local.hour:
                local.hour = hour
                local.beacons.clear()
                local.counted.clear()
                local.seen.clear()
            beacons = local.beacons[client] = local.beacons[client] + 1
            seen = client + article_id.to_bytes(8, "little")
            if beacons > CLIENT_BEACONS or len(local.beacons) > MAX_CLIENTS or seen in local.seen:
                return False
            if local.counted[client] >= CLIENT_VIEWS or local.counted[place] >= ADDRESS_VIEWS:
                return False
            if len(self.queue) >= MAX_PENDING:
                return False
            local.seen.add(seen)
            local.counted[client] += 1
            local.counted[place] += 1
            if not self.queue:
                self.first_queued = time.monotonic()
            self.queue.extend((hour, client.hex(), place.hex(), article_id))
            due = len(self.queue) >= 4 * PUSH_EVERY or time.monotonic() - self.first_queued >= PUSH_SECONDS
        if due:
            self.push()
        elif self.timer is None and not settings.TESTING:
            self.timer = threading.Timer(PUSH_SECONDS, self.push_in_thread)
            self.timer.daemon = True
            self.timer.start()
        return True

    def push(self) -> int:
        """Send the queued beacons to Redis; return how many counted there (the queue is kept if Redis fails)."""
        with self.local.lock:
            queue, self.queue = self.queue, []
        if not queue:
            return 0
        try:
            return int(
                self.push_script(args=[CLIENT_VIEWS, ADDRESS_VIEWS, CLIENT_BEACONS, REDIS_TTL, HOUR_TTL, *queue])
            )
        except Exception:
            # Redis away: these views go to the database through this process's memory, and so
            # do the next ones for DOWN_SECONDS (hit() falls back while `down` says so).
            log.warning("mostread: Redis unavailable, counting in memory", exc_info=True)
            self.down_until = time.monotonic() + DOWN_SECONDS
            with memory.lock:
                for i in range(0, len(queue), 4):
                    bucket = (queue[i], queue[i + 3])
                    if bucket in memory.pending or len(memory.pending) < MAX_PENDING:
                        memory.pending[bucket] += 1
            memory.schedule()
            return 0

    def push_in_thread(self) -> None:
        try:
            self.push()
        finally:
            self.timer = None

    def take(self, now: float | None = None) -> dict:
        """Return and remove the counts of the last two days' hours still in Redis."""
        self.push()
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
    if tally is not None and not tally.down:
        return tally.hit(article_id, address, agent, now)
    return memory.hit(article_id, address, agent, now)


def flush_memory() -> int:
    from mostread.store import add

    return add(memory.take())


def flush(now: float | None = None) -> int:
    """Move every waiting count (this process's memory, and Redis) to the database; return rows written."""
    from mostread.store import add

    tally = redis_tally()
    if tally is not None:
        tally.push()  # when Redis is away, into this process's memory
    written = flush_memory()
    if tally is not None and not tally.down:
        try:
            written += add(tally.take(now), now)
        except Exception:
            log.warning("mostread: Redis unavailable, nothing taken from it", exc_info=True)
    return written
