"""Story evaluation as readers meet it: the live path, the biggest stories, every list page.

`score_stories` stores the demo network's articles one by one in publication order through
the crawl's own stages (normalize, enrich, store with clustering: incremental, never a batch
re-cluster), then reports B-cubed precision/recall/F1 against the network's truth, the purity
of the LARGEST stories (the ones readers see first), and how many list pages show a story twice
(every page of every list, rendered by the portal). `score_pairs` runs the hand-written pairs
(stories/data/event_pairs.jsonl) through the same path, each pair in its own rolled-back
transaction.
"""

import html
import json
import re
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

from django.db import transaction

PAIRS = Path(__file__).resolve().parent.parent / "stories" / "data" / "event_pairs.jsonl"
LARGEST = 50
_ARTICLE_LINK = re.compile(r'href="/articol/(\d+)/')
_LIST = re.compile(r'<ul class="teasers">(.*?)</ul>', re.S)


class _Rollback(Exception):
    pass


def _item(row: dict, source, published):
    """Return the Item a crawl would make of one article (its text as paragraphs of HTML)."""
    from ingest.items import Item

    paragraphs = [p for p in row["text"].split("\n\n") if p.strip()] or [row["text"]]
    return Item(
        source_id=source.pk,
        guid=row["url"],
        url=row["url"],
        title=row["title"],
        lead=paragraphs[0] if paragraphs else "",
        body_html="".join(f"<p>{html.escape(p)}</p>" for p in paragraphs),
        text=row["text"],
        published_at=published,
        fetched_at=published,
        source_categories=tuple(row.get("source_categories") or ()),
        extraction="feed",
    )


def store(row: dict, source, published, slugs) -> int:
    """Run one article through normalize, enrich, store and cluster (the crawl's steps 5-7); return its id."""
    from ingest.entry_stages import enrich, store_and_cluster
    from ingest.normalize import normalize_item

    item = enrich(normalize_item(_item(row, source, published)), source)
    return store_and_cluster(item, source, slugs=slugs).article_id


def _source(sources: dict, slug: str, county_slug: str | None):
    from news.models import County, Source

    if slug not in sources:
        county = County.objects.filter(slug=county_slug).first() if county_slug else None
        sources[slug] = Source.objects.create(
            name=slug, slug=slug[:50], county=county, homepage=f"https://{slug}.demo.invalid/"
        )
    return sources[slug]


def purity_of_largest(truth: dict, predicted: dict, largest: int = LARGEST) -> dict:
    """Return the purity of the largest predicted stories: share of each in its main true story."""
    members = defaultdict(list)
    for item, story in predicted.items():
        members[story].append(item)
    biggest = sorted(members.values(), key=lambda items: (-len(items), min(items)))[:largest]
    purities = [Counter(truth[i] for i in items).most_common(1)[0][1] / len(items) for items in biggest]
    impure = [sorted({truth[i] for i in items}) for items in biggest if len({truth[i] for i in items}) > 1]
    return {
        "stories": len(biggest),
        "sizes": [len(items) for items in biggest[:10]],
        "pure_share": round(sum(p == 1.0 for p in purities) / len(purities), 4) if purities else 1.0,
        "mean_purity": round(sum(purities) / len(purities), 4) if purities else 1.0,
        "impure": impure[:10],
    }


def list_paths() -> list[str]:
    """Return the first page of every list of the site (home, Recente, counties, categories, both)."""
    from news.models import Category, County

    counties = list(County.objects.values_list("slug", flat=True))
    categories = list(Category.objects.values_list("slug", flat=True))
    return (
        ["/", "/recente/"]
        + [f"/{c}/" for c in counties]
        + [f"/categorie/{k}/" for k in categories]
        + [f"/{c}/{k}/" for c in counties for k in categories]
    )


def walk_lists(max_pages: int = 250) -> dict:
    """Render every page of every list and count the pages (and feeds) that show a story twice."""
    from django.test import Client
    from django.test.utils import override_settings

    from news.models import Article

    story_of = dict(Article.objects.values_list("id", "story_id"))
    pages = repeated = 0
    examples = []
    from django.conf import settings

    # Fresh renders (no page cache) and plain static names (no collected manifest needed).
    dummy = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(CACHES=dummy, ALLOWED_HOSTS=["testserver"], STORAGES=storages):
        client = Client()
        for base in list_paths():
            for page in range(1, max_pages + 1):
                response = client.get(base if page == 1 else f"{base}?pagina={page}")
                if response.status_code != 200:
                    break
                body = response.content.decode()
                pages += 1
                for block in _LIST.findall(body):
                    stories = [story_of.get(int(i)) or -int(i) for i in _ARTICLE_LINK.findall(block)]
                    twice = [s for s, n in Counter(stories).items() if n > 1]
                    if twice:
                        repeated += 1
                        examples.append(f"{base}?pagina={page}")
                        break
                if f"?pagina={page + 1}" not in body:
                    break
    return {"pages": pages, "pages_with_a_story_twice": repeated, "examples": examples[:5]}


def score_stories(items: list[dict], walk: bool = True) -> dict:
    """Store the demo items in publication order through the crawl's stages; score what readers see."""
    from ingest.store import SlugIds
    from news.models import Article
    from tools.evaluate import bcubed

    sources, slugs, ids, truth = {}, SlugIds(), {}, {}
    for row in sorted(items, key=lambda r: (r["published"], r["id"])):
        source = _source(sources, row["outlet"], row["source_county"])
        ids[row["id"]] = store(row, source, row["published"], slugs)
        truth[row["id"]] = row["story_id"]
    stories = dict(Article.objects.filter(id__in=ids.values()).values_list("id", "story_id"))
    predicted = {item: stories.get(pk) or ("alone", item) for item, pk in ids.items()}
    figures = {
        "articles": len(items),
        "stories_truth": len(set(truth.values())),
        "stories_found": len(set(predicted.values())),
        **bcubed(truth, predicted),
        "largest": purity_of_largest(truth, predicted),
    }
    if walk:
        figures["lists"] = walk_lists()
    return figures


def load_pairs(path: Path = PAIRS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_pairs(rows: list[dict] | None = None) -> dict:
    """Run every hand-written pair through the live path (alone, rolled back); score same/different."""
    from ingest.store import SlugIds
    from news.models import Article

    rows = rows if rows is not None else load_pairs()
    right, missed, merged = 0, [], []
    for row in rows:
        together = None
        try:
            with transaction.atomic():
                sources, slugs, found = {}, SlugIds(), []
                for n, side in enumerate(sorted((row["a"], row["b"]), key=lambda s: s["published"])):
                    source = _source(sources, f"{side['outlet']}-{n}", side["source_county"])
                    article = {
                        "url": f"https://pairs.invalid/{row['id']}/{n}",
                        "title": side["title"],
                        "text": side["text"],
                    }
                    found.append(store(article, source, datetime.fromisoformat(side["published"]), slugs))
                story = dict(Article.objects.filter(id__in=found).values_list("id", "story_id"))
                together = story[found[0]] is not None and story[found[0]] == story[found[1]]
                raise _Rollback
        except _Rollback:
            pass
        if together == row["same"]:
            right += 1
        elif row["same"]:
            missed.append(row["id"])
        else:
            merged.append(row["id"])
    templates = [pid for pid in merged if next(r for r in rows if r["id"] == pid)["kind"] in ("template", "headline")]
    return {
        "pairs": len(rows),
        "right": right,
        "accuracy": round(right / len(rows), 4) if rows else 1.0,
        "missed_same": missed,
        "merged_different": merged,
        "template_pairs_merged": len(templates),
    }
