"""What in an article's text is not evidence of where it happened: media brands and page furniture.

An outlet's own name ('Monitorul de Suceava', 'Radio Constanța', 'Glasul Aradului') names a
county without the story being there, and so do the teaser blocks pages append ('Citește și:',
'Mai multe din regiune') and the copyright and follow-us lines. blank() returns title and text
with those spans replaced by spaces of the same length, so that every other position (title,
lead, dateline) stays where it was.
"""

import re

# Words that start a media brand when a place follows them ('Radio Cluj', 'Radio România Iași',
# 'TVR Craiova', 'Monitorul de Botoșani', 'Ziarul de Iași', 'Glasul Aradului', 'Opinia Timișoarei',
# 'Știri din Hunedoara'). Chosen from the names of the 190 outlets in news/data/outlets.tsv
# and the public radio and TV studios (Radio România's regional stations, TVR's studios): every
# brand shape in them is one of these heads before a place, or a place before BRAND_TAILS.
BRAND_HEADS = (
    "Radio România",
    "Radio Romania",
    "Radio",
    "TVR",
    "Antena 1",
    "Digi24",
    "Digi 24",
    "Pro TV",
    "Monitorul de",
    "Monitorul",
    "Ziarul de",
    "Ziarul",
    "Gazeta de",
    "Gazeta",
    "Ziua de",
    "Jurnalul de",
    "Jurnal de",
    "Jurnalul",
    "Jurnal",
    "Curierul de",
    "Curierul",
    "Știri de",
    "Știri din",
    "Știrile din",
    "Știrile",
    "Știri",
    "Glasul",
    "Vocea",
    "Opinia",
    "Buletin de",
    "Buletinul de",
    "Observatorul",
    "Adevărul de",
    "Adevărul din",
    "Cronica",
    "Mesagerul",
    "Express de",
    "Tribuna",
    "Informația",
    "Evenimentul",
    "Replica",
    "Impact în",
    "Actual de",
    "Bună Ziua",
    "Stiri de",
    "Stiri din",
)
BRAND_TAILS = ("FM", "News", "Online", "Press", "Media", "TV", "Reporter", "Express", "Live", "Info", "24")
# A place name in a brand: one to three capitalized words, hyphen joined or not ('Satu Mare',
# 'Bistrița-Năsăud', 'Târgu Mureș'), optionally after 'Regional'.
_NAME = r"(?:Regional\s+)?[A-ZĂÂÎȘŞȚŢ][\wăâîșşțţ-]+(?:\s+[A-ZĂÂÎȘŞȚŢ][\wăâîșşțţ-]+){0,2}"
_HEAD = "|".join(sorted((re.escape(h).replace(r"\ ", r"\s+") for h in BRAND_HEADS), key=len, reverse=True))
_TAIL = "|".join(re.escape(t) for t in BRAND_TAILS)
_CAPITAL = "(?=[A-ZĂÂÎȘŞȚŢ])"  # a brand starts with a capital: other positions fail at once
_BRAND_HEAD = re.compile(rf"(?<!\w){_CAPITAL}(?:{_HEAD})\s+{_NAME}\b")
_BRAND_TAIL = re.compile(rf"(?<!\w){_CAPITAL}{_NAME}\s+(?:{_TAIL})\b")
_ANY_TAIL = re.compile(rf"\s(?:{_TAIL})\b")  # most texts have no tail word: skip the slower search

