"""Cluster: fold an article into the story it tells.

The cascade, for one saved article (cost bounded by indexes, never a scan of all articles):
1. exact duplicate: another article with the same fingerprint joins its story;
2. syndicated copy: MinHash LSH band keys find candidates, the signatures confirm them;
3. same event told independently: the names and numbers of title and lead compared with the
   articles of the same county published within the time window;
4. otherwise a new story. The story then recounts its articles and outlets and picks its
   representative: own newsroom first, then the most complete text, then the earliest.
"""
import logging
from collections import Counter
from datetime import timedelta

from django.db import connection, transaction
from django.utils import timezone

from lib.rawsql import to_db
from news.models import Article, Story
from news.text import fold_words
from stories import minhash
from stories.models import ArticleBand, ArticleSignature
from understand.geotag import tokenize

log = logging.getLogger(__name__)

# Calibrated on the demo network's agency copies (light edits, new headlines): F1 was the same
# for 0.3, 0.45 and 0.6 (copies sit far above, unrelated texts near 0); 0.45 leaves room both ways.
SYNDICATION_THRESHOLD = 0.45
MAX_CANDIDATES = 20
# Same event told in other words: outlets rewrite the sentences but keep the names and numbers
# (people, places, sums, ages). Measured on the demo network: pairs of one story share at least
# 0.82 of the smaller set of names in 90% of cases, different stories of one county and window
# stay under 0.54 in 99%; plain title words did not separate them (templates share phrasing).
EVENT_WINDOW = timedelta(hours=36)
EVENT_THRESHOLD = 0.75  # swept 0.6 / 0.7 / 0.75 / 0.8 on demo seed 1: B-cubed F1 0.970 / 0.995 / 0.997 / 0.996
EVENT_MIN_SHARED = 5
EVENT_MAX_NEIGHBOURS = 400  # newest signatures of the county in the window that are compared
EVENT_CHARS = 1500  # names of the title, lead and first paragraphs
# Function words that say nothing about the event; chosen from the most frequent Romanian words.
STOPWORDS = frozenset(fold_words(
    "a al ale ai am are au ca că care ce cel cea cei cele cu de din după este era fi fost iar în "
    "îl își la le lui mai mult nu o pe pentru prin sa să se sau si și sunt spre tot un una unei "
    "unui va vor anul ani acum astăzi ieri luni marți miercuri joi vineri sâmbătă duminică "
    "despre dintre către până peste sub fără între cum când unde doar foarte noi nou nouă"
).split())


def event_names(title: str, text: str) -> set[str]:
    """Return the folded names and numbers of a title and the start of its text."""
    names = set()
    for token in tokenize(title, text[:EVENT_CHARS]):
        if token.folded.isdigit():
            if len(token.folded) >= 2:
                names.add(token.folded)
        elif token.upper and not token.sentence_start and len(token.folded) > 2 and token.folded not in STOPWORDS:
            names.add(token.folded)
    return names


