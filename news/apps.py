from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "Știri"

    def ready(self):
        """Announce content_changed whenever a row readers see is saved or deleted; sanitize bodies on save."""
        from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

        from news.bodies import sanitize_body
        from news.models import Article, Category, County, Story
        from news.signals import changed

        for model in (Article, Story, County, Category):
            post_save.connect(changed, sender=model, dispatch_uid=f"news-changed-save-{model.__name__}")
            post_delete.connect(changed, sender=model, dispatch_uid=f"news-changed-delete-{model.__name__}")
        m2m_changed.connect(changed, sender=Article.other_counties.through, dispatch_uid="news-changed-m2m")
        from news.place_links import follow_publication

        post_save.connect(follow_publication, sender=Article, dispatch_uid="news.place_links.follow_publication")
        pre_save.connect(sanitize_body, sender=Article, dispatch_uid="news.sanitize_body")
