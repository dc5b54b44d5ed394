"""`gazeta bench ingest`: the whole pipeline over the demo network, against trafilatura alone.

Runs in one process on one thread (the demo network serves from a second thread of the same
process, so its page rendering is counted in the fetch stage). Uses a throw-away database, never
the operator's. Figures: articles/s, seconds per stage, peak memory, and trafilatura on the same
pages with the ratio between the two.

trafilatura alone runs interleaved with the pipeline: after each source is read, on that
source's pages (fetched again, untimed), and its time is taken out of the pipeline's. Both
thus run under the same load of a shared machine, and a busy spell weighs on both alike;
run after the whole crawl, the library met a different machine. trafilatura and htmldate keep
LRU caches of what they parsed; they are emptied before each source's read and each library
pass, so neither side reads a page the other has just warmed (the library, run second on the
very pages, would otherwise find their dates and strings cached).
"""

import gc
import logging
import resource
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test.utils import override_settings

from tools import bench_page_images


def run(options: dict) -> dict:
    """Crawl the demo network once through the pipeline and return the figures."""
    from demo.server import serve_in_thread

    page_kb = int(options.get("page_kb") or 0)
    if options.get("pages") == "realpages":
        restore = _real_pages()
        if restore is None:
            return {"skipped": "the real-page corpus is absent (settings.REALPAGES_DIR / GAZETA_REALPAGES)"}
    else:
        restore = _heavier_pages(page_kb) if page_kb else None
    network = serve_in_thread(seed=int(options.get("seed", 1)), slow_delay=0)
    host = network.base_url.split("://", 1)[1]
    saved = (settings.INGEST_ALLOWED_HOSTS, settings.INGEST_HOST_DELAY)
    settings.INGEST_ALLOWED_HOSTS = [*settings.INGEST_ALLOWED_HOSTS, host]
    settings.INGEST_HOST_DELAY = 0.0
    with tempfile.TemporaryDirectory(prefix="gazeta-bench-") as scratch:
        old_name = _use_scratch_database(Path(scratch))
        try:
            with override_settings(MEDIA_ROOT=Path(scratch) / "media"):  # its renditions are thrown away too
                return _measure(network, options)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
            settings.INGEST_ALLOWED_HOSTS, settings.INGEST_HOST_DELAY = saved
            network.stop()
            if restore:
                restore()


def _use_scratch_database(scratch: Path) -> str:
    """Switch to a fresh database (a SQLite file in scratch, or test_<name> on PostgreSQL)."""
    if connection.vendor == "sqlite":
        connection.settings_dict.setdefault("TEST", {})["NAME"] = str(scratch / "bench.sqlite3")
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    call_command("load_reference", verbosity=0)
    return old_name


def _measure(network, options: dict) -> dict:
    from ingest.pipeline import StageClock
    from ingest.worker import crawl_once
    from news.models import Article
    from news.sources import register_demo_sources

    requested = int(options.get("articles") or 2000)
    sources = register_demo_sources(network.base_url) + _older_pages(network, requested)
    clock = StageClock()
    library = _Library()
    gc.collect()
    library.forget()
    started, cpu_started = time.perf_counter(), time.thread_time()
    # Runs in this thread: thread CPU is the pipeline's own (less the library's turns, see above).
    summary = crawl_once(threads=1, clock=clock, progress=library.after_source)
    wall = time.perf_counter() - started - library.turn_seconds
    cpu = time.thread_time() - cpu_started - library.turn_cpu
    library.client.close()
    stored = Article.objects.count()
    pages, library_wall, library_cpu = library.pages, library.seconds, library.cpu
    # "store" includes "cluster" (clustering runs inside the store's transaction): report it apart.
    for table in (clock.seconds, clock.cpu):
        table["store"] -= table.get("cluster", 0.0)
    # Lead images are a step after the pipeline proper, reported apart ("images": decode,
    # renditions, storage; "images_fetch": the HTTP fetch): the trafilatura ratio leaves them out.
    images = _image_figures(clock)
    for stage in ("images", "images_fetch"):
        wall -= clock.seconds.pop(stage, 0.0)
        cpu -= clock.cpu.pop(stage, 0.0)
    page_images = bench_page_images.measure("/bacau/")
    return {
        "sources": sources,
        "sources_failed": summary["errors"],
        "articles": stored,
        "articles_requested": requested,
        "pages_extracted": pages,
        "seconds": round(wall, 2),
        "pipeline_cpu_seconds": round(cpu, 2),
        "articles_per_second": round(stored / wall, 1) if wall else None,
        "articles_per_cpu_second": round(stored / cpu, 1) if cpu else None,
        "stage_seconds": _rounded(clock.seconds, wall),
        "stage_cpu_seconds": _rounded(clock.cpu, cpu),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "trafilatura_alone_seconds": round(library_wall, 2),
        "trafilatura_alone_cpu_seconds": round(library_cpu, 2),
        "trafilatura_pages_per_second": round(pages / library_wall, 1) if library_wall else None,
        # The target: the whole pipeline costs at most 1.3x the library alone on the same pages.
        # CPU of this thread is the fair measure on a shared machine: wall time also counts other
        # processes and the demo server (another thread here) rendering the pages.
        "ratio_pipeline_to_trafilatura_cpu": round(cpu / library_cpu, 2) if library_cpu else None,
        "ratio_pipeline_to_trafilatura_wall": round(wall / library_wall, 2) if library_wall else None,
        "page_kb": (
            "real pages (the real-page corpus)"
            if options.get("pages") == "realpages"
            else options.get("page_kb") or "demo pages as they are (~15 KB)"
        ),
        "page_kb_mean": round(library.page_bytes / pages / 1024, 1) if pages else None,
        "note": "one thread; the demo network is served from another thread of this process",
        "image_ingest": images,
        "page_images": page_images,
    }


