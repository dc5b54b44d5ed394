from django.apps import AppConfig


class WidgetsConfig(AppConfig):
    name = "widgets"
    verbose_name = "Servicii"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from widgets.ads import forget
        from widgets.models import AdSlot

        post_save.connect(forget, sender=AdSlot, dispatch_uid="widgets-ads-saved")
        post_delete.connect(forget, sender=AdSlot, dispatch_uid="widgets-ads-deleted")
        m2m_changed.connect(forget, sender=AdSlot.counties.through, dispatch_uid="widgets-ads-counties")
