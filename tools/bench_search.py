"""`gazeta bench search --json`: search latency by query class on the current database.

Query classes are chosen from the data, by the share of articles a stem appears in (document
frequency over a sample of recent articles), so the same run works on generated and real
corpora: rare (one sampled article, a place name usually), typical two-word (two content
words each in 0.5–5% of articles), common + content (one in 10–40%, one in 0.5–5%), and two
very common words (each in more than 40%). Each query runs the whole search path except the
template: parse, candidates, ranking, the page's rows and highlighted snippets.
"""

import os
import random
import statistics
import time

from django.db import connection
from django.utils import timezone

from news.models import Article, County
from search.query import parse
from search.results import search
from search.stem import STOP_WORDS, stem, words

SAMPLE = 2000  # recent articles read to estimate how common each stem is
QUERIES = 40  # per class; p95 of 40 is the second slowest


def run(options: dict) -> dict:
    """Generate up to the requested corpus if needed, then time each query class."""
    wanted = options.get("articles", 1_000_000)
    present = Article.objects.count()
    figures = {"database": connection.vendor, "articles_requested": wanted}
    if present < wanted and not options.get("no_generate"):
        from tools.generate import generate

        report = generate(wanted)
        figures["generate_seconds"] = round(report.seconds, 1)
        if connection.vendor == "postgresql":
            # What autovacuum does soon after a bulk load, done now so the run does not
            # depend on its timing: fresh lexeme statistics (they choose the query path)
            # and the GIN pending list merged.
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE search_document")
    figures["articles"] = Article.objects.count()
    figures["load_average"] = [round(x, 2) for x in os.getloadavg()]
    rnd = random.Random(options.get("seed", 1))
    classes = query_classes(rnd)
    for name, queries in classes.items():
        figures[name] = measure(queries)
    # Not one of the classes: a filter must not undo the bound on the candidates.
    counties = list(County.objects.values_list("id", flat=True))
    if counties:
        figures["two_very_common_in_county"] = measure(
            classes["two_very_common"], county_ids=[rnd.choice(counties) for _ in classes["two_very_common"]]
        )
    figures["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    return figures


def query_classes(rnd: random.Random) -> dict[str, list[str]]:
    """Return query texts per class, from the document frequency of stems in recent articles.

    Each stem is typed as its most frequent written form ("spitalul", not "spital"): the
    PostgreSQL Snowball stemmer does not always map one of our stems to itself, and a stem
    typed as a query then found nothing there (5 of 40 "two very common" queries).
    """
    rows = Article.objects.visible().latest_first().values_list("title", "lead", "text")[:SAMPLE]
    df, forms = {}, {}
    for row in rows:
        seen = set()
        for word in words(" ".join(row)):
            if word in STOP_WORDS:
                continue
            term = stem(word)
            seen.add(term)
            counts = forms.setdefault(term, {})
            counts[word] = counts.get(word, 0) + 1
        for term in seen:
            df[term] = df.get(term, 0) + 1
    n = max(len(rows), 1)
    typed = {term: max(counts, key=lambda w: (counts[w], w)) for term, counts in forms.items()}
    by_share = lambda lo, hi: sorted(w for w, c in df.items() if lo < c / n <= hi and w.isalpha() and len(w) > 3)
    rare = sorted(w for w, c in df.items() if c == 1 and w.isalpha() and len(w) > 5)
    content, common, very = by_share(0.005, 0.05), by_share(0.10, 0.40), by_share(0.40, 1.0)
    pick = lambda terms, k: [typed[rnd.choice(terms)] for _ in range(k)] if terms else []
    pairs = lambda a, b: [f"{x} {y}" for x, y in zip(pick(a, QUERIES), pick(b, QUERIES)) if stem(x) != stem(y)]
    return {
        "rare": pick(rare, QUERIES),
        "typical_two_words": pairs(content, content),
        "common_and_content": pairs(common, content),
        "two_very_common": pairs(very, very),
    }


def measure(queries: list[str], county_ids=None) -> dict:
    """Return p50/p95 in milliseconds of the search path over the queries.

    Each query runs twice: the first pass reads its rows from disk as a fresh query would
    ("cold", as far as the OS cache lets it be), the second is what a repeated or popular
    query costs ("warm").
    """
    if not queries:
        return {"queries": 0}
    county_ids = county_ids or [None] * len(queries)
    figures = {"queries": len(queries), "example": queries[0]}
    for label in ("cold", "warm"):
        times, hits = [], 0
        for text, county_id in zip(queries, county_ids):
            started = time.perf_counter()
            results = search(parse(text, county_id=county_id), 1, timezone.now())
            times.append((time.perf_counter() - started) * 1000)
            hits += len(results.hits)
        times.sort()
        figures[label] = {
            "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 2),
            "max_ms": round(times[-1], 2),
        }
        figures["mean_hits"] = round(hits / len(times), 1)
    return figures
