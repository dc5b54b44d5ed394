"""Categorize: map an article onto Gazeta's taxonomy.

The cascade: 1. the outlet's own categories through the data table; 2. the URL's path
segments ('/politica/'); 3. a keyword classifier over title and lead; 4. the outlet's default
category; 5. 'actualitate'. A generic section ('Știri') gives way only to a clear keyword score.
"""

import functools
import re
from collections import defaultdict
from urllib.parse import urlsplit

from news.reference.categories import CATEGORIES, DEFAULT_CATEGORY
from news.text import fold, fold_words
from understand.category_map import (
    FOREIGN_PLACE_IGNORED,
    FOREIGN_PLACE_WEIGHT,
    GENERIC,
    GENERIC_OVERRIDE_SCORE,
    KEYWORDS,
    MIN_SCORE,
    OUTLET_CATEGORIES,
    TEXT_CHARS,
    TITLE_FACTOR,
)
from understand.category_map_hu import KEYWORDS as HU_KEYWORDS
from understand.category_map_hu import OUTLET_CATEGORIES as HU_CATEGORIES

_WORD = re.compile(r"[^\W_]+")
_SENTENCE_BREAK = re.compile(r"[.!?:;\n\"„”«»]")

_SLUGS = {row.slug for row in CATEGORIES}


@functools.cache
def _table() -> dict[str, str]:
    table = {fold_words(key): slug for key, slug in (*OUTLET_CATEGORIES.items(), *HU_CATEGORIES.items())}
    table.update({slug: slug for slug in _SLUGS})
    return table


@functools.cache
def _keywords() -> tuple[dict[str, list[tuple[str, int]]], dict[str, list[tuple[str, int]]]]:
    """Return single-word stems by their first 3 letters, and multi-word phrases by first word."""
    stems, phrases = defaultdict(list), defaultdict(list)
    for slug, words in (*KEYWORDS.items(), *HU_KEYWORDS.items()):
        for word, weight in words.items():
            folded = fold_words(word)
            if " " in folded:
                phrases[folded.split(" ")[0]].append((folded, slug, weight))
            else:
                stems[folded[:3]].append((folded, slug, weight))
    return stems, phrases


@functools.cache
def _foreign() -> tuple[frozenset[str], dict[str, list[str]]]:
    """Return the places abroad as whole words, and multi-word ones by their first word."""
    from understand.geo_data import FOREIGN_PLACES
    from understand.geo_data_hu import FOREIGN_CASE_FORMS_OF
    from understand.geo_data_hu import FOREIGN_PLACES as HU_FOREIGN_PLACES
    from understand.hungarian import case_forms

    words, phrases = set(), defaultdict(list)
    # Hungarian names abroad and their case forms ('Budapesten', 'Magyarországon')
    hungarian = (
        *HU_FOREIGN_PLACES,
        *(form for name in HU_FOREIGN_PLACES + FOREIGN_CASE_FORMS_OF for form in case_forms(name)),
    )
    for name in (*FOREIGN_PLACES, *hungarian):
        folded = fold_words(name)
        if folded in FOREIGN_PLACE_IGNORED:
            continue
        if " " in folded:
            phrases[folded.split(" ")[0]].append(folded)
        else:
            words.add(folded)
    return frozenset(words), phrases


def map_label(label: str) -> str | None:
    """Return the slug a category label or URL segment names, or None."""
    folded = fold_words(label)
    if not folded:
        return None
    table = _table()
    if folded in table:
        return table[folded]
    for word in folded.split(" "):
        if len(word) > 2 and word in table and table[word] not in GENERIC:
            return table[word]
    return None


def from_url(url: str) -> str | None:
    """Return the slug named by a URL's path segments ('/stiri/sport/...' -> 'sport')."""
    # Section segments are short ('politica', 'stiri-locale'); article slugs are long or numbered.
    segments = [
        s for s in urlsplit(url).path.split("/") if s and not re.search(r"\d{3,}|\.html?$", s) and s.count("-") < 3
    ]
    found = [map_label(segment) for segment in segments]
    specific = [slug for slug in found if slug and slug not in GENERIC]
    return specific[0] if specific else next((slug for slug in found if slug), None)


def _words(chunk: str) -> tuple[list[str], set[int]]:
    """Return the folded words of a chunk and the positions of capitalized place names in it.

    A place named like a keyword ('Războieni' starts 'război', 'Voluntari' is 'volunteers') says
    nothing about the topic; a capital inside a sentence marks it as the name.
    """
    from understand.gazetteer_index import index

    places = index().places
    words, names = [], set()
    last_end = 0
    for match in _WORD.finditer(chunk):
        word = match[0]
        folded = fold(word)
        if (
            words
            and word[0].isupper()
            and not word.isupper()
            and folded in places
            and not _SENTENCE_BREAK.search(chunk, last_end, match.start())
        ):
            names.add(len(words))
        words.append(folded)
        last_end = match.end()
    return words, names


def classify(title: str, text: str) -> tuple[str | None, float]:
    """Return the best category by keyword weights and its score, or (None, 0)."""
    stems, phrases = _keywords()
    foreign_words, foreign_phrases = _foreign()
    scores: dict[str, float] = defaultdict(float)
    for factor, chunk in ((TITLE_FACTOR, title), (1, text[:TEXT_CHARS])):
        words, names = _words(chunk)
        for i, word in enumerate(words):
            if word in foreign_words:
                scores["externe"] += FOREIGN_PLACE_WEIGHT * factor
            for phrase in foreign_phrases.get(word, ()):
                if " ".join(words[i : i + phrase.count(" ") + 1]) == phrase:
                    scores["externe"] += FOREIGN_PLACE_WEIGHT * factor
            if i in names:
                continue
            for stem, slug, weight in stems.get(word[:3], ()):
                if word.startswith(stem) and (len(stem) > 3 or word == stem):
                    scores[slug] += weight * factor
            for phrase, slug, weight in phrases.get(word, ()):
                if " ".join(words[i : i + phrase.count(" ") + 1]) == phrase:
                    scores[slug] += weight * factor
    if not scores:
        return None, 0.0
    slug, score = max(scores.items(), key=lambda kv: kv[1])
    return (slug, score) if score >= MIN_SCORE else (None, score)


def categorize(
    title: str, text: str, url: str = "", source_categories: tuple[str, ...] = (), default: str | None = None
) -> str:
    """Return the category slug of an article."""
    generic = None
    for label in source_categories:
        slug = map_label(label)
        if slug and slug not in GENERIC:
            return slug
        generic = generic or slug
    slug = from_url(url) if url else None
    if slug and slug not in GENERIC:
        return slug
    generic = generic or slug
    guessed, score = classify(title, text)
    if generic and score < GENERIC_OVERRIDE_SCORE:
        return generic
    return guessed or default or generic or DEFAULT_CATEGORY
