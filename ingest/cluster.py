"""Cluster: fold an article into the story it tells (first version: signature only)."""
from news.models import Article, Story


def cluster_article(article: Article) -> Story:
    """Attach a saved article to its story, creating one when it tells something new."""
    if article.story_id:
        return article.story
    story = Story.objects.create(title=article.title[:500], county=article.county, representative=article,
                                 article_count=1, source_count=1, first_published_at=article.published_at,
                                 last_published_at=article.published_at)
    Article.objects.filter(pk=article.pk).update(story=story)
    article.story = story
    return story
