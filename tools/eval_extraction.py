"""`gazeta eval extraction`: Gazeta's extraction against plain `trafilatura.extract(html)` on real pages.

Both run in one process, page by page: on each page one side runs, then the other, and the side
that goes first alternates, so a busy spell of a shared machine and the libraries' warm caches
(htmldate and trafilatura keep LRU caches of strings they saw) weigh on both alike. Gazeta's side
is what the pipeline does with a fetched page: decode the bytes (ingest.charset) and
`extract_article(text, url=..., entry=...)` with a feed entry that carries no text (the corpus has
no feeds: the page path runs with all its checks, and no feed copy can stand in for the page, so a
short page is kept as the pipeline keeps it when the feed has less); an empty result counts as
empty. The library's
side is `trafilatura.extract(raw_bytes)` with its defaults. Metadata (title, author, date) is
compared with `trafilatura.extract_metadata`, untimed and run first on each page: its date search
compiles dateparser's tables for the page's language on first use (seconds, once per language and
process), a one-off that a long-running crawler pays once and that would otherwise land on
whichever side first meets a new language.

Bounded: pages over INGEST_MAX_BYTES are skipped as the fetcher would, and the run stops after
`seconds` (default 900) with the figures of the pages done.
"""

import time
from collections import Counter

import trafilatura

from ingest.charset import decode_body
from ingest.errors import ExtractError
from ingest.extract import extract_article
from ingest.items import FeedEntry
from tools.realpages import Case, Counts, load_cases, same_author, same_day, same_title, score

WORST = 20
SIDES = ("gazeta", "trafilatura")


def run(options: dict, progress=None) -> dict:
    """Score both extractions on the real-page set; options: set, limit, seconds, half, directory."""
    from django.conf import settings

    cases = load_cases(options.get("directory"))
    if cases is None:
        return {"skipped": "the real-page corpus is absent (settings.REALPAGES_DIR / GAZETA_REALPAGES)"}
    if options.get("half"):
        cases = [case for case in cases if case.half == options["half"]]
    if options.get("limit"):
        cases = cases[: int(options["limit"])]
    budget = float(options.get("seconds") or 900)
    started = time.perf_counter()
    rows = []
    for number, case in enumerate(cases):
        if time.perf_counter() - started > budget:
            break
        raw = case.path.read_bytes()
        if len(raw) > settings.INGEST_MAX_BYTES:
            continue
        rows.append(_one(case, raw, gazeta_first=number % 2 == 0))
        if progress:
            progress(len(rows), len(cases))
    return summarize(rows, total=len(cases))


def _one(case: Case, raw: bytes, gazeta_first: bool) -> dict:
    """Run both sides on one page; return their texts' scores, timings and metadata."""
    meta = trafilatura.extract_metadata(raw)  # untimed, first: see the module's docstring
    row = {"case": case}
    for side in SIDES if gazeta_first else SIDES[::-1]:
        began, began_cpu = time.perf_counter(), time.process_time()
        if side == "gazeta":
            extracted = _gazeta(raw, case.url)
        else:
            text = trafilatura.extract(raw) or ""
        row[side + "_cpu"] = time.process_time() - began_cpu
        row[side + "_seconds"] = time.perf_counter() - began
        if side == "trafilatura":
            row["trafilatura_text"] = text
    row["gazeta_text"] = extracted.text if extracted else ""
    row["path"] = _path_name(extracted)
    row["gazeta_meta"] = (extracted.title, extracted.author, extracted.published) if extracted else ("", "", None)
    row["trafilatura_meta"] = (meta.title or "", meta.author or "", meta.date or "") if meta else ("", "", "")
    for side in SIDES:
        row[side + "_counts"], row[side + "_missing"], row[side + "_kept"] = score(case, row[side + "_text"])
    return row


def _gazeta(raw: bytes, url: str):
    """Gazeta's extraction of one fetched page, or None when it refuses the page."""
    text, _ = decode_body(raw, "")
    try:
        extracted = extract_article(text, url=url, entry=FeedEntry(guid=url, url=url, title=""))
    except ExtractError:
        return None
    return extracted if extracted.text.strip() else None


def _path_name(extracted) -> str:
    """Which candidate produced the body ('empty' when none did)."""
    if extracted is None:
        return "empty"
    return getattr(extracted, "method", "") or extracted.path


