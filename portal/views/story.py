"""A story: the same event as told by every outlet that reported it."""
from django.http import Http404, HttpRequest, HttpResponse

from news.models import Article, Story
from portal import queries, seo
from portal.cache import cached_page
from portal.views.common import render_page

MAX_ARTICLES = 100


@cached_page
def story(request: HttpRequest, pk: int) -> HttpResponse:
    item = Story.objects.select_related("county").filter(pk=pk).first()
    if item is None:
        raise Http404("subiectul nu există")
    articles = queries.fetch(Article.objects.filter(story=item), MAX_ARTICLES)
    if not articles:
        raise Http404("subiectul nu are articole vizibile")
    outlets = len({a.source_id for a in articles})
    context = {
        "story": item, "articles": articles, "outlets": outlets,
        "seo": seo.page_meta(request, title=item.title,
                             description=f"{item.title}: relatat de {outlets} publicații."),
    }
    return render_page(request, "portal/story.html", context, section=item.county)
