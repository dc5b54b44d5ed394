from django.apps import AppConfig


class WebsubConfig(AppConfig):
    name = "websub"
    verbose_name = "WebSub"
    default_auto_field = "django.db.models.BigAutoField"
