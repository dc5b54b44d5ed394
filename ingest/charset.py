"""Turn a response body into text: valid UTF-8 first, then the declared charset, then detection."""

import codecs
import logging
import re

log = logging.getLogger(__name__)

# Only the head of a document may declare its charset (HTML spec: first 1024 bytes; we look a
# little further because some CMSs put kilobytes of comments and scripts before the meta tag).
DECLARATION_WINDOW = 4096
# Detection is slow on big bodies and gains nothing past the first few tens of kilobytes.
DETECTION_WINDOW = 64 * 1024

# A body declared UTF-8 is read as UTF-8 when its good non-ASCII characters outnumber its bad
# bytes this many times (a legacy-charset body has next to no valid multi-byte sequence).
UTF8_BAD_SHARE = 20

_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_XML_PROLOG = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([\w.:-]+)[\"']", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)

# WHATWG: browsers read these labels as the Windows superset; so do we.
_ALIASES = {
    "iso-8859-1": "windows-1252",
    "latin1": "windows-1252",
    "latin-1": "windows-1252",
    "us-ascii": "windows-1252",
    "ascii": "windows-1252",
    "iso-8859-9": "windows-1254",
}
# UTF-32's little-endian mark begins with UTF-16's, so the four-byte marks are tried first.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Without a mark, a document in UTF-16 or UTF-32 still shows itself by where the zero bytes of its
# first ASCII character ("<" of a feed or page, "{" of JSON, or leading whitespace) fall (the XML
# specification's own appendix on autodetection reads the first four bytes the same way).
_WIDE_PATTERNS = (
    ("utf-32-le", 4, (1, 2, 3)),
    ("utf-32-be", 4, (0, 1, 2)),
    ("utf-16-le", 2, (1,)),
    ("utf-16-be", 2, (0,)),
)


def header_charset(content_type: str) -> str:
    """Return the charset named in a Content-Type header, or ''."""
    match = _HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else ""


def declared_charset(body: bytes, content_type: str = "") -> str:
    """Return the charset the HTTP header, XML prolog or meta tag declares (in that order), or ''."""
    name = header_charset(content_type)
    if not name:
        head = body[:DECLARATION_WINDOW]
        match = _XML_PROLOG.search(head) or _META_CHARSET.search(head)
        name = match.group(1).decode("ascii", "ignore") if match else ""
    return known_codec(name)


def known_codec(name: str) -> str:
    """Return Python's name for a charset label, or '' when Python does not know it."""
    label = (name or "").strip().lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name if label else ""
    except LookupError:
        return ""


def wide_encoding(body: bytes) -> str:
    """Return the UTF-16/UTF-32 codec a document is written in (by its BOM or its zero bytes), or ''."""
    for bom, encoding in _BOMS[1:]:
        if body.startswith(bom):
            return encoding
    for encoding, width, zeros in _WIDE_PATTERNS:
        head = body[: width * 2]
        if len(head) < width * 2:
            continue
        # two characters, so that one stray zero byte is not enough: both ASCII, both in the pattern
        if all(head[start + i] == 0 for start in (0, width) for i in zeros) and all(
            head[start + i] != 0 for start in (0, width) for i in range(width) if i not in zeros
        ):
            return encoding
    return ""


def decode_body(body: bytes, content_type: str = "") -> tuple[str, str]:
    """Return (text, encoding): a BOM or UTF-16/32's zero bytes, else valid UTF-8, else the declaration, else detection."""
    if body.startswith(codecs.BOM_UTF8):
        return body.decode("utf-8-sig", errors="replace"), "utf-8"
    wide = wide_encoding(body)
    if wide:
        text = body.decode(wide, errors="replace")
        return text.lstrip("\ufeff"), wide
    try:
        # Valid UTF-8 is almost never an accident, so it beats a wrong declaration.
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_charset(body, content_type)
    if declared == "utf-8":
        # As browsers do (WHATWG), a body declared UTF-8 that is UTF-8 but for a few stray bytes is
        # read as UTF-8, each bad byte becoming U+FFFD: detection read such pages as a legacy charset,
        # every accented letter garbled (4 of the real-page corpus's 990 pages, with 1-4 bad bytes
        # among hundreds of good characters). A body whose non-ASCII bytes mostly fail is in another
        # charset whatever it declares, and detection reads it.
        text = body.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        if bad * UTF8_BAD_SHARE < len(text) - len(text.encode("ascii", "ignore")) - bad:
            return text, "utf-8"
    if declared and declared != "utf-8":
        try:
            return body.decode(declared), declared
        except UnicodeDecodeError:
            log.info("charset: body is not valid %s as declared, detecting", declared)
    detected = detect_charset(body)
    return body.decode(detected, errors="replace"), detected


def detect_charset(body: bytes) -> str:
    """Guess the charset of bytes that are not UTF-8; Romanian pages default to windows-1250."""
    from charset_normalizer import from_bytes

    best = from_bytes(body[:DETECTION_WINDOW], cp_isolation=_CANDIDATES).best()
    name = known_codec(best.encoding) if best else ""
    return name or "cp1250"


# What Romanian outlets actually serve when they are not UTF-8; restricting detection to these
# keeps charset-normalizer from "finding" Cyrillic or Turkish in a short Romanian page.
_CANDIDATES = ["cp1250", "iso8859_2", "iso8859_16", "cp1252"]
