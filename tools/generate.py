"""Synthetic Romanian articles in bulk, for benchmarks and demos: `gazeta generate --articles N`.

Words are drawn from a Zipfian vocabulary (rank r has weight 1/r), so word classes exist as in
real news text: function words in every article, a head of very common content words
("județul", "primăria"), a long tail, and place names from the gazetteer as the rarest words.
Rows go in with raw executemany in batches and explicit ids (stories need their articles'
ids before they exist); the search index follows through its triggers.
"""

import datetime as dt
import itertools
import math
import random
import time
from dataclasses import dataclass

import numpy as np
from django.db import connection, transaction
from django.utils import timezone

from news.models import Article, ArticlePlace, Author, Category, County, Locality, Source, Story
from news.reference.categories import CATEGORIES
from news.text import slugify_ro

HOST = "generat.example"  # .example is reserved: generated links can never reach a real site
FUNCTION_WORDS = (
    "de în la și a din pe cu că care pentru să nu se au o un este mai fost iar după sunt va "
    "vor până prin despre ale al lui fi acest această fără între peste aproape dar sau ca "
    "și cei cele cel unei unui tot doar deja încă astfel"
).split()
# Content words, most frequent first; each noun comes with its inflected forms, so stemming
# has real work to do. Invented for this project from everyday local-news language.
NOUNS = (
    "județ primărie primar oraș consiliu spital drum polițist elev școală proiect an lună zi "
    "ministru guvern lege bani investiție localitate comună sat stradă accident incendiu "
    "pompier medic pacient profesor părinte copil teren apă gaz curent autobuz tren pod "
    "parc clădire locuință familie om femeie bărbat tânăr angajat firmă fabrică magazin "
    "piață preț salariu pensie buget impozit taxă contract lucrare licitație instanță "
    "dosar procuror judecător anchetă amendă control inspector vânzător client turist "
    "festival concert spectacol teatru muzeu bibliotecă carte meci echipă jucător antrenor "
    "campionat stadion sală competiție victorie furtună ploaie ninsoare temperatură "
    "inundație cod avertizare recoltă fermier animal pădure râu lac munte deal vale"
).split()
VERBS = (
    "a anunțat a spus a declarat au fost a fost vor fi a precizat au ajuns a explicat a "
    "primit au început a decis a cerut a afirmat au intervenit a transmis au găsit a "
    "aprobat au votat a deschis a câștigat a pierdut au reparat au construit a semnat "
    "urmează continuă începe rămâne ajunge trebuie poate pot are au"
).split()
ADJECTIVES = (
    "local nou mare mic important județean public social medical școlar național "
    "european vechi modern greu ușor bun rău grav principal central rural urban "
    "primul ultimul următor întreg puternic scump ieftin"
).split()
NOUN_ENDINGS = {
    "ă": ("a", "ei", "e", "ele", "elor"),
    "e": ("a", "ei", "i", "ile", "ilor"),
    "": ("ul", "ului", "e", "ele", "elor"),
}
CATEGORY_WORDS = {  # a few words each category uses more than the others
    "sport": "meciul echipa golul antrenorul campionatul jucătorii stadionul victoria",
    "sanatate": "spitalul medicii pacienții tratamentul secția urgențe vaccinul asistentele",
    "justitie": "instanța procurorii dosarul sentința inculpatul ancheta avocatul pedeapsa",
    "educatie": "elevii școala profesorii examenul bacalaureatul liceul cursurile studenții",
    "economie": "firma investiția salariile prețurile exportul afacerile bugetul inflația",
    "meteo": "ploile ninsorile temperaturile codul vântul furtuna grindina caniculă",
    "politica": "partidul alegerile deputații senatorii coaliția candidatul votul mandatul",
    "cultura": "festivalul concertul spectacolul teatrul expoziția muzeul cartea artiștii",
}


PLACE_WEIGHT = 0.07


