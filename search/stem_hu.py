"""A light Hungarian stemmer over folded words, for the SQLite index of Hungarian articles.

Hungarian adds case endings where Romanian uses prepositions: 'Csíkszeredában' (in),
'Csíkszeredából' (from), 'a csíkszeredai' (of). The embedded backend indexes a Hungarian article's
words cut by one ending from SUFFIXES, and a query's words are cut the same way, so 'kórházban',
'kórházból' and 'kórház' meet. PostgreSQL uses its Snowball Hungarian stemmer instead.
"""

# Case, plural and adjective endings, folded (á -> a, ő -> o), longest first. Chosen from the
# endings of understand.hungarian (the ones place names take) and the plural -ok/-ek/-ak/-k.
SUFFIXES = (
    "iaknak",
    "ieknek",
    "iakkal",
    "iekkel",
    "iakat",
    "ieket",
    "iak",
    "iek",
    "ban",
    "ben",
    "bol",
    "rol",
    "tol",
    "nak",
    "nek",
    "val",
    "vel",
    "nal",
    "nel",
    "hoz",
    "hez",
    "ert",
    "ba",
    "be",
    "ra",
    "re",
    "ig",
    "on",
    "en",
    "ot",
    "et",
    "at",
    "ok",
    "ek",
    "ak",
    "i",
    "k",
)
# A stem shorter than this is left whole: 'barot' (Barót) is not 'bar' (a bar) plus '-ot'.
MIN_STEM = 4
# The commonest Hungarian function words (articles, conjunctions, pronouns, auxiliaries), folded.
STOP_WORDS = frozenset(
    """a az egy es is nem hogy de meg mar csak mint ha vagy sem ez azt ezt volt van lesz lett
    kell pedig illetve valamint szerint utan elott kozott alatt felett mellett miatt""".split()
)


def stem(word: str) -> str:
    """Return the stem of one folded Hungarian word: 'csikszeredaban' -> 'csikszereda'."""
    if not word.isalpha():
        return word
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word
