"""The candidate rules of the page path: what counts as a notice, and when a first pass looks wrong."""

from ingest.candidates import Candidate, is_notice, story, suspicion

REPRINT = (
    "Reproducerea integrală sau parțială a acestui articol este interzisă fără acordul scris al "
    "redacției. Preluarea textului este permisă doar cu citarea sursei și link către articol."
)
SHORT_POST = (
    "Zusammenarbeit Shuji und Walter, April 2018. Standorte: Japan und Deutschland. Filmmaterial "
    "Fuji X-TRA 400. Kameras: Widelux und PENTAX Z-1p. Die Belichtungsfolge wechselte zwischen "
    "beiden Fotografen, Bild für Bild, über den ganzen Film hinweg. Die Fotostrecke folgt unten, "
    "in der Reihenfolge der Aufnahmen. Copyright © 2018. All Rights Reserved."
)


def test_a_reprint_notice_is_a_notice():
    assert is_notice(REPRINT)


def test_a_short_post_that_ends_in_a_copyright_line_is_not_a_notice():
    assert not is_notice(SHORT_POST)


def test_a_long_text_is_never_a_notice():
    assert not is_notice(REPRINT + " " + "Primarul a vorbit despre proiectele sale. " * 20)


def test_the_notice_lines_under_a_story_are_not_part_of_it():
    text = "Noul primar a vorbit despre proiectele sale.\nAcest articol este disponibil doar abonaților.\nAbonează-te"
    assert story(text) == "Noul primar a vorbit despre proiectele sale."
    assert story(REPRINT) == REPRINT  # a lone notice stays what it is


def test_a_candidate_that_is_a_notice_scores_nothing():
    assert Candidate(method="balanced", body=None, text=REPRINT).score == 0
    assert Candidate(method="balanced", body=None, text=SHORT_POST).score == len(SHORT_POST)


def test_a_first_pass_looks_wrong_when_empty_short_linky_or_short_against_the_page():
    body = "Primarul a vorbit despre proiectele sale pentru oraș, pe larg. " * 6
    assert suspicion(None, paragraph_chars=0, json_ld_chars=0) == "empty"
    assert suspicion(Candidate("balanced", None, "Scurt."), paragraph_chars=0, json_ld_chars=0).startswith("short")
    assert suspicion(Candidate("balanced", None, body), paragraph_chars=0, json_ld_chars=0) == ""
    assert suspicion(Candidate("balanced", None, body), paragraph_chars=4 * len(body), json_ld_chars=0).startswith(
        "short against the page"
    )
    assert (
        suspicion(Candidate("balanced", None, body, link_chars=len(body)), paragraph_chars=0, json_ld_chars=0)
        == "mostly links"
    )
    assert suspicion(Candidate("balanced", None, body), paragraph_chars=0, json_ld_chars=3 * len(body)).startswith(
        "shorter than the page's JSON-LD"
    )