@dataclass
class Report:
    created: int
    total: int
    seconds: float


def inflect(noun: str) -> list[str]:
    """Return a noun with its definite, plural and oblique forms (regular patterns only)."""
    for ending, forms in NOUN_ENDINGS.items():
        if ending and noun.endswith(ending):
            stem = noun[: -len(ending)]
            return [noun] + [stem + form for form in forms]
    return [noun] + [noun + form for form in NOUN_ENDINGS[""]]


def vocabulary(rng: np.random.Generator) -> list[str]:
    """Return the content vocabulary in Zipf rank order (function words are drawn apart)."""
    words = [form for noun in NOUNS for form in inflect(noun)] + VERBS + ADJECTIVES
    words += [w for text in CATEGORY_WORDS.values() for w in text.split()]
    rng.shuffle(words)
    return list(dict.fromkeys(words))


class Writer:
    """Draws sentences from the vocabulary with a Zipfian rank distribution."""

    POOL = 1_000_000  # words drawn per numpy call: per-sentence calls cost more than the words

    def __init__(self, rng: np.random.Generator, rnd: random.Random, places: list[str]):
        self.rng, self.rnd = rng, rnd
        common = vocabulary(rng)
        words = common + places
        weights = 1.0 / np.arange(1, len(words) + 1)
        # Place names are the rare tail: scaled so about 2% of content words are places.
        weights[len(common) :] *= PLACE_WEIGHT
        self.words = np.array(words, dtype=object)
        self.cdf = np.cumsum(weights / weights.sum())
        self.cdf[-1] = 1.0
        self.function = np.array(FUNCTION_WORDS, dtype=object)
        self.pool, self.position = [], 0

    def _refill(self) -> None:
        """Draw the next pool: about 40% function words, the rest Zipfian content words."""
        n = self.POOL
        content = self.words[np.searchsorted(self.cdf, self.rng.random(n), side="right")]
        glue = self.function[self.rng.integers(0, len(self.function), n)]
        self.pool, self.position = np.where(self.rng.random(n) < 0.4, glue, content).tolist(), 0

    def draw(self, n: int) -> list[str]:
        if self.position + n > len(self.pool):
            self._refill()
        words = self.pool[self.position : self.position + n]
        self.position += n
        return words

    def sentence(self, n: int, extra=()) -> str:
        words = self.draw(n)
        for word in extra:
            words[self.rnd.randrange(1, len(words))] = word
        return words[0].capitalize() + " " + " ".join(words[1:]) + "."

    def paragraphs(self, word_count: int, extra) -> list[str]:
        paragraphs, left, randint = [], word_count, self.rnd.randint
        while left >= 4:
            sentences = []
            for _ in range(randint(2, 4)):
                n = min(left, randint(8, 23))
                if n < 4:
                    break
                sentences.append(self.sentence(n, extra if not paragraphs and not sentences else ()))
                left -= n
            if not sentences:
                break
            paragraphs.append(" ".join(sentences))
        return paragraphs


