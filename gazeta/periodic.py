"""Periodic jobs the scheduler runs besides crawling: (name, every N seconds, dotted callable).

Outside data for the widgets is fetched here and stored, never during a page view.
"""

PERIODIC_JOBS: list[tuple[str, int, str]] = [
    ("weather", 30 * 60, "widgets.weather.refresh"),
    ("exchange-rates", 60 * 60, "widgets.rates.refresh"),
    # Keeps the SQLite search index in few segments (cold queries read each one); bounded
    # steps, see search.backends.sqlite.merge. No-op on PostgreSQL.
    ("search-merge", 6 * 60 * 60, "search.index.merge"),
    # The words of new articles, for "Ai vrut să scrii: …?" (bounded batches: search.vocabulary).
    ("search-vocabulary", 10 * 60, "search.vocabulary.refresh"),
    # Other outlets' old full text, old clustering keys and fetch logs, in steps of ~100 ms (ops.retention).
    ("retention", 60 * 60, "ops.retention.run"),
    # Once a day (checked hourly, so a restart does not re-read the database): PRAGMA quick_check /
    # PostgreSQL checksums and amcheck; the result is on the operations dashboard.
    ("integrity", 60 * 60, "ops.integrity.run"),
    # Once a day (checked hourly): a backup under BACKUP_DIR, then the 7-daily/4-weekly rotation.
    ("backup", 60 * 60, "ops.rotation.periodic"),
    # Lead images: retries whose backoff ran out, newsroom uploads, and the retention clean-up.
    ("lead-images", 2 * 60, "ingest.lead_images.run_due"),
    ("image-uploads", 60, "images.jobs.process_uploads"),
    ("image-retention", 6 * 60 * 60, "images.jobs.cleanup"),
    # County newsletters: queue the digests whose hour has come, send the outbox (newsletter.digest.run).
    ("newsletter", 5 * 60, "newsletter.digest.run"),
    # WebSub: hubs found in feeds, leases renewed a day before they end (websub.jobs.run).
    ("websub", 15 * 60, "websub.jobs.run"),
    # "Cele mai citite": views waiting in Redis or this process reach the hourly buckets.
    ("most-read", 60, "mostread.counting.flush"),
]
