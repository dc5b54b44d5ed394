"""The quality gate: county, category and story clustering may not fall below pinned figures.

Floors are what the code reached when they were pinned (demo seed 1 and a fixed anchor:
county 0.994, category 0.992, story F1 0.997; hand-written county 1.0) minus a small margin.
The realistic news set (handwritten_geo_news.jsonl, 333 items) measured county 1.0 and category
1.0 after the fixes it drove; its last 111 items were written in three batches after fixes and
before any look at the tagger's output, and measured county 0.982 and category 0.991 on their
first run, so its floors sit below that.

The hard set (handwritten_geo_hard.jsonl, issue 14's six behaviours): its first 170 items were
committed before any tuning and measured text only 0.765, with the outlet's county 0.571 (national
rows 0.651 / 0.217) on that first run, 0.965 / 0.976 (national 0.988 / 0.988) after the changes.
A second batch of 39, written after them and before running the tagger, measured 0.949 / 0.872 on
its first run and 1.0 / 1.0 after the fixes it drove. Its gate: 0.95 on both, national rows 0.95,
and the outlet's county never lowers accuracy on any hand set.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tools.evaluate import (
    GEO_SETS,
    HANDWRITTEN_HARD,
    HANDWRITTEN_NEWS,
    demo_items,
    score_clustering,
    score_handwritten,
    score_tagging,
)

DEMO_COUNTY_FLOOR = 0.98
DEMO_CATEGORY_FLOOR = 0.98
DEMO_STORY_F1_FLOOR = 0.985
HANDWRITTEN_COUNTY_FLOOR = 0.97
NEWS_COUNTY_FLOOR = 0.97
NEWS_CATEGORY_FLOOR = 0.97
HARD_COUNTY_FLOOR = 0.95  # issue 14: the hard set enters the gate at 95%, text only and with the outlet
HARD_NATIONAL_FLOOR = 0.95
ANCHOR = datetime(2026, 11, 29, tzinfo=ZoneInfo("Europe/Bucharest"))


@pytest.fixture(scope="module")
def items():
    return demo_items(seed=1, anchor=ANCHOR)


@pytest.mark.slow
def test_it_keeps_county_and_category_accuracy_on_the_demo_network(items):
    figures = score_tagging(items)
    assert figures["county_accuracy"] >= DEMO_COUNTY_FLOOR, figures["county_failures"]
    assert figures["county_accuracy"] > figures["county_baseline_outlet"]
    assert figures["category_accuracy"] >= DEMO_CATEGORY_FLOOR


@pytest.mark.slow
def test_it_keeps_story_clustering_on_the_demo_network(items, reference_data):
    for item in items:
        item.setdefault("predicted_county", item["county"])
    figures = score_clustering(items)
    assert figures["f1"] >= DEMO_STORY_F1_FLOOR, figures


def test_it_keeps_county_accuracy_on_the_handwritten_set():
    figures = score_handwritten()
    assert figures["county_accuracy"] >= HANDWRITTEN_COUNTY_FLOOR, figures["failures"]


def test_it_keeps_county_and_category_accuracy_on_the_realistic_news_set():
    figures = score_handwritten(path=HANDWRITTEN_NEWS)
    assert figures["items"] >= 150
    assert figures["county_accuracy"] >= NEWS_COUNTY_FLOOR, figures["failures"]
    assert figures["county_accuracy"] > figures["baseline_outlet_county"]
    assert figures["category_accuracy"] >= NEWS_CATEGORY_FLOOR, figures["failures"]


def test_it_places_the_hard_set_with_and_without_the_outlet_county():
    figures = score_handwritten(path=HANDWRITTEN_HARD)
    assert figures["items"] >= 150 and figures["national_rows"] >= 50
    assert figures["text_only"] >= HARD_COUNTY_FLOOR, figures["failures"]
    assert figures["with_outlet"] >= HARD_COUNTY_FLOOR, figures["failures"]
    assert figures["national_text_only"] >= HARD_NATIONAL_FLOOR, figures["failures"]
    assert figures["national_with_outlet"] >= HARD_NATIONAL_FLOOR, figures["failures"]
    assert figures["with_outlet"] > figures["baseline_outlet_county"]


@pytest.mark.parametrize("name", sorted(GEO_SETS))
def test_the_outlet_county_never_lowers_accuracy_on_a_hand_set(name):
    figures = score_handwritten(path=GEO_SETS[name])
    assert figures["with_outlet"] >= figures["text_only"]
    assert figures["national_with_outlet"] >= figures["national_text_only"]


@pytest.mark.slow
def test_the_demo_network_keeps_its_national_stories_national(items):
    figures = score_tagging(items)
    assert figures["national_text_only"] >= DEMO_COUNTY_FLOOR and figures["national_with_outlet"] >= DEMO_COUNTY_FLOOR
    assert figures["county_accuracy"] >= figures["county_text_only"]
