"""An author's page: who they are and what they wrote."""

from django.http import Http404, HttpRequest, HttpResponse

from news.models import Article, Author
from portal import queries, seo
from portal.cache import cached_page
from portal.views.common import page_number, paged, render_page


@cached_page
def author(request: HttpRequest, slug: str) -> HttpResponse:
    person = Author.objects.select_related("source").filter(slug=slug).first()
    if person is None:
        raise Http404("autor necunoscut")
    page = page_number(request)
    articles, has_next = paged(
        lambda limit, offset: queries.fetch(Article.objects.filter(author=person), limit, offset), page
    )
    context = {
        "person": person,
        "articles": articles,
        "page": page,
        "has_next": has_next,
        "seo": seo.page_meta(request, title=person.name, description=f"Articolele semnate de {person.name}."),
    }
    return render_page(request, "portal/author.html", context)
