"""What is not evidence of an article's place: the outlet's brands, teaser blocks and footers."""

from understand.geo_evidence import blank, brand_forms
from understand.geotag import geotag


def test_it_blanks_media_brands_and_keeps_every_position():
    title = "Ministrul, la Radio Constanța: facturile nu cresc"
    text = "A spus-o pentru Radio România Iași și pentru Monitorul de Botoșani. Accident la Onești."
    clean_title, clean_text = blank(title, text)
    assert len(clean_title) == len(title) and len(clean_text) == len(text)
    assert "Constanța" not in clean_title and "Iași" not in clean_text and "Botoșani" not in clean_text
    assert clean_text.endswith("Accident la Onești.")


def test_it_blanks_the_outlets_own_name_in_its_forms():
    assert brand_forms("BZI (Bună Ziua Iași)") == ("BZI", "Bună Ziua Iași")
    assert "Liber" not in blank("", "Sălajul Liber vă prezintă noile taxe.", "Sălajul Liber")[1]


def test_it_blanks_teaser_blocks_and_footers_but_not_the_story():
    text = (
        "Spitalul din Rădăuți are un tomograf nou.\n\nCitește și:\nAccident pe DN 17 în Bistrița-Năsăud\n"
        "Cluj-Napoca are autobuze electrice\n\nUrmăriți-ne pe Facebook.\n© Ziarul. Toate drepturile rezervate."
    )
    clean = blank("", text)[1]
    assert "Rădăuți" in clean
    for gone in ("Bistrița", "Cluj", "Facebook", "drepturile"):
        assert gone not in clean, gone


def test_a_teaser_line_in_the_middle_goes_and_the_paragraph_after_it_stays():
    text = (
        "Primăria a deschis parcul.\n\nCitiți și: Iași – spital nou\n\n"
        "Parcul din Moinești are 40 de bănci și un loc de joacă pentru copiii din cartier, spune primarul."
    )
    clean = blank("", text)[1]
    assert "Iași" not in clean and "Moinești" in clean


def test_a_national_story_naming_the_outlet_gets_no_county():
    text = "Premierul a spus, într-un interviu la Radio Cluj, că Guvernul nu crește TVA."
    assert geotag("Premierul, la Radio Cluj: TVA nu crește", text, "cluj", source_name="Radio Cluj").county is None
    assert geotag("Premierul, la Radio Cluj: TVA nu crește", text).county is None
