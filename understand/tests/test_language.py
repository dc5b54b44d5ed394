"""The language of an article from its text, the outlet's declared one when the text cannot tell."""

import json

from tools.evaluate import HANDWRITTEN_HARD, HANDWRITTEN_HU
from understand.language import detect


def test_it_tells_hungarian_from_romanian_on_the_hand_written_sets():
    hungarian = [json.loads(line) for line in HANDWRITTEN_HU.read_text(encoding="utf-8").splitlines()]
    romanian = [json.loads(line) for line in HANDWRITTEN_HARD.read_text(encoding="utf-8").splitlines()]
    assert all(detect(row["title"], row["text"]) == "hu" for row in hungarian)
    assert all(detect(row["title"], row["text"], declared="hu") == "ro" for row in romanian)


def test_a_hungarian_article_from_an_outlet_declared_romanian_is_hungarian():
    assert detect("Leégett egy csűr Zetelakán", "Kedd este kigyulladt egy szénával teli csűr.", declared="ro") == "hu"


def test_too_short_a_text_keeps_the_declared_language():
    assert detect("Csíkszereda", "", declared="ro") == "ro"
    assert detect("Miercurea Ciuc", "", declared="hu") == "hu"


def test_a_malformed_declared_language_becomes_two_letters():
    assert detect("", "", declared="HU-hu") == "hu"
    assert detect("", "", declared="") == "ro"
