"""Store: the only stage that writes. One idempotent upsert per item, in its own transaction.

An item is matched by (source, guid), then by (source, canonical URL), so an item fetched twice, or
re-published under another guid, stays one article. An item never matches another source's
article: a feed linking to someone else's URL makes its own article (credited to it, folded into
the same story by clustering), never an overwrite. An item needs an http(s) link of its own.
A match whose text changed is updated (text and update time); an editor's choice of county or
category is never overwritten.
"""

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import urlsplit

from django.db import IntegrityError, connection, transaction
from django.db.models.signals import post_save, pre_save
from django.utils import timezone

from ingest.claims import release
from ingest.items import Item
from ingest.models import FetchLog
from lib.rawsql import from_db
from news.bodies import mark_clean
from news.models import Article, ArticlePlace, Author, Category, County, Source
from news.text import slugify_ro

log = logging.getLogger(__name__)

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"
# An outlet's "modified" time this close to its publication is the CMS saving the post it just
# published (WordPress writes both within seconds), not an update readers should be told of.
UPDATE_SLACK = timedelta(minutes=2)

# The fields that make an item "edited" when any of them changes at the outlet.
CONTENT_FIELDS = ("title", "lead", "body_html", "text", "image_url", "image_caption")


@dataclass(frozen=True)
class Stored:
    """What the store did with one item."""

    outcome: str  # new, updated, unchanged
    article_id: int
    article: Article | None = field(default=None, compare=False, repr=False)  # the row as stored


def store_item(item: Item, source: Source | None, *, slugs: "SlugIds | None" = None) -> Stored:
    """Insert or update the article for item in one transaction and return what happened."""
    if not has_web_link(item.url):
        # Without a link of its own an item has no identity to match on: items with an empty URL
        # all matched one another and collapsed into a single article.
        raise ValueError(f"store: item has no http(s) link: {item.url[:100]!r}")
    slugs = slugs or SlugIds()
    for attempt in (1, 2):
        try:
            with transaction.atomic():
                return _upsert(item, source, slugs)
        except IntegrityError:
            # Another worker inserted the same guid or URL between our lookup and our insert:
            # the second attempt finds its row and updates it instead.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def has_web_link(url: str) -> bool:
    """Tell whether url is an absolute http(s) address with a host."""
    parts = urlsplit(url or "")
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def find_existing(item: Item, source: Source | None) -> Article | None:
    """Return the source's stored article for item: same guid, else same canonical URL."""
    url, guid = item.url[:1000], item.guid[:1000]
    if source is None:
        sql, params = _FIND_OWN_BY_URL, [url]
    elif guid:
        # `guid <> ''` repeats the condition of the partial unique index on (source, guid), so
        # the database may use that index (without it SQLite scanned all the source's articles).
        sql, params = _FIND_BY_URL_OR_GUID, [source.pk, url, source.pk, guid]
    else:
        sql, params = _FIND_BY_URL, [source.pk, url]
    # One query for both keys (at most two rows: the unique source+URL and the unique source+guid),
    # unordered: which of the two wins is decided below. Plain SQL, ids only: most items are
    # new, and the one found is loaded whole only then.
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found = cursor.fetchall()
    by_guid = [
        pk for pk, source_id, row_guid in found if source is not None and source_id == source.pk and row_guid == guid
    ]
    pk = (by_guid or [row[0] for row in found] or [None])[0]
    return Article.objects.get(pk=pk) if pk is not None else None


_SELECT = f"SELECT id, source_id, guid FROM {Article._meta.db_table}"
_FIND_OWN_BY_URL = f"{_SELECT} WHERE source_id IS NULL AND url = %s LIMIT 2"
_FIND_BY_URL = f"{_SELECT} WHERE source_id = %s AND url = %s LIMIT 2"
_FIND_BY_URL_OR_GUID = (
    f"{_SELECT} WHERE (source_id = %s AND url = %s) OR (source_id = %s AND guid = %s AND guid <> '') LIMIT 2"
)


def stored_state(source: Source, guid: str) -> tuple[str, object] | None:
    """Return (title, fetched_at) of the source's article with this guid, or None."""
    # `guid <> ''` lets the database use the partial unique index on (source, guid).
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT title, fetched_at FROM {Article._meta.db_table}"
            " WHERE source_id = %s AND guid = %s AND guid <> '' LIMIT 1",
            [source.pk, guid[:1000]],
        )
        row = cursor.fetchone()
    return None if row is None else (row[0], from_db(row[1]))


