"""Scores for the understanding stages: county and category accuracy, B-cubed clustering."""

import json
from collections import defaultdict
from pathlib import Path

# The ground truth lives with the geotagger it scores (understand/tests/data).
GROUND_TRUTH = Path(__file__).resolve().parent.parent / "understand" / "tests" / "data"
HANDWRITTEN_GEO = GROUND_TRUTH / "handwritten_geo.jsonl"
# Realistic regional and national news written by hand (title, lead, body, outlet labels, URL),
# each with its expected county and category: the harder set the demo text does not cover.
HANDWRITTEN_NEWS = GROUND_TRUTH / "handwritten_geo_news.jsonl"
# Issue 14's hard set: 170 items written from the six ways county tagging failed on real news
# (national stories from county outlets, roundups, the outlet's own name, towns and landmarks,
# teasers, the outlet prior), committed before any tuning; each row names its behaviour.
HANDWRITTEN_HARD = GROUND_TRUTH / "handwritten_geo_hard.jsonl"
# Issue 21's Hungarian set: 68 items in the style of the Székely Land press (Székelyhon, Hargita
# Népe, Háromszék, Népújság), committed before any run of the tagger on them.
HANDWRITTEN_HU = GROUND_TRUTH / "handwritten_geo_hu.jsonl"
GEO_SETS = {
    "handwritten": HANDWRITTEN_GEO,
    "handwritten_news": HANDWRITTEN_NEWS,
    "handwritten_hard": HANDWRITTEN_HARD,
    "handwritten_hu": HANDWRITTEN_HU,
}
# Confidence bins of the reliability table: a tagger that is calibrated is right in each bin about
# as often as the bin's mean confidence says.
RELIABILITY_BINS = (0.0, 0.6, 0.8, 0.9, 0.95, 1.01)


def accuracy(pairs) -> float:
    """Return the share of (expected, predicted) pairs that agree; 1.0 for none."""
    pairs = list(pairs)
    return sum(1 for expected, got in pairs if expected == got) / len(pairs) if pairs else 1.0


