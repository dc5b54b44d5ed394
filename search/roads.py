"""Road numbers, written both ways: 'DN28' and 'DN 28', 'DJ208B' and 'DJ 208B', 'A1' and 'A 1'.

The index keeps a road as the text wrote it (one word 'dn28', or 'dn' then '28'), so a query
asks for both forms. The prefixes are the Romanian road classes: national (DN), county (DJ),
communal (DC), motorways (A) and European roads (E); a number has 1-3 digits and may end in
a letter (DN1A, DJ208B). 'a' and 'e' are stop words, never indexed alone: for motorways and
European roads only the joined form ('a1', 'e85') is searched.
"""

import re

ROAD_PREFIXES = ("dn", "dj", "dc", "a", "e")
SPLITTABLE = frozenset({"dn", "dj", "dc"})  # prefixes indexed as words of their own
_NUMBER = re.compile(r"\d{1,3}[a-z]?")
_JOINED = re.compile(r"(dn|dj|dc|a|e)(\d{1,3}[a-z]?)")


def forms(found: list[str]) -> tuple[list[str], list[str]]:
    """Return the query's words with road numbers joined ('dn28'), and with them split ('dn', '28')."""
    joined, split, i = [], [], 0
    while i < len(found):
        word, following = found[i], found[i + 1] if i + 1 < len(found) else ""
        if word in ROAD_PREFIXES and _NUMBER.fullmatch(following):
            word, i = word + following, i + 1
        match = _JOINED.fullmatch(word)
        joined.append(word)
        split.extend(match.groups() if match and match[1] in SPLITTABLE else (word,))
        i += 1
    return joined, split
