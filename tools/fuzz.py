"""Hostile requests for every public URL pattern and parameter (issue 11: no 5xx from what a reader sends).

The URL patterns are read from Django's resolver, so a new page is fuzzed without being listed
here. Path segments are real values (a county, an article) half of the time, so the request
reaches the view and its query parameters; the other half they are hostile too. The hypothesis
test draws from these lists with its strategies; `gazeta bench fuzz` draws with a seeded random.
"""

import random
import re
from dataclasses import dataclass
from urllib.parse import quote

from django.urls import URLPattern, URLResolver, get_resolver

SKIPPED_PREFIXES = ("admin",)  # behind a login; the admin's forms are Django's own

# Every query parameter a public view reads, and a few it does not (they must be ignored).
PARAMETERS = [
    "pagina",
    "q",
    "judet",
    "categorie",
    "de_la",
    "pana_la",
    "grafic",
    "suma",
    "moneda",
    "directie",
    "p",
    "utm_source",
    "format",
    "page",
    "",
]

# Values that broke pages before (issue 11) or that parsers commonly trip on: Unicode digits that
# str.isdigit() accepts, dates at the edges of the calendar, numbers past 64 bits, NUL and controls,
# surrogates' escapes, overlong and odd encodings.
HOSTILE = [
    "²",
    "٣",
    "½",
    "⑩",
    "𝟗",
    "1²",
    "0",
    "-1",
    "-9223372036854775809",
    "9223372036854775808",
    "99999999999999999999999999",
    "1e999999",
    "NaN",
    "Infinity",
    "-0",
    "+1",
    " 1",
    "1 ",
    "0x10",
    "١٢",
    "0001-01-01",
    "9999-12-31",
    "2026-02-30",
    "2026-13-01",
    "0000-00-00",
    "-2026-01-01",
    "2026-1-1",
    "20260101",
    "2026-06-17T12:00",
    "\x00",
    "a\x00b",
    "\x1b[31m",
    "\r\nSet-Cookie: x=1",
    "\u202e",
    "\ufeff",
    "\ud7ff",
    "ș" * 300,
    "x" * 5000,
    "'; DROP TABLE news_article; --",
    '" OR 1=1',
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "%00",
    "%",
    "%%",
    "*",
    '"',
    "NEAR(",
    "AND",
    "OR OR",
    "-",
    "^",
    "{}",
    "[]",
    "bacau",
    "actualitate",
    "EUR",
    "in-lei",
    "din-lei",
    "1",
    "2",
    "250",
    "251",
    "cluj napoca",
]
# Raw query-string pieces that are not valid percent-encoding (sent as they are, never re-quoted).
RAW_QUERIES = [
    "%",
    "%zz",
    "pagina=%",
    "q=%C3",
    "q=%C3%28",
    "q=%ff%fe",
    "pagina=%00",
    "de_la=%E2%82",
    "=&=&&",
    "q",
    "pagina",
    "pagina=1&pagina=²",
    "q=a+b%20c",
    "%%%%",
    "q=%u0041",
]
SEGMENT_HOSTILE = ["²", "9" * 30, "-1", "0", "x" * 300, "ș", "%C3", "%00", "a.b", "..", "-", "_", "1e9"]


@dataclass(frozen=True)
class Route:
    """A public URL pattern as segments: literal text, or the converter a placeholder uses."""

    pattern: str
    parts: tuple  # str literal or (converter name, parameter name)

    def fill(self, values: dict[str, str]) -> str:
        """Return the path with each placeholder replaced by its (percent-encoded) value."""
        return "/" + "".join(part if isinstance(part, str) else quote(values[part[1]], safe="") for part in self.parts)


def public_routes() -> list[Route]:
    """Return every URL pattern outside the admin, read from the resolver."""
    routes = []

    def walk(patterns, prefix: str):
        for entry in patterns:
            text = prefix + str(entry.pattern)
            if text.startswith(SKIPPED_PREFIXES):
                continue
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, text)
            elif isinstance(entry, URLPattern):
                pieces = re.split(r"<(?:(\w+):)?(\w+)>", text)
                parts = []
                for index in range(0, len(pieces), 3):
                    if pieces[index]:
                        parts.append(pieces[index])
                    if index + 2 < len(pieces):
                        parts.append((pieces[index + 1] or "str", pieces[index + 2]))
                routes.append(Route(text, tuple(parts)))

    walk(get_resolver().url_patterns, "")
    return routes


