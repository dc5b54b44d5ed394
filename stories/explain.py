"""Why a story holds each of its articles: the reason recorded when each joined."""

from news.models import Article, Story
from stories.models import ArticleSignature


def explain(story: Story) -> dict:
    """Return a story's figures and, for every article in publication order, why it is there."""
    articles = list(
        Article.objects.filter(story=story)
        .select_related("source")
        .order_by("published_at", "id")
        .only("id", "title", "published_at", "story_locked", "is_own", "source__name", "county_id")
    )
    reasons = dict(ArticleSignature.objects.filter(article__in=articles).values_list("article_id", "joined"))
    return {
        "id": story.pk,
        "title": story.title,
        "articles": story.article_count,
        "outlets": story.source_count,
        "representative": story.representative_id,
        "members": [
            {
                "id": a.pk,
                "title": a.title,
                "outlet": a.source.name if a.source_id else "redacția",
                "published_at": a.published_at.isoformat(),
                "locked": a.story_locked,
                "why": "fixat de redactor" if a.story_locked else (reasons.get(a.pk) or "—"),
            }
            for a in articles
        ],
    }
