"""Build the demo World from a seed: stories, every outlet's articles, and their ground truth.

Only facts and headlines are made up front (fast, small); article bodies are written on
request from the article's own seed, so the same seed and anchor always give the same bytes.
"""

import collections
import functools
import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from demo import hungarian, releases
from demo import outlets as O
from demo.addresses import article_guid, article_url, feed_link
from demo.facts import Place, make_facts
from demo.places import neighbours, pick_place
from demo.records import Article, Story
from demo.stories import LOCAL_TOPICS, republish, write_body, write_title
from demo.vocabulary import CATEGORY_PATHS, FEMALE_FIRST, LAST_NAMES, MALE_FIRST, MONTHS, WEEKDAYS
from news.reference.counties import COUNTIES, COUNTY_BY_CODE
from news.text import slugify_ro

BUCHAREST = ZoneInfo("Europe/Bucharest")
WINDOW_BEFORE, WINDOW_AFTER = timedelta(days=3), timedelta(days=1)
# Local desks write mostly about accidents and the town hall; weights are a rough newsroom mix.
LOCAL_WEIGHTS = {
    "eveniment": 18,
    "administratie": 14,
    "actualitate": 8,
    "social": 9,
    "justitie": 7,
    "sanatate": 8,
    "educatie": 7,
    "economie": 8,
    "cultura": 6,
    "sport": 8,
    "politica": 5,
    "meteo": 3,
    "tehnologie": 3,
}
RELEASE_ROUNDS = 2  # per kind: the second round repeats some counties of the first, other figures
RETOLD_ELSEWHERE = 15  # local events an outlet of a neighbouring county tells the next day


def default_anchor(today: datetime | None = None) -> datetime:
    """Return today 00:00 in Bucharest: two runs on the same day give the same world."""
    now = (today or datetime.now(BUCHAREST)).astimezone(BUCHAREST)
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