def bcubed(truth: dict, predicted: dict) -> dict:
    """Return B-cubed precision, recall and F1 of a clustering (item -> cluster id) against truth."""
    by_truth, by_pred = defaultdict(set), defaultdict(set)
    for item, cluster in truth.items():
        by_truth[cluster].add(item)
    for item in truth:
        by_pred[predicted.get(item, ("alone", item))].add(item)
    precision = recall = 0.0
    for item in truth:
        same_pred = by_pred[predicted.get(item, ("alone", item))]
        same_truth = by_truth[truth[item]]
        both = len(same_pred & same_truth)
        precision += both / len(same_pred)
        recall += both / len(same_truth)
    n = len(truth) or 1
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def load_handwritten(path: Path = HANDWRITTEN_GEO) -> list[dict]:
    """Return the hand-written geotagging cases."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def county_figures(rows: list[dict], tag) -> dict:
    """Score tag(row, source_county) text only and with the outlet's county: all rows, national ones, baseline.

    Returns the figures and, under "_judged", (confidence, right) of every tagging for reliability().
    """
    figures, judged = {"items": len(rows)}, []
    national = [row for row in rows if row["county"] is None]
    for mode in ("text_only", "with_outlet"):
        results = [tag(row, row.get("source_county") if mode == "with_outlet" else None) for row in rows]
        pairs = [(row["county"], result.county) for row, result in zip(rows, results)]
        figures[mode] = round(accuracy(pairs), 4)
        figures[f"national_{mode}"] = round(accuracy(p for row, p in zip(rows, pairs) if row["county"] is None), 4)
        judged.extend((result.confidence, expected == result.county) for result, (expected, _) in zip(results, pairs))
        figures[f"_results_{mode}"] = results
    figures["national_rows"] = len(national)
    figures["baseline_outlet_county"] = round(accuracy((row["county"], row.get("source_county")) for row in rows), 4)
    figures["_judged"] = judged
    return figures


def reliability(judged) -> list[dict]:
    """Return the reliability table of (confidence, right) pairs: per bin, count, mean confidence, accuracy."""
    table = []
    for low, high in zip(RELIABILITY_BINS, RELIABILITY_BINS[1:]):
        inside = [(c, ok) for c, ok in judged if low <= c < high]
        if inside:
            table.append(
                {
                    "bin": f"{low:.2f}-{min(high, 1.0):.2f}",
                    "count": len(inside),
                    "mean_confidence": round(sum(c for c, _ in inside) / len(inside), 3),
                    "accuracy": round(sum(ok for _, ok in inside) / len(inside), 3),
                }
            )
    return table


def score_handwritten(rows: list[dict] | None = None, path: Path = HANDWRITTEN_GEO) -> dict:
    """Geotag (and categorize, where a row names its category) every hand-written case.

    county_accuracy is with the outlet's county, as the pipeline tags; text_only and the national
    rows beside it.
    """
    from understand.categorize import categorize
    from understand.geotag import geotag

    rows = rows if rows is not None else load_handwritten(path)
    figures = county_figures(
        rows,
        lambda row, county: geotag(
            row["title"], row["text"], county, row.get("url", ""), source_name=row.get("source")
        ),
    )
    results = figures.pop("_results_with_outlet")
    text_results = figures.pop("_results_text_only")
    failures, all_counties, categories = [], [], []
    for row, result, text_result in zip(rows, results, text_results):
        url = row.get("url", "")
        all_counties.append((set(row.get("counties") or []), set(result.counties)))
        if row["county"] != result.county or row["county"] != text_result.county:
            failures.append(
                {
                    "title": row["title"],
                    "expected": row["county"],
                    "got": result.county,
                    "got_text_only": text_result.county,
                    "counties": list(result.counties),
                    "behaviour": row.get("behaviour", ""),
                }
            )
        if "category" in row:
            slug = categorize(row["title"], row["text"], url, tuple(row.get("source_categories") or ()))
            categories.append((row["category"], slug))
            if slug != row["category"]:
                failures.append({"title": row["title"], "expected_category": row["category"], "got": slug})
    figures["county_accuracy"] = figures["with_outlet"]
    figures["all_counties_exact"] = round(accuracy((e, g) for e, g in all_counties), 4)
    if categories:
        figures["category_accuracy"] = round(accuracy(categories), 4)
    return {**figures, "failures": failures}


def demo_items(seed: int = 1, anchor=None) -> list[dict]:
    """Return the demo network's articles as the pipeline would see them, with their truth."""
    from demo.addresses import article_url
    from demo.render import category_label, outlet_text
    from demo.world import build_world
    from news.reference.counties import COUNTY_BY_CODE

    world = build_world(seed, anchor)
    truth = {row["canonical_url"]: row for row in world.truth()}
    items = []
    for article in world.articles:
        outlet = world.outlet_by_slug[article.outlet]
        story = world.stories[article.story_id]
        text = "\n\n".join(" ".join(p) for p in world.body(article.id))
        row = truth[article_url(article, "")]
        items.append(
            {
                "id": article.id,
                "outlet": outlet.slug,
                "outlet_name": outlet.name,
                "outlet_kind": outlet.kind,
                "source_county": COUNTY_BY_CODE[outlet.county_code].slug if outlet.county_code else None,
                "title": outlet_text(outlet, article.title),
                "text": outlet_text(outlet, text),
                "url": "https://demo.invalid" + article.path,
                "published": article.published,
                "source_categories": (category_label(outlet, story.category),),
                "default_category": outlet.default_category,
                "is_syndicated": article.is_syndicated,
                "county": row["county"],
                "counties": row["counties"],
                "category": row["category"],
                "story_id": row["story_id"],
            }
        )
    return items


def score_tagging(items: list[dict]) -> dict:
    """Geotag and categorize demo items; return accuracies beside the baselines."""
    from understand.categorize import categorize, classify
    from understand.geotag import geotag

    geo_figures = county_figures(
        items,
        lambda item, county: geotag(
            item["title"], item["text"], county, item["url"], source_name=item.get("outlet_name")
        ),
    )
    results = geo_figures.pop("_results_with_outlet")
    geo_figures.pop("_results_text_only")
    category, keywords_only, failures = [], [], []
    for item, geo in zip(items, results):
        item["predicted_county"] = geo.county
        slug = categorize(item["title"], item["text"], item["url"], item["source_categories"], item["default_category"])
        category.append((item["category"], slug))
        keywords_only.append((item["category"], classify(item["title"], item["text"])[0] or "actualitate"))
        if geo.county != item["county"] and len(failures) < 30:
            failures.append(
                {
                    "title": item["title"],
                    "outlet": item["outlet"],
                    "expected": item["county"],
                    "got": geo.county,
                    "places": [p["name"] for p in geo.places][:8],
                }
            )
    return {
        "articles": len(items),
        "county_accuracy": geo_figures["with_outlet"],
        "county_text_only": geo_figures["text_only"],
        "county_baseline_outlet": geo_figures["baseline_outlet_county"],
        "national_rows": geo_figures["national_rows"],
        "national_text_only": geo_figures["national_text_only"],
        "national_with_outlet": geo_figures["national_with_outlet"],
        "_judged": geo_figures["_judged"],
        "category_accuracy": round(accuracy(category), 4),
        "category_keywords_only": round(accuracy(keywords_only), 4),
        "county_failures": failures,
    }


