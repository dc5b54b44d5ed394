"""The words of the articles (search.models.Word) and the nearest well-known word to a misspelling.

refresh() reads the Romanian articles added since its last run, in batches, and adds their
words' counts (periodic job, and `refresh()` in tests). correction() finds, for a folded word,
the vocabulary's words at an edit distance of at most 1 (words of up to 5 letters) or 2
(longer), counting a swap of two neighbouring letters as one edit ("primaira" -> "primaria"),
and picks the nearest, then the most frequent. Candidates are read by (first letter, length)
from an index; a typo in the first letter is not corrected (rare, and it keeps the read small).
"""

import re
from collections import Counter, defaultdict

from django.db import connection, transaction

from search.models import VocabularyMark, Word
from search.stem import STOP_WORDS, fast_fold

# Letters only (Romanian and other Latin letters); digits and road numbers are never corrected.
LETTERS = re.compile(r"[^\W\d_]+")
MIN_WORD, MAX_WORD = 3, 24  # shorter: initials and particles; longer: joined junk
TEXT_CHARS = 1500  # of each article's text, with its title and lead: enough for its vocabulary
BATCH = 2000  # articles per read
MAX_PER_RUN = 20_000  # articles per refresh() call: a few seconds of one core
FIRST_RUN = 100_000  # a new vocabulary starts from the newest articles, not from the first ever
MAX_WORDS = 300_000  # beyond this, the words seen once are dropped (mostly typos and names)
UPSERT = (
    "INSERT INTO search_word (folded, shown, initial, length, count) VALUES (%s, %s, %s, %s, %s)"
    " ON CONFLICT (folded) DO UPDATE SET count = search_word.count + excluded.count,"
    " shown = CASE WHEN search_word.shown = search_word.folded THEN excluded.shown ELSE search_word.shown END"
)
CEDILLA = str.maketrans("şţŞŢ", "șțȘȚ")  # the old cedilla letters, written as Romanian's comma ones

# Suggestions: words this short have too many neighbours at distance 2.
MIN_CORRECTED = 4
SHORT = 5  # up to this many letters, one edit at most
MIN_COUNT = 3  # a suggested word was seen at least this often
RATIO = 10  # ... and this many times more often than the word typed (a rare but real word stays)


def words_of(text: str) -> Counter:
    """Return {(folded, shown): count} of a text's words (lower case, stop words left out)."""
    found: Counter = Counter()
    for word in LETTERS.findall(text.lower()):
        if not MIN_WORD <= len(word) <= MAX_WORD:
            continue
        folded = fast_fold(word)
        if folded.isascii() and folded.isalpha() and folded not in STOP_WORDS:
            found[(folded, word.translate(CEDILLA))] += 1
    return found


def add(counts: Counter) -> int:
    """Add {(folded, shown): count} to the vocabulary; the form with diacritics is the one shown."""
    totals: Counter = Counter()
    forms: dict[str, Counter] = defaultdict(Counter)
    for (folded, shown), count in counts.items():
        totals[folded] += count
        forms[folded][shown] += count
    rows = []
    for folded, total in totals.items():
        written = [(n, form) for form, n in forms[folded].items() if form != folded]
        shown = max(written)[1] if written else folded
        rows.append((folded, shown, folded[0], len(folded), total))
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, len(rows), 1000):
            cursor.executemany(UPSERT, rows[start : start + 1000])
    return len(rows)


def refresh(max_articles: int = MAX_PER_RUN) -> dict:
    """Add the words of the visible Romanian articles newer than the last run; return what was done."""
    from news.models import Article

    mark = VocabularyMark.objects.first() or VocabularyMark.objects.create(last_article_id=-1)
    last = mark.last_article_id
    if last < 0:  # first run: the newest FIRST_RUN articles
        newest = Article.objects.order_by("-id").values_list("id", flat=True).first() or 0
        last = max(0, newest - FIRST_RUN)
    read = words = 0
    while read < max_articles:
        rows = list(
            Article.objects.visible()
            .filter(id__gt=last, language__in=("ro", ""))
            .order_by("id")
            .values_list("id", "title", "lead", "text")[:BATCH]
        )
        if not rows:
            break
        counts: Counter = Counter()
        for _id, title, lead, text in rows:
            counts.update(words_of(f"{title} {lead or ''} {(text or '')[:TEXT_CHARS]}"))
        words += add(counts)
        read += len(rows)
        last = rows[-1][0]
    VocabularyMark.objects.filter(pk=mark.pk).update(last_article_id=max(last, mark.last_article_id, 0))
    dropped = 0
    if Word.objects.count() > MAX_WORDS:
        dropped, _ = Word.objects.filter(count__lte=1).delete()
    return {"articles": read, "words_added": words, "words_dropped": dropped}


def distance(a: str, b: str, limit: int) -> int:
    """Return the edit distance of a and b (a swap of neighbours is one edit), or limit + 1 beyond limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        row_best = i
        for j, cb in enumerate(b, 1):
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, before[j - 2] + 1)
            current[j] = value
            row_best = min(row_best, value)
        if row_best > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]


def correction(folded: str) -> str | None:
    """Return the shown form of the best-known word near a folded word, or None (the word is fine or unknown)."""
    size = len(folded)
    if size < MIN_CORRECTED or size > MAX_WORD or not folded.isalpha() or folded in STOP_WORDS:
        return None
    limit = 1 if size <= SHORT else 2
    own = Word.objects.filter(folded=folded).values_list("count", flat=True).first() or 0
    letters = set(folded)
    best = None
    candidates = Word.objects.filter(
        initial=folded[0], length__range=(size - limit, size + limit), count__gte=max(MIN_COUNT, own * RATIO + 1)
    ).values_list("folded", "shown", "count")
    for word, shown, count in candidates.iterator(chunk_size=2000):
        # Each edit changes the set of letters by at most two: a cheap test before the full one.
        if len(letters.symmetric_difference(word)) > 2 * limit:
            continue
        edits = distance(folded, word, limit)
        if edits <= limit and (best is None or (edits, -count) < (best[0], -best[1])):
            best = (edits, count, shown)
    return best[2] if best else None
