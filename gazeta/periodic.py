"""Periodic jobs the scheduler runs besides crawling: (name, every N seconds, dotted callable).

Outside data for the widgets is fetched here and stored, never during a page view.
"""
PERIODIC_JOBS: list[tuple[str, int, str]] = [
    ("weather", 30 * 60, "widgets.weather.refresh"),
    ("exchange-rates", 60 * 60, "widgets.rates.refresh"),
    # Keeps the SQLite search index in few segments (cold queries read each one); bounded
    # steps, see search.backends.sqlite.merge. No-op on PostgreSQL.
    ("search-merge", 6 * 60 * 60, "search.index.merge"),
]