def ensure_world() -> dict:
    """Create reference data and the generated outlets and authors when missing; return ids."""
    if County.objects.count() < 42 or Category.objects.count() < len(CATEGORIES):
        from news.reference.load import load_reference

        load_reference()
    counties = list(County.objects.order_by("id").values_list("id", "slug", "name"))
    for county_id, slug, name in counties:
        for n in (1, 2, 3):
            source, _ = Source.objects.get_or_create(
                slug=f"generat-{slug}-{n}",
                defaults={
                    "name": f"Gazeta generată {name} {n}",
                    "county_id": county_id,
                    "homepage": f"https://{slug}-{n}.{HOST}/",
                    "enabled": False,
                },
            )
            for k in (1, 2):
                Author.objects.get_or_create(
                    slug=f"{source.slug}-autor-{k}", defaults={"name": f"Autor {k} {source.name}", "source": source}
                )
    sources = list(Source.objects.filter(slug__startswith="generat-").values_list("id", "slug", "county_id"))
    authors = {}
    for author_id, source_id, name in Author.objects.filter(source_id__in=[s[0] for s in sources]).values_list(
        "id", "source_id", "name"
    ):
        authors.setdefault(source_id, []).append((author_id, name))
    categories = list(Category.objects.order_by("position").values_list("id", "slug"))
    places = {}
    for county_id, name, pk, commune_id in Locality.objects.filter(rank__gte=1).values_list(
        "county_id", "name", "id", "commune_id"
    ):
        places.setdefault(county_id, []).append((name, pk, commune_id or pk))
    return {
        "counties": counties,
        "sources": sources,
        "authors": authors,
        "places": places,
        "categories": categories,
        # Some categories fill more of the news than others: weight 1/rank^0.7.
        "category_weights": list(itertools.accumulate(1 / (i + 1) ** 0.7 for i in range(len(categories)))),
    }


def _columns(model) -> list:
    return [f for f in model._meta.concrete_fields]


def _insert(model, rows: list[dict]) -> None:
    """Insert rows with one executemany; fields a row lacks take the model's default."""
    if not rows:
        return
    # An auto id left out lets the database number the row (PostgreSQL refuses an explicit NULL).
    fields = [f for f in _columns(model) if f.attname in rows[0] or not f.primary_key]
    names = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    defaults = [f.get_db_prep_save(f.get_default(), connection) for f in fields]
    keys = [f.attname for f in fields]
    on_sqlite = connection.vendor == "sqlite"
    values = []
    for row in rows:
        record = []
        for key, default in zip(keys, defaults):
            value = row.get(key, default) if key in row else default
            if on_sqlite and isinstance(value, dt.datetime):  # Django's SQLite format: naive UTC
                value = value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
            record.append(value)
        values.append(record)
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {model._meta.db_table} ({names}) VALUES ({marks})", values)


def _next_id(model) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {model._meta.db_table}")
        return cursor.fetchone()[0] + 1


def _reset_sequences() -> None:
    """Move PostgreSQL's id sequences past the explicit ids written here."""
    from django.core.management.color import no_style

    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [Article, Story]):
            cursor.execute(sql)


def generate(articles: int, seed: int = 1, batch: int = 5000, progress=None) -> Report:
    """Top the database up to `articles` articles with synthetic ones; return what was done."""
    started = time.monotonic()
    existing = Article.objects.count()
    missing = max(0, articles - existing)
    if not missing:
        return Report(0, existing, 0.0)
    world = ensure_world()
    rng, rnd = np.random.default_rng([seed, existing]), random.Random(f"{seed}-{existing}")
    all_places = sorted({p[0] for names in world["places"].values() for p in names})
    writer = Writer(rng, rnd, all_places)
    now = timezone.now().replace(microsecond=0)
    latest = (
        Article.objects.filter(source__slug__startswith="generat-")
        .order_by("-published_at")
        .values_list("published_at", flat=True)
        .first()
    )
    start = latest + dt.timedelta(seconds=1) if latest and latest < now else now - dt.timedelta(minutes=missing)
    step = max((now - start).total_seconds() / missing, 0.001)
    article_id, story_id, done = _next_id(Article), _next_id(Story), 0
    while done < missing:
        size = min(batch, missing - done)
        stories, rows, extra_counties, place_rows = [], [], [], []
        position = done
        while len(rows) < size:
            copies = 1 if rnd.random() < 0.7 else rnd.randint(2, 5)
            copies = min(copies, size - len(rows))
            stories.append(
                _story(story_id, rows, writer, rnd, world, start, step, position, copies, article_id, place_rows)
            )
            for row in rows[-copies:]:
                if rnd.random() < 0.03 and row["county_id"]:
                    other = rnd.choice(world["counties"])[0]
                    if other != row["county_id"]:
                        extra_counties.append({"article_id": row["id"], "county_id": other})
            article_id += copies
            story_id += 1
            position += copies
        with transaction.atomic():
            _insert(Story, [dict(s, representative_id=None) for s in stories])
            _insert(Article, rows)
            _insert(Article.other_counties.through, extra_counties)
            _insert(ArticlePlace, place_rows)
            with connection.cursor() as cursor:  # representatives exist now
                cursor.executemany(
                    "UPDATE news_story SET representative_id = %s WHERE id = %s",
                    [(s["representative_id"], s["id"]) for s in stories],
                )
        done += size
        if progress:
            progress(done, missing)
    if connection.vendor == "postgresql":
        _reset_sequences()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return Report(missing, existing + missing, time.monotonic() - started)


