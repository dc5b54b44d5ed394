"""'Scoate din subiect': one article out of its story in one action, kept as a correction, pages refreshed."""

import io
import json

import pytest
from django.core.management import call_command
from django.test import Client

from news.corrections import Correction
from news.models import Article, Story
from news.signals import content_changed
from news.tests.conftest import make_editor
from portal.tests.conftest import _fresh_cache, newsroom  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(reference_data):
    client = Client()
    client.force_login(make_editor())
    return client


@pytest.fixture
def announced():
    calls = []

    def listen(sender, **kwargs):
        calls.append(sender)

    content_changed.connect(listen, dispatch_uid="test-split-action")
    yield calls
    content_changed.disconnect(dispatch_uid="test-split-action")


def test_an_editor_takes_one_article_out_of_its_story_from_the_article_list(editor_client, newsroom, announced):
    story, article = newsroom["story"], newsroom["copies"][1]
    assert Story.objects.get(pk=story.pk).article_count == 3
    page = editor_client.get("/admin/news/article/").content.decode()
    assert 'value="split_from_story"' in page and "Scoate din subiect" in page

    announced.clear()
    response = editor_client.post(
        "/admin/news/article/", {"action": "split_from_story", "_selected_action": [article.pk]}, follow=True
    )
    assert "Scoase din subiect (1): „" in response.content.decode()
    article.refresh_from_db()
    assert article.story_id is None and article.story_locked
    story.refresh_from_db()
    assert story.article_count == 2 and story.representative_id != article.pk
    assert announced, "cached pages were not told"

    correction = Correction.objects.get()
    assert (correction.article_id, correction.field, correction.before, correction.after) == (
        article.pk,
        Correction.STORY,
        str(story.pk),
        "",
    )
    assert correction.editor.get_username() == "redactor"
    out = io.StringIO()
    call_command("eval", "--json", "--corrections-only", stdout=out)
    assert json.loads(out.getvalue())["corrections"]["story_items"] == 1

    page = editor_client.get(story.get_absolute_url()).content.decode()
    assert article.title not in page  # the story's page, not served from before the split


def test_articles_outside_any_story_are_left_alone(editor_client, newsroom):
    own = newsroom["own"]
    assert own.story_id is None
    response = editor_client.post(
        "/admin/news/article/", {"action": "split_from_story", "_selected_action": [own.pk]}, follow=True
    )
    assert "nu fac parte dintr-un subiect" in response.content.decode()
    assert not Correction.objects.exists()
    assert not Article.objects.get(pk=own.pk).story_locked


def test_merging_stories_keeps_each_moved_article_as_a_correction(editor_client, newsroom):
    story, own = newsroom["story"], newsroom["own"]
    alone = Story.objects.create(title=own.title, county=own.county, first_published_at=own.published_at)
    Article.objects.filter(pk=own.pk).update(story=alone)
    before = {s.pk: list(Article.objects.filter(story=s).values_list("pk", flat=True)) for s in (story, alone)}
    editor_client.post("/admin/news/story/", {"action": "merge_stories", "_selected_action": [story.pk, alone.pk]})
    kept = Story.objects.get()
    gone = story.pk if kept.pk == alone.pk else alone.pk
    moved = set(Article.objects.filter(story=kept).exclude(pk__in=before[kept.pk]).values_list("pk", flat=True))
    assert moved and moved == set(before[gone])
    rows = Correction.objects.filter(field=Correction.STORY)
    assert {(c.article_id, c.before, c.after) for c in rows} == {(pk, str(gone), str(kept.pk)) for pk in moved}


def test_the_article_form_has_the_same_button_and_saves_the_forms_other_changes(editor_client, newsroom, announced):
    from news.tests.test_corrections import change

    story, article = newsroom["story"], newsroom["copies"][0]
    form = editor_client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    assert 'name="_split_story"' in form and "Scoate din subiect" in form
    assert (
        'name="_split_story"'
        not in editor_client.get(f"/admin/news/article/{newsroom['own'].pk}/change/").content.decode()
    )

    announced.clear()
    change(editor_client, article, title=article.title + " (corectat)", _split_story="1")
    article.refresh_from_db()
    assert article.story_id is None and article.story_locked and article.title.endswith("(corectat)")
    assert Story.objects.get(pk=story.pk).article_count == 2 and announced
    assert Correction.objects.get().before == str(story.pk)
    page = editor_client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    assert "stă acum singur, în afara subiectului" in page and 'name="_split_story"' not in page


def test_the_article_list_filters_articles_in_a_story(editor_client, newsroom):
    page = editor_client.get("/admin/news/article/?subiect=da").content.decode()
    for article in newsroom["copies"]:
        assert article.title in page
    assert newsroom["own"].title not in page
    assert newsroom["own"].title in editor_client.get("/admin/news/article/?subiect=nu").content.decode()
