from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        """Make cached pages stale whenever the domain says what they show changed."""
        from news.signals import content_changed
        from portal.generation import bump

        content_changed.connect(bump, dispatch_uid="portal-bump")
