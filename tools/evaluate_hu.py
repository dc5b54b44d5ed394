"""Issue 21's figures on the demo network: Hungarian articles placed and filed, and the events
told in both languages joined into one story without joining anything else.
"""

from tools.evaluate import bcubed

HUNGARIAN_OUTLETS = frozenset({"csiki-hirmondo", "haromszeki-napok", "marosmenti-ujsag"})
COUNTIES = frozenset({"harghita", "covasna", "mures"})


def hungarian_items(items: list[dict]) -> list[dict]:
    """Return the demo items written in Hungarian (by the Hungarian outlets)."""
    return [item for item in items if item["outlet"] in HUNGARIAN_OUTLETS]


def score_cross_language(items: list[dict]) -> dict:
    """Cluster the three counties' items in publication order; score the Romanian/Hungarian pairs.

    A pair story is an event with articles in both languages: joined when all its articles end in
    one story. A false join puts an article of a story told in Hungarian with an article of
    another story (or one of another story with it).
    """
    from tools.evaluate import score_clustering

    hungarian_stories = {item["story_id"] for item in hungarian_items(items)}
    chosen = [item for item in items if item["source_county"] in COUNTIES or item["county"] in COUNTIES]
    predicted: dict[int, int] = {}
    figures = score_clustering(chosen, predicted=predicted)
    truth = {item["id"]: item["story_id"] for item in chosen}
    by_story: dict[str, list[dict]] = {}
    for item in chosen:
        by_story.setdefault(item["story_id"], []).append(item)
    pairs = [
        story
        for story, members in by_story.items()
        if story in hungarian_stories and {m["outlet"] in HUNGARIAN_OUTLETS for m in members} == {True, False}
    ]
    joined = sum(1 for story in pairs if len({predicted[m["id"]] for m in by_story[story]}) == 1)
    members_of: dict[int, list[int]] = {}
    for item_id, cluster in predicted.items():
        members_of.setdefault(cluster, []).append(item_id)
    false_joins = sum(
        1
        for ids in members_of.values()
        for a in ids
        for b in ids
        if a < b and truth[a] != truth[b] and (truth[a] in hungarian_stories or truth[b] in hungarian_stories)
    )
    return {
        "items": len(chosen),
        "pair_stories": len(pairs),
        "pairs_joined": joined,
        "pairs_joined_share": round(joined / len(pairs), 4) if pairs else 1.0,
        "false_joins_with_hungarian_stories": false_joins,
        **figures,
        "hungarian_stories_bcubed": bcubed({i: s for i, s in truth.items() if s in hungarian_stories}, predicted),
    }


def score_hungarian_tagging(items: list[dict]) -> dict:
    """Return county and category accuracy on the Hungarian items (with the outlet's county)."""
    from tools.evaluate import score_tagging

    figures = score_tagging(hungarian_items(items))
    return {
        key: figures[key]
        for key in (
            "articles",
            "county_accuracy",
            "county_text_only",
            "category_accuracy",
            "category_keywords_only",
            "county_baseline_outlet",
            "county_failures",
        )
    }
