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


def score_handwritten(rows: list[dict] | None = None, path: Path = HANDWRITTEN_GEO) -> dict:
    """Geotag (and categorize, where a row names its category) every hand-written case."""
    from understand.categorize import categorize
    from understand.geotag import geotag

    rows = rows if rows is not None else load_handwritten(path)
    failures, pairs, all_counties, categories = [], [], [], []
    for row in rows:
        url = row.get("url", "")
        result = geotag(row["title"], row["text"], row.get("source_county"), url)
        pairs.append((row["county"], result.county))
        all_counties.append((set(row.get("counties") or []), set(result.counties)))
        if row["county"] != result.county:
            failures.append({"title": row["title"], "expected": row["county"], "got": result.county,
                             "counties": list(result.counties)})
        if "category" in row:
            slug = categorize(row["title"], row["text"], url, tuple(row.get("source_categories") or ()))
            categories.append((row["category"], slug))
            if slug != row["category"]:
                failures.append({"title": row["title"], "expected_category": row["category"], "got": slug})
    figures = {
        "items": len(rows),
        "county_accuracy": round(accuracy(pairs), 4),
        "baseline_outlet_county": round(accuracy((r["county"], r.get("source_county")) for r in rows), 4),
        "all_counties_exact": round(accuracy((e, g) for e, g in all_counties), 4),
    }
    if categories:
        figures["category_accuracy"] = round(accuracy(categories), 4)
    return {**figures, "failures": failures}


def demo_items(seed: int = 1, anchor=None) -> list[dict]:
    """Return the demo network's articles as the pipeline would see them, with their truth."""
    from demo.render import article_url, category_label, outlet_text
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
        items.append({
            "id": article.id, "outlet": outlet.slug, "outlet_kind": outlet.kind,
            "source_county": COUNTY_BY_CODE[outlet.county_code].slug if outlet.county_code else None,
            "title": outlet_text(outlet, article.title), "text": outlet_text(outlet, text),
            "url": "https://demo.invalid" + article.path, "published": article.published,
            "source_categories": (category_label(outlet, story.category),),
            "default_category": outlet.default_category, "is_syndicated": article.is_syndicated,
            "county": row["county"], "counties": row["counties"], "category": row["category"],
            "story_id": row["story_id"],
        })
    return items


def score_tagging(items: list[dict]) -> dict:
    """Geotag and categorize demo items; return accuracies beside the baselines."""
    from understand.categorize import categorize, classify
    from understand.geotag import geotag

    county, baseline, category, keywords_only, failures = [], [], [], [], []
    for item in items:
        geo = geotag(item["title"], item["text"], item["source_county"], item["url"])
        item["predicted_county"] = geo.county
        county.append((item["county"], geo.county))
        baseline.append((item["county"], item["source_county"]))
        slug = categorize(item["title"], item["text"], item["url"], item["source_categories"],
                          item["default_category"])
        category.append((item["category"], slug))
        keywords_only.append((item["category"], classify(item["title"], item["text"])[0] or "actualitate"))
        if geo.county != item["county"] and len(failures) < 30:
            failures.append({"title": item["title"], "outlet": item["outlet"], "expected": item["county"],
                             "got": geo.county, "places": [p["name"] for p in geo.places][:8]})
    return {
        "articles": len(items),
        "county_accuracy": round(accuracy(county), 4),
        "county_baseline_outlet": round(accuracy(baseline), 4),
        "category_accuracy": round(accuracy(category), 4),
        "category_keywords_only": round(accuracy(keywords_only), 4),
        "county_failures": failures,
    }


def score_clustering(items: list[dict]) -> dict:
    """Store the items in the current database in publication order, cluster them, score B-cubed."""
    from lib.text import fingerprint
    from news.models import Article, County, Source
    from stories.cluster import cluster_article

    counties = {county.slug: county for county in County.objects.all()}
    sources: dict[str, Source] = {}
    predicted, truth = {}, {}
    for item in sorted(items, key=lambda row: (row["published"], row["id"])):
        source = sources.get(item["outlet"])
        if source is None:
            source = sources[item["outlet"]] = Source.objects.create(
                name=item["outlet"], slug=item["outlet"], county=counties.get(item["source_county"]))
        county = item.get("predicted_county", item["county"])
        lead = item["text"].split("\n\n", 1)[0]
        article = Article.objects.create(
            source=source, url=item["url"], title=item["title"][:500], lead=lead, text=item["text"],
            word_count=len(item["text"].split()), county=counties.get(county), published_at=item["published"],
            fingerprint=fingerprint(item["text"]))
        predicted[item["id"]] = cluster_article(article).pk
        truth[item["id"]] = item["story_id"]
    return {"stories_truth": len(set(truth.values())), "stories_found": len(set(predicted.values())),
            **bcubed(truth, predicted)}


def score_demo(seed: int = 1) -> dict:
    """Run geotagging, categories and clustering over the demo world in a scratch database."""
    from news.reference.load import load_reference
    from tools.scratch import scratch_database

    items = demo_items(seed)
    tagging = score_tagging(items)
    with scratch_database():
        load_reference()
        clustering = score_clustering(items)
    return {"seed": seed, **tagging, "clustering": clustering}
