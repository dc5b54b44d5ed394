"""Scores for the understanding stages: county and category accuracy, B-cubed clustering."""
import json
from collections import defaultdict
from pathlib import Path

HANDWRITTEN_GEO = Path(__file__).parent / "tests" / "data" / "handwritten_geo.jsonl"


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


def score_handwritten(rows: list[dict] | None = None) -> dict:
    """Geotag every hand-written case; return county accuracy and the failures."""
    from ingest.geotag import geotag

    rows = rows if rows is not None else load_handwritten()
    failures, pairs, all_counties = [], [], []
    for row in rows:
        result = geotag(row["title"], row["text"], row.get("source_county"))
        pairs.append((row["county"], result.county))
        all_counties.append((set(row.get("counties") or []), set(result.counties)))
        if row["county"] != result.county:
            failures.append({"title": row["title"], "expected": row["county"], "got": result.county,
                             "counties": list(result.counties)})
    return {
        "items": len(rows),
        "county_accuracy": round(accuracy(pairs), 4),
        "baseline_outlet_county": round(accuracy((r["county"], r.get("source_county")) for r in rows), 4),
        "all_counties_exact": round(accuracy((e, g) for e, g in all_counties), 4),
        "failures": failures,
    }
