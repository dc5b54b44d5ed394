"""Counts an operator checks first: what is loaded, what is stored, what is failing."""

from django.apps import apps
from django.db.models import Count

from news.models import Article, Category, County, Locality, Source, Story


def collect_stats() -> dict:
    """Return the counts `gazeta stats` prints."""
    per_county = dict(County.objects.annotate(n=Count("articles")).values_list("slug", "n").order_by("slug"))
    failing = Source.objects.in_error().order_by("name")
    # Apps add their own sections through an AppConfig.stats() (the domain imports no app).
    extra = {}
    for config in apps.get_app_configs():
        if callable(getattr(config, "stats", None)):
            extra.update(config.stats())
    return {
        "counties": County.objects.count(),
        "localities": Locality.objects.count(),
        "categories": Category.objects.count(),
        "sources": Source.objects.count(),
        "sources_enabled": Source.objects.filter(enabled=True).count(),
        "articles": Article.objects.count(),
        "articles_visible": Article.objects.visible().count(),
        "articles_without_county": Article.objects.filter(county__isnull=True).count(),
        "stories": Story.objects.count(),
        "articles_per_county": per_county,
        "sources_in_error": [
            {
                "id": s.id,
                "name": s.name,
                "errors": s.error_count,
                "last_error": s.last_error,
                "next_fetch_at": s.next_fetch_at.isoformat() if s.next_fetch_at else None,
            }
            for s in failing
        ],
        **extra,
    }
