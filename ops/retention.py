"""Retention: what Gazeta stops keeping after a while, in small transactions that never block readers.

- Other outlets' articles, after RETENTION_ARTICLE_DAYS (0 = never): deleted with their search
  index rows (the delete triggers), clustering keys and county links; their stories are counted
  again and a story left with no article is deleted. Own newsroom articles are kept forever, and
  so are articles an editor corrected (the corrections are labelled examples `gazeta eval`
  scores) and articles whose lead image is still stored (the images job expires renditions
  first, after IMAGES_RETENTION_DAYS, and owns their files). Their addresses answer 410 Gone
  (portal.views.gone), not 404: search engines drop them, readers get a search for the title.
- Other outlets' full text, after RETENTION_FULL_TEXT_DAYS: their pages only ever show a snippet
  and a link (Article.shows_full_text), so `body_html` is emptied and `text` becomes the snippet.
  Search keeps finding them by title, lead and snippet: the search triggers re-index the row
  from what remains. Story membership is the article's `story` column and is untouched; the
  story's counts are kept on the story. Licensed sources (display_policy "full") and own
  articles keep their text.
- Clustering's per-article signature and band keys, after RETENTION_SIGNATURE_DAYS: a new
  article is matched against recent ones only (copies appear within days; the event window is
  36 hours), so an old one's keys are never read again. Its story stays.
- Fetch attempts (FetchLog), after RETENTION_FETCH_LOG_DAYS (the worker also keeps at most 50
  per source).
- Expired sessions, and login records (django-axes) after RETENTION_LOGIN_DAYS.

Each step changes one batch of rows in its own transaction; the batch grows or shrinks so a
step holds the write lock about STEP_SECONDS, and the job pauses between steps so the crawler
and editors get the lock in turn.
"""

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from images.models import LeadImage
from ingest.models import FetchLog
from news.corrections import Correction
from news.models import Article, Source, Story
from news.signals import one_change
from stories.models import ArticleBand, ArticleSignature

log = logging.getLogger("ops.retention")

# Aimed write-lock time per step. Steps vary about 2x around it (measured: 65-190 ms at 0.1 s
# on the demo crawl's database), so 80 ms keeps the longest under the 200 ms a writer may wait.
STEP_SECONDS = 0.08
PAUSE_SECONDS = 0.05  # between steps, for the writers queued behind us
# A cold first step cost ~1.4 ms per article (search triggers re-index each row): 50 rows stay
# well inside the target before the batch size is measured.
FIRST_BATCH, MIN_BATCH, MAX_BATCH = 50, 10, 5000
RUN_SECONDS = 120  # one run stops after this and goes on at the next: the scheduler has other jobs


class Steps:
    """Size each step's batch from the last one's time; record the longest step."""

    def __init__(self, deadline: float):
        self.size = FIRST_BATCH
        self.longest = 0.0
        self.steps = 0
        self.durations: list[float] = []
        self.deadline = deadline

    def more(self) -> bool:
        return time.monotonic() < self.deadline

    def ran(self, seconds: float) -> None:
        self.steps += 1
        self.longest = max(self.longest, seconds)
        self.durations.append(seconds)
        wanted = self.size * STEP_SECONDS / max(seconds, 1e-3)
        self.size = int(min(MAX_BATCH, max(MIN_BATCH, min(wanted, self.size * 2))))
        time.sleep(PAUSE_SECONDS)


def expired_articles(now=None):
    """Other outlets' articles past the article retention that retention may delete (none when it is 0)."""
    if not settings.RETENTION_ARTICLE_DAYS:
        return Article.objects.none()
    cutoff = (now or timezone.now()) - timedelta(days=settings.RETENTION_ARTICLE_DAYS)
    corrected = Correction.objects.values("article_id")
    pictured = LeadImage.objects.filter(state=LeadImage.DONE).values("article_id")
    return (
        Article.objects.filter(is_own=False, source__isnull=False, published_at__lt=cutoff)
        .exclude(id__in=corrected)
        .exclude(id__in=pictured)
    )


def delete_articles(steps: Steps, now=None) -> int:
    done = 0
    while steps.more():
        ids = list(expired_articles(now).order_by("id").values_list("id", flat=True)[: steps.size])
        if not ids:
            break
        started = time.monotonic()
        # Pages are told once, after the commit (one_change outside the transaction).
        with one_change(), transaction.atomic():
            story_ids = set(Article.objects.filter(id__in=ids, story__isnull=False).values_list("story_id", flat=True))
            done += Article.objects.filter(id__in=ids).delete()[1].get(Article._meta.label, 0)
            for story in Story.objects.filter(id__in=story_ids):
                story.recount()
            Story.objects.filter(id__in=story_ids, article_count=0).delete()
        steps.ran(time.monotonic() - started)
    return done