def _image_figures(clock) -> dict:
    """Return the lead-image figures of the crawl: CPU per article with an image, outcomes, storage."""
    from images.jobs import image_stats
    from images.models import LeadImage

    tried = LeadImage.objects.exclude(attempts=0).count()
    work, fetch = clock.cpu.get("images", 0.0), clock.cpu.get("images_fetch", 0.0)
    stats = image_stats()

    def per(seconds: float) -> float | None:
        return round(seconds * 1000 / tried, 2) if tried else None

    return {
        "articles_with_image": tried,
        "stored": stats["articles_with_image"],
        "failed": LeadImage.objects.filter(state=LeadImage.FAILED).count() + stats["pending"],
        "cpu_ms_per_article": per(work + fetch),
        "target_cpu_ms_per_article": 15,
        "decode_render_store_cpu_ms_per_article": per(work),
        "fetch_cpu_ms_per_article": per(fetch),
        "wall_ms_per_article": per(clock.seconds.get("images", 0.0) + clock.seconds.get("images_fetch", 0.0)),
        "pictures": stats["pictures"],
        "stored_bytes": stats["bytes"],
        "bytes_per_picture": round(stats["bytes"] / stats["pictures"]) if stats["pictures"] else None,
    }


def _rounded(table: dict, total: float) -> dict:
    figures = {name: round(seconds, 3) for name, seconds in sorted(table.items())}
    figures["other"] = round(max(0.0, total - sum(table.values())), 3)
    return figures


def _older_pages(network, requested: int) -> int:
    """Add the second page of WordPress-style feeds as sources until the feeds hold `requested` items."""
    from news.models import Source
    from news.sources import unique_slug

    truth = network.truth()
    visible = {o.slug: sum(1 for row in truth if row["outlet"] == o.slug) for o in network.world.outlets}
    # What the first pages of the healthy feeds hold (the 500 and malformed outlets give little or nothing).
    available = sum(
        min(o.feed_size, visible[o.slug]) for o in network.world.outlets if o.failure_mode in ("", "redirect", "slow")
    )
    added = 0
    for source in list(Source.objects.filter(feed_url__endswith="/feed/")):
        if available >= requested * 1.05:  # a margin for items that fail on the way
            break
        name = f"{source.name} (pagina 2)"
        Source.objects.create(
            name=name,
            slug=unique_slug(name),
            feed_url=source.feed_url + "?paged=2",
            county=source.county,
            homepage=source.homepage,
        )
        outlet = next(o for o in network.world.outlets if source.feed_url.endswith(f"/{o.slug}/feed/"))
        available += max(0, min(outlet.feed_size, visible[outlet.slug] - outlet.feed_size))
        added += 1
    return added


class _Library:
    """trafilatura alone on each source's pages, run right after the pipeline has read that source."""

    def __init__(self):
        import httpx

        self.client = httpx.Client(trust_env=False, timeout=10)
        self.pages = self.page_bytes = 0
        self.seconds = self.cpu = 0.0  # the library's own time
        self.turn_seconds = self.turn_cpu = 0.0  # everything done here, taken out of the pipeline's

    def after_source(self, result, _summary) -> None:
        turn_started, turn_cpu = time.perf_counter(), time.thread_time()
        pages = _pages_extracted(self.client, result.source_id)
        self.forget()
        wall, cpu = _library_alone(pages)
        self.forget()  # the pipeline's next source starts from empty caches too
        self.pages += len(pages)
        self.page_bytes += sum(len(page) for _, page in pages)
        self.seconds += wall
        self.cpu += cpu
        self.turn_seconds += time.perf_counter() - turn_started
        self.turn_cpu += time.thread_time() - turn_cpu

    @staticmethod
    def forget() -> None:
        from trafilatura.meta import reset_caches

        # htmldate logs an error for each of its functions that has no cache to clear: quiet it.
        quiet = logging.getLogger("htmldate.meta")
        level = quiet.level
        quiet.setLevel(logging.CRITICAL)
        try:
            reset_caches()  # also runs gc.collect(), so neither side pays for the other's garbage
        finally:
            quiet.setLevel(level)


