"""Public pages (scaffolding: the portal issue replaces these with the full pages)."""
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from news.models import Article, Author, Category, County, Story


def _list(request: HttpRequest, heading: str, articles) -> HttpResponse:
    return render(request, "portal/list.html", {"heading": heading, "articles": articles[:30]})


def home(request: HttpRequest) -> HttpResponse:
    return _list(request, "Recente din România", Article.objects.visible().latest_first())


def county(request: HttpRequest, slug: str) -> HttpResponse:
    section = get_object_or_404(County, slug=slug)
    return _list(request, f"Recente din {section.name}", Article.objects.visible().in_county(section).latest_first())


def category(request: HttpRequest, slug: str) -> HttpResponse:
    section = get_object_or_404(Category, slug=slug)
    return _list(request, section.name, Article.objects.visible().filter(category=section).latest_first())


def author(request: HttpRequest, slug: str) -> HttpResponse:
    person = get_object_or_404(Author, slug=slug)
    return _list(request, person.name, Article.objects.visible().filter(author=person).latest_first())


def story(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(Story, pk=pk)
    return _list(request, item.title, Article.objects.visible().filter(story=item).latest_first())


def article(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    item = get_object_or_404(Article.objects.visible(), pk=pk)
    return _list(request, item.title, Article.objects.filter(pk=pk))