def known_values() -> dict[str, list[str]]:
    """Return real values per converter, so fuzzed requests also reach the views behind patterns."""
    from news.models import Article, Author, Category, County, Story

    article = Article.objects.order_by("-pk").first()
    story = Story.objects.order_by("-pk").first()
    return {
        "slug": [
            *County.objects.values_list("slug", flat=True)[:3],
            *Category.objects.values_list("slug", flat=True)[:3],
            *Author.objects.values_list("slug", flat=True)[:2],
            article.slug if article else "articol",
        ],
        "int": [str(article.pk) if article else "1", str(story.pk) if story else "1"],
        "str": ["stiri", "judete", "categorii", "articole-1", "index"],
        "path": ["articole/2026/06/a.jpg", "reclame/x.png"],
    }


def segment_value(rng: random.Random, converter: str, known: dict[str, list[str]]) -> str:
    """Return a value for a path placeholder: a real one or a hostile one, half and half."""
    if rng.random() < 0.5:
        return rng.choice(known.get(converter) or ["x"])
    return rng.choice(SEGMENT_HOSTILE + HOSTILE[:20])


def query_string(pairs: list[tuple[str, str]], raw: str = "") -> str:
    """Return a query string of percent-encoded pairs, plus a raw (possibly invalid) piece."""
    encoded = "&".join(f"{quote(name, safe='')}={quote(value, safe='')}" for name, value in pairs)
    return "&".join(piece for piece in (encoded, raw) if piece)


def random_request(rng: random.Random, routes: list[Route], known: dict[str, list[str]]) -> tuple[str, str]:
    """Return (path, query string) of one hostile request."""
    route = rng.choice(routes)
    path = route.fill(
        {part[1]: segment_value(rng, part[0], known) for part in route.parts if not isinstance(part, str)}
    )
    pairs = [
        (rng.choice(PARAMETERS), rng.choice(HOSTILE) if rng.random() < 0.8 else str(rng.randint(-(10**30), 10**30)))
        for _ in range(rng.randint(0, 4))
    ]
    raw = rng.choice(RAW_QUERIES) if rng.random() < 0.2 else ""
    return path, query_string(pairs, raw)


def send(client, path: str, query: str, cookie: str = "") -> int:
    """Send one GET through Django's handler (no server errors raised into the caller) and return its status."""
    extra = {"QUERY_STRING": query}
    if cookie:
        extra["HTTP_COOKIE"] = cookie
    return client.get(path, **extra).status_code


def measure_in_process(count: int, seed: int) -> dict:
    """Send `count` hostile requests through Django's handler (inside the bench's child process)."""
    import collections
    import time

    import django

    django.setup()
    from django.conf import settings
    from django.test import Client

    settings.SEARCH_RATE_LIMIT = settings.PAGE_RATE_LIMIT = 0  # limits would answer 429 before the views run
    client, rng = Client(), random.Random(seed)
    routes, known = public_routes(), known_values()
    statuses: collections.Counter = collections.Counter()
    failures: list[str] = []
    started = time.perf_counter()
    for n in range(count):
        path, query = random_request(rng, routes, known)
        status = send(client, path, query, "sessionid=x" if n % 2 else "")
        statuses[f"{status // 100}xx"] += 1
        if status >= 500 and len(failures) < 20:
            failures.append(f"{status} {path}?{query}")
    return {
        "requests": count,
        "server_errors": statuses["5xx"],
        "statuses": dict(sorted(statuses.items())),
        "patterns": len(routes),
        "seed": seed,
        "seconds": round(time.perf_counter() - started, 1),
        "first_failures": failures,
    }


def run(options: dict) -> dict:
    """`gazeta bench fuzz`: hostile requests over every public pattern of a small generated site."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    from django.conf import settings

    from tools.bench_pages import bench_env, prepare

    count = int(options.get("requests") or 10_000)
    seed = int(options.get("seed") or 1)
    directory = Path(settings.VAR_DIR) / "bench-fuzz"
    figures = prepare(directory, int(options.get("articles") or 2_000))
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import json; from tools.fuzz import measure_in_process; "
            f"print(json.dumps(measure_in_process({count}, {seed})))",
        ],
        env={**bench_env(directory), "LOG_LEVEL": "CRITICAL"},
        check=True,
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
    )
    figures.update(json.loads(child.stdout.strip().splitlines()[-1]))
    figures["target_server_errors"] = 0
    return figures
