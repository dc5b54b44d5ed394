from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Căutare"

    def ready(self):
        from search import index

        index.connect()
