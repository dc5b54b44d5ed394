"""The article page: every element of the reference page around one article."""

from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect

from news import unsaved
from news.models import Article, Locality
from portal import lists, seo, sidebar
from portal.cache import cached_page
from portal.views.common import back_target, render_page
from portal.views.errors import gone

MORE_FROM_CATEGORY = 5
SIDEBAR_LOCAL = 5
SIDEBAR_NATIONAL = 5
OTHER_OUTLETS = 20


PREVIEW_ROBOTS = "noindex, nofollow"


def load(pk: int, *, visible_only: bool = True) -> Article:
    """Return the article (visible only, unless asked) with everything its page shows, or 404."""
    articles = Article.objects.visible() if visible_only else Article.objects.all()
    try:
        return articles.select_related("source", "author", "county", "category", "story").get(pk=pk)
    except Article.DoesNotExist:
        raise Http404("articolul nu există") from None


def is_staff(request: HttpRequest) -> bool:
    user = getattr(request, "user", None)
    return bool(user and user.is_active and user.is_staff)


def other_outlet_ids(article: Article) -> list[int]:
    """Return ids of the story's other visible articles, one per outlet, newest first."""
    if not article.story_id:
        return []
    found, seen = [], {article.source_id}
    rows = lists.newest(
        "a.story_id = %s AND a.id <> %s",
        [article.story_id, article.pk],
        OTHER_OUTLETS * 2,
        columns="a.id, a.source_id",
        per_story=False,
    )
    for other_id, source_id, _ in rows:
        if source_id not in seen or source_id is None:
            seen.add(source_id)
            found.append(other_id)
    return found[:OTHER_OUTLETS]


def share_links(url: str, title: str) -> dict[str, str]:
    """Return the share addresses of the networks the page offers (no script from them is loaded)."""
    from urllib.parse import quote, urlencode

    return {
        "facebook": "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        "x": "https://x.com/intent/post?" + urlencode({"url": url, "text": title}),
        "whatsapp": "https://wa.me/?" + urlencode({"text": f"{title} {url}"}),
        "email": f"mailto:?subject={quote(title)}&body={quote(title + chr(10) + url)}",
    }


@cached_page(vary_on_back_link=True)
def article(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    try:
        item = load(pk)
    except Http404:
        # A draft or a scheduled article: its own address shows staff the preview (the admin's
        # "Vizualizează pe site"), everyone else the 404. Staff carry a session: never cached.
        if not is_staff(request):
            if removed := gone(request, Article, pk, slug):
                return removed
            raise
        return preview(request, pk)
    canonical_path = item.get_absolute_url()
    if request.path != canonical_path:
        return HttpResponsePermanentRedirect(canonical_path)
    return render_article(request, item)


def preview(request: HttpRequest, pk: int) -> HttpResponse:
    """Show staff the exact public page of any article, whatever its status; 404 for others.

    Not behind the page cache, kept out of search engines and out of every shared cache.
    """
    if not is_staff(request):
        raise Http404("articolul nu există")
    item = load(pk, visible_only=False)
    edited = unsaved.pending(request.user.pk, pk) if request.GET.get("nesalvat") else None
    response = render_article(request, edited or item, preview="unsaved" if edited else True)
    response["X-Robots-Tag"] = PREVIEW_ROBOTS
    response["Cache-Control"] = "private, no-store"
    return response


def named_places(item: Article) -> list[Locality]:
    """Return the SIRUTA places the article names, by name (each links to its place page)."""
    return list(Locality.objects.filter(article_links__article_id=item.pk).select_related("county").order_by("name"))


def render_article(request: HttpRequest, item: Article, preview: bool | str = False) -> HttpResponse:
    """Render an article's page; a preview says so in a banner and asks not to be indexed.

    preview is "unsaved" when item carries an editor's unsaved edits (news.unsaved).
    """
    county = item.county
    # The lists beside an article leave out its own story (its other outlets have their own list).
    other, mine = ("a.id <> %s AND (a.story_id IS NULL OR a.story_id <> %s)", [item.pk, item.story_id or 0])
    more = (
        lists.ids(f"a.category_id = %s AND {other}", [item.category_id, *mine], MORE_FROM_CATEGORY)
        if item.category_id
        else []
    )
    # Primary county only: the county page has the secondary-county list.
    local = lists.ids(f"a.county_id = %s AND {other}", [county.id, *mine], SIDEBAR_LOCAL) if county else []
    national = lists.ids(other, mine, SIDEBAR_NATIONAL)
    outlets = other_outlet_ids(item)
    loaded = lists.load_teasers(more + local + national + outlets)
    meta = seo.article_meta(request, item)
    if preview:
        meta["robots"] = PREVIEW_ROBOTS
    back_path, back_label = back_target(request, item)
    context = {
        "article": item,
        "more": lists.pick(loaded, more),
        "local": lists.pick(loaded, local),
        "national": lists.pick(loaded, national),
        "outlets": lists.pick(loaded, outlets),
        "back_path": back_path,
        "back_label": back_label,
        "share": share_links(meta["canonical"], item.title),
        "seo": meta,
        "in_article_ads": sidebar.ads_html(sidebar.IN_ARTICLE, county, request),
        "preview": preview,
        "places": named_places(item),
        "most_read": "" if preview else sidebar.most_read_html(county),
    }
    return render_page(request, "portal/article.html", context, section=county)
