from collections import Counter

import pytest

from news.models import Category, County, Locality
from news.reference.gazetteer import localities, title_case
from news.reference.load import load_reference

EXPECTED_NAMES = {
    "AB": "Alba",
    "AG": "Argeș",
    "BC": "Bacău",
    "BN": "Bistrița-Năsăud",
    "BT": "Botoșani",
    "BV": "Brașov",
    "BR": "Brăila",
    "BZ": "Buzău",
    "CS": "Caraș-Severin",
    "CL": "Călărași",
    "CT": "Constanța",
    "DB": "Dâmbovița",
    "GL": "Galați",
    "IL": "Ialomița",
    "IS": "Iași",
    "MM": "Maramureș",
    "MH": "Mehedinți",
    "MS": "Mureș",
    "NT": "Neamț",
    "SJ": "Sălaj",
    "TM": "Timiș",
    "VL": "Vâlcea",
    "B": "București",
    "SM": "Satu Mare",
}


def test_it_loads_42_sections_with_correct_diacritics(reference_data):
    assert County.objects.count() == 42
    names = dict(County.objects.values_list("code", "name"))
    for code, name in EXPECTED_NAMES.items():
        assert names[code] == name
    all_text = "".join(names.values()) + "".join(County.objects.values_list("seat", flat=True))
    assert not set("şţŞŢ") & set(all_text), "legacy cedilla letters in county names"


def test_it_loads_every_siruta_locality_into_its_county(reference_data):
    assert Locality.objects.count() >= 13_000
    per_county = Counter(Locality.objects.values_list("county__code", flat=True))
    assert set(per_county) == {c.code for c in County.objects.all()}
    assert Locality.objects.get(name="Onișcani").county.code == "BC"
    assert Locality.objects.get(name="Cluj-Napoca").rank == 3
    assert Locality.objects.get(name="Onișcani").name_folded == "oniscani"
    assert not Locality.objects.filter(name__regex="[şţŞŢ]").exists()


def test_it_is_idempotent(reference_data):
    counts = load_reference()
    assert counts == reference_data
    assert Category.objects.count() == 14


def test_it_ranks_places_and_names_communes():
    rows = localities()
    ranks = Counter(row.rank for row in rows)
    assert ranks[3] >= 100 and ranks[2] >= 200 and ranks[1] >= 2800
    names_in_iasi = {row.name for row in rows if row.county_code == "IS"}
    assert {"Iași", "Pașcani", "Hârlău"} <= names_in_iasi
    homonyms = Counter(row.name for row in rows)
    assert homonyms["Valea Mare"] >= 5


@pytest.mark.parametrize(
    "upper, expected",
    [
        ("BAIA DE ARIEŞ", "Baia de Arieș"),
        ("DELENI-OBÂRŞIE", "Deleni-Obârșie"),
        ("VALEA LUI MIHAI", "Valea lui Mihai"),
        ("ALEXANDRU I.CUZA", "Alexandru I.Cuza"),
    ],
)
def test_it_title_cases_siruta_names(upper, expected):
    assert title_case(upper) == expected
