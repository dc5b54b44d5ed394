"""Cluster: fold an article into the story it tells, justified against the story's core.

The cascade, for one saved article (cost bounded by indexes, never a scan of all articles):
1. exact duplicate: another article with the same fingerprint joins its story;
2. syndicated copy: MinHash LSH band keys (the newest BAND_ROWS rows of each) find candidates;
3. same event told independently: the articles of the same county within EVENT_WINDOW whose
   specifics (stories.event) match;
4. a candidate story is joined only when the article agrees with the story's core (its
   representative or its first article), so a chain of weak links (A≈B, B≈C, A≉C) never
   grows a story; a story at STORY_CAP takes no more articles without an editor;
5. otherwise a new story. The story then recounts its articles and outlets and picks its
   representative: own newsroom first, then an outlet of the story's county, then the earliest.
"""

import logging
from collections import Counter
from datetime import timedelta

from django.db import connection, transaction
from django.utils import timezone

from lib.rawsql import to_db
from news.models import Article, Story
from stories import event, minhash
from stories.models import ArticleBand, ArticleSignature

log = logging.getLogger(__name__)

MAX_CANDIDATES = 20
# A runaway feed may send one release thousands of times: each band key then has thousands of
# rows, so only the newest BAND_ROWS of each key are read (copies arrive close together).
BAND_ROWS = 40
SYNDICATION_WINDOW = timedelta(days=4)  # copies of one text arrive within days
EVENT_WINDOW = timedelta(hours=36)
EVENT_MAX_NEIGHBOURS = 400  # newest signatures of the county in the window that are compared
MAX_COUNTIES = 4  # an article's own county and up to three more it is about or names places in
MAX_STORIES_TRIED = 6  # candidate stories checked against their core, best evidence first
# The biggest demo stories have 10 articles and a national event rarely has 100 outlets; past
# this, articles that would join start a new story instead (an editor can merge them).
STORY_CAP = 150
SIGNATURE_CHARS = 20_000  # a 2 MB text is hashed on its start: copies agree there too


def _text_of(article: Article) -> str:
    return (article.text or article.lead or article.title)[:SIGNATURE_CHARS]


# The hot queries of clustering, written as SQL: each runs once or twice per stored article,
# and building them through the ORM (and model rows from their results) cost more than the
# queries themselves. Every one reads through an index (fingerprint, band key, the signature's
# county and date, the article's story).
_ARTICLE, _STORY = Article._meta.db_table, Story._meta.db_table
_SIGNATURE, _BAND = ArticleSignature._meta.db_table, ArticleBand._meta.db_table
_TWIN = (
    f"SELECT a.story_id, st.article_count FROM {_ARTICLE} a JOIN {_STORY} st ON st.id = a.story_id"
    " WHERE a.fingerprint = %s AND a.id <> %s ORDER BY a.published_at DESC, a.id DESC LIMIT 1"
)
_CANDIDATES = " UNION ALL ".join(
    f'SELECT * FROM (SELECT article_id FROM {_BAND} WHERE "key" = %s ORDER BY id DESC LIMIT {BAND_ROWS}) AS b{n}'
    for n in range(minhash.BANDS)
)
_SIGNATURES = (
    f"SELECT s.article_id, s.minhash, a.story_id FROM {_SIGNATURE} s"
    f" JOIN {_ARTICLE} a ON a.id = s.article_id WHERE s.article_id IN ({{ids}})"
    " AND s.published_at BETWEEN %s AND %s"
)
_NEIGHBOURS = (
    f"SELECT s.title_words, a.story_id FROM {_SIGNATURE} s JOIN {_ARTICLE} a ON a.id = s.article_id"
    " WHERE s.county_slug IN ({counties}) AND s.published_at BETWEEN %s AND %s AND s.article_id <> %s"
    " ORDER BY s.published_at DESC LIMIT %s"
)
# The story's core: its representative and its first article, which every member must agree with.
_CORE = (
    f"SELECT s.article_id, s.minhash, s.title_words, (SELECT article_count FROM {_STORY} WHERE id = %s)"
    f" FROM {_SIGNATURE} s WHERE s.article_id IN ((SELECT representative_id FROM {_STORY} WHERE id = %s),"
    f" (SELECT a.id FROM {_ARTICLE} a WHERE a.story_id = %s ORDER BY a.published_at, a.id LIMIT 1))"
)
_SAVE_SIGNATURE = (
    f"INSERT INTO {_SIGNATURE} (article_id, minhash, shingle_count, title_words, county_slug,"
    " published_at, joined) VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (article_id) DO UPDATE SET"
    " minhash = excluded.minhash, shingle_count = excluded.shingle_count,"
    " title_words = excluded.title_words, county_slug = excluded.county_slug,"
    " published_at = excluded.published_at,"
    # clustered again in its story: the reason it joined for is kept
    f" joined = CASE WHEN excluded.joined = '' THEN {_SIGNATURE}.joined ELSE excluded.joined END"
)
_SAVE_BANDS = f'INSERT INTO {_BAND} ("key", article_id) VALUES ' + ", ".join(["(%s, %s)"] * minhash.BANDS)
_NEW_STORY = (
    f"INSERT INTO {_STORY} (title, county_id, representative_id, article_count, source_count,"
    " first_published_at, last_published_at, created_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"
)
_SET_STORY = f"UPDATE {_ARTICLE} SET story_id = %s WHERE id = %s"