def overlap(a: set[str], b: set[str]) -> float:
    """Return the overlap coefficient of two word sets."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _text_of(article: Article) -> str:
    return article.text or article.lead or article.title


# The hot queries of clustering, written as SQL: each runs once or twice per stored article,
# and building them through the ORM (and model rows from their results) cost more than the
# queries themselves. Every one reads through an index (fingerprint, band key, the signature's
# county and date, the article's story).
_ARTICLE, _STORY = Article._meta.db_table, Story._meta.db_table
_SIGNATURE, _BAND = ArticleSignature._meta.db_table, ArticleBand._meta.db_table
_TWIN = (f"SELECT story_id FROM {_ARTICLE} WHERE fingerprint = %s AND story_id IS NOT NULL AND id <> %s"
         " ORDER BY published_at DESC LIMIT 1")
_CANDIDATES = (f'SELECT article_id FROM {_BAND} WHERE "key" IN ({", ".join(["%s"] * minhash.BANDS)})'
               " AND article_id <> %s GROUP BY article_id ORDER BY COUNT(id) DESC LIMIT %s")
_SIGNATURES = (f"SELECT s.article_id, s.minhash, a.story_id FROM {_SIGNATURE} s"
               f" JOIN {_ARTICLE} a ON a.id = s.article_id WHERE s.article_id IN ({{ids}})")
_NEIGHBOURS = (f"SELECT s.title_words, a.story_id FROM {_SIGNATURE} s JOIN {_ARTICLE} a ON a.id = s.article_id"
               " WHERE s.county_slug = %s AND s.published_at BETWEEN %s AND %s AND s.article_id <> %s"
               " ORDER BY s.published_at DESC LIMIT %s")
_SAVE_SIGNATURE = (f"INSERT INTO {_SIGNATURE} (article_id, minhash, shingle_count, title_words, county_slug,"
                   " published_at) VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (article_id) DO UPDATE SET"
                   " minhash = excluded.minhash, shingle_count = excluded.shingle_count,"
                   " title_words = excluded.title_words, county_slug = excluded.county_slug,"
                   " published_at = excluded.published_at")
_SAVE_BANDS = f'INSERT INTO {_BAND} ("key", article_id) VALUES ' + ", ".join(["(%s, %s)"] * minhash.BANDS)
_NEW_STORY = (f"INSERT INTO {_STORY} (title, county_id, representative_id, article_count, source_count,"
              " first_published_at, last_published_at, created_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)")
_SET_STORY = f"UPDATE {_ARTICLE} SET story_id = %s WHERE id = %s"


def _syndicated_story(cursor, article: Article, sig: bytes, keys: list[int]) -> int | None:
    cursor.execute(_CANDIDATES, [*keys, article.pk, MAX_CANDIDATES])
    ids = [row[0] for row in cursor.fetchall()]
    if not ids:  # most articles share no band with anything: skip the signatures' read
        return None
    best, best_sim = None, SYNDICATION_THRESHOLD
    cursor.execute(_SIGNATURES.format(ids=", ".join(["%s"] * len(ids))), ids)
    for _other_id, other_sig, story_id in cursor.fetchall():
        sim = minhash.similarity(sig, bytes(other_sig))
        if sim >= best_sim and story_id:
            best, best_sim = story_id, sim
    return best


def _event_story(cursor, article: Article, words: set[str], county_slug: str) -> int | None:
    if len(words) < EVENT_MIN_SHARED:
        return None
    when = article.published_at
    cursor.execute(_NEIGHBOURS, [county_slug, to_db(when - EVENT_WINDOW), to_db(when + EVENT_WINDOW), article.pk,
                                 EVENT_MAX_NEIGHBOURS])
    votes: Counter = Counter()
    for title_words, story_id in cursor.fetchall():
        other = set(title_words.split())
        score = overlap(words, other)
        if story_id and score >= EVENT_THRESHOLD and len(words & other) >= EVENT_MIN_SHARED:
            votes[story_id] = max(votes[story_id], score)
    return votes.most_common(1)[0][0] if votes else None


def find_story(article: Article, sig: bytes, keys: list[int], words: set[str], county_slug: str) -> int | None:
    """Return the id of the story an article belongs to, or None for a new one."""
    with connection.cursor() as cursor:
        if article.fingerprint:
            cursor.execute(_TWIN, [article.fingerprint, article.pk])
            twin = cursor.fetchone()
            if twin:
                return twin[0]
        return _syndicated_story(cursor, article, sig, keys) or _event_story(cursor, article, words, county_slug)


def cluster_article(article: Article, *, new: bool = False) -> Story:
    """Attach a saved article to its story, creating one when it tells something new.

    new: the article was inserted in this transaction, so it has no band keys to replace yet.
    """
    sig, count = minhash.signature(_text_of(article))
    keys = minhash.band_keys(sig)
    words = event_names(article.title, article.text or article.lead)
    # The store hands over the article with its County attached, so this costs no query there.
    county_slug = article.county.slug if article.county_id else ""
    story_id = article.story_id or find_story(article, sig, keys, set(words), county_slug)

    with connection.cursor() as cursor:
        # One upsert for the signature (insert for a new article, update when clustered again).
        cursor.execute(_SAVE_SIGNATURE, [article.pk, sig, count, " ".join(sorted(set(words))), county_slug,
                                         to_db(article.published_at)])
        if not new:
            cursor.execute(f"DELETE FROM {_BAND} WHERE article_id = %s", [article.pk])
        cursor.execute(_SAVE_BANDS, [value for key in keys for value in (key, article.pk)])
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


def cluster_saved(article: Article, *, new: bool = False, counties: dict | None = None) -> Story | None:
    """Fold a just-stored article into its story in a savepoint of the caller's transaction.

    new: the article was inserted just now (nothing of it to replace yet). counties: County rows
    by id, so clustering reads the article's county slug without a query. If clustering fails,
    the article is kept without a story (and the failure logged) rather than lost with it.
    """
    county = counties.get(article.county_id) if counties and article.county_id else None
    if county is not None:
        article.county = county
    try:
        with transaction.atomic():
            return cluster_article(article, new=new)
    except Exception:
        log.exception("cluster failed; article stored without a story",
                      extra={"source_id": article.source_id, "url": article.url, "stage": "cluster"})
        return None


def _new_story(cursor, article: Article) -> Story:
    """Create the story of an article that tells something new, its figures already final.

    The figures are what `Story.recount` would count for a story of one article. Written with
    SQL, which sends no post_save: the article's own save, in the same transaction, has just
    told the page cache that content changed.
    """
    story = Story(title=article.title[:500], county_id=article.county_id, representative_id=article.pk,
                  article_count=1, source_count=(1 if article.source_id else 0) + (1 if article.is_own else 0),
                  first_published_at=article.published_at, last_published_at=article.published_at,
                  created_at=timezone.now())
    values = [story.title, story.county_id, story.representative_id, story.article_count, story.source_count,
              to_db(story.first_published_at), to_db(story.last_published_at), to_db(story.created_at)]
    if connection.features.can_return_columns_from_insert:
        cursor.execute(_NEW_STORY + " RETURNING id", values)
        story.pk = cursor.fetchone()[0]
    else:
        cursor.execute(_NEW_STORY, values)
        story.pk = cursor.lastrowid
    story._state.adding, story._state.db = False, connection.alias
    return story




