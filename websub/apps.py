from django.apps import AppConfig


class WebsubConfig(AppConfig):
    name = "websub"
    verbose_name = "WebSub"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from ingest.hooks import feed_polled
        from websub.poll import after_poll

        feed_polled.connect(after_poll, dispatch_uid="websub-after-poll")
