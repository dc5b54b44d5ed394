"""A story: the same event as told by every outlet that reported it."""

from django.http import Http404, HttpRequest, HttpResponse

from lib.ro import count
from news.models import Article, Story
from portal import queries, seo
from portal.cache import cached_page
from portal.views.common import render_page
from portal.views.errors import gone

MAX_ARTICLES = 100


@cached_page
def story(request: HttpRequest, pk: int) -> HttpResponse:
    item = Story.objects.select_related("county").filter(pk=pk).first()
    if item is None:
        if removed := gone(request, Story, pk):
            return removed
        raise Http404("subiectul nu există")
    articles = queries.fetch(Article.objects.filter(story=item), MAX_ARTICLES)
    if not articles:
        raise Http404("subiectul nu are articole vizibile")
    timeline = sorted(articles, key=lambda a: (a.published_at, a.id))  # who reported it, in order
    outlets = len({a.source_id for a in articles})  # None: the own newsroom, one outlet too
    counties = list({a.county_id: a.county for a in timeline if a.county_id}.values())
    meta = seo.page_meta(
        request, title=item.title, description=f"{item.title}: relatat de {count(outlets, 'publicație')}."
    )
    if len(articles) < 2:
        meta["robots"] = seo.NOINDEX  # a story of one article is that article's page again
    meta["json_ld"] = seo.json_ld(
        seo.story_list(item.title, [(a.title, seo.absolute(a.get_absolute_url())) for a in timeline])
    )
    context = {
        "story": item,
        "articles": timeline,
        "first": timeline[0],
        "outlets": outlets,
        "counties": counties,
        "seo": meta,
    }
    return render_page(request, "portal/story.html", context, section=item.county)
