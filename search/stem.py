"""A light Romanian stemmer over folded words, and the search terms of a text.

SQLite's FTS5 has no Romanian stemmer, so the embedded backend indexes the output of
`terms()`: folded (ș/ş/s alike), stop words dropped, each word cut by one ending from
SUFFIXES. The same function runs on the query, so "spitalul", "spitale" and "spitalelor"
all become "spital" on both sides. PostgreSQL uses its own Snowball stemmer instead.
"""

import re
import unicodedata

from news.text import fold
from search import stem_hu

# Endings of Romanian noun and adjective declension, folded (ă -> a): definite articles
# (-ul, -ului, -a, -ei, -lor), plurals (-e, -i, -uri) and their definite forms. Chosen from
# the declension tables of the common noun classes (spital, casă, oraș, drum, educație,
# primar) and checked so every form of each class lands on one stem; longest first.
SUFFIXES = (
    "urilor",
    "urile",
    "iilor",
    "iile",
    "ilor",
    "elor",
    "ului",
    "uri",
    "ele",
    "ile",
    "ul",
    "ei",
    "ii",
    "a",
    "e",
    "i",
)
# Stems shorter than this are left whole: "casa" -> "cas", but "sat" and "nou" stay.
MIN_STEM = 3
# Words too common to say anything about an article; never indexed, dropped from queries.
# The top of the frequency list of Romanian news text (prepositions, conjunctions, articles,
# auxiliaries), folded.
STOP_WORDS = frozenset(
    """a ai al ale am ar are as au ca cat ce cea cei cel cele ci cu da dar de decat despre
    din dintre dupa e ei el ea este eu fi fie fiind fost fara iar ii il in intr intre isi
    la le lor lui mai nu o ori pe pentru peste pina pana prin sa sau se si sunt s te tot
    un una unei unui unor va vor""".split()
)
_WORDS = re.compile(r"[0-9a-z]+")
# news.text.fold walks the text character by character; this C-level path gives the same
# result for text whose letters are Latin (all of Romanian), and fold() handles the rest.
_COMBINING = re.compile("[\u0300-\u036f]+")


def fast_fold(text: str) -> str:
    """Return fold(text), quickly for Latin text."""
    folded = _COMBINING.sub("", unicodedata.normalize("NFKD", text.lower()))
    return folded if folded.isascii() else fold(text)


def stem(word: str) -> str:
    """Return the stem of one folded word: 'spitalelor' -> 'spital'."""
    if not word.isalpha():
        return word
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            word = word[: -len(suffix)]
            break
    # -ție/-ția/-ții/-țiile all leave a stem ending in "ti" or "t": make them one.
    if len(word) > 4 and word.endswith("i"):
        word = word[:-1]
    return word


def words(text: str) -> list[str]:
    """Return the folded words of a text, stop words included."""
    return _WORDS.findall(fast_fold(text))


def terms(*texts: str, language: str = "ro") -> str:
    """Return the space-separated stems of the texts, without stop words (what is indexed).

    language: the article's; Hungarian text is cut by the Hungarian endings (search.stem_hu).
    """
    out = []
    hungarian = language == "hu"
    cache = _TERM_CACHE_HU if hungarian else _TERM_CACHE
    stop, cut = (stem_hu.STOP_WORDS, stem_hu.stem) if hungarian else (STOP_WORDS, stem)
    for text in texts:
        if not text:
            continue
        for word in _WORDS.findall(fast_fold(text)):
            term = cache.get(word)
            if term is None:
                term = "" if word in stop else cut(word)
                if len(cache) < 500_000:  # bounded: numbers and typos keep arriving
                    cache[word] = term
            if term:
                out.append(term)
    return " ".join(out)


_TERM_CACHE_HU: dict[str, str] = {}
_TERM_CACHE: dict[str, str] = {}
