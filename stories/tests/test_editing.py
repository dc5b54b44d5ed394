"""Editors' story decisions are kept by later crawls; every join can be explained."""

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from news.models import Article, County, Source, Story
from stories import editing
from stories.cluster import cluster_article

FIRE = (
    "Pompierii din Onești au intervenit cu 4 autospeciale la hala firmei Lemnaria, unde 35 de angajați au fost "
    "evacuați. Comandantul Mihai Bejan spune că pagubele trec de 200.000 de lei."
)
RETOLD = (
    "Flăcările au mistuit o parte din hala Lemnaria din Onești: 35 de oameni au ieșit la timp, iar Mihai Bejan, "
    "de la ISU, estimează pagube de 200.000 de lei. Au venit 4 echipaje."
)


@pytest.fixture
def told(reference_data):
    county = County.objects.get(slug="bacau")
    outlets = [Source.objects.create(name=f"Ziar {i}", slug=f"ziar-{i}", county=county) for i in range(3)]

    def make(n, title, text, hours):
        return Article.objects.create(
            source=outlets[n],
            url=f"https://z{n}.example/{n}",
            title=title,
            text=text,
            lead=text[:200],
            county=county,
            word_count=len(text.split()),
            published_at=timezone.now() - timedelta(hours=hours),
        )

    first = make(0, "Incendiu la fabrica Lemnaria din Onești", FIRE, 3)
    copy = make(1, "Hala Lemnaria, în flăcări", FIRE + " Citiți și alte știri.", 2)
    retold = make(2, "Fabrica Lemnaria din Onești, cuprinsă de flăcări", RETOLD, 1)
    for article in (first, copy, retold):
        cluster_article(article, new=True)
    return first, copy, retold


def test_it_explains_why_each_article_joined(told):
    first, copy, retold = told
    out = StringIO()
    call_command("explain_story", first.story_id, "--json", stdout=out)
    found = json.loads(out.getvalue())
    why = {m["id"]: m["why"] for m in found["members"]}
    assert found["articles"] == 3 and found["representative"] == first.pk
    assert why[first.pk] == "subiect nou"
    assert why[copy.pk].startswith("copie: ")
    assert why[retold.pk].startswith("același eveniment: ") and "lemnaria" in why[retold.pk]


def test_it_keeps_an_editors_split_when_the_article_is_crawled_again(told):
    first, copy, retold = told
    editing.split(retold)
    story = Story.objects.get(pk=first.story_id)
    assert story.article_count == 2
    retold.refresh_from_db()
    assert cluster_article(retold) is None  # a later crawl does not put it back
    retold.refresh_from_db()
    assert retold.story_id is None and retold.story_locked


def test_it_merges_stories_and_keeps_the_merge(told, reference_data):
    first, copy, retold = told
    other = Article.objects.create(
        source=first.source,
        url="https://z.example/other",
        title="Altă știre",
        text="Concurs de șah la Casa de Cultură.",
        county=first.county,
        published_at=timezone.now(),
    )
    alone = cluster_article(other, new=True)
    kept = editing.merge([alone, Story.objects.get(pk=first.story_id)])
    assert kept.pk == first.story_id and kept.article_count == 4
    assert not Story.objects.filter(pk=alone.pk).exists()
    other.refresh_from_db()
    assert cluster_article(other).pk == kept.pk  # crawled again: still where the editor put it


def test_an_editors_change_of_the_story_recounts_the_story_it_left(told):
    """What the article admin's save does when an editor clears the story field (news.article_admin)."""
    first, copy, retold = told
    story_id = first.story_id
    edited = Article.objects.get(pk=retold.pk)
    edited.story, edited.story_locked = None, True
    edited.save()
    assert Story.objects.get(pk=story_id).article_count == 2
    assert cluster_article(Article.objects.get(pk=retold.pk)) is None
