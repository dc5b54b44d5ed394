"""Plain-text helpers shared by the apps: Romanian diacritics, word counts, snippets, fingerprints.

Pure functions of their arguments (no Django): the ingest pipeline, the newsroom's own articles,
the geotagger and the outside-service client all use the same rules.
"""

import hashlib
import re
import unicodedata

# Legacy cedilla letters (U+015E/F, U+0162/3) are what old Windows code pages produced;
# Romanian orthography uses comma-below (U+0218..U+021B). NFC does not unify them.
LEGACY_TO_COMMA = str.maketrans({"ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț"})

# Romanian news prose is read at about 200 words a minute: slower than the ~230-250 of English
# studies because Romanian words are longer (~5.8 letters vs ~4.7) and news text is dense with
# names and figures. An image holds the eye about 12 s (Medium's figure for the first image).
WORDS_PER_MINUTE = 200
SECONDS_PER_IMAGE = 12
SNIPPET_LENGTH = 400  # what the county lists show under a title (see PRODUCT.md)

_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.U)
_LEGACY = re.compile("[şŞţŢ]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_URL_IGNORED = re.compile(r"[\x00-\x20\x7f]+")
_SENTENCE_END = re.compile(r"[.!?…][\"”»']?\s")


def fix_diacritics(text: str) -> str:
    """Return text in NFC with legacy ş/ţ replaced by ș/ț (fast paths: most long text needs neither)."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.translate(LEGACY_TO_COMMA) if _LEGACY.search(text) else text


def ascii_header(value: str) -> str:
    """Return value as ASCII, diacritics dropped ('știri' -> 'stiri'): HTTP headers are ASCII."""
    decomposed = unicodedata.normalize("NFKD", fix_diacritics(value))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.encode("ascii", "ignore").decode("ascii")


def url_scheme(url: str) -> str:
    """Return the scheme a browser reads in url, lower case, '' for a relative URL.

    Browsers drop tabs and newlines anywhere and controls and spaces around a URL, so
    "java\tscript:" is read as "javascript:"; we read it the same way.
    """
    url = _URL_IGNORED.sub("", url or "")
    colon = url.find(":")
    if colon <= 0 or any(ch in url[:colon] for ch in "/?#"):
        return ""
    return url[:colon].lower()


def count_words(text: str) -> int:
    """Return the number of words in text."""
    return len(_WORD.findall(text or ""))


def reading_minutes(text: str, images: int = 0) -> int:
    """Return the reading time in whole minutes (at least 1) for text and a number of images."""
    return minutes_for(count_words(text), images)


def minutes_for(words: int, images: int = 0) -> int:
    """Return the reading time in whole minutes (at least 1) for a word count and a number of images."""
    seconds = words * 60 / WORDS_PER_MINUTE + images * SECONDS_PER_IMAGE
    return max(1, round(seconds / 60))


def make_snippet(text: str, limit: int = SNIPPET_LENGTH) -> str:
    """Return about limit characters of text, cut at a sentence or word boundary, with '…' when cut."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    window = text[: limit + 1]
    sentence_end = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    if sentence_end >= limit * 0.7:  # a whole sentence when one ends near the limit
        return window[:sentence_end].strip()
    cut = window.rfind(" ")
    cut = cut if cut > limit // 2 else limit
    return window[:cut].rstrip(" ,;:-–—") + "…"


def fingerprint(text: str) -> str:
    """Return a hash of the folded words of text: equal for copies that differ only in spacing or case."""
    # news.text.fold_words, done with C-level calls: long texts are fingerprinted on every ingest
    decomposed = unicodedata.normalize("NFKD", fix_diacritics(text).lower())
    words = _NON_WORD.sub(" ", decomposed.encode("ascii", "ignore").decode("ascii")).strip()
    return hashlib.blake2b(words.encode(), digest_size=16).hexdigest()
