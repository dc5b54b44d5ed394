"""Normalize text and URLs: Romanian diacritics, white space, canonical URLs, snippet, reading time."""

import dataclasses
import html
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ingest.items import Item
from lib.text import count_words, fingerprint, fix_diacritics, make_snippet, minutes_for, url_scheme

# Query parameters that only say where a click came from; removing them makes one URL per article.
# utm_* and the click ids of the big ad networks, plus what Romanian CMSs and newsletters add.
TRACKING_PARAMS = {
    "fbclid",
    "gclid",
    "dclid",
    "gclsrc",
    "msclkid",
    "yclid",
    "igshid",
    "mc_cid",
    "mc_eid",
    "_ga",
    "_gl",
    "ref",
    "ref_src",
    "cmpid",
    "ocid",
    "wt_mc",
    "mkt_tok",
    "spm",
    "share",
    "amp",
    "ito",
    "xtor",
    "sr_share",
    "twclid",
    "ttclid",
    "li_fat_id",
    "s_cid",
    "__twitter_impression",
}
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "oly_")


_SPACE_CHARS = " \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000"
# runs of two or more, or one unusual space: a lone ' ' is left alone (most of any text)
_SPACES = re.compile(f"[{_SPACE_CHARS}]{{2,}}|[{_SPACE_CHARS[1:]}]")
_NEWLINES = re.compile(r"\n(?: ?\n)+")  # run after _SPACES, so at most one space sits between
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")  # joiners, BOM, soft hyphen


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
    if ":" in host:  # an IPv6 literal: urlsplit drops its brackets, a URL needs them
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    if parts.username or parts.password:
        host = f"{parts.netloc.rsplit('@', 1)[0]}@{host}"
    query = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(key)]
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, urlencode(query, doseq=True), ""))


def web_url(url: str) -> str:
    """Return url unless it names a scheme other than http(s) (what we fetch, link to or show), else ''.

    Feeds and pages are untrusted: an og:image or <link> of "javascript:..." or "data:..." must
    not reach a template's href or src. Relative addresses pass (made absolute where a base is known).
    """
    url = (url or "").strip()
    return url if url_scheme(url) in ("", "http", "https") else ""


def _is_tracking(key: str) -> bool:
    """Tell whether a query parameter is a tracking one."""
    key = key.lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


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
