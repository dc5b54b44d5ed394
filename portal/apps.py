from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        """Make cached pages stale whenever what they show changes."""
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from news.models import Article, Category, County, Story
        from portal.cache import bump

        for model in (Article, Story, County, Category):
            post_save.connect(bump, sender=model, dispatch_uid=f"portal-bump-save-{model.__name__}")
            post_delete.connect(bump, sender=model, dispatch_uid=f"portal-bump-delete-{model.__name__}")
        m2m_changed.connect(bump, sender=Article.other_counties.through, dispatch_uid="portal-bump-m2m")
