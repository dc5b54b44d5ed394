"""Cluster: fold an article into the story it tells.

The cascade, for one saved article (cost bounded by indexes, never a scan of all articles):
1. exact duplicate: another article with the same fingerprint joins its story;
2. syndicated copy: MinHash LSH band keys find candidates, the signatures confirm them;
3. same event told independently: the names and numbers of title and lead compared with the
   articles of the same county published within the time window;
4. otherwise a new story. The story then recounts its articles and outlets and picks its
   representative: own newsroom first, then the most complete text, then the earliest.
"""
from collections import Counter
from datetime import timedelta

from django.db.models import Count

from ingest import minhash
from ingest.geotag import tokenize
from news.models import Article, ArticleBand, ArticleSignature, Story
from news.text import fold_words

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


def _syndicated_story(article: Article, sig: bytes, keys: list[int]) -> int | None:
    candidates = (ArticleBand.objects.filter(key__in=keys).exclude(article_id=article.pk)
                  .values("article_id").annotate(hits=Count("id")).order_by("-hits")[:MAX_CANDIDATES])
    ids = [row["article_id"] for row in candidates]
    if not ids:  # most articles share no band with anything: skip the signatures' read
        return None
    best, best_sim = None, SYNDICATION_THRESHOLD
    for other_id, other_sig, story_id in ArticleSignature.objects.filter(article_id__in=ids).values_list(
            "article_id", "minhash", "article__story_id"):
        sim = minhash.similarity(sig, bytes(other_sig))
        if sim >= best_sim and story_id:
            best, best_sim = story_id, sim
    return best


def _event_story(article: Article, words: set[str], county_slug: str) -> int | None:
    if len(words) < EVENT_MIN_SHARED:
        return None
    when = article.published_at
    neighbours = (ArticleSignature.objects
                  .filter(county_slug=county_slug, published_at__range=(when - EVENT_WINDOW, when + EVENT_WINDOW))
                  .exclude(article_id=article.pk).order_by("-published_at")
                  .values_list("title_words", "article__story_id")[:EVENT_MAX_NEIGHBOURS])
    votes: Counter = Counter()
    for title_words, story_id in neighbours:
        other = set(title_words.split())
        score = overlap(words, other)
        if story_id and score >= EVENT_THRESHOLD and len(words & other) >= EVENT_MIN_SHARED:
            votes[story_id] = max(votes[story_id], score)
    return votes.most_common(1)[0][0] if votes else None


def find_story(article: Article, sig: bytes, keys: list[int], words: set[str], county_slug: str) -> int | None:
    """Return the id of the story an article belongs to, or None for a new one."""
    if article.fingerprint:
        twin = (Article.objects.filter(fingerprint=article.fingerprint, story__isnull=False)
                .exclude(pk=article.pk).values_list("story_id", flat=True).first())
        if twin:
            return twin
    return _syndicated_story(article, sig, keys) or _event_story(article, words, county_slug)


def cluster_article(article: Article) -> Story:
    """Attach a saved article to its story, creating one when it tells something new."""
    sig, count = minhash.signature(_text_of(article))
    keys = minhash.band_keys(sig)
    words = event_names(article.title, article.text or article.lead)
    # The store hands over the article with its County attached, so this costs no query there.
    county_slug = article.county.slug if article.county_id else ""
    story_id = article.story_id or find_story(article, sig, keys, set(words), county_slug)

    # One upsert for the signature (insert for a new article, update when clustered again).
    fields = {"minhash": sig, "shingle_count": count, "title_words": " ".join(sorted(set(words))),
              "county_slug": county_slug, "published_at": article.published_at}
    ArticleSignature.objects.bulk_create([ArticleSignature(article_id=article.pk, **fields)], update_conflicts=True,
                                         unique_fields=["article"], update_fields=list(fields))
    ArticleBand.objects.filter(article_id=article.pk).delete()
    ArticleBand.objects.bulk_create([ArticleBand(key=key, article_id=article.pk) for key in keys])

    if not story_id:
        story = _new_story(article)
        Article.objects.filter(pk=article.pk).update(story=story)
        article.story = story
        return story
    if article.story_id != story_id:
        Article.objects.filter(pk=article.pk).update(story_id=story_id)
        article.story_id = story_id
    return _refresh(story_id)


def _new_story(article: Article) -> Story:
    """Create the story of an article that tells something new, its figures already final.

    The figures are what `refresh_story` would count for a story of one article. Saved with
    bulk_create, which sends no post_save: the article's own save, in the same transaction,
    has just told the page cache that content changed.
    """
    story = Story(title=article.title[:500], county_id=article.county_id, representative_id=article.pk,
                  article_count=1, source_count=(1 if article.source_id else 0) + (1 if article.is_own else 0),
                  first_published_at=article.published_at, last_published_at=article.published_at)
    Story.objects.bulk_create([story])
    return story


# The columns refresh_story needs: the figures and the representative's choice, not the texts.
_STORY_COLUMNS = ("id", "source_id", "is_own", "word_count", "published_at", "title", "county_id", "story")


def refresh_story(story: Story) -> Story:
    """Recount a story's articles and outlets and pick its representative."""
    refreshed = _refresh(story.pk)
    for name in ("article_count", "source_count", "first_published_at", "last_published_at",
                 "representative_id", "title", "county_id"):
        setattr(story, name, getattr(refreshed, name))
    return story


def _refresh(story_id: int) -> Story:
    """Recount a story from its articles (one read, one UPDATE) and return it.

    The articles of one story are few, so reading their few columns and counting here costs
    less than an aggregate, a representative query and a save. The UPDATE sends no post_save:
    it only follows an article's save (which did) in the same transaction.
    """
    articles = list(Article.objects.filter(story_id=story_id).select_related("story").only(*_STORY_COLUMNS))
    story = articles[0].story if articles else Story.objects.get(pk=story_id)
    published = [a.published_at for a in articles]
    story.article_count = len(articles)
    story.source_count = len({a.source_id for a in articles if a.source_id is not None}) + (
        1 if any(a.is_own for a in articles) else 0)
    story.first_published_at = min(published, default=None)
    story.last_published_at = max(published, default=None)
    updates = ["article_count", "source_count", "first_published_at", "last_published_at"]
    if articles:
        # Own newsroom first, then the most complete text, then the earliest (then the oldest row).
        representative = min(articles, key=lambda a: (not a.is_own, -a.word_count, a.published_at, a.pk))
        story.representative_id = representative.pk
        story.title = representative.title[:500]
        story.county_id = representative.county_id
        updates += ["representative_id", "title", "county_id"]
    Story.objects.filter(pk=story_id).update(**{name: getattr(story, name) for name in updates})
    return story
