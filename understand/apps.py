from django.apps import AppConfig


class UnderstandConfig(AppConfig):
    name = "understand"
    verbose_name = "Înțelegere (județ, categorie)"
