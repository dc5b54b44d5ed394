"""Geotagging cases real regional news needs: landmarks, datelines, roads, clubs, lists, categories."""

import pytest

from news.reference.counties import COUNTY_BY_SLUG
from understand.categorize import categorize
from understand.gazetteer_index import index, landmarks
from understand.geotag import geotag


def test_every_landmark_row_names_known_counties_and_a_rank():
    rows = landmarks()
    assert len(rows) > 100
    for name, counties, rank, kind, _forms in rows:
        assert counties and all(slug in COUNTY_BY_SLUG for slug in counties), name
        assert 0 <= rank <= 3 and kind in {"area", "landmark", "road", "neighbourhood", "institution", "club"}, name


@pytest.mark.parametrize(
    ("title", "text", "county"),
    [
        ("Delta Dunării: începe prohibiția la pescuit", "Pescuitul este interzis 60 de zile.", "tulcea"),
        ("Castelul Peleș, închis luni", "Muzeul face lucrări la tavane.", "prahova"),
        ("Lacul Sfânta Ana, închis pentru scăldat", "Turiștii pot vizita zona pe trasee.", "harghita"),
        ("Judecătoria Sectorului 2 a condamnat un șofer", "Bărbatul a primit doi ani cu suspendare.", "bucuresti"),
        ("Spitalul Floreasca are o secție nouă", "Secția are 12 paturi.", "bucuresti"),
        ("Valea Oltului, închisă pentru camioane", "Restricția durează o lună.", "valcea"),
    ],
)
def test_it_places_landmarks_regions_and_neighbourhoods(title, text, county):
    assert geotag(title, text).county == county


def test_a_stop_name_counts_as_a_dateline_and_not_inflected_as_a_word():
    assert geotag("Roman: un bărbat a fost reținut", "Polițiștii l-au prins după trei furturi.").county == "neamt"
    assert geotag("Romanul anului, lansat sâmbătă", "Scriitoarea a semnat autografe.").county is None
    assert geotag("Un bărbat a fost reținut", "ROMAN – Polițiștii l-au prins după trei furturi.").county == "neamt"
    assert geotag("Un bărbat a fost reținut", "Polițiștii l-au prins – Roman e numele lui.").county is None
    assert geotag("Vulcanul Etna a erupt din nou", "Aeroportul din Catania a fost închis.").county is None


def test_a_commune_named_after_a_person_needs_a_cue():
    assert geotag("Festivalul George Enescu începe joi", "Prima seară aduce o orchestră din Viena.").county is None
    assert geotag("Ședință la Primăria George Enescu", "Consilierii au votat bugetul.").county == "botosani"


def test_a_destination_and_the_ends_of_a_road_count_less_than_the_place_of_the_news():
    result = geotag("Titu: trenurile spre Pitești, întârziate", "Lucrările la linie durează o lună.", "dambovita")
    assert result.county == "dambovita"
    result = geotag(
        "Drumul expres Craiova–Pitești: tronsonul de lângă Balș, deschis",
        "Cei 16 kilometri dintre Balș și Slatina sunt gata.",
    )
    assert result.county == "olt"


def test_a_club_counts_as_its_town_only_in_a_sports_story():
    assert (
        geotag("Rapid a câștigat derby-ul", "Echipa s-a impus cu 3-1 în fața a 14.000 de spectatori.").county
        == "bucuresti"
    )
    assert geotag("Farul Constanța, calificată", "Antrenorul a lăudat echipa.").county == "constanta"
    assert geotag("Un rapid de noapte", "Rapid și sigur, noul tren circulă zilnic.").county is None


def test_a_list_of_counties_has_no_primary_county_even_from_an_outlet_on_it():
    text = (
        "Meteorologii au emis o avertizare pentru județele Suceava, Neamț, Bacău, Harghita, Covasna "
        "și Brașov. Stratul de zăpadă poate ajunge la 30 de centimetri."
    )
    assert geotag("ANM: cod galben de ninsori", text).county is None
    result = geotag("ANM: cod galben de ninsori", text, "bacau")
    assert result.county is None and result.counties[:3] == ("suceava", "neamt", "bacau")
    titled = geotag(
        "Cutremur de 4,1 în Gorj",
        "Seismul s-a produs în județul Gorj. A fost resimțit și în Vâlcea, Hunedoara și Mehedinți.",
        "valcea",
    )
    assert titled.county == "gorj"


def test_the_outlet_county_wins_a_name_it_shares_with_another_county_seat():
    assert geotag("Hram la biserica din Slobozia", "Sute de credincioși au venit la slujbă.", "arges").county == "arges"
    assert geotag("Hram la biserica din Slobozia", "Sute de credincioși au venit la slujbă.").county == "ialomita"


def test_stop_names_include_their_inflections_and_common_word_forms():
    stop = index().stop
    assert {"vulcanul", "romanul", "castelul"} <= stop
    assert "bacaului" not in stop


