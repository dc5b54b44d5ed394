import pytest

from lib.ro import count, needs_de


@pytest.mark.parametrize(
    "number,expected",
    [
        (0, "0 minute"),
        (1, "1 minut"),
        (2, "2 minute"),
        (19, "19 minute"),
        (20, "20 de minute"),
        (21, "21 de minute"),
        (100, "100 de minute"),
        (101, "101 minute"),
        (119, "119 minute"),
        (120, "120 de minute"),
        (1000, "1000 de minute"),
        (1001, "1001 minute"),
    ],
)
def test_it_puts_de_after_numbers_ending_in_00_or_20_and_above(number, expected):
    assert count(number, "minut") == expected


def test_it_inflects_every_noun_the_pages_count():
    assert count(1, "oră") == "1 oră"
    assert count(3, "oră") == "3 ore"
    assert count(22, "publicație") == "22 de publicații"
    assert count(42, "secțiune") == "42 de secțiuni"


def test_it_keeps_small_numbers_without_de():
    assert not any(needs_de(n) for n in range(20))