def _story(story_id, rows, writer, rnd, world, start, step, position, copies, first_id, place_rows) -> dict:
    """Append the articles of one story (an original and its syndicated copies) to rows, their place to place_rows."""
    source_id, source_slug, county_id = rnd.choice(world["sources"])
    category_id, category_slug = rnd.choices(world["categories"], cum_weights=world["category_weights"])[0]
    places = world["places"].get(county_id) or [("Centru", None, None)]
    place, place_id, commune_id = rnd.choice(places)
    topic = CATEGORY_WORDS.get(category_slug, "").split()
    extra = [rnd.choice(topic)] if topic else []
    title = writer.sentence(rnd.randint(6, 11), [place] + extra).rstrip(".")
    lead = writer.sentence(rnd.randint(22, 37), [place])
    published = start + dt.timedelta(seconds=step * position)
    ids = []
    for copy in range(copies):
        if copy:
            source_id, source_slug, _ = rnd.choice(world["sources"])
        article_id = rows[-1]["id"] + 1 if rows else first_id
        words = int(min(max(rnd.lognormvariate(5.3, 0.45), 60), 1200))
        paragraphs = writer.paragraphs(words, [place] + extra)
        text = "\n\n".join(paragraphs)
        slug = slugify_ro(title)[:120]
        author_id, author_name = world["authors"][source_id][copy % 2]
        when = published + dt.timedelta(seconds=step * copy)
        rows.append(
            {
                "id": article_id,
                "source_id": source_id,
                "guid": f"{source_slug}/{article_id}",
                "url": f"https://{source_slug}.{HOST}/stiri/{slug}-{article_id}",
                "title": title,
                "slug": slug,
                "lead": lead,
                "body_html": "".join(f"<p>{p}</p>" for p in paragraphs),
                "text": text,
                "snippet": _snippet(lead + " " + text),
                "author_id": author_id,
                "author_name": author_name,
                "published_at": when,
                "fetched_at": when + dt.timedelta(minutes=3),
                "created_at": when,
                "modified_at": when,
                "updated_at": when + dt.timedelta(hours=2) if rnd.random() < 0.2 else None,
                "reading_minutes": max(1, math.ceil(words / 200)),
                "word_count": words,
                "county_id": county_id,
                "geo_confidence": 0.9,
                "category_id": category_id,
                "story_id": story_id,
                "status": Article.HIDDEN if rnd.random() < 0.005 else Article.PUBLISHED,
                "extraction": "generat",
            }
        )
        ids.append(article_id)
        if place_id:
            place_rows.append(
                {
                    "article_id": article_id,
                    "locality_id": place_id,
                    "commune_id": commune_id,
                    "county_id": county_id,
                    "published_at": when,
                }
            )
    last = rows[-1]["published_at"]
    return {
        "id": story_id,
        "title": title,
        "county_id": county_id,
        "representative_id": ids[0],
        "article_count": copies,
        "source_count": copies,
        "first_published_at": published,
        "last_published_at": last,
        "created_at": published,
    }


def _snippet(text: str, limit: int = 400) -> str:
    """Return about `limit` characters of text, cut at a word."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"
