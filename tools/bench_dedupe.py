"""gazeta bench dedupe: per-article cost of tagging and clustering as the stored corpus grows.

Builds a scratch database, fills it with synthetic stored articles (with signatures and LSH
bands, via bulk_create) published at a constant rate, and times geotag + categorize +
cluster_article on fresh demo articles at two corpus sizes. A flat cost means no step scans
the corpus: band keys and the county/time window are index lookups.
"""

import os
import random
import shutil
import tempfile
import time
from datetime import timedelta

import numpy as np
from django.db import transaction
from django.utils import timezone

SMALL = 10_000
LARGE = 200_000
PROBES = 150  # articles timed at each size
PER_DAY = 2_000  # publication rate of the synthetic history (about what 192 outlets publish)
BATCH = 5_000
GEOTAG_TARGET_MS = 2.0  # issue 14: county tagging may cost at most this per article


def _fill(target: int, have: int, sources: list, rng: random.Random, now) -> int:
    """Add synthetic articles (oldest further back, constant rate) until the corpus has target rows."""
    from news.models import Article
    from stories import minhash
    from stories.models import ArticleBand, ArticleSignature

    np_rng = np.random.default_rng(have)
    while have < target:
        size = min(BATCH, target - have)
        articles = []
        for n in range(have, have + size):
            source = sources[n % len(sources)]
            published = now - timedelta(days=(n + PROBES * 2) / PER_DAY, seconds=rng.randrange(60))
            articles.append(
                Article(
                    source=source,
                    url=f"https://bench.invalid/{n}",
                    title=f"Articol sintetic {n}",
                    text="",
                    county_id=source.county_id,
                    published_at=published,
                    word_count=300,
                )
            )
        Article.objects.bulk_create(articles, batch_size=1000)
        sigs = np_rng.integers(0, 2**32, size=(size, minhash.NUM_PERM), dtype=np.uint32)
        signatures, bands = [], []
        for article, sig in zip(articles, sigs):
            raw = sig.tobytes()
            names = " ".join(f"nume{rng.randrange(50_000)}" for _ in range(8))
            signatures.append(
                ArticleSignature(
                    article=article,
                    minhash=raw,
                    shingle_count=200,
                    title_words=names,
                    county_slug=article.source.county.slug,
                    published_at=article.published_at,
                )
            )
            bands.extend(ArticleBand(key=key, article=article) for key in minhash.band_keys(raw))
        ArticleSignature.objects.bulk_create(signatures, batch_size=1000)
        ArticleBand.objects.bulk_create(bands, batch_size=5000)
        have += size
    return have


def _probe(items: list[dict], sources_by_slug: dict, offset: int, now) -> dict:
    """Tag and cluster fresh articles one transaction each; return mean milliseconds per step."""
    from news.models import Article
    from stories.cluster import cluster_article
    from understand.categorize import categorize
    from understand.gazetteer_index import index
    from understand.geotag import geotag

    tag_s = cluster_s = geo_s = geo_cpu_s = 0.0
    index()  # built once per process (the worker's first article), not per article
    for n, item in enumerate(items):
        started, cpu_started = time.perf_counter(), time.thread_time()
        geo = geotag(item["title"], item["text"], item["source_county"], item["url"], source_name=item["outlet_name"])
        geo_s += time.perf_counter() - started
        # CPU time too: on a machine shared with other work the wall clock includes waiting for a core.
        geo_cpu_s += time.thread_time() - cpu_started
        categorize(item["title"], item["text"], item["url"], item["source_categories"])
        tagged = time.perf_counter()
        source = sources_by_slug[geo.county or item["source_county"] or "bucuresti"]
        with transaction.atomic():
            article = Article.objects.create(
                source=source,
                url=f"https://probe.invalid/{offset + n}",
                title=item["title"][:500],
                text=item["text"],
                lead=item["text"][:300],
                county_id=source.county_id,
                published_at=now - timedelta(minutes=n),
                word_count=len(item["text"].split()),
            )
            cluster_article(article)
        cluster_s += time.perf_counter() - tagged
        tag_s += tagged - started
    count = len(items) or 1
    return {
        "geotag_ms": round(1000 * geo_s / count, 3),
        "geotag_cpu_ms": round(1000 * geo_cpu_s / count, 3),
        "geotag_target_ms": GEOTAG_TARGET_MS,
        "tag_ms": round(1000 * tag_s / count, 3),
        "cluster_ms": round(1000 * cluster_s / count, 3),
        "total_ms": round(1000 * (tag_s + cluster_s) / count, 3),
    }


def run(options: dict) -> dict:
    """Time tagging and clustering per article with SMALL and LARGE articles already stored."""
    from tools.evaluate import demo_items

    large = int(options.get("articles") or LARGE)
    small = min(SMALL, large)
    rng = random.Random(7)
    items = demo_items(1)
    rng.shuffle(items)
    probes_small, probes_large = items[:PROBES], items[PROBES : 2 * PROBES]
    folder = tempfile.mkdtemp(prefix="gazeta-bench-dedupe-")
    try:
        figures = _measure(os.path.join(folder, "bench.sqlite3"), small, large, probes_small, probes_large, rng)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    small_ms, large_ms = figures[f"at_{small}"]["total_ms"], figures[f"at_{large}"]["total_ms"]
    figures["ratio_large_to_small"] = round(large_ms / small_ms, 3) if small_ms else None
    return figures


def _measure(path: str, small: int, large: int, probes_small: list, probes_large: list, rng) -> dict:
    """Fill a scratch database to each size and probe it."""
    from news.models import County, Source
    from news.reference.load import load_reference
    from tools.scratch import scratch_database

    figures = {"probes_per_size": PROBES, "history_rate_per_day": PER_DAY}
    with scratch_database(path) as connection:
        figures["database"] = connection.vendor
        load_reference()
        sources = [
            Source.objects.create(name=f"Bench {c.slug}", slug=f"bench-{c.slug}", county=c)
            for c in County.objects.all()
        ]
        by_slug = {s.county.slug: s for s in sources}
        now = timezone.now()
        started = time.perf_counter()
        have = _fill(small, 0, sources, rng, now)
        figures["fill_small_s"] = round(time.perf_counter() - started, 1)
        figures[f"at_{small}"] = _probe(probes_small, by_slug, 0, now)
        started = time.perf_counter()
        _fill(large, have, sources, rng, now)
        figures["fill_large_s"] = round(time.perf_counter() - started, 1)
        figures[f"at_{large}"] = _probe(probes_large, by_slug, PROBES, now)
    return figures
