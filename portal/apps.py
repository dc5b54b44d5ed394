from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        """Make cached pages stale whenever the domain says what they show changed."""
        from django.db.models.signals import post_save

        from news.models import Category, County
        from news.signals import content_changed
        from portal.generation import bump
        from portal.queries import forget_reference_data

        content_changed.connect(bump, dispatch_uid="portal-bump")
        from portal.site_pages import SitePage

        # An edited site page shows at once (the page cache keys on the generation).
        post_save.connect(bump, sender=SitePage, dispatch_uid="portal-site-page")
        for model in (County, Category):
            post_save.connect(forget_reference_data, sender=model, dispatch_uid=f"portal-reference-{model.__name__}")
