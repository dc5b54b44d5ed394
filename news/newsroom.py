"""Own-newsroom articles: what the admin derives when an editor saves one."""

from django.db import transaction
from django.utils import timezone

from lib.sanitize import html_to_text, sanitize_html
from lib.site import site_url
from lib.text import count_words, fingerprint, fix_diacritics, make_snippet, reading_minutes
from news.bodies import mark_clean
from news.models import Article
from news.text import slugify_ro

SLUG_WORDS = 12  # long headlines make unreadable URLs; twelve words keep them recognisable


def clean_body(body_html: str) -> str:
    """Return an editor's body under the policy ingested text passes (pasted Word/Docs markup too)."""
    return sanitize_html(fix_diacritics(body_html or ""), base_url=site_url())


def prepare(article: Article) -> None:
    """Fill an own article's derived fields from what the editor wrote."""
    article.is_own = True
    article.source = None
    article.title = fix_diacritics(article.title).strip()
    article.lead = fix_diacritics(article.lead).strip()
    # Editors are trusted, but a pasted body may carry scripts or trackers from elsewhere.
    article.body_html = clean_body(article.body_html)
    mark_clean(article)
    article.text = html_to_text(article.body_html)
    article.snippet = make_snippet(article.lead or article.text)
    images = article.body_html.count("<img") + (1 if article.image or article.image_url else 0)
    article.word_count = count_words(article.text)
    article.reading_minutes = reading_minutes(article.text, images)
    article.fingerprint = fingerprint(article.text or article.title)
    article.slug = article.slug or "-".join(slugify_ro(article.title).split("-")[:SLUG_WORDS])[:200]
    if article.image and not article.image_width:
        article.image_width, article.image_height = article.image.width, article.image.height
    if article.status == Article.PUBLISHED and article.published_at > timezone.now():
        article.status = Article.SCHEDULED
    if article.pk and article.status == Article.PUBLISHED:
        article.updated_at = timezone.now()


@transaction.atomic
def save_own(article: Article) -> Article:
    """Save an own article; its canonical URL is its Gazeta address, known once it has an id."""
    prepare(article)
    if not article.url:
        article.url = f"{site_url()}/redactie/{timezone.now().timestamp()}"  # replaced below
        article.save()
    article.url = site_url() + article.get_absolute_url()
    article.save()
    return article