# Lines a page adds around the article: teasers of other stories, follow-us and copyright lines.
# Chosen from the teaser and footer headings of county dailies' article pages; written folded and
# matched at the start of a line with or without diacritics. A heading alone on its line ('Citește și:') also takes the short lines
# after it (the teaser headlines), up to the first line of ordinary length.
TEASER_HEADS = (
    "citeste si",
    "cititi si",
    "citeste mai mult",
    "va recomandam",
    "recomandari",
    "mai multe stiri",
    "mai multe din",
    "mai multe despre",
    "cele mai citite",
    "cele mai noi",
    "alte stiri",
    "te-ar putea interesa",
    "din aceeasi categorie",
    "mai cititi",
    "stiri din regiune",
    "stiri similare",
    "articole similare",
    "articole recomandate",
    "vezi si",
    "vezi mai multe",
    "ultimele stiri",
    "stirile zilei",
    "pe aceeasi tema",
    "citeste mai departe",
    "citeste toata stirea",
    "citeste articolul",
    "mai multe articole",
    "articolul a aparut",
)
FOOTER_HEADS = (
    "urmariti",
    "urmareste",
    "abonati-va",
    "aboneaza-te",
    "©",
    "(c)",
    "copyright",
    "toate drepturile rezervate",
    "preluarea",
    "foto:",
    "sursa foto",
    "sursa:",
    "distribuie",
    "share",
    "descarca aplicatia",
    "like",
)
FOOTER_ANYWHERE = ("toate drepturile rezervate", "drepturile de autor", "pe facebook", "google news")
TEASER_LINE_CHARS = 160  # a teaser headline is a title: shorter than this, and it ends without a full stop
_LINES = re.compile(r"[^\n]+")
_LETTERS = {"a": "[aăâ]", "i": "[iî]", "s": "[sșş]", "t": "[tțţ]"}


def _head_pattern(heads) -> re.Pattern:
    """Match any of the folded heads at the start of a line, with or without diacritics, any case."""

    def spelled(head: str) -> str:
        return "".join(_LETTERS.get(c, re.escape(c)) for c in head).replace(r"\ ", r"\s+")

    return re.compile(
        r"\s*(?:" + "|".join(spelled(h) for h in sorted(heads, key=len, reverse=True)) + ")", re.IGNORECASE
    )


_TEASER_HEAD = _head_pattern(TEASER_HEADS)
_FOOTER_HEAD = _head_pattern(FOOTER_HEADS)


def brand_forms(source_name: str | None) -> tuple[str, ...]:
    """Return the written forms of an outlet's name: 'BZI (Bună Ziua Iași)' -> 'BZI', 'Bună Ziua Iași'."""
    if not source_name:
        return ()
    parts = re.split(r"[()\[\]–—,]|\s-\s", source_name)
    return tuple(p.strip() for p in parts if len(p.strip()) >= 3 and p.strip() not in ("HU", "RO"))


def _spaces(text: str, spans) -> str:
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _brand_spans(text: str, forms: tuple[str, ...]) -> list[tuple[int, int]]:
    spans = [m.span() for m in _BRAND_HEAD.finditer(text)]
    if _ANY_TAIL.search(text):
        spans.extend(m.span() for m in _BRAND_TAIL.finditer(text))
    for form in forms:
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            # A brand is whole words: 'Háromszék' (the daily) is not in 'Háromszéken' (the region).
            if end >= len(text) or not text[end].isalnum():
                spans.append((start, end))
            start = text.find(form, end)
    return spans


def _furniture_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    in_teasers = False
    for match in _LINES.finditer(text):
        line = match[0].strip()
        if not line:
            continue
        head = _TEASER_HEAD.match(line)
        if head:
            spans.append(match.span())
            # A heading alone ('Citește și:', 'Știri din regiune') announces a block of headlines.
            in_teasers = len(line.rstrip(" :.-")) <= head.end() + 2
            continue
        if in_teasers and len(line) < TEASER_LINE_CHARS and not line.endswith("."):
            spans.append(match.span())
            continue
        in_teasers = False
        if _FOOTER_HEAD.match(line) or any(f in line.lower() for f in FOOTER_ANYWHERE):
            spans.append(match.span())
    return spans


def blank(title: str, text: str, source_name: str | None = None) -> tuple[str, str]:
    """Return title and text with brands, teasers and footers blanked out (same lengths)."""
    forms = brand_forms(source_name)
    title = _spaces(title, _brand_spans(title, forms))
    text = _spaces(text, _brand_spans(text, forms) + _furniture_spans(text))
    return title, text