class SlugIds:
    """Slug -> id of counties and categories, read once per source read (small, fixed tables).

    Kept per read rather than per process so a changed reference table is never seen stale.
    Also keeps the County rows (so clustering reads an article's county slug without a query)
    and the bylines already looked up during the read.
    """

    def __init__(self):
        self._ids: dict[str, dict] = {}
        self._counties: dict[int, County] | None = None
        self.authors: dict[tuple[str, int | None], Author] = {}

    def get(self, model_name: str, slug: str | None) -> int | None:
        if not slug:
            return None
        if model_name not in self._ids:
            if model_name == "county":
                self._ids[model_name] = {county.slug: pk for pk, county in self.counties().items()}
            else:
                self._ids[model_name] = dict(Category.objects.values_list("slug", "id"))
        return self._ids[model_name].get(slug)

    def counties(self) -> dict[int, County]:
        """Return every County row by id."""
        if self._counties is None:
            self._counties = {county.pk: county for county in County.objects.all()}
        return self._counties


def _upsert(item: Item, source: Source | None, slugs: SlugIds) -> Stored:
    now = timezone.now()
    article = find_existing(item, source)
    if article is None:
        article = Article(source=source, guid=item.guid[:1000], url=item.url[:1000], status=Article.PUBLISHED)
        _fill(article, item, now, slugs)
        article.updated_at = outlet_update(item, article.published_at, now)
        _place(article, item, slugs)
        _insert(article)
        _other_counties(article, item, slugs, new=True)
        ArticlePlace.objects.link(article, new=True)
        return Stored(NEW, article.pk, article)

    changed = [name for name in CONTENT_FIELDS if getattr(article, name) != _value(item, name)]
    if not changed:
        return Stored(UNCHANGED, article.pk, article)
    previous_update = article.updated_at or article.published_at
    _fill(article, item, now, slugs, keep_published=True)
    # The outlet's own update time when it moved forward (feeds often repeat the publication
    # time as "updated"), otherwise the moment we saw the edit.
    newer = item.updated_at and (previous_update is None or item.updated_at > previous_update)
    article.updated_at = item.updated_at if newer else now
    _place(article, item, slugs)
    article.save()
    _other_counties(article, item, slugs)
    if not article.county_locked:
        ArticlePlace.objects.link(article)
    return Stored(UPDATED, article.pk, article)


def _insert(article: Article) -> None:
    """INSERT a new article as Model.save() would, without building the statement through the ORM.

    Each field's value goes through pre_save (created and modified times) and get_db_prep_save,
    as in save(); the search index triggers fire on the INSERT itself; pre_save and post_save are
    sent as save() sends them (the page cache listens to post_save).
    """
    pre_save.send(sender=Article, instance=article, raw=False, using=connection.alias, update_fields=None)
    values = [field.get_db_prep_save(field.pre_save(article, True), connection) for field in _INSERT_FIELDS]
    with connection.cursor() as cursor:
        if connection.features.can_return_columns_from_insert:
            cursor.execute(_INSERT_SQL + f" RETURNING {connection.ops.quote_name(_PK.column)}", values)
            article.pk = cursor.fetchone()[0]
        else:
            cursor.execute(_INSERT_SQL, values)
            article.pk = cursor.lastrowid
    article._state.adding, article._state.db = False, connection.alias
    post_save.send(
        sender=Article, instance=article, created=True, update_fields=None, raw=False, using=connection.alias
    )


# Building the INSERT through the ORM cost about a third of the insert itself, for every article.
_PK = Article._meta.pk
_INSERT_FIELDS = [field for field in Article._meta.concrete_fields if field is not _PK]
_INSERT_SQL = "INSERT INTO {} ({}) VALUES ({})".format(
    connection.ops.quote_name(Article._meta.db_table),
    ", ".join(connection.ops.quote_name(field.column) for field in _INSERT_FIELDS),
    ", ".join(["%s"] * len(_INSERT_FIELDS)),
)


def outlet_update(item: Item, published_at, now):
    """Return the outlet's own update time of a new article when it says it edited it after publishing."""
    updated = item.updated_at
    if updated is None or published_at is None or updated > now or updated - published_at < UPDATE_SLACK:
        return None
    return updated


