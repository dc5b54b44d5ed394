"""What editors do to stories: take an article out, move it, merge stories; each decision locked.

A locked article (Article.story_locked) keeps the story an editor gave it, or stays alone,
whatever later crawls find (stories.cluster). The stories it left and joined are recounted, and
each moved article is kept as a labelled example (news.corrections) for `gazeta eval`. These are
UPDATEs, which send no save signal: content_changed is sent here, so cached pages follow.
"""

from django.db import transaction
from django.db.models.signals import post_save, pre_save

from news.corrections import Correction
from news.models import Article, Story
from news.signals import changed


def split(article: Article, editor=None) -> Article:
    """Take an article out of its story for good: it stands alone in the lists."""
    with transaction.atomic():
        old = article.story_id
        Article.objects.filter(pk=article.pk).update(story=None, story_locked=True)
        article.story_id, article.story_locked = None, True
        _recount([old])
        if old:
            Correction.record(article, Correction.STORY, str(old), "", editor=editor)
    changed(sender=Article)
    return article


def merge(stories: list[Story], editor=None) -> Story:
    """Fold stories into the oldest of them; their articles are locked there."""
    stories = sorted(stories, key=lambda s: (s.first_published_at is None, s.first_published_at, s.pk))
    kept, others = stories[0], [s.pk for s in stories[1:]]
    with transaction.atomic():
        moved = list(Article.objects.filter(story_id__in=others))
        Article.objects.filter(story_id__in=[s.pk for s in stories]).update(story=kept, story_locked=True)
        Story.objects.filter(pk__in=others).delete()
        kept.recount()
        for article in moved:
            Correction.record(article, Correction.STORY, str(article.story_id), str(kept.pk), editor=editor)
    changed(sender=Story)
    return kept


def _recount(story_ids) -> None:
    for pk in {pk for pk in story_ids if pk}:
        story = Story.objects.filter(pk=pk).first()
        if story is not None:
            story.recount()


def _remember_story(sender, instance: Article, **kwargs) -> None:
    """Before an editor's save that fixes the story, note the story the article had."""
    if instance.pk and instance.story_locked and not kwargs.get("raw"):
        instance._story_before = Article.objects.filter(pk=instance.pk).values_list("story_id", flat=True).first()


def _recount_after_edit(sender, instance: Article, **kwargs) -> None:
    before = instance.__dict__.pop("_story_before", None)
    if instance.story_locked and before != instance.story_id:
        _recount([before, instance.story_id])


def connect() -> None:
    pre_save.connect(_remember_story, sender=Article, dispatch_uid="stories-remember-story")
    post_save.connect(_recount_after_edit, sender=Article, dispatch_uid="stories-recount-after-edit")
