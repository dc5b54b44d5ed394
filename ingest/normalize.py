"""Normalize text and URLs: Romanian diacritics, white space, canonical URLs, snippet, reading time."""
import dataclasses
import hashlib
import html
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from news.text import LEGACY_TO_COMMA

from .items import Item

# Query parameters that only say where a click came from; removing them makes one URL per article.
# utm_* and the click ids of the big ad networks, plus what Romanian CMSs and newsletters add.
TRACKING_PARAMS = {
    "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
    "_ga", "_gl", "ref", "ref_src", "cmpid", "ocid", "wt_mc", "mkt_tok", "spm", "share",
    "amp", "ito", "xtor", "sr_share", "twclid", "ttclid", "li_fat_id", "s_cid", "__twitter_impression",
}
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "oly_")

# Romanian news prose is read at about 200 words a minute: slower than the ~230-250 of English
# studies because Romanian words are longer (~5.8 letters vs ~4.7) and news text is dense with
# names and figures. An image holds the eye about 12 s (Medium's figure for the first image).
WORDS_PER_MINUTE = 200
SECONDS_PER_IMAGE = 12
SNIPPET_LENGTH = 400  # what the county lists show under a title (see PRODUCT.md)

_SPACE_CHARS = " \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000"
# runs of two or more, or one unusual space: a lone ' ' is left alone (most of any text)
_SPACES = re.compile(f"[{_SPACE_CHARS}]{{2,}}|[{_SPACE_CHARS[1:]}]")
_NEWLINES = re.compile(r"\n(?: ?\n)+")  # run after _SPACES, so at most one space sits between
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")  # joiners, BOM, soft hyphen
_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.U)
_LEGACY = re.compile("[şŞţŢ]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_URL_IGNORED = re.compile(r"[\x00-\x20\x7f]+")
_SENTENCE_END = re.compile(r"[.!?…][\"”»']?\s")


def fix_diacritics(text: str) -> str:
    """Return text in NFC with legacy ş/ţ as ș/ț (news.text.fix_diacritics, with fast paths for long text)."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.translate(LEGACY_TO_COMMA) if _LEGACY.search(text) else text


def clean_text(text: str) -> str:
    """Return text with entities decoded, ş/ţ fixed and white space collapsed (paragraph breaks kept)."""
    if not text:
        return ""
    if "&" in text:
        text = html.unescape(text)
    text = _INVISIBLE.sub("", fix_diacritics(text))
    text = _SPACES.sub(" ", text)
    text = text.replace(" \n", "\n").replace("\n ", "\n")
    return _NEWLINES.sub("\n\n", text).strip()


def clean_line(text: str) -> str:
    """Return text as one clean line (titles, names, captions)."""
    return " ".join(clean_text(text).split())


def canonical_url(url: str) -> str:
    """Return url without tracking parameters or fragment, with a lower-case host and no default port."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    if parts.username or parts.password:
        host = f"{parts.netloc.rsplit('@', 1)[0]}@{host}"
    query = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)
             if not _is_tracking(key)]
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, urlencode(query, doseq=True), ""))


def web_url(url: str) -> str:
    """Return url unless it names a scheme other than http(s) (what we fetch, link to or show), else ''.

    Feeds and pages are untrusted: an og:image or <link> of "javascript:..." or "data:..." must
    not reach a template's href or src. Relative addresses pass (made absolute where a base is known).
    """
    url = (url or "").strip()
    return url if url_scheme(url) in ("", "http", "https") else ""


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


def _is_tracking(key: str) -> bool:
    """Tell whether a query parameter is a tracking one."""
    key = key.lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


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


def normalize_item(item: Item, *, images: int | None = None) -> Item:
    """Return item with clean title/text/names, canonical URL, snippet, word count, reading time, fingerprint."""
    text = clean_text(item.text)
    body_html = fix_diacritics(item.body_html)
    if images is None:
        images = body_html.count("<img") + (1 if item.image_url and item.image_url not in body_html else 0)
    lead = clean_text(item.lead)
    words = count_words(text)
    return dataclasses.replace(
        item,
        url=canonical_url(item.url),
        title=clean_line(item.title),
        lead=lead,
        body_html=body_html,
        text=text,
        snippet=make_snippet(clean_text(item.snippet) or text or lead),
        image_caption=clean_line(item.image_caption),
        image_alt=clean_line(item.image_alt),
        author_name=clean_line(item.author_name),
        source_categories=tuple(dict.fromkeys(c for c in map(clean_line, item.source_categories) if c)),
        word_count=words,
        reading_minutes=minutes_for(words, images),
        fingerprint=fingerprint(text or item.title),
    )
