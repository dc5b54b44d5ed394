"""The article page: every element of the reference page around one article."""
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect

from news.models import Article
from portal import queries, seo, sidebar
from portal.cache import cached_page
from portal.views.common import back_target, render_page

MORE_FROM_CATEGORY = 5
SIDEBAR_LOCAL = 5
SIDEBAR_NATIONAL = 5
OTHER_OUTLETS = 20


def load(pk: int) -> Article:
    """Return the visible article with everything its page shows about it, or 404."""
    try:
        return (Article.objects.visible()
                .select_related("source", "author", "county", "category", "story")
                .get(pk=pk))
    except Article.DoesNotExist:
        raise Http404("articolul nu există") from None


def other_outlets(article: Article) -> list[Article]:
    """Return the story's other visible articles, one per outlet, newest first."""
    if not article.story_id:
        return []
    found, seen = [], {article.source_id}
    rows = queries.fetch(Article.objects.filter(story_id=article.story_id).exclude(pk=article.pk), OTHER_OUTLETS * 2)
    for other in rows:
        if other.source_id not in seen or other.source_id is None:
            seen.add(other.source_id)
            found.append(other)
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
    item = load(pk)
    canonical_path = item.get_absolute_url()
    if request.path != canonical_path:
        return HttpResponsePermanentRedirect(canonical_path)
    county = item.county
    more = (queries.fetch(Article.objects.filter(category_id=item.category_id).exclude(pk=item.pk), MORE_FROM_CATEGORY)
            if item.category_id else [])
    # Primary county only: the secondary-county read costs ~50 ms at scale (see bench.py); the county page has it.
    local = ([a for a in queries.fetch(Article.objects.filter(county=county), SIDEBAR_LOCAL + 1) if a.id != item.id]
             [:SIDEBAR_LOCAL] if county else [])
    national = [a for a in queries.latest(SIDEBAR_NATIONAL + 1) if a.id != item.id][:SIDEBAR_NATIONAL]
    meta = seo.article_meta(request, item)
    back_path, back_label = back_target(request, item)
    context = {
        "article": item, "more": more, "local": local, "national": national,
        "outlets": other_outlets(item), "back_path": back_path, "back_label": back_label,
        "share": share_links(meta["canonical"], item.title), "seo": meta,
        "in_article_ads": sidebar.ads_html(sidebar.IN_ARTICLE, county, request),
    }
    return render_page(request, "portal/article.html", context, section=county)
