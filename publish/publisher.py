"""The publisher: keeps PUBLISH_DIR's files equal to the pages Gazeta would answer, within seconds.

A batch starts when the content generation moves (news.signals.content_changed in any process
bumps it, portal.generation) or every POLL_SECONDS regardless (a scheduled article whose time has
come). It compares the newest visible articles with what was published last: new, changed and
vanished articles (hidden, deleted, pushed out of the window) give the set of pages to redo, each
rendered once per batch however many articles touched it. A vanished article's file is removed
first, before any list is re-rendered. Between batches a rotation re-renders every published page
within REFRESH_SECONDS (the side lists of article pages, weather and rates, the sitemaps).
"""

import json
import logging
import os
import threading
import time
from collections import deque
from pathlib import Path

from django.conf import settings
from django.db import close_old_connections

from publish import files, pages
from publish.render import render

log = logging.getLogger("gazeta.publish")

POLL_SECONDS = 30.0  # a batch at least this often, for articles scheduled to appear
TICK_SECONDS = 0.25  # how often the generation is looked at
REFRESH_SECONDS = 15 * 60  # every published page is rendered again at least this often
REFRESH_BATCH = 20  # pages re-rendered per tick by the rotation, between change batches
DRAIN_SECONDS = 0.5  # at start, pages are queued and published this long between two looks for changes
LAG_SAMPLES = 2000
RECENT_LAGS = 100  # the last articles' lag, apart from a first crawl's burst
STATE_FILE = "publish-state.json"  # beside the pages, not served (deploy/nginx.conf)
STATUS_KEPT = (200,)  # other answers (404, 410, 301) are left to Gazeta: the file is removed


def root() -> Path | None:
    value = getattr(settings, "PUBLISH_DIR", "")
    return Path(value) if value else None


