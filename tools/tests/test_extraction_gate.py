"""The extraction gate: on a fixed subset of the real-page corpus, Gazeta's extraction keeps its floors.

The corpus (trafilatura's evaluation pages) is read from settings.REALPAGES_DIR and never shipped;
without it these tests are skipped. The subset is the corpus's first PAGES pages in its fixed
hash order (tools.realpages.Case.order_key), a mix of sites and languages. Floors are what the
code reached when they were pinned, minus a margin for library updates; the full figures come
from `gazeta eval extraction`.
"""

import pytest

from tools.eval_extraction import run
from tools.realpages import load_cases

PAGES = 40
# Pinned on this subset (2026-12-04): Gazeta F1 0.962, plain trafilatura 0.950 in the same run, no
# empty page; titles 0.53 exact (trafilatura 0.47), dates 0.90 (trafilatura 0.90). Measured again
# 2026-12-05 with the library in the lock file: Gazeta 0.9536, trafilatura 0.9496, titles 0.529
# (0.471), dates 0.90 (0.90); the body trimming of extract_trim.py changes no page of this subset,
# so the floors stay where they were (the whole corpus's gain shows in `gazeta eval extraction`).
F1_FLOOR = 0.95
TITLE_FLOOR = 0.5


@pytest.fixture(scope="module")
def figures():
    if load_cases() is None:
        pytest.skip("the real-page corpus is absent (set GAZETA_REALPAGES or put it at ../shared/realpages)")
    return run({"limit": PAGES, "seconds": 3600})


def test_it_keeps_its_snippet_f1_on_real_pages(figures):
    assert figures["pages"] == PAGES
    assert figures["gazeta"]["f1"] >= F1_FLOOR, figures["worst"][:5]


def test_it_scores_at_least_what_plain_trafilatura_scores_on_the_same_pages(figures):
    assert figures["gazeta"]["f1"] >= figures["trafilatura"]["f1"], figures["worst"][:5]


def test_it_returns_no_empty_body_where_trafilatura_finds_the_article(figures):
    assert figures["empty_where_trafilatura_found"] == 0, [w for w in figures["worst"] if w["path"] == "empty"]


def test_it_finds_titles_and_dates_at_least_as_often_as_trafilatura(figures):
    metadata = figures["metadata"]
    assert metadata["title"]["gazeta"] >= max(TITLE_FLOOR, metadata["title"]["trafilatura"])
    assert metadata["date"]["gazeta"] >= metadata["date"]["trafilatura"]
