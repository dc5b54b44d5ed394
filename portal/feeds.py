"""RSS 2.0 and Atom feeds: the whole site, each county, each category (Django's syndication)."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed

from lib.site import site_url
from news.models import Article
from portal import lists, queries

ITEMS = 30


def newest_articles(where: str = "1 = 1", params=()) -> list[Article]:
    """Return the ITEMS newest visible articles matching `where`: one index walk, one row read."""
    ids = lists.ids(where, params, ITEMS)
    # By id only: with visible() added, SQLite walked the status index instead of the ids (120 ms).
    rows = Article.objects.filter(id__in=ids).select_related("county", "source").only(*queries.TEASER_FIELDS)
    return lists.pick({a.id: a for a in rows}, ids)


def breaking_first(breaking: list[Article], newest: list[Article]) -> list[Article]:
    """Put the "Ultima oră" articles at the top of a feed, each once, keeping ITEMS in all."""
    first = {a.id for a in breaking}
    return (breaking + [a for a in newest if a.id not in first])[:ITEMS]


class LatestFeed(Feed):
    """The newest articles from every county."""

    description_template = None

    def title(self, obj=None):
        return f"{settings.SITE_NAME} — toate știrile"

    def link(self, obj=None):
        return site_url() + "/"

    def description(self, obj=None):
        return "Știrile tuturor județelor, cele mai noi întâi."

    def items(self, obj=None):
        return breaking_first(queries.breaking(), newest_articles())

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.snippet or item.lead

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at or item.published_at

    def item_author_name(self, item):
        return item.author_name or (item.source.name if item.source_id else settings.SITE_NAME)

    def item_link(self, item):
        return site_url() + item.get_absolute_url()  # canonical host, whatever was requested

    def item_guid(self, item):
        return self.item_link(item)

    item_guid_is_permalink = True


class CountyFeed(LatestFeed):
    def get_object(self, request, county_slug):
        county = queries.county_by_slug(county_slug)
        if county is None:
            raise Http404("județ necunoscut")
        return county

    def title(self, obj=None):
        return f"{settings.SITE_NAME} {obj.name} — știri din {obj.label}"

    def link(self, obj=None):
        return site_url() + obj.get_absolute_url()

    def description(self, obj=None):
        return obj.tagline

    def items(self, obj=None):
        return breaking_first(queries.breaking(obj), newest_articles("a.county_id = %s", [obj.id]))


class CategoryFeed(LatestFeed):
    def get_object(self, request, slug):
        category = queries.category_by_slug(slug)
        if category is None:
            raise Http404("categorie necunoscută")
        return category

    def title(self, obj=None):
        return f"{settings.SITE_NAME} — {obj.name}"

    def link(self, obj=None):
        return site_url() + obj.get_absolute_url()

    def description(self, obj=None):
        return f"Ultimele știri din categoria {obj.name}."

    def items(self, obj=None):
        return newest_articles("a.category_id = %s", [obj.id])


class PlaceFeed(LatestFeed):
    """A town's, commune's or village's news (a commune's feed has its villages' too)."""

    def get_object(self, request, county_slug, slug):
        from news.models import Locality

        place = Locality.objects.by_path(county_slug, slug)
        if place is None:
            raise Http404("localitate necunoscută")
        return place

    def title(self, obj=None):
        return f"{settings.SITE_NAME} — știri din {obj.name}, {obj.county.name}"

    def link(self, obj=None):
        return site_url() + obj.get_absolute_url()

    def description(self, obj=None):
        return f"Ultimele știri din {obj.label}."

    def items(self, obj=None):
        ids = lists.place_ids(obj.pk, obj.is_commune, ITEMS)
        rows = Article.objects.filter(id__in=ids).select_related("county", "source").only(*queries.TEASER_FIELDS)
        return lists.pick({a.id: a for a in rows}, ids)


class LatestAtom(LatestFeed):
    feed_type = Atom1Feed
    subtitle = LatestFeed.description


class CountyAtom(CountyFeed):
    feed_type = Atom1Feed
    subtitle = CountyFeed.description


class CategoryAtom(CategoryFeed):
    feed_type = Atom1Feed
    subtitle = CategoryFeed.description


class PlaceAtom(PlaceFeed):
    feed_type = Atom1Feed
    subtitle = PlaceFeed.description