def summarize(rows: list[dict], total: int) -> dict:
    """Return the figures of both sides over all pages and each half, the paths and the worst pages."""
    figures = {"pages": len(rows), "pages_in_set": total, "halves": {}}
    for name, subset in (
        ("all", rows),
        ("tune", [r for r in rows if r["case"].half == "tune"]),
        ("holdout", [r for r in rows if r["case"].half == "holdout"]),
    ):
        block = {side: _side(subset, side) for side in SIDES}
        block["pages"] = len(subset)
        block["f1_gain"] = round(block["gazeta"]["f1"] - block["trafilatura"]["f1"], 4)
        if name == "all":
            figures.update(block)
        else:
            figures["halves"][name] = block
    # CPU time, not the wall clock: on a shared machine the wall clock measures the neighbours
    figures["speed_ratio"] = (
        round(figures["trafilatura"]["cpu_seconds"] / figures["gazeta"]["cpu_seconds"], 3)
        if rows and figures["gazeta"]["cpu_seconds"]
        else None
    )
    figures["empty_where_trafilatura_found"] = sum(
        1 for r in rows if not r["gazeta_text"].strip() and r["trafilatura_counts"].tp > 0
    )
    figures["paths"] = dict(Counter(r["path"] for r in rows).most_common())
    figures["metadata"] = _metadata(rows)
    figures["worst"] = [
        _worst(r)
        for r in sorted(
            rows,
            key=lambda r: (r["gazeta_counts"].errors - r["trafilatura_counts"].errors, r["gazeta_counts"].errors),
            reverse=True,
        )[:WORST]
    ]
    return figures


def _side(rows: list[dict], side: str) -> dict:
    """P/R/F1/accuracy, empty outputs and speed of one side."""
    counts = Counts()
    for row in rows:
        counts.add(row[side + "_counts"])
    seconds = sum(row[side + "_seconds"] for row in rows)
    cpu = sum(row[side + "_cpu"] for row in rows)
    return {
        **counts.figures(),
        "empty": sum(1 for r in rows if not r[side + "_text"].strip()),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "pages_per_second": round(len(rows) / cpu, 1) if cpu else 0.0,
        "wall_pages_per_second": round(len(rows) / seconds, 1) if seconds else 0.0,
    }


def _metadata(rows: list[dict]) -> dict:
    """Title exact match, author match and date day match of both sides, on pages whose gold has them."""
    result = {}
    for field, index, same in (("title", 0, same_title), ("author", 1, same_author), ("date", 2, same_day)):
        with_gold = [r for r in rows if getattr(r["case"], field)]
        result[field] = {
            "pages": len(with_gold),
            **{
                side: round(
                    sum(1 for r in with_gold if same(getattr(r["case"], field), r[side + "_meta"][index]))
                    / len(with_gold),
                    4,
                )
                if with_gold
                else None
                for side in SIDES
            },
        }
    return result


def _worst(row: dict) -> dict:
    """One page of the worst list: its loss against the library and what was missed or kept."""
    return {
        "url": row["case"].url,
        "file": row["case"].path.name,
        "path": row["path"],
        "loss": row["gazeta_counts"].errors - row["trafilatura_counts"].errors,
        "gazeta_errors": row["gazeta_counts"].errors,
        "trafilatura_errors": row["trafilatura_counts"].errors,
        "chars": {"gazeta": len(row["gazeta_text"]), "trafilatura": len(row["trafilatura_text"])},
        "missing": row["gazeta_missing"][:3],
        "kept": row["gazeta_kept"][:3],
    }


def format_text(figures: dict) -> str:
    """Return the figures as a few lines of text."""
    if "skipped" in figures:
        return f"skipped: {figures['skipped']}"
    lines = [f"{figures['pages']} pages of {figures['pages_in_set']}"]
    for name, block in (("all", figures), *figures["halves"].items()):
        for side in SIDES:
            s = block[side]
            lines.append(
                f"{name:8} {side:12} P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
                f"acc {s['accuracy']:.3f} empty {s['empty']:3} {s['pages_per_second']:6.1f} pages/s"
            )
    lines.append(
        f"speed ratio {figures['speed_ratio']}, empty where trafilatura found the article "
        f"{figures['empty_where_trafilatura_found']}, paths {figures['paths']}"
    )
    for field, block in figures["metadata"].items():
        lines.append(f"{field:7} ({block['pages']} pages) gazeta {block['gazeta']} trafilatura {block['trafilatura']}")
    lines.append("worst pages (loss against trafilatura):")
    lines += [
        f"  {w['loss']:+d} {w['url']} [{w['path']}] missing {w['missing'][:1]} kept {w['kept'][:1]}"
        for w in figures["worst"]
    ]
    return "\n".join(lines)
