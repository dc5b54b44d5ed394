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

_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_XML_PROLOG = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([\w.:-]+)[\"']", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)

# WHATWG: browsers read these labels as the Windows superset; so do we.
_ALIASES = {"iso-8859-1": "windows-1252", "latin1": "windows-1252", "latin-1": "windows-1252",
            "us-ascii": "windows-1252", "ascii": "windows-1252", "iso-8859-9": "windows-1254"}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


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


def decode_body(body: bytes, content_type: str = "") -> tuple[str, str]:
    """Return (text, encoding): a BOM, else valid UTF-8, else the declaration, else detection."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body.decode(encoding, errors="replace"), encoding.replace("-sig", "")
    try:
        # Valid UTF-8 is almost never an accident, so it beats a wrong declaration.
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_charset(body, content_type)
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
