from lib.text import fix_diacritics
from news.text import fold, slugify_ro


def test_it_maps_legacy_cedillas_to_comma_below():
    assert fix_diacritics("Şcoala din Ţicleni, oraşul") == "Școala din Țicleni, orașul"


def test_it_folds_all_spellings_alike():
    assert fold("Onișcani") == fold("Onişcani") == fold("Oniscani") == "oniscani"
    assert fold("ÎNTÂLNIRE Ăă") == "intalnire aa"


def test_it_slugifies_romanian_names():
    assert slugify_ro("Bistrița-Năsăud") == "bistrita-nasaud"
    assert slugify_ro("  Satu Mare! ") == "satu-mare"


def test_folding_drops_every_combining_mark_and_nothing_else():
    # The regex fast path must agree with the definition: NFKD, then drop each combining character.
    import unicodedata

    marks = [chr(c) for c in range(0x30000) if unicodedata.combining(chr(c))]
    samples = [
        "Știri „pe scurt” — 😀 ŞEF",
        "a\u034fb",
        "\U0001d400x\u0301\U0001d165",
        "\u0301",
        "İstanbul",
        "".join(marks),
        "x".join(marks[::7]) + "ăîșțâ",
    ]
    for text in samples:
        decomposed = unicodedata.normalize("NFKD", fix_diacritics(text).lower())
        assert fold(text) == "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    assert fold("a\u034fb") == "a\u034fb"  # the grapheme joiner has combining class 0: kept
