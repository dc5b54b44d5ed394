"""The radio and exchange-rate pages describe themselves to search engines (Lighthouse SEO)."""

import re

import pytest


@pytest.mark.parametrize("path, words", [("/radio/", "radio"), ("/curs-valutar/", "BNR")])
def test_each_page_has_a_romanian_meta_description(client, reference_data, path, words):
    page = client.get(path).content.decode()
    found = re.findall(r'<meta name="description" content="([^"]+)">', page)
    assert len(found) == 1 and words in found[0] and 50 <= len(found[0]) <= 160