def _copy_candidates(cursor, article: Article, sig: bytes, keys: list[int]) -> list[tuple[float, int]]:
    """Return (similarity, story id) of stored texts sharing band keys with this one, in the window."""
    cursor.execute(_CANDIDATES, keys)
    shared = Counter(row[0] for row in cursor.fetchall())
    shared.pop(article.pk, None)
    ids = [pk for pk, _ in shared.most_common(MAX_CANDIDATES)]
    if not ids:  # most articles share no band with anything: skip the signatures' read
        return []
    when = article.published_at
    cursor.execute(
        _SIGNATURES.format(ids=", ".join(["%s"] * len(ids))),
        [*ids, to_db(when - SYNDICATION_WINDOW), to_db(when + SYNDICATION_WINDOW)],
    )
    found = []
    for _other_id, other_sig, story_id in cursor.fetchall():
        sim = minhash.similarity(sig, bytes(other_sig))
        if story_id and sim >= event.THRESHOLDS["syndication"]:
            found.append((sim, story_id))
    return found


def _event_candidates(
    cursor, article: Article, spec: event.Specifics, counties: tuple[str, ...]
) -> list[tuple[float, int]]:
    """Return (score, story id) of recent articles of the same counties telling the same event in other words."""
    if not spec.core:
        return []
    counties = counties or ("",)  # national news: compared with the other national news
    when = article.published_at
    cursor.execute(
        _NEIGHBOURS.format(counties=", ".join(["%s"] * len(counties))),
        [*counties, to_db(when - EVENT_WINDOW), to_db(when + EVENT_WINDOW), article.pk, EVENT_MAX_NEIGHBOURS],
    )
    found = []
    for title_words, story_id in cursor.fetchall():
        other = event.Specifics.decode(title_words)
        if story_id and event.is_same_event(other, spec):
            found.append((event.shared_weight(other, spec), story_id))
    return found


def _agrees_with_core(cursor, story_id: int, sig: bytes, spec: event.Specifics) -> str:
    """Return why the article joins the story (checked against its core, in Romanian), or '' if it does not."""
    cursor.execute(_CORE, [story_id, story_id, story_id])
    rows = cursor.fetchall()
    if not rows or rows[0][3] >= STORY_CAP:
        return ""
    for _core_id, core_sig, core_words, _count in rows:
        core, similarity = event.Specifics.decode(core_words), minhash.similarity(sig, bytes(core_sig))
        why = event.joins(core, spec, similarity)
        if why:
            return event.evidence(core, spec, similarity, why)[:300]
    return ""


def find_story(
    article: Article, sig: bytes, keys: list[int], spec: event.Specifics, counties: tuple[str, ...]
) -> tuple[int | None, str]:
    """Return the id of the story an article belongs to and why, or (None, '') for a new one."""
    with connection.cursor() as cursor:
        if article.fingerprint:
            cursor.execute(_TWIN, [article.fingerprint, article.pk])
            twin = cursor.fetchone()
            if twin and twin[1] < STORY_CAP:
                return twin[0], "duplicat: același text"
        ranked: dict[int, float] = {}
        # Copies first (similarity 0.45-1.0 ranks them above), then retellings (by shared weight).
        for sim, story_id in _copy_candidates(cursor, article, sig, keys):
            ranked[story_id] = max(ranked.get(story_id, 0.0), 100.0 + sim)
        for score, story_id in _event_candidates(cursor, article, spec, counties):
            ranked[story_id] = max(ranked.get(story_id, 0.0), score)
        for story_id in sorted(ranked, key=lambda pk: (-ranked[pk], pk))[:MAX_STORIES_TRIED]:
            why = _agrees_with_core(cursor, story_id, sig, spec)
            if why:
                return story_id, why
    return None, ""