def score_clustering(items: list[dict], predicted: dict | None = None) -> dict:
    """Store the items in the current database in publication order, cluster them, score B-cubed."""
    from lib.text import fingerprint
    from news.models import Article, County, Source
    from stories.cluster import cluster_article

    counties = {county.slug: county for county in County.objects.all()}
    sources: dict[str, Source] = {}
    predicted = {} if predicted is None else predicted  # the caller's dict gets item id -> story id
    truth = {}
    for item in sorted(items, key=lambda row: (row["published"], row["id"])):
        source = sources.get(item["outlet"])
        if source is None:
            source = sources[item["outlet"]] = Source.objects.create(
                name=item["outlet"], slug=item["outlet"], county=counties.get(item["source_county"])
            )
        county = item.get("predicted_county", item["county"])
        lead = item["text"].split("\n\n", 1)[0]
        article = Article.objects.create(
            source=source,
            url=item["url"],
            title=item["title"][:500],
            lead=lead,
            text=item["text"],
            word_count=len(item["text"].split()),
            county=counties.get(county),
            published_at=item["published"],
            fingerprint=fingerprint(item["text"]),
        )
        predicted[item["id"]] = cluster_article(article).pk
        truth[item["id"]] = item["story_id"]
    return {
        "stories_truth": len(set(truth.values())),
        "stories_found": len(set(predicted.values())),
        **bcubed(truth, predicted),
    }


def score_demo(seed: int = 1, anchor=None) -> dict:
    """Run geotagging, categories and clustering over the demo world in a scratch database.

    Clustering is scored as readers meet it (tools.story_eval): the articles through the
    crawl's own stages in publication order, the largest stories, every list page; and the
    hand-written pairs through the same path.
    """
    from news.reference.load import load_reference
    from tools import story_eval
    from tools.scratch import scratch_database

    items = demo_items(seed, anchor)
    tagging = score_tagging(items)
    with scratch_database():
        load_reference()
        pairs = story_eval.score_pairs()
    with scratch_database():
        load_reference()
        clustering = story_eval.score_stories(items)
    return {"seed": seed, **tagging, "clustering": clustering, "story_pairs": pairs}


def score_corrections(rows: list[dict]) -> dict:
    """Score today's tagger on the editors' corrections: how many it would now get right.

    Each row corrects one field (`news.corrections.Correction.example`); a county row is
    scored by the geotagger, a category row by the categorizer; story rows are counted only
    (clustering needs the other articles of the story, which an example does not carry).
    """
    from understand.categorize import categorize
    from understand.geotag import geotag

    county, category, failures = [], [], []
    for row in rows:
        if row["field"] == "county":
            got = geotag(row["title"], row["text"], row.get("source_county"), row.get("url", "")).county
            county.append((row["county"], got))
        elif row["field"] == "category":
            got = categorize(row["title"], row["text"], row.get("url", ""), tuple(row.get("source_categories") or ()))
            category.append((row["category"], got))
        else:
            continue
        if got != row[row["field"]] and len(failures) < 30:
            failures.append(
                {
                    "title": row["title"],
                    "field": row["field"],
                    "expected": row[row["field"]],
                    "got": got,
                    "before": row.get("machine"),
                }
            )
    return {
        "items": len(rows),
        "county_items": len(county),
        "county_accuracy": round(accuracy(county), 4) if county else None,
        "category_items": len(category),
        "category_accuracy": round(accuracy(category), 4) if category else None,
        "story_items": sum(1 for row in rows if row["field"] == "story"),
        "failures": failures,
    }