def prunable_text(now=None):
    """Other outlets' articles past the full-text retention that still carry their body."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.RETENTION_FULL_TEXT_DAYS)
    return (
        Article.objects.filter(is_own=False, source__isnull=False, published_at__lt=cutoff)
        .exclude(source__display_policy=Source.POLICY_FULL)
        .exclude(body_html="")
    )


def prune_full_text(steps: Steps, now=None) -> int:
    done, after = 0, 0
    while steps.more():
        # From the last id done on: pruned rows stay in the table, and scanning past all of them
        # again each step grew with the archive (outside the write lock, but the run's time).
        ids = list(prunable_text(now).filter(id__gt=after).order_by("id").values_list("id", flat=True)[: steps.size])
        if not ids:
            break
        after = ids[-1]
        started = time.monotonic()
        with transaction.atomic():
            # update(): no save signals, so no sanitizing pass and no cache bump per row; the
            # search triggers still re-index each row from title, lead and snippet.
            done += Article.objects.filter(id__in=ids).update(body_html="", text=F("snippet"))
        steps.ran(time.monotonic() - started)
    return done


def prune_signatures(steps: Steps, now=None) -> int:
    cutoff = (now or timezone.now()) - timedelta(days=settings.RETENTION_SIGNATURE_DAYS)
    done = 0
    while steps.more():
        ids = list(
            ArticleSignature.objects.filter(published_at__lt=cutoff)
            .order_by("article_id")
            .values_list("article_id", flat=True)[: steps.size]
        )
        if not ids:
            break
        started = time.monotonic()
        with transaction.atomic():
            ArticleBand.objects.filter(article_id__in=ids).delete()
            done += ArticleSignature.objects.filter(article_id__in=ids).delete()[0]
        steps.ran(time.monotonic() - started)
    return done


def prune_fetch_logs(steps: Steps, now=None) -> int:
    cutoff = (now or timezone.now()) - timedelta(days=settings.RETENTION_FETCH_LOG_DAYS)
    done = 0
    while steps.more():
        ids = list(
            FetchLog.objects.filter(started_at__lt=cutoff).order_by("id").values_list("id", flat=True)[: steps.size * 5]
        )  # narrow rows, no triggers: five times the article batch
        if not ids:
            break
        started = time.monotonic()
        with transaction.atomic():
            done += FetchLog.objects.filter(id__in=ids).delete()[0]
        steps.ran(time.monotonic() - started)
    return done


def prune_logins(steps: Steps, now=None) -> int:
    """Expired sessions and login records (django-axes) older than RETENTION_LOGIN_DAYS.

    Every login writes a row and every failed one (anyone can try) another; a lockout lasts
    LOGIN_LOCKOUT_MINUTES, so records months old only serve as the admin's history.
    """
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django.contrib.sessions.models import Session

    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.RETENTION_LOGIN_DAYS)
    done = 0
    for model, old in (
        (Session, {"expire_date__lt": now}),
        (AccessAttempt, {"attempt_time__lt": cutoff}),
        (AccessFailureLog, {"attempt_time__lt": cutoff}),
        (AccessLog, {"attempt_time__lt": cutoff}),
    ):
        while steps.more():
            keys = list(model.objects.filter(**old).order_by("pk").values_list("pk", flat=True)[: steps.size * 5])
            if not keys:
                break
            started = time.monotonic()
            with transaction.atomic():
                done += model.objects.filter(pk__in=keys).delete()[0]
            steps.ran(time.monotonic() - started)
    return done


def warm_up() -> None:
    """Load the stemmer the SQLite search triggers call before any write lock is taken, not inside the first step."""
    from search.index import search_terms

    search_terms("Primăria", "Consiliul local", "Ședința a avut loc la spitalul județean.")


def run(now=None, seconds: float = RUN_SECONDS) -> dict:
    """The scheduler's job: each kind of pruning in bounded steps; return what was done and the longest step."""
    steps = Steps(time.monotonic() + seconds)
    warm_up()
    result = {
        "articles": delete_articles(steps, now),  # first: their text need not be pruned before
        "full_text": prune_full_text(steps, now),
        "signatures": prune_signatures(steps, now),
        "fetch_logs": prune_fetch_logs(steps, now),
        "logins": prune_logins(steps, now),
    }
    ordered = sorted(steps.durations)

    def quantile(q: float) -> float | None:
        return round(ordered[min(len(ordered) - 1, int(len(ordered) * q))] * 1000, 1) if ordered else None

    result.update(
        steps=steps.steps,
        longest_step_ms=round(steps.longest * 1000, 1),
        finished=steps.more(),
        p50_step_ms=quantile(0.5),
        p99_step_ms=quantile(0.99),
        steps_over_200ms=sum(1 for d in steps.durations if d > 0.2),
        step_ms=[round(d * 1000) for d in steps.durations[:200]],
    )
    if steps.steps:
        log.info(
            "retention",
            extra={
                "stage": "retention",
                "count": sum(result[k] for k in ("articles", "full_text", "signatures", "fetch_logs", "logins")),
                "elapsed_ms": result["longest_step_ms"],
            },
        )
    return result
