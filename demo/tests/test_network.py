"""The demo network: determinism, ground truth, feeds, images, failure modes, visibility, text."""

import io
import itertools
import random
import urllib.error
import urllib.request
from collections import Counter
from datetime import timedelta

import feedparser
import pytest
from PIL import Image

from demo.server import serve_in_thread
from demo.tests.conftest import ANCHOR
from demo.world import World
from lib.text import fix_diacritics
from news.text import fold_words

TIMEOUT = 10


def get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def outlets(server):
    import json

    return {o["slug"]: o for o in json.loads(get(f"{server.base_url}/_outlets.json")[2])}


def test_it_serves_identical_bytes_for_the_same_seed(demo_server):
    truth = demo_server.truth()
    sample = [truth[0], truth[len(truth) // 2], truth[-1]]
    image_row = next(r for r in truth if r["has_image"])
    with serve_in_thread(seed=1, anchor=ANCHOR, slow_delay=0) as other:
        for row in sample + [image_row]:
            path = row["canonical_url"].removeprefix(demo_server.base_url)
            assert get(demo_server.base_url + path)[2] == get(other.base_url + path)[2].replace(
                other.base_url.encode(), demo_server.base_url.encode()
            )
        for outlet in outlets(demo_server).values():
            if outlet["failure_mode"]:
                continue
            mine = get(outlet["feed_url"])
            theirs = get(outlet["feed_url"].replace(demo_server.base_url, other.base_url))
            assert mine[2] == theirs[2].replace(other.base_url.encode(), demo_server.base_url.encode())
        world = demo_server.world
        article = next(a for a in world.articles if a.image)
        from demo.render import image_url

        url = image_url(article, "")
        assert get(demo_server.base_url + url)[2] == get(other.base_url + url)[2]


def test_it_writes_a_different_world_for_another_seed():
    one, two = World(1, ANCHOR), World(2, ANCHOR)
    assert [a.title for a in one.articles[:50]] != [a.title for a in two.articles[:50]]


def test_it_has_truth_for_every_served_item(demo_server):
    truth = demo_server.truth()
    known = {row["canonical_url"] for row in truth}
    roster = outlets(demo_server)
    assert len(roster) >= 44
    assert len({o["county"] for o in roster.values() if o["county"]}) >= 20
    assert sum(o["kind"] == "national" for o in roster.values()) >= 3
    assert any(o["kind"] == "agency" for o in roster.values())
    assert len(truth) >= 2000
    for slug, outlet in roster.items():
        if outlet["failure_mode"] in ("http_500", "malformed", "slow"):
            continue
        feed = feedparser.parse(get(outlet["feed_url"])[2])
        assert feed.entries, slug
        for entry in feed.entries:
            assert entry.link.split("?")[0] in known


def test_it_gives_truth_the_fields_ingest_needs(demo_server):
    row = demo_server.truth()[0]
    for key in (
        "outlet",
        "guid",
        "url",
        "canonical_url",
        "title",
        "county",
        "counties",
        "category",
        "story_id",
        "published",
        "places",
        "is_syndicated",
        "failure_mode",
    ):
        assert key in row
    from news.reference.categories import CATEGORIES

    slugs = {c.slug for c in CATEGORIES}
    assert {r["category"] for r in demo_server.truth()} <= slugs


def test_it_decodes_the_windows_1250_feed(demo_server):
    roster = outlets(demo_server)
    outlet = next(o for o in roster.values() if o["encoding"] == "windows-1250")
    status, headers, body = get(outlet["feed_url"])
    assert b'encoding="WINDOWS-1250"' in body[:60]
    assert "windows-1250" in headers["Content-Type"]
    feed = feedparser.parse(body)
    titles = {fix_diacritics(e.title) for e in feed.entries}
    truth = {r["title"] for r in demo_server.truth() if r["outlet"] == outlet["slug"]}
    assert titles <= truth
    text = " ".join(fix_diacritics(e.title + e.summary) for e in feed.entries)
    assert "ș" in text and "ț" in text and "ă" in text


def test_it_serves_full_text_in_some_feeds_only(demo_server):
    roster = outlets(demo_server)
    full = [o for o in roster.values() if o["full_content"]]
    assert len(full) >= 2
    feed = feedparser.parse(get(full[0]["feed_url"])[2])
    assert len(feed.entries[0].content[0].value) > len(feed.entries[0].summary)


def test_it_serves_decodable_images(demo_server):
    formats = set()
    for row in demo_server.truth()[:400]:
        if not row["has_image"]:
            continue
        article = demo_server.world.by_path[row["canonical_url"].removeprefix(demo_server.base_url)]
        from demo.render import image_url

        status, headers, body = get(image_url(article, demo_server.base_url))
        assert status == 200
        image = Image.open(io.BytesIO(body))
        image.load()
        assert (image.width, image.height) == article.image[:2]
        formats.add(image.format)
        if len(formats) == 3:
            break
    assert formats == {"JPEG", "PNG", "WEBP"}


def test_it_fails_the_way_the_roster_says(demo_server):
    roster = outlets(demo_server)
    by_mode = {o["failure_mode"]: o for o in roster.values() if o["failure_mode"]}
    assert get(by_mode["http_500"]["feed_url"])[0] == 500
    malformed = feedparser.parse(get(by_mode["malformed"]["feed_url"])[2])
    assert malformed.bozo
    request = urllib.request.Request(by_mode["redirect"]["feed_url"])
    opener = urllib.request.build_opener(NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as info:
        opener.open(request, timeout=TIMEOUT)
    assert info.value.code == 301
    assert feedparser.parse(get(by_mode["redirect"]["feed_url"])[2]).entries
    import time

    started = time.monotonic()
    assert get(by_mode["slow"]["feed_url"])[0] == 200
    assert time.monotonic() - started >= 0.9


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_it_answers_304_to_a_matching_etag(demo_server):
    outlet = outlets(demo_server)["gazeta-siretului"]
    status, headers, _ = get(outlet["feed_url"])
    assert status == 200
    assert get(outlet["feed_url"], {"If-None-Match": headers["ETag"]})[0] == 304
    assert get(outlet["feed_url"], {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert get(outlet["feed_url"], {"If-None-Match": '"other"'})[0] == 200


def test_it_publishes_items_as_time_passes_in_live_mode():
    clock = {"now": ANCHOR}
    with serve_in_thread(seed=1, anchor=ANCHOR, live=True, clock=lambda: clock["now"]) as server:
        before = len(server.truth())
        page = next(a for a in server.world.articles if ANCHOR < a.published <= ANCHOR + timedelta(hours=6))
        assert get(server.base_url + page.path)[0] == 404
        clock["now"] = ANCHOR + timedelta(hours=6)
        assert len(server.truth()) > before
        assert get(server.base_url + page.path)[0] == 200
    world = server.world
    assert min(a.published for a in world.articles) >= ANCHOR - timedelta(days=3)
    assert max(a.published for a in world.articles) <= ANCHOR + timedelta(days=1)


def test_it_hides_future_items_in_static_mode(demo_server):
    future = next(a for a in demo_server.world.articles if a.published > ANCHOR)
    assert get(demo_server.base_url + future.path)[0] == 404
    assert all(
        a.published <= ANCHOR
        for a in map(
            lambda r: demo_server.world.by_path[r["canonical_url"].removeprefix(demo_server.base_url)],
            demo_server.truth(),
        )
    )
    assert max(a.published for a in demo_server.world.articles if a.published <= ANCHOR) <= ANCHOR


def test_it_names_homonym_villages_with_county_evidence():
    world = World(1, ANCHOR)
    homonyms = [s for s in world.stories.values() if s.places and s.places[0].homonym]
    assert len(homonyms) >= 100
    story = homonyms[0]
    article = next(a for a in world.articles if a.story_id == story.id)
    text = article.title + " ".join(" ".join(p) for p in world.body(article.id))
    assert story.places[0].name in text
    two_county = [s for s in world.stories.values() if len(s.counties) == 2]
    assert two_county
    national = [s for s in world.stories.values() if s.county_code is None]
    assert national and all(p.passing for s in national for p in s.places)


def test_it_keeps_distinct_stories_apart_and_copies_close():
    world = World(1, ANCHOR)

    def shingles(article):
        words = fold_words(" ".join(" ".join(p) for p in world.body(article.id))).split()
        return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}

    def jaccard(a, b):
        return len(a & b) / len(a | b)

    first = {}
    for article in world.articles:
        if not world.stories[article.story_id].release:  # formulaic releases are alike on purpose
            first.setdefault(article.story_id, article)
    rng = random.Random(0)
    sample = rng.sample(list(first.values()), 150)
    sets = [shingles(a) for a in sample]
    scores = sorted(jaccard(sets[i], sets[j]) for i in range(len(sets)) for j in range(i + 1, len(sets)))
    # Unrelated stories share few 5-word runs: 99% of pairs under 0.15, none above 0.25
    # (the worst pairs are two stories of the same topic; measured max ~0.22 on seed 1).
    assert scores[int(len(scores) * 0.99)] < 0.15
    assert scores[-1] < 0.25
    copies = [a for a in world.articles if a.is_syndicated][:100]
    assert len(copies) == 100
    assert min(jaccard(shingles(c), shingles(world.agency_article(c.story_id))) for c in copies) > 0.5


def test_it_sends_formulaic_releases_to_several_counties_with_their_own_figures():
    world = World(1, ANCHOR)
    by_round = {}
    for article in world.articles:
        story = world.stories[article.story_id]
        if story.release:
            by_round.setdefault(story.release.split("|")[1], {}).setdefault(story.id, article)
    assert len(by_round) == 8
    for stories in by_round.values():
        firsts = list(stories.values())
        assert len({world.stories[a.story_id].county_code for a in firsts}) == len(firsts) >= 3
        texts = [fold_words(" ".join(" ".join(p) for p in world.body(a.id))).split() for a in firsts]
        grams = [{tuple(t[i : i + 5]) for i in range(len(t) - 4)} for t in texts]
        # One template: the releases of a round share most 5-word runs, yet each is another event.
        assert min(len(a & b) / len(a | b) for i, a in enumerate(grams) for b in grams[i + 1 :]) > 0.2
        assert len({" ".join(t) for t in texts}) == len(texts)
    bare = [a for a in world.articles if world.stories[a.story_id].release.endswith("|1")]
    assert len({a.title for a in bare}) < len({a.story_id for a in bare})  # one headline, several events


def test_it_has_events_retold_by_a_neighbouring_county_the_next_day():
    world = World(1, ANCHOR)
    retold = 0
    for story_id, articles in itertools.groupby(
        sorted(world.articles, key=lambda a: (a.story_id, a.published)), key=lambda a: a.story_id
    ):
        articles = list(articles)
        story = world.stories[story_id]
        late = [
            a
            for a in articles
            if a.published - articles[0].published >= timedelta(hours=20)
            and world.outlet_by_slug[a.outlet].county_code not in (None, story.county_code)
        ]
        retold += bool(late and not story.release)
    assert retold >= 10


def test_it_writes_articles_of_reasonable_length():
    world = World(1, ANCHOR)
    words = [sum(len(s.split()) for p in world.body(a.id) for s in p) for a in world.articles[:300]]
    assert 140 <= sorted(words)[len(words) // 2] <= 600
    paragraphs = Counter(len(world.body(a.id)) for a in world.articles[:300])
    assert min(paragraphs) >= 3 and max(paragraphs) <= 10


def test_it_serves_pages_with_canonical_and_clutter(demo_server):
    layouts = set()
    for slug, outlet in list(outlets(demo_server).items()):
        article = demo_server.world.visible(slug, ANCHOR)[0]
        status, headers, body = get(demo_server.base_url + article.path)
        assert status == 200
        html = body.decode(outlet["encoding"])
        assert f'<link rel="canonical" href="{demo_server.base_url}{article.path}">' in html
        assert "cookie-banner" in html and "<script" in html and 'property="og:title"' in html
        layouts.add(outlet["layout"])
    assert len(layouts) >= 5


def test_it_builds_the_world_quickly():
    import time

    started = time.process_time()  # CPU time: the machine may be busy, and tests never read the wall clock
    World(3, ANCHOR)
    assert time.process_time() - started < 3
