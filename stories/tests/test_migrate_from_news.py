"""A database made before the house move (signatures and bands in news) migrates forward intact.

ArticleSignature and ArticleBand moved from news to stories by state only: their tables and rows
must survive `migrate`, together with the articles, stories and sources around them.
"""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

# The last migrations before the move: news still owns the two models, stories does not exist.
# The search index goes too (its SQLite triggers name news_article, which the reversed news
# migrations rebuild) and comes back with the rest.
BEFORE_MOVE = [("search", None), ("news", "0006_romanian_field_names"), ("stories", None)]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state([node for node in targets if node[1] is not None]).apps


def _latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_rows_written_before_the_move_are_all_there_after_migrate():
    old = _migrate(BEFORE_MOVE)
    try:
        assert "articlesignature" in old.all_models["news"] and "stories" not in old.all_models
        County, Source = old.get_model("news", "County"), old.get_model("news", "Source")
        Story, Article = old.get_model("news", "Story"), old.get_model("news", "Article")
        Signature, Band = old.get_model("news", "ArticleSignature"), old.get_model("news", "ArticleBand")
        when = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)
        county, _ = County.objects.get_or_create(
            code="VS",
            defaults={"slug": "vaslui", "name": "Vaslui", "seat": "Vaslui", "latitude": 46.64, "longitude": 27.73},
        )
        source = Source.objects.create(
            name="Ziarul de Vaslui", slug="ziarul-de-vaslui", county=county, feed_url="https://ziarul-vs.example/rss"
        )
        story = Story.objects.create(
            title="Podul de la Bârlad, redeschis",
            county=county,
            article_count=1,
            source_count=1,
            first_published_at=when,
            last_published_at=when,
        )
        article = Article.objects.create(
            source=source,
            url="https://ziarul-vs.example/podul-de-la-barlad",
            title="Podul de la Bârlad, redeschis",
            text="Podul a fost redeschis.",
            status="published",
            published_at=when,
            fetched_at=when,
            story=story,
            county=county,
        )
        Signature.objects.create(
            article=article,
            minhash=b"\x01\x02\x03\x04",
            shingle_count=7,
            title_words="barlad podul",
            county_slug="vaslui",
            published_at=when,
        )
        Band.objects.bulk_create([Band(key=key, article=article) for key in (11, -22, 33)])
    finally:
        _migrate(_latest())

    from news.models import Article as NewArticle
    from news.models import Source as NewSource
    from news.models import Story as NewStory
    from stories.models import ArticleBand, ArticleSignature

    kept = NewArticle.objects.get(url="https://ziarul-vs.example/podul-de-la-barlad")
    assert kept.title == "Podul de la Bârlad, redeschis" and kept.published_at == when
    assert kept.story == NewStory.objects.get(title="Podul de la Bârlad, redeschis")
    assert kept.source == NewSource.objects.get(slug="ziarul-de-vaslui")
    signature = ArticleSignature.objects.get(article=kept)
    assert (bytes(signature.minhash), signature.shingle_count, signature.title_words) == (
        b"\x01\x02\x03\x04",
        7,
        "barlad podul",
    )
    assert kept.signature == signature  # the reverse accessor still reaches it from the article
    assert sorted(ArticleBand.objects.filter(article=kept).values_list("key", flat=True)) == [-22, 11, 33]
    assert sorted(band.key for band in kept.bands.all()) == [-22, 11, 33]
