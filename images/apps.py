from django.apps import AppConfig


class ImagesConfig(AppConfig):
    name = "images"
    verbose_name = "Imagini"
    default_auto_field = "django.db.models.BigAutoField"

    def stats(self) -> dict:
        """Return what `gazeta stats` shows of images (see news.stats)."""
        from images.jobs import image_stats

        return {"images": image_stats()}