@pytest.mark.parametrize(
    ("labels", "url", "expected"),
    [
        (("Auto",), "", "economie"),
        (("Judiciar",), "", "justitie"),
        ((), "https://ziar.example/sci-tech/telefon-nou/", "tehnologie"),
        (("Fapt divers",), "", "eveniment"),
        (("Monden",), "", "cultura"),
        (("Politică externă",), "", "externe"),
        (("Consiliul Local",), "", "administratie"),
        (("COVID-19",), "", "sanatate"),
    ],
)
def test_it_maps_outlet_labels_and_url_sections(labels, url, expected):
    assert categorize("Noutăți", "Un text scurt.", url, labels) == expected


def test_a_form_label_leaves_the_subject_to_the_keywords():
    text = "Partidele au promis autostrăzi la fiecare ciclu electoral, iar coaliția nu le-a construit."
    assert categorize("De ce nu avem autostrăzi", text, "", ("Opinii",)) == "politica"


def test_the_town_voluntari_is_not_volunteering():
    text = "Lucrările la pasaj au blocat circulația în Voluntari. Primăria Voluntari promite finalizarea lor."
    assert categorize("Voluntari: trafic blocat", text, "", ("Actualitate",)) == "actualitate"


def test_a_place_named_like_a_keyword_says_nothing_about_the_topic():
    text = (
        "Aproape 600 de gospodării din comuna Războieni vor fi racordate la rețeaua de apă. "
        "Primarul comunei Războieni spune că lucrările se termină în vară."
    )
    assert categorize("Apă curentă pentru 600 de gospodării", text, "", ("Local",)) != "externe"
    assert categorize("Un război lung", "Războiul a intrat în al treilea an, iar armata rusă atacă.") == "externe"


def test_a_match_report_is_sport_and_a_story_abroad_is_foreign_news():
    text = "Partida din Gruia s-a încheiat 1-1. Campioana a egalat în minutul 88."
    assert categorize("CFR Cluj a remizat cu Farul Constanța", text) == "sport"
    text = "Zeci de mii de oameni au ieșit în stradă în capitala Ungariei. Ei cer alegeri anticipate."
    assert categorize("Budapesta, blocată de manifestanți", text) == "externe"


@pytest.mark.parametrize(
    ("title", "county"),
    [
        ("Accident la Rm. Sărat", "buzau"),
        ("Accident la Tg. Ocna", "bacau"),
        ("Accident la Câmpulung Mold.", "suceava"),
        ("Accident în Piatra-N.", "neamt"),
        ("Accident la Tîrgu Mureș", "mures"),  # the spelling before 1993
        ("Accident la Sighet", "maramures"),
    ],
)
def test_it_reads_abbreviated_short_and_old_spellings(title, county):
    assert geotag(title, "Doi răniți.").county == county


def test_the_home_of_tourists_gives_way_to_where_it_happened():
    text = "O familie din Constanța s-a intoxicat cu monoxid de carbon într-o pensiune din Sinaia."
    assert geotag("O familie din Constanța, intoxicată la Sinaia", text, "constanta").county == "prahova"
    alone = geotag("Un bărbat din Bacău, reținut", "Polițiștii l-au prins după trei furturi.")
    assert alone.county == "bacau"  # no other place: the home is the story's place


def test_a_neighbouring_county_counts_less_than_the_one_it_happened_in():
    text = (
        "O alunecare de teren a blocat drumul pe raza județului Neamț, la câțiva kilometri de granița cu județul Bacău."
    )
    assert geotag("Drum blocat de o alunecare de teren", text, "bacau").county == "neamt"


def test_a_story_without_places_from_a_county_outlet_is_national_when_it_reads_national():
    text = "Executivul a aprobat hotărârea. Ministrul Muncii spune că măsura se aplică în toată țara."
    assert geotag("Salariul minim crește", text, "dolj").county is None
    assert geotag("Consilierii au votat", "Ședința Consiliului Local a durat două ore.", "dolj").county == "dolj"


def test_a_shared_name_takes_the_county_named_after_it():
    assert geotag("Accident", "Un camion s-a răsturnat în comuna Scânteia, județul Ialomița.").county == "ialomita"
    assert geotag("Accident", "Un camion s-a răsturnat în comuna Scânteia, județul Iași.").county == "iasi"


def test_an_unknown_name_inside_a_list_does_not_break_it():
    text = "Podgoriile din Vrancea, Dealu Mare, Cotnari și Murfatlar au raportat producții mai mici."
    assert geotag("Producția de vin, în scădere", text, "vrancea").county is None


def test_a_story_without_places_about_prices_is_national_and_one_about_nothing_stays_local():
    assert geotag("Benzina s-a scumpit", "Prețul benzinei a trecut de 8 lei pe litru.", "prahova").county is None
    theatre = geotag("Noul sezon teatral se deschide vineri", "Spectacolul de deschidere este o comedie.", "sibiu")
    assert theatre.county == "sibiu"
    council = geotag(
        "Consilierii locali au aprobat taxele", "Consiliul Local a votat impozitele pe anul viitor.", "suceava"
    )
    assert council.county == "suceava"
