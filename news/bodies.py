"""One policy for article bodies: whatever saves an Article (the ingest store, the admin, an own
article, a script), the HTML pages render with |safe has passed the same sanitizer.
"""

from lib.sanitize import sanitize_html
from lib.site import site_url


def mark_clean(article) -> None:
    """Record that article.body_html has just passed the sanitizer (saves a second pass on save)."""
    article._clean_body = article.body_html


def sanitize_body(sender, instance, raw=False, **kwargs) -> None:
    """pre_save of Article: sanitize the body unless this exact text was sanitized already."""
    if raw or not instance.body_html or getattr(instance, "_clean_body", None) == instance.body_html:
        return
    base = instance.url if instance.url.startswith(("http://", "https://")) else site_url()
    instance.body_html = sanitize_html(instance.body_html, base_url=base)
    mark_clean(instance)
