"""Romanian text helpers shared by every app: diacritics repair and folding."""
import re
import unicodedata

# Legacy cedilla letters (U+015E/F, U+0162/3) are what old Windows code pages produced;
# Romanian orthography uses comma-below (U+0218..U+021B). NFC does not unify them.
LEGACY_TO_COMMA = str.maketrans({"ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț"})

_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def fix_diacritics(text: str) -> str:
    """Return text in NFC with legacy ş/ţ replaced by ș/ț."""
    return unicodedata.normalize("NFC", text).translate(LEGACY_TO_COMMA)


def fold(text: str) -> str:
    """Return lower-case ASCII text: 'Onișcani', 'Onişcani' and 'Oniscani' all give 'oniscani'."""
    decomposed = unicodedata.normalize("NFKD", fix_diacritics(text).lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_words(text: str) -> str:
    """Return the folded text with every run of non-alphanumerics made one space."""
    return _NON_WORD.sub(" ", fold(text)).strip()


def slugify_ro(text: str) -> str:
    """Return a URL slug of Romanian text ('Bistrița-Năsăud' -> 'bistrita-nasaud')."""
    return _NON_WORD.sub("-", fold(text)).strip("-")


def squash_spaces(text: str) -> str:
    """Collapse runs of white space into single spaces."""
    return _SPACES.sub(" ", text).strip()
