"""Categories: the outlet's labels, URL sections, keywords, defaults."""

from understand.categorize import categorize, from_url, map_label


def test_it_maps_outlet_labels_in_any_spelling():
    assert map_label("Știri Sport") == "sport"
    assert map_label("POLITICĂ") == "politica"
    assert map_label("justitie") == "justitie"
    assert map_label("Horoscop") is None


def test_it_reads_the_section_from_the_url():
    assert from_url("https://ziar.example/politica/primarul-a-demisionat-dupa-scandal-12345.html") == "politica"
    assert from_url("https://ziar.example/stiri-locale/sanatate/un-articol-oarecare-despre-spital/") == "sanatate"


def test_it_prefers_a_specific_label_to_a_generic_one():
    assert categorize("Titlu", "Text", source_categories=("Știri", "Educație")) == "educatie"


def test_it_classifies_by_keywords_when_labels_say_nothing():
    assert (
        categorize("Accident grav pe DN 2", "Pompierii au descarcerat un șofer rănit.", source_categories=("Știri",))
        == "eveniment"
    )
    assert categorize("Cod portocaliu de ninsori", "ANM anunță viscol și temperaturi scăzute.") == "meteo"
    assert categorize("Elevii s-au întors la școală", "Profesorii au pregătit clasele.") == "educatie"


def test_it_falls_back_to_the_outlet_default_then_actualitate():
    assert categorize("Anunț", "Program.", default="cultura") == "cultura"
    assert categorize("Anunț", "Program.") == "actualitate"