def _pages_extracted(client, source_id: int) -> list[tuple[str, str]]:
    """Return (url, html) of every page the pipeline fetched for a source's extractions, fetched again."""
    from news.models import Article

    urls = Article.objects.filter(source_id=source_id).exclude(extraction="feed").values_list("url", flat=True)
    pages = []
    for url in urls:
        response = client.get(url)
        if response.status_code == 200:
            pages.append((url, response.text))
    return pages


def _library_alone(pages: list[tuple[str, str]]) -> tuple[float, float]:
    """Return the (wall, CPU) seconds trafilatura takes on the pages, with the pipeline's options."""
    import trafilatura

    from ingest.extract import TRAFILATURA_OPTIONS

    started, cpu_started = time.perf_counter(), time.thread_time()
    for url, page in pages:
        trafilatura.bare_extraction(page, url=url, **TRAFILATURA_OPTIONS)
    return time.perf_counter() - started, time.thread_time() - cpu_started


# --page-kb N: the demo pages weigh ~15 KB, real Romanian news pages mostly 100-400 KB (menus,
# teaser lists, inline scripts and styles around the same article). This option pads every
# demo article page to about N KB with such clutter, outside the article, so the library's
# share of the work is closer to real life. It is a separate figure: the default run keeps
# the demo pages as they are. The split below (half teaser and menu markup, a third inline
# scripts, the rest inline CSS) is a rough picture of those pages, not a measured one.
_TEASER = (
    '<li class="teaser"><a href="/{outlet}/articol-{n}/"><img src="/img/{n}-300x200.jpg" '
    'alt="" width="300" height="200" loading="lazy"></a><h3><a href="/{outlet}/articol-{n}/">'
    '{title}</a></h3><span class="date">{n} minute</span></li>'
)
_SCRIPT = (
    '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"event":"slot","id":"div-gpt-{n}",'
    '"sizes":[[300,250],[336,280]],"targeting":{{"sec":"stiri","pos":"{n}"}}}});</script>'
)
_STYLE = ".teaser-{n}{{display:flex;margin:0 0 12px;gap:8px}}.teaser-{n} img{{width:120px;height:80px}}"


def _heavier_pages(page_kb: int):
    """Pad the demo network's article pages to about page_kb KB; return the undo."""
    import demo.server

    render = demo.server.render_article

    def padded(world, outlet, article, base_url, cutoff) -> bytes:
        page = render(world, outlet, article, base_url, cutoff)
        missing = page_kb * 1024 - len(page)
        if missing <= 0:
            return page
        titles = [a.title for a in world.by_outlet[outlet.slug][:60]] or ["Știri"]
        teasers, scripts, styles, n = [], [], [], 0
        size = 0
        while size < missing:
            title = titles[n % len(titles)].encode("ascii", "xmlcharrefreplace").decode()
            teasers.append(_TEASER.format(outlet=outlet.slug, n=article.id * 1000 + n, title=title))
            scripts.append(_SCRIPT.format(n=n))
            styles.append(_STYLE.format(n=n))
            size += len(teasers[-1]) + len(scripts[-1]) + len(styles[-1])
            n += 1
        clutter = (
            f'<aside class="mai-citite"><ul>{"".join(teasers)}</ul></aside>'
            f"<style>{''.join(styles)}</style>{''.join(scripts)}"
        ).encode("ascii")
        return page.replace(b"</body>", clutter + b"</body>", 1)

    demo.server.render_article = padded

    def restore() -> None:
        demo.server.render_article = render

    return restore


def _real_pages():
    """Serve the real-page corpus as the demo outlets' article pages (page i for article i mod n); return the undo.

    --pages realpages: the pipeline then extracts, geotags, clusters and indexes real page weights
    (third parties' pages in many languages, about 140 KB on average) while trafilatura alone runs on the
    very same bytes. Feeds, titles and dates stay the demo's; only the article pages change. Pages
    keep their own bytes, so a page that is not in the outlet's charset is decoded as a real
    misconfigured server's would be. None when the corpus is absent.
    """
    import demo.server
    from tools.realpages import load_cases

    cases = load_cases()
    if not cases:
        return None
    render = demo.server.render_article

    def real(world, outlet, article, base_url, cutoff) -> bytes:
        return cases[article.id % len(cases)].path.read_bytes()

    demo.server.render_article = real

    def restore() -> None:
        demo.server.render_article = render

    return restore
