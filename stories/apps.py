from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = "Subiecte"

    def ready(self):
        from stories import editing

        editing.connect()  # an editor's change of an article's story recounts both stories
