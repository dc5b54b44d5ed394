""" "Ai vrut să scrii: primăria?": a corrected query, offered when a search finds few results.

Each word of the reader's text that the vocabulary knows a much more common neighbour of
(search.vocabulary.correction) is replaced by it, written as the articles write it; the
suggestion is offered only when the corrected query finds more than the reader's did.
Corrections are remembered for a while per text and filters, so a repeated typo costs one read.
"""

import hashlib
import re

from django.core.cache import cache

from search.models import VocabularyMark
from search.stem import fast_fold
from search.vocabulary import LETTERS, correction

FEW = 3  # results on the first page under which a correction is looked for
MAX_CORRECTED = 8  # words looked at: search.query reads no more than this
CACHE_SECONDS = 600


def corrected_text(text: str) -> str:
    """Return the text with its misspelled words replaced (the text itself when none is)."""
    seen = 0

    def replace(match: re.Match) -> str:
        nonlocal seen
        seen += 1
        word = match.group(0)
        if seen > MAX_CORRECTED:
            return word
        better = correction(fast_fold(word))
        if better is None or fast_fold(better) == fast_fold(word):
            return word
        return better[:1].upper() + better[1:] if word[:1].isupper() else better

    return LETTERS.sub(replace, text)


def did_you_mean(text: str, query, found, search, parse) -> str:
    """Return the corrected text to offer, or '' (enough results, nothing to correct, or no better).

    search and parse are search.results.search and search.query.parse with the reader's filters
    bound, so the corrected query is run exactly as the reader's was.
    """
    if found is None or query.is_empty or found.page != 1 or len(found.hits) >= FEW:
        return ""
    filters = (query.county_id, query.category_id, query.since, query.until)
    # Keyed by the vocabulary's progress too: "no correction" found before a refresh (the first
    # minutes of a new site, when the vocabulary is empty) is not kept after it.
    grown = VocabularyMark.objects.values_list("last_article_id", flat=True).first()
    key = "search:suggest:" + hashlib.sha1(repr((fast_fold(text), filters, grown)).encode()).hexdigest()
    known = cache.get(key)
    if known is not None:
        return known
    offered = ""
    better = corrected_text(text)
    if better != text:
        better_query = parse(better)
        if better_query.terms != query.terms and len(search(better_query).hits) > len(found.hits):
            offered = better
    cache.set(key, offered, CACHE_SECONDS)
    return offered
