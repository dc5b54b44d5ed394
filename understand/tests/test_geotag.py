"""County geotagging: places, inflections, cues, homonyms, national and foreign stories."""

import pytest

from news.models import PLACE_REVIEW_BELOW
from tools.evaluate import score_handwritten
from understand.gazetteer_index import index, inflections
from understand.geotag import geotag


def test_it_builds_inflected_forms_of_place_names():
    assert "bacaului" in inflections("bacau")
    assert "craiovei" in inflections("craiova")
    assert "vrancei" in inflections("vrancea")
    assert "clujului" in index().places


@pytest.mark.parametrize(
    "title",
    [
        "Incendiu la o casă din Onești",
        "Incendiu la o casa din Onesti",
        "Incendiu la o casă din Oneşti",  # legacy cedilla
        "INCENDIU LA O CASĂ DIN ONEȘTI",
    ],
)
def test_it_finds_a_town_with_or_without_diacritics(title):
    assert geotag(title, "Pompierii au intervenit rapid.").county == "bacau"


def test_it_reads_county_institutions_codes_and_demonyms():
    assert geotag("IPJ Galați anunță controale", "").county == "galati"
    assert geotag("Licitație", "Proiectul vizează satul Cornești, jud. BT.").county == "botosani"
    assert geotag("Ieșenii au ieșit la plimbare", "Vremea a fost frumoasă.").county == "iasi"
    assert geotag("Drumurile Mehedințiului", "Consiliul Județean a alocat bani.").county == "mehedinti"


def test_it_resolves_a_homonymous_village_with_the_outlet_county():
    text = "Primarul a inaugurat trei kilometri de asfalt."
    assert geotag("Drum nou în comuna Lunca", text, "mures").county == "mures"
    assert geotag("Drum nou în comuna Lunca", text, "teleorman").county == "teleorman"


def test_it_needs_a_cue_for_a_place_named_like_a_common_word():
    result = geotag("Valea a fost inundată", "Apa a trecut de diguri.")
    assert result.county is None


def test_it_does_not_take_a_surname_or_a_street_for_a_place():
    assert geotag("Ion Roman a câștigat premiul", "Scriitorul a fost premiat.").county is None
    assert geotag("Concert pe strada Mihai Eminescu", "Trupa cântă sâmbătă.").county is None


def test_it_leaves_foreign_and_national_stories_without_a_county():
    assert geotag("Atac cu drone asupra regiunii Kursk", "Clădiri avariate în regiunea Kursk.").county is None
    national = geotag(
        "Guvernul a aprobat creșterea pensiilor",
        "Premierul a anunțat măsura pentru toată țara. Ministrul a vorbit despre ea la Cluj-Napoca.",
    )
    assert national.county is None


def test_it_gives_two_counties_to_a_story_between_them():
    result = geotag("Accident între Bacău și Piatra Neamț", "Un camion s-a răsturnat la limita județelor.")
    assert result.county == "bacau" and "neamt" in result.counties


def test_it_keeps_a_local_outlet_story_without_places_in_its_county():
    result = geotag("Consilierii au aprobat bugetul", "Ședința a durat patru ore.", "vaslui")
    assert result.county == "vaslui" and result.confidence < PLACE_REVIEW_BELOW


def test_the_outlet_county_does_not_make_a_national_story_local():
    text = "Guvernul a aprobat joi majorarea pensiilor. Ministrul Muncii spune că banii vin din ianuarie."
    assert geotag("Pensiile cresc", text, "vaslui").county is None
    text_local = (
        "Primarul a anunțat că vârstnicii primesc tichete. Consiliul Local a aprobat lista, "
        "iar ministrul Muncii a fost invitat la ședință."
    )
    assert geotag("Tichete de Crăciun pentru vârstnici", text_local, "vaslui").county == "vaslui"


def test_it_reports_where_each_place_was_found():
    text = "Un tânăr din Onești a fost rănit."
    place = geotag("Accident", text).places[0]
    assert text[place["start"] : place["end"]] == "Onești" and place["field"] == "text"


def test_it_passes_the_handwritten_gate():
    figures = score_handwritten()
    assert figures["items"] >= 80
    assert figures["county_accuracy"] >= 0.95, figures["failures"]