class World:
    """Every outlet's articles for one seed and anchor, with ground truth."""

    def __init__(self, seed: int = 1, anchor: datetime | None = None):
        self.seed = seed
        self.anchor = (anchor or default_anchor()).astimezone(BUCHAREST)
        self.start, self.end = self.anchor - WINDOW_BEFORE, self.anchor + WINDOW_AFTER
        self.outlets = O.ROSTER + hungarian.outlets(O._make)
        self.outlet_by_slug = {o.slug: o for o in self.outlets}
        self.stories: dict[str, Story] = {}
        self.articles: list[Article] = []
        self._facts: dict[str, dict[str, str]] = {}
        self._release_first: dict[str, int] = {}  # a release story's first article (the unedited copy)
        self._build()
        self.by_path = {a.path: a for a in self.articles}
        self.by_id = {a.id: a for a in self.articles}
        self.by_outlet: dict[str, list[Article]] = collections.defaultdict(list)
        for article in self.articles:
            self.by_outlet[article.outlet].append(article)
        for items in self.by_outlet.values():
            items.sort(key=lambda a: (a.published, a.id), reverse=True)

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        rng = random.Random(f"demo-world:{self.seed}")
        days = (self.end - self.start) / timedelta(days=1)
        quota = {o.slug: max(1, round(o.per_day * days * rng.uniform(0.85, 1.15))) for o in O.ROSTER}
        planned: list[tuple[str, str, bool, int]] = []  # outlet, story id, syndicated, delay minutes
        local = [o for o in O.ROSTER if o.kind == "outlet"]
        national = [o for o in O.ROSTER if o.kind == "national"]
        by_county = collections.defaultdict(list)
        for o in local:
            by_county[o.county_code].append(o)

        def take(outlet: O.Outlet, story_id: str, syndicated: bool, delay: int) -> None:
            if quota[outlet.slug] > 0:
                quota[outlet.slug] -= 1
                planned.append((outlet.slug, story_id, syndicated, delay))

        # 1. The agency's wire: national news and county news, republished by others.
        for _ in range(quota[O.AGENCY_SLUG]):
            if rng.random() < 0.45:
                story = self._new_story(rng, None)
                readers = rng.sample(national + local, k=rng.randint(1, 4))
            else:
                code = rng.choice(sorted(by_county))
                story = self._new_story(rng, code)
                readers = by_county[code] + ([rng.choice(national)] if rng.random() < 0.2 else [])
            planned.append((O.AGENCY_SLUG, story.id, False, 0))
            quota[O.AGENCY_SLUG] -= 1
            for reader in readers:
                if rng.random() < 0.8:
                    take(reader, story.id, True, rng.randint(8, 240))
        # 2. Events several outlets of one county report independently.
        for code, group in sorted(by_county.items()):
            if len(group) < 2:
                continue
            for _ in range(sum(quota[o.slug] for o in group) // 6):
                story = self._new_story(rng, code, sport_only=False)
                for reporter in rng.sample(group, k=rng.randint(2, len(group))):
                    if reporter.default_category is None:
                        take(reporter, story.id, False, rng.randint(0, 300))
        # 3. National outlets: national news (some shared) and news from any county.
        for outlet in national:
            while quota[outlet.slug] > 0:
                if rng.random() < 0.35:
                    story = self._new_story(rng, None)
                    for reporter in [outlet] + ([rng.choice(national)] if rng.random() < 0.3 else []):
                        take(reporter, story.id, False, rng.randint(0, 300))
                else:
                    code = rng.choice([c.code for c in COUNTIES if c.code != "B"])
                    take(outlet, self._new_story(rng, code).id, False, rng.randint(0, 120))
        # 4. The hard cases of clustering, drawn from their own random stream.
        self._releases(by_county, take)
        # 5. Every local outlet fills its day with its own county's news.
        for outlet in local:
            while quota[outlet.slug] > 0:
                story = self._new_story(rng, outlet.county_code, sport_only=outlet.default_category == "sport")
                take(outlet, story.id, False, rng.randint(0, 60))
        self._make_articles(planned)
        # 6. The Hungarian outlets and their Romanian twins, after the rest: its articles keep their numbers.
        self._make_articles(hungarian.plan(self, self._hungarian_story), first=len(self.articles) + 1)

    def _hungarian_story(self, rng: random.Random, code: str, category: str, main, second) -> Story:
        story_id = f"s{len(self.stories) + 1:05d}"
        time = self.start + timedelta(minutes=rng.randrange(int((self.end - self.start).total_seconds() // 60)))
        story = Story(story_id, category, hungarian.TOPIC, code, (main, second), time)
        self.stories[story_id] = story
        self._facts[story_id] = make_facts(rng, category, main, second, COUNTY_BY_CODE[code].seat, self._weekday(time))
        return story

    def _releases(self, by_county: dict, take) -> None:
        """Formulaic releases for several counties per round, and events retold across counties and days."""
        rng = random.Random(f"demo-releases:{self.seed}")
        codes = sorted(code for code, group in by_county.items() if any(o.default_category is None for o in group))
        hours = int((self.end - self.start) / timedelta(hours=1))
        for kind in sorted(releases.KINDS):
            previous: list[str] = []
            for round_no in range(RELEASE_ROUNDS):
                round_key = f"{self.seed}:{kind}:{round_no}"
                when = self.start + timedelta(hours=rng.randint(6, hours - 30))
                chosen = previous[:2] + rng.sample([c for c in codes if c not in previous], k=rng.randint(3, 5))
                for code in chosen:
                    story = self._release_story(
                        rng, kind, round_key, round_no == 1, code, when + timedelta(minutes=rng.randint(0, 90))
                    )
                    group = [o for o in by_county[code] if o.default_category is None]
                    for reporter in rng.sample(group, k=rng.randint(1, len(group))):
                        take(reporter, story.id, False, rng.randint(5, 180))
                previous = chosen
        events = [s for s in self.stories.values() if s.county_code and not s.release and s.category != "sport"]
        for story in rng.sample(events, k=min(RETOLD_ELSEWHERE, len(events))):
            nearby = [
                o
                for code in neighbours(story.county_code)
                for o in by_county.get(code, ())
                if o.default_category is None
            ]
            if nearby:
                take(rng.choice(nearby), story.id, False, rng.randint(20 * 60, 30 * 60))

    def _release_story(
        self, rng: random.Random, kind: str, round_key: str, bare: bool, code: str, time: datetime
    ) -> Story:
        story_id = f"s{len(self.stories) + 1:05d}"
        main = pick_place(rng, code)
        second = pick_place(rng, code, exclude=main.name)
        category = releases.KINDS[kind]["category"]
        facts = make_facts(rng, category, main, second, COUNTY_BY_CODE[code].seat, self._weekday(time))
        facts = releases.with_round({**facts, **releases.release_facts(rng, kind)}, kind, round_key)
        story = Story(story_id, category, "release", code, (main, second), time, f"{kind}|{round_key}|{int(bare)}")
        self.stories[story_id] = story
        self._facts[story_id] = facts
        return story

    def _new_story(self, rng: random.Random, code: str | None, sport_only: bool = False) -> Story:
        story_id = f"s{len(self.stories) + 1:05d}"
        time = self.start + timedelta(minutes=rng.randrange(int((self.end - self.start).total_seconds() // 60)))
        if code is None:
            category = rng.choice(("politica", "politica", "externe", "externe", "externe"))
            topic = {"politica": "government", "externe": "abroad"}[category]
            seat = rng.choice([c for c in COUNTIES if c.code != "B"])
            passing = Place(0, seat.seat, seat.code, 3, passing=True)
            places: tuple[Place, ...] = (passing,)
            facts = make_facts(rng, category, None, None, seat.seat, self._weekday(time))
        else:
            category = "sport" if sport_only else rng.choices(list(LOCAL_WEIGHTS), list(LOCAL_WEIGHTS.values()))[0]
            topic = rng.choice(LOCAL_TOPICS[category])
            main = pick_place(rng, code)
            second_code = rng.choice(neighbours(code)) if rng.random() < 0.08 else code
            second = pick_place(rng, second_code, exclude=main.name)
            places = (main, second)
            facts = make_facts(rng, category, main, second, COUNTY_BY_CODE[code].seat, self._weekday(time))
        story = Story(story_id, category, topic, code, places, time)
        self.stories[story_id] = story
        self._facts[story_id] = facts
        return story

    def _weekday(self, time: datetime) -> str:
        return WEEKDAYS[time.astimezone(BUCHAREST).weekday()]

    def _make_articles(self, planned: list[tuple[str, str, bool, int]], first: int = 1) -> None:
        rows = []
        for slug, story_id, syndicated, delay in planned:
            story = self.stories[story_id]
            published = min(self.end, story.time + timedelta(minutes=delay))
            rows.append((published, slug, story_id, syndicated))
        rows.sort()
        seen_paths: set[str] = set()
        for index, (published, slug, story_id, syndicated) in enumerate(rows, start=first):
            outlet = self.outlet_by_slug[slug]
            story = self.stories[story_id]
            rng = random.Random(f"demo-article:{self.seed}:{index}")
            if story.release:
                kind, round_key, bare = story.release.split("|")
                first = story_id not in self._release_first
                self._release_first.setdefault(story_id, index)
                title = releases.title(
                    kind, round_key, bare == "1", self._facts[story_id], rng, own=not first and rng.random() < 0.3
                )
            elif story.topic == hungarian.TOPIC:
                title = hungarian.title(story, self._facts[story_id], outlet.language, rng)
            else:
                title = write_title(story.category, story.topic, self._facts[story_id], rng)
            author = self._author(outlet, rng)
            image, caption = self._image(outlet, story, rng)
            path = self._path(outlet, index, title, story.category, published)
            if path in seen_paths:  # same headline on the same day: sites add a number, so do we
                path = path.rstrip("/") + f"-{index}/"
            seen_paths.add(path)
            self.articles.append(
                Article(index, slug, story_id, published, title, path, syndicated, author, image, caption)
            )

    def _author(self, outlet: O.Outlet, rng: random.Random) -> str:
        if not outlet.authors or rng.random() < 0.15:
            return ""
        pool = random.Random(f"demo-authors:{outlet.slug}")
        names = [f"{pool.choice(MALE_FIRST + FEMALE_FIRST)} {pool.choice(LAST_NAMES)}" for _ in range(5)]
        return rng.choice(names)

    def _image(self, outlet: O.Outlet, story: Story, rng: random.Random) -> tuple[tuple[int, int, str] | None, str]:
        if outlet.images == "none" or rng.random() < 0.12:
            return None, ""
        width = rng.randrange(320, 1201, 40)
        height = int(width * rng.choice((0.5625, 0.66, 0.75)))
        ext = {"jpeg": "jpg", "png": "png", "webp": "webp"}[outlet.image_format]
        place = next((p.name for p in story.places if not p.passing), None)
        caption = (
            rng.choice(
                (
                    f"Imagine din {place}",
                    f"{place}, imagine de arhivă",
                    "Fotografie de arhivă",
                    "Sursa foto: arhiva redacției",
                )
            )
            if place
            else "Fotografie de arhivă"
        )
        if rng.random() < 0.2:
            caption = ""
        return (width, height, ext), caption

    def _path(self, outlet: O.Outlet, index: int, title: str, category: str, published: datetime) -> str:
        slug = slugify_ro(title)[:80].rstrip("-")
        local = published.astimezone(BUCHAREST)
        section = (hungarian.SECTIONS if outlet.language == "hu" else CATEGORY_PATHS)[category]
        return (
            f"/{outlet.slug}"
            + {
                "dated": f"/{local:%Y/%m/%d}/{slug}/",
                "stiri": f"/stiri/{index}-{slug}.html",
                "section": f"/{section}/{slug}-{index}",
                "joomla": f"/index.php/{section}/{index}-{slug}",
                "news": f"/news/{section}/{slug}-{index}.html",
            }[outlet.url_scheme]
        )

    # -- reading --------------------------------------------------------------------------
    def facts(self, story_id: str) -> dict[str, str]:
        return self._facts[story_id]

    @functools.lru_cache(maxsize=4096)
    def body(self, article_id: int) -> tuple[tuple[str, ...], ...]:
        """Return the article's paragraphs, written on first request."""
        article = self.by_id[article_id]
        story = self.stories[article.story_id]
        facts = self._facts[story.id]
        rng = random.Random(f"demo-body:{self.seed}:{article_id}")
        if story.release:
            kind, round_key, _ = story.release.split("|")
            paragraphs = releases.body(kind, round_key, facts, rng, edited=self._release_first[story.id] != article_id)
        elif story.topic == hungarian.TOPIC:
            paragraphs = hungarian.body(story, facts, self.outlet_by_slug[article.outlet].language, rng)
        elif article.is_syndicated:
            original = self.agency_article(story.id)
            paragraphs = republish(
                [list(p) for p in self.body(original.id)],
                O.AGENCY_NAME,
                O.AGENCY_GEN,
                story.category,
                story.topic,
                facts,
                rng,
            )
        else:
            paragraphs = write_body(story.category, story.topic, facts, rng)
            if article.outlet == O.AGENCY_SLUG and story.county_code:
                local = article.published.astimezone(BUCHAREST)
                dateline = f"{COUNTY_BY_CODE[story.county_code].seat}, {local.day} {_month(local)} /{O.AGENCY_NAME}/ – "
                paragraphs[0][0] = dateline + paragraphs[0][0]
        return tuple(tuple(p) for p in paragraphs)

    def agency_article(self, story_id: str) -> Article:
        return next(a for a in self.by_outlet[O.AGENCY_SLUG] if a.story_id == story_id)

    def visible(self, outlet_slug: str, cutoff: datetime) -> list[Article]:
        """Return the outlet's articles published by cutoff, newest first."""
        return [a for a in self.by_outlet[outlet_slug] if a.published <= cutoff]

    def truth(self, base_url: str = "", cutoff: datetime | None = None) -> list[dict]:
        """Return the ground truth of every article (published by cutoff, if given)."""
        rows = []
        for article in self.articles:
            if cutoff is not None and article.published > cutoff:
                continue
            outlet = self.outlet_by_slug[article.outlet]
            story = self.stories[article.story_id]
            rows.append(
                {
                    "outlet": outlet.slug,
                    "guid": article_guid(outlet, article, base_url),
                    "url": feed_link(outlet, article, base_url),
                    "canonical_url": article_url(article, base_url),
                    "title": article.title,
                    "county": COUNTY_BY_CODE[story.county_code].slug if story.county_code else None,
                    "counties": [COUNTY_BY_CODE[c].slug for c in story.counties],
                    "category": story.category,
                    "story_id": story.id,
                    "published": article.published.isoformat(),
                    "places": [
                        {
                            "name": p.name,
                            "county": COUNTY_BY_CODE[p.county_code].slug,
                            "siruta": p.siruta,
                            "homonym": p.homonym,
                            "passing": p.passing,
                        }
                        for p in story.places
                    ],
                    "is_syndicated": article.is_syndicated,
                    "author": article.author,
                    "has_image": article.image is not None,
                    "failure_mode": outlet.failure_mode,
                    "legacy_cedilla": outlet.legacy_cedilla,
                    "encoding": outlet.encoding,
                }
            )
        return rows


def _month(local: datetime) -> str:
    return MONTHS[local.month - 1]


@functools.lru_cache(maxsize=8)
def build_world(seed: int = 1, anchor: datetime | None = None) -> World:
    """Return the (cached) World for a seed and anchor."""
    return World(seed, anchor)