class Publisher:
    """The state of one publishing process: what is published, and the rotation."""

    def __init__(self, directory: Path, articles: int | None = None):
        self.root = directory
        self.limit = articles if articles is not None else settings.PUBLISH_ARTICLES
        self.rows: dict[int, pages.Row] | None = None  # the articles published, as last seen
        self.others: set[str] = set()  # places and stories published, beside sections and articles
        self.rotation: deque[str] = deque()
        self.pending: deque[str] = deque()  # queued at start, published between batches
        self.soon: dict[str, None] = {}  # pages a batch left for right after it (an ordered set)
        self.latest = None  # the newest article id seen: a committed article starts a batch at once
        self.lags: deque[float] = deque(maxlen=LAG_SAMPLES)  # stored -> on its county page's file (and home)
        self.page_lags: deque[float] = deque(maxlen=LAG_SAMPLES)  # stored -> its own page's file
        self.born: dict[str, float] = {}  # new articles' pages not yet written: when each was stored
        self.batches = self.rendered = self.removed = self.failed = 0
        self.last_batch_pages = 0
        self.batch_cpu, self.batch_pages = 0.0, 0  # CPU of this thread in batches, and pages done in them
        self.generation = None

    # -- one page -------------------------------------------------------------------------------

    def publish(self, path: str) -> bool:
        """Render one address and write (200) or remove (anything else) its file; True if written."""
        target = files.file_for(self.root, path)
        if target is None:
            return False
        try:
            status, body, headers = render(path)
        except Exception:  # one broken page must not stop the others: its previous file stays
            self.failed += 1
            log.exception("publish: rendering %s failed", path)
            return False
        self.rendered += 1
        if status in STATUS_KEPT and body:
            if path == "/":
                files.write_headers(self.root, headers)
            files.write_page(target, body)
            return True
        self.removed += files.remove_page(target)
        return False

    def unpublish(self, path: str) -> None:
        target = files.file_for(self.root, path)
        if target is not None:
            self.removed += files.remove_page(target)

    # -- batches --------------------------------------------------------------------------------

    def start(self) -> int:
        """Take stock at start: remove what should no longer be published, queue everything; return pages queued.

        Files a previous run left for pages no longer published (an article hidden while no
        publisher ran, one pushed out of the window) are removed before anything is served anew.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        files.clean_temporaries(self.root)
        self.rows = pages.newest(self.limit)
        ids = list(self.rows)
        self.others = {f"/subiect/{row.story}/" for row in self.rows.values() if row.story}
        self.others |= pages.place_pages(ids)
        todo = [*pages.section_pages(), *(row.url(pk) for pk, row in self.rows.items()), *sorted(self.others)]
        wanted = set(todo)
        for path in files.published(self.root):
            if path not in wanted:
                self.unpublish(path)
        self.pending = deque(todo)
        self.rotation = deque(todo)
        self.save_state()
        return len(todo)

    def drain(self, seconds: float | None = None, progress=None) -> int:
        """Publish queued pages (for at most `seconds`); return how many."""
        deadline = None if seconds is None else time.monotonic() + seconds
        done, total = 0, len(self.pending)
        while self.pending and (deadline is None or time.monotonic() < deadline):
            self.publish(self.pending.popleft())
            done += 1
            if progress:
                progress(done, total)
        if not self.pending:
            self.save_state()
        return done

    def batch(self) -> int:
        """Bring the files up to date with the database's newest articles; return pages redone."""
        if self.rows is None:
            self.start()
            return 0
        started, cpu = time.time(), time.thread_time()
        current = pages.newest(self.limit)
        old, new = self.rows, current
        gone = [pk for pk in old if pk not in new]
        added = [pk for pk in new if pk not in old]
        edited = [pk for pk in new if pk in old and new[pk] != old[pk]]
        if not (gone or added or edited):
            return 0
        for pk in gone:  # first: a hidden article's page must not outlive the batch's renders
            self.unpublish(old[pk].url(pk))
        changed = added + edited
        # An article pushed out of the window by newer ones is still visible: its lists did not change.
        visible = pages.still_visible(gone)
        vanished = [pk for pk in gone if pk not in visible]
        touched_rows = [old[pk] for pk in vanished + edited] + [new[pk] for pk in changed]
        todo = pages.touched(touched_rows, pages.secondary_counties(vanished + changed))
        places = pages.place_pages(changed)
        stories = {f"/subiect/{new[pk].story}/" for pk in changed if new[pk].story}
        self.others |= places | stories
        todo |= places | stories
        for pk in edited:
            if old[pk].slug != new[pk].slug:
                self.unpublish(old[pk].url(pk))
        article_pages = [new[pk].url(pk) for pk in changed]
        # The lists readers open first (home, recent, counties, categories) now, bounded by the number
        # of sections however many articles came; the articles' own pages right after, then feeds,
        # stories, places and the sitemap, between batches (`soon`). Until its file is written an
        # article's page is answered by Gazeta: never missing, only slower.
        first, later = pages.split(todo)
        for path in first:
            self.soon.pop(path, None)
            self.publish(path)
        self.soon = {**dict.fromkeys(article_pages), **self.soon, **dict.fromkeys(later)}
        self.rows = current
        done = time.time()
        if added:
            from news.models import Article

            created = dict(Article.objects.filter(pk__in=added).values_list("id", "created_at"))
            self.lags.extend(max(0.0, done - stamp.timestamp()) for stamp in created.values())
            self.born.update({new[pk].url(pk): stamp.timestamp() for pk, stamp in created.items()})
        self.rotation.extend(p for p in article_pages + sorted(places | stories) if p not in self.rotation)
        self.batches += 1
        self.batch_cpu += time.thread_time() - cpu
        self.batch_pages += len(first)
        self.last_batch_pages = len(article_pages) + len(todo)
        log.info(
            "publish: %d pages (%d now) for %d new, %d changed, %d gone in %.2f s",
            self.last_batch_pages, len(first), len(added), len(edited), len(gone), done - started,
        )  # fmt: skip
        self.save_state()
        return self.last_batch_pages

    def follow_up(self, seconds: float) -> int:
        """Publish the pages a batch left for later (feeds, stories, places), for at most `seconds`."""
        deadline, done = time.monotonic() + seconds, 0
        while self.soon and time.monotonic() < deadline:
            path = next(iter(self.soon))
            del self.soon[path]
            self.publish(path)
            stamp = self.born.pop(path, None)
            if stamp is not None:
                self.page_lags.append(max(0.0, time.time() - stamp))
            done += 1
        return done

    def newer(self) -> bool:
        """Tell whether an article was stored since the last look (a crawl announces its source's
        articles only when the source's read ends, which took up to 20 s on a loaded machine)."""
        latest = pages.latest_id()
        if latest == self.latest:
            return False
        self.latest = latest
        return True

    def refresh(self, count: int = REFRESH_BATCH) -> int:
        """Re-render the next `count` pages of the rotation (dropping articles no longer published)."""
        live = {row.url(pk) for pk, row in (self.rows or {}).items()}
        done = 0
        for _ in range(min(count, len(self.rotation))):
            path = self.rotation.popleft()
            if path.startswith("/articol/") and path not in live:
                continue
            self.publish(path)
            self.rotation.append(path)
            done += 1
        return done

    # -- state ----------------------------------------------------------------------------------

    def figures(self) -> dict:
        lags = sorted(self.lags)
        recent = sorted(list(self.lags)[-RECENT_LAGS:])

        def at(share, values=lags):
            return round(values[min(len(values) - 1, int(share * len(values)))], 2) if values else None

        return {
            "articles_published": len(self.rows or {}),
            "batches": self.batches,
            "pages_rendered": self.rendered,
            "pages_removed": self.removed,
            "render_failures": self.failed,
            "lag_samples": len(lags),
            "lag_p50_s": at(0.5),
            "lag_p95_s": at(0.95),
            "article_page_lag_p50_s": at(0.5, sorted(self.page_lags)),
            "article_page_lag_p95_s": at(0.95, sorted(self.page_lags)),
            "lag_recent_p50_s": at(0.5, recent),
            "lag_recent_p95_s": at(0.95, recent),
            "batch_cpu_ms_per_page": round(1000 * self.batch_cpu / self.batch_pages, 1) if self.batch_pages else None,
            "updated_at": time.time(),
        }

    def save_state(self) -> None:
        target = self.root / STATE_FILE
        self.root.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(files.TEMP_PREFIX + STATE_FILE)
        temporary.write_text(json.dumps(self.figures()))
        os.replace(temporary, target)


