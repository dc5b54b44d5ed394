"""Every public page has one h1 and headings that never skip a level (screen-reader outline)."""

import re
from html.parser import HTMLParser

import pytest

from portal.tests.conftest import SNIPPET

pytestmark = pytest.mark.django_db


class Headings(HTMLParser):
    """Collect heading levels in document order."""

    def __init__(self):
        super().__init__()
        self.levels = []

    def handle_starttag(self, tag, attrs):
        if re.fullmatch(r"h[1-6]", tag):
            self.levels.append(int(tag[1]))


def outline(html: str) -> list[int]:
    parser = Headings()
    parser.feed(html)
    return parser.levels


def page_paths(newsroom) -> list[str]:
    return [
        "/",
        "/recente/",
        "/judete/",
        "/bacau/",
        "/bacau/eveniment/",
        "/categorie/eveniment/",
        newsroom["own"].get_absolute_url(),
        newsroom["ingested"].get_absolute_url(),
        newsroom["story"].get_absolute_url(),
        newsroom["author"].get_absolute_url(),
        "/nu-exista/",
    ]


def test_no_page_skips_a_heading_level(client, newsroom):
    for path in page_paths(newsroom):
        levels = outline(client.get(path).content.decode())
        assert levels.count(1) == 1 and levels[0] == 1, (path, levels)
        skips = [(a, b) for a, b in zip(levels, levels[1:]) if b > a + 1]
        assert skips == [], (path, levels)


def test_the_article_sidebar_shows_short_snippets_of_the_countys_news(client, newsroom):
    html = client.get(newsroom["own"].get_absolute_url()).content.decode()
    sidebar = html[html.index("<aside") :]
    local = sidebar[sidebar.index('id="h-local"') : sidebar.index('id="h-national"')]
    snippets = re.findall(r"<p>([^<]*)</p>", local)
    assert "Știre din Bacău" in local and snippets
    assert all(s.startswith(SNIPPET[:60]) and len(s) <= 161 for s in snippets), snippets
