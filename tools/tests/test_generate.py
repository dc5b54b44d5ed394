from django.core.management import call_command
from django.utils import timezone

from news.models import Article, Story
from search.query import parse
from search.results import search
from tools.generate import generate, inflect


def test_it_fills_up_to_the_requested_number_and_tops_up(db):
    first = generate(300, seed=3, batch=120)
    assert (first.created, first.total) == (300, 300)
    assert generate(300, seed=3).created == 0
    assert generate(350, seed=3).created == 50
    assert Article.objects.count() == 350
    assert Article.objects.values("url").distinct().count() == 350


def test_it_spreads_articles_over_counties_categories_and_stories(db):
    generate(600, seed=5)
    assert Article.objects.values("county").distinct().count() >= 30
    assert Article.objects.values("category").distinct().count() >= 10
    assert Story.objects.filter(article_count__gt=1).exists()
    story = Story.objects.filter(article_count__gt=1).first()
    assert story.articles.count() == story.article_count == story.source_count
    assert story.representative.story_id == story.pk
    assert Article.objects.filter(published_at__gt=timezone.now()).count() == 0
    article = Article.objects.exclude(text="").first()
    assert 40 < len(article.title) < 200 and len(article.text.split()) >= 40 and article.reading_minutes >= 1


def test_it_draws_words_with_common_and_rare_classes(db):
    generate(400, seed=7)
    texts = [f"{t} {x}" for t, x in Article.objects.values_list("title", "text")]
    counts = {}
    for text in texts:
        for word in set(text.lower().split()):
            counts[word] = counts.get(word, 0) + 1
    frequencies = sorted(counts.values(), reverse=True)
    assert frequencies[0] > 0.9 * len(texts)  # the head: in nearly every article
    assert sum(1 for f in frequencies if f == 1) > 100  # the tail: words seen once


def test_it_makes_generated_articles_searchable(db):
    generate(200, seed=9)
    article = Article.objects.filter(status=Article.PUBLISHED).order_by("-published_at").first()
    place_word = article.title.split()[-1]
    hits = search(parse(place_word), 1, timezone.now()).hits
    assert hits, f"no hit for {place_word!r}"


def test_it_inflects_nouns_for_the_stemmer_to_meet():
    assert inflect("spital") == ["spital", "spitalul", "spitalului", "spitale", "spitalele", "spitalelor"]
    assert inflect("casă")[:3] == ["casă", "casa", "casei"]


def test_it_runs_as_a_command(db, capsys):
    call_command("generate", "--articles", "50", "--json")
    assert '"created": 50' in capsys.readouterr().out