def cluster_saved(
    article: Article, *, new: bool = False, counties: dict | None = None, about: tuple[str, ...] = ()
) -> Story | None:
    """Fold a just-stored article into its story in a savepoint of the caller's transaction.

    new: the article was inserted just now (nothing of it to replace yet). counties: County rows
    by id, so clustering reads the article's county slug without a query. about: the slugs of
    every county the article is about (geotag's). If clustering fails, the article is kept
    without a story (and the failure logged) rather than lost with it.
    """
    county = counties.get(article.county_id) if counties and article.county_id else None
    if county is not None:
        article.county = county
    try:
        with transaction.atomic():
            return cluster_article(article, new=new, about=about)
    except Exception:
        log.exception(
            "cluster failed; article stored without a story",
            extra={"source_id": article.source_id, "url": article.url, "stage": "cluster"},
        )
        return None


def cluster_article(article: Article, *, new: bool = False, about: tuple[str, ...] = ()) -> Story | None:
    """Attach a saved article to its story, creating one when it tells something new.

    new: the article was inserted in this transaction, so it has no band keys to replace yet.
    about: every county the article is about (slugs); its own county is always searched.
    An article whose story an editor fixed (story_locked) keeps it, or stays alone; the
    signature records why each article joined (`gazeta explain-story`).
    """
    sig, count = minhash.signature(_text_of(article))
    keys = minhash.band_keys(sig)
    spec = event.specifics(article.title, article.text or article.lead)
    # The store hands over the article with its County attached, so this costs no query there.
    county_slug = article.county.slug if article.county_id else ""
    # Its own county, the others it is about, then the counties of the places its lead names.
    searched = tuple(dict.fromkeys((county_slug, *about, *event.counties_named(spec))))[:MAX_COUNTIES]
    if article.story_id or article.story_locked:  # placed before, or by an editor: kept
        story_id, joined = article.story_id, ("fixat de redactor" if article.story_locked else "")
    else:
        story_id, joined = find_story(article, sig, keys, spec, searched)

    with connection.cursor() as cursor:
        # One upsert for the signature (insert for a new article, update when clustered again).
        cursor.execute(
            _SAVE_SIGNATURE,
            [
                article.pk,
                sig,
                count,
                spec.encode(),
                county_slug,
                to_db(article.published_at),
                joined or ("" if story_id else "subiect nou"),
            ],
        )
        if not new:
            cursor.execute(f"DELETE FROM {_BAND} WHERE article_id = %s", [article.pk])
        cursor.execute(_SAVE_BANDS, [value for key in keys for value in (key, article.pk)])
        if not story_id and article.story_locked:
            return None  # an editor took it out of its story: it stays alone
        if not story_id:
            story = _new_story(cursor, article)
            cursor.execute(_SET_STORY, [story.pk, article.pk])
            article.story = story
            return story
        if article.story_id != story_id:
            cursor.execute(_SET_STORY, [story_id, article.pk])
            article.story_id = story_id
    story = Story(pk=story_id)
    story._state.adding, story._state.db = False, connection.alias
    return story.recount()


def _new_story(cursor, article: Article) -> Story:
    """Create the story of an article that tells something new, its figures already final.

    The figures are what `Story.recount` would count for a story of one article. Written with
    SQL, which sends no post_save: the article's own save, in the same transaction, has just
    told the page cache that content changed.
    """
    story = Story(
        title=article.title[:500],
        county_id=article.county_id,
        representative_id=article.pk,
        article_count=1,
        source_count=(1 if article.source_id else 0) + (1 if article.is_own else 0),
        first_published_at=article.published_at,
        last_published_at=article.published_at,
        created_at=timezone.now(),
    )
    values = [
        story.title,
        story.county_id,
        story.representative_id,
        story.article_count,
        story.source_count,
        to_db(story.first_published_at),
        to_db(story.last_published_at),
        to_db(story.created_at),
    ]
    if connection.features.can_return_columns_from_insert:
        cursor.execute(_NEW_STORY + " RETURNING id", values)
        story.pk = cursor.fetchone()[0]
    else:
        cursor.execute(_NEW_STORY, values)
        story.pk = cursor.lastrowid
    story._state.adding, story._state.db = False, connection.alias
    return story
