"""Periodic jobs the scheduler runs besides crawling: (name, every N seconds, dotted callable).

Outside data for the widgets is fetched here and stored, never during a page view.
"""
PERIODIC_JOBS: list[tuple[str, int, str]] = [
    ("weather", 30 * 60, "widgets.weather.refresh"),
    ("exchange-rates", 60 * 60, "widgets.rates.refresh"),
]
