import pytest

from news.text import fold
from search.query import parse
from search.stem import fast_fold, stem, terms


@pytest.mark.parametrize(
    "forms",
    [
        "spital spitalul spitale spitalele spitalelor spitalului",
        "casă casa case casele caselor casei",
        "oraș orașul orașe orașele orașelor orașului",
        "primar primarul primari primarii primarilor primarului",
        "drum drumul drumuri drumurile drumurilor",
        "educație educația educației educațiile educațiilor",
    ],
)
def test_it_brings_the_forms_of_a_noun_to_one_stem(forms):
    assert len(set(terms(forms).split())) == 1


def test_it_folds_comma_below_cedilla_and_plain_letters_alike():
    assert terms("Onișcani") == terms("Onişcani") == terms("Oniscani") == terms("ONIȘCANI")


def test_it_folds_like_the_shared_fold_helper():
    for text in ["Țară și ştiri", "Bistrița-Năsăud", "Zoë", "ﬁnal ²", "Зеленский"]:
        assert fast_fold(text) == fold(text)


def test_it_drops_stop_words_but_keeps_content_words():
    assert terms("și de la spitalul din Bacău") == "spital bacau"


def test_it_leaves_short_words_and_numbers_whole():
    assert stem("sat") == "sat"
    assert stem("2025") == "2025"


def test_it_parses_a_query_into_words_and_stems():
    query = parse("Spitalele din  Onişcani, spitalele!")
    assert query.words == ("spitalele", "oniscani")
    assert query.terms == ("spital", "oniscan")


def test_it_finds_nothing_to_search_in_stop_words_alone():
    assert parse("și de la").is_empty