def read_state(directory: Path) -> dict:
    try:
        return json.loads((directory / STATE_FILE).read_text())
    except (OSError, ValueError):
        return {}


def run_forever(stop: threading.Event, directory: Path | None = None) -> None:
    """Publish everything, then follow the content generation until `stop` is set (a thread of `up`)."""
    from portal.generation import generation

    directory = directory or root()
    if directory is None:
        return
    publisher = Publisher(directory)
    last_batch = 0.0
    seen = None
    while not stop.is_set():
        try:
            current = generation()
            if publisher.rows is None:
                seen = current
                publisher.start()
                last_batch = time.monotonic()
            else:
                if current != seen or publisher.newer() or time.monotonic() - last_batch > POLL_SECONDS:
                    seen = current
                    publisher.batch()
                    last_batch = time.monotonic()
                if publisher.soon:  # after every batch too: a long burst must not starve the articles' pages
                    publisher.follow_up(DRAIN_SECONDS)
                elif publisher.pending:
                    publisher.drain(DRAIN_SECONDS)
                elif time.monotonic() - last_batch > TICK_SECONDS:
                    per_tick = max(1, int(len(publisher.rotation) * TICK_SECONDS / REFRESH_SECONDS) + 1)
                    publisher.refresh(min(per_tick, REFRESH_BATCH))
        except Exception:  # the next tick tries again; pages not published are served by Gazeta
            log.exception("publish: batch failed")
        finally:
            close_old_connections()
        stop.wait(TICK_SECONDS)
