from django.apps import AppConfig


class PublishConfig(AppConfig):
    name = "publish"
    verbose_name = "Pagini publicate ca fișiere"

    def stats(self) -> dict:
        """`gazeta stats`: the publish directory's pages and bytes, and the publisher's last figures."""
        from django.conf import settings

        from publish import files
        from publish.publisher import read_state, root

        directory = root()
        if directory is None:
            return {"published": {"enabled": False}}
        found = files.usage(directory) if directory.exists() else {"pages": 0, "bytes": 0, "temporaries": 0}
        state = read_state(directory)
        return {
            "published": {
                "enabled": True,
                "directory": str(directory),
                **found,
                "megabytes": round(found["bytes"] / 1e6, 1),
                "articles_limit": settings.PUBLISH_ARTICLES,
                **{k: state.get(k) for k in ("articles_published", "lag_p50_s", "lag_p95_s", "render_failures")},
            }
        }
