from news.text import fix_diacritics, fold, slugify_ro


def test_it_maps_legacy_cedillas_to_comma_below():
    assert fix_diacritics("Şcoala din Ţicleni, oraşul") == "Școala din Țicleni, orașul"


def test_it_folds_all_spellings_alike():
    assert fold("Onișcani") == fold("Onişcani") == fold("Oniscani") == "oniscani"
    assert fold("ÎNTÂLNIRE Ăă") == "intalnire aa"


def test_it_slugifies_romanian_names():
    assert slugify_ro("Bistrița-Năsăud") == "bistrita-nasaud"
    assert slugify_ro("  Satu Mare! ") == "satu-mare"