def _value(item: Item, name: str):
    limits = {"title": 500, "image_url": 1000, "image_caption": 500}
    value = getattr(item, name)
    return value[: limits[name]] if name in limits else value


def _fill(article: Article, item: Item, now, slugs: SlugIds, keep_published: bool = False) -> None:
    """Copy the item's content onto the article."""
    for name in CONTENT_FIELDS:
        setattr(article, name, _value(item, name))
    article.slug = slugify_ro(item.title)[:200].strip("-")
    article.snippet = item.snippet
    article.image_alt = item.image_alt[:300]
    article.author_name = item.author_name[:200]
    article.author = author_for(item.author_name, article.source, known=slugs.authors)
    if not keep_published or not article.published_at:
        article.published_at = item.published_at or item.fetched_at or now
    article.fetched_at = item.fetched_at or now
    article.reading_minutes = max(1, min(item.reading_minutes, 32767))
    article.word_count = item.word_count
    article.source_categories = list(item.source_categories)
    article.extraction = item.extraction[:20]
    article.language = (item.language or "ro")[:5]
    article.fingerprint = item.fingerprint[:64]
    mark_clean(article)  # an Item's body passed the pipeline's sanitize stage, the same policy


def _place(article: Article, item: Item, slugs: SlugIds) -> None:
    """Set county and category unless an editor fixed them."""
    if not article.county_locked:
        article.county_id = slugs.get("county", item.geo.county)
        article.geo_confidence = item.geo.confidence
        article.geo_places = [dict(place) for place in item.geo.places]
    if not article.category_locked:
        article.category_id = slugs.get("category", item.category)


def _other_counties(article: Article, item: Item, slugs: SlugIds, new: bool = False) -> None:
    if article.county_locked:
        return
    others = [slugs.get("county", slug) for slug in item.geo.counties if slug and slug != item.geo.county]
    others = [pk for pk in others if pk]
    if new:
        # A new article has none yet: one INSERT, without the read and the m2m signals of add();
        # the article's own save has just told the page cache that content changed.
        links = Article.other_counties.through
        links.objects.bulk_create([links(article_id=article.pk, county_id=pk) for pk in dict.fromkeys(others)])
    else:
        article.other_counties.set(others)


def author_for(name: str, source: Source | None, known: dict | None = None) -> Author | None:
    """Return the Author row of a byline seen on a source's articles, creating it once.

    known: rows already found during this read, by (name, source id). A row created here joins
    them only once its transaction commits (on_commit), never while it may yet roll back.
    """
    name = name.strip()[:120]
    if not name:
        return None
    key = (name, source.pk if source else None)
    if known is not None and key in known:
        return known[key]
    found = Author.objects.filter(name=name, source=source).first()
    if found:
        if known is not None:
            known[key] = found
        return found
    base = slugify_ro(name)[:100] or "autor"
    slug = base
    if Author.objects.filter(slug=slug).exists():
        # The same name at another outlet is, as far as we can know, another person.
        slug = f"{base}-{source.slug if source else 'x'}"[:140]
        suffix = 2
        while Author.objects.filter(slug=slug).exists():
            slug = f"{base}-{suffix}"
            suffix += 1
    created = Author.objects.create(name=name, slug=slug, source=source)
    if known is not None:
        # A new outlet's bylines are all new, and each recurs on its later articles of the read.
        transaction.on_commit(lambda: known.setdefault(key, created))
    return created


def record_fetch(source: Source, worker_id: str, fields: dict, log_entry: dict) -> bool:
    """Write a source's new polling state, release our claim and log the attempt."""
    with transaction.atomic():
        FetchLog.objects.create(source=source, worker=worker_id[:100], **log_entry)
        held = release(source.pk, worker_id, fields)
        if not held:
            # Our lease ran out and someone else holds the source now: leave their claim alone
            # but still record the state we learnt.
            Source.objects.filter(pk=source.pk).update(**fields)
    for name, value in fields.items():
        setattr(source, name, value)
    return held


def trim_fetch_logs(keep: int = 50) -> int:
    """Delete all but the latest `keep` attempts of each source; return how many went."""
    deleted = 0
    for source_id in FetchLog.objects.values_list("source_id", flat=True).distinct():
        old = FetchLog.objects.filter(source_id=source_id).order_by("-started_at", "-id")[keep:]
        ids = list(old.values_list("id", flat=True))
        if ids:
            deleted += FetchLog.objects.filter(id__in=ids).delete()[0]
    return deleted
