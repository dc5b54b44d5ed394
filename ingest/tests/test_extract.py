"""Extract: golden pages with clutter, lazy images, site rules, and the fall back to the feed."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ingest.errors import ExtractError
from ingest.extract import (
    MIN_PAGE_CHARS,
    extract_article,
    extract_page,
    feed_is_complete,
    from_feed,
    parse_html,
    resolve_lazy_images,
)
from ingest.items import FeedEntry
from ingest.page_clean import best_srcset
from ingest.site_rules import SITE_RULES, SiteRule, rule_for

DATA = Path(__file__).parent / "data"
LONG_PARAGRAPH = (
    "Consiliul local a aprobat în ședința de joi planul de reabilitare a străzilor din cartierul "
    "de nord, după o dezbatere care a durat aproape trei ore. "
)


def entry(**fields):
    defaults = {
        "guid": "g1",
        "url": "https://ziar.example/a",
        "title": "Titlu din flux",
        "published": datetime(2026, 11, 25, tzinfo=UTC),
    }
    return FeedEntry(**{**defaults, **fields})


@pytest.mark.parametrize("name", ["page_clutter", "page_plain"])
def test_it_extracts_golden_pages(name):
    expected = json.loads((DATA / f"{name}.expected.json").read_text())
    extracted = extract_page((DATA / f"{name}.html").read_text(), url=expected["url"])
    assert extracted.path == "page"
    for field in ("title", "author", "image_url", "image_caption", "image_alt", "canonical_url"):
        if field in expected:
            assert getattr(extracted, field) == expected[field], field
    if "published" in expected:
        assert extracted.published.isoformat() == expected["published"]
    assert extracted.text.split("\n") == expected["paragraphs"]
    for clutter in expected["absent"]:
        assert clutter not in extracted.text and clutter not in extracted.html, clutter


def test_it_keeps_the_lead_image_out_of_the_body():
    extracted = extract_page((DATA / "page_clutter.html").read_text(), url="https://obiectiv-sv.example/a/")
    assert "rmn-" not in extracted.html
    assert "data:image" not in extracted.html


def test_it_resolves_lazy_images_to_absolute_urls():
    tree = parse_html(
        '<html><body><img src="data:image/gif;base64,R0l" data-src="/a.jpg">'
        '<img data-lazy-src="b.jpg"><img srcset="/c-400.jpg 400w, /c-1600.jpg 1600w, /c-800.jpg 800w">'
        '<img src="/placeholder.png" data-original="//cdn.example/d.jpg">'
        '<picture><source srcset="/e-1x.webp 1x, /e-2x.webp 2x"><img></picture>'
        '<img src="/f.jpg"></body></html>'
    )
    resolve_lazy_images(tree, "https://ziar.example/stiri/x.html")
    assert [img.get("src") for img in tree.iter("img")] == [
        "https://ziar.example/a.jpg",
        "https://ziar.example/stiri/b.jpg",
        "https://ziar.example/c-1600.jpg",
        "https://cdn.example/d.jpg",
        "https://ziar.example/e-2x.webp",
        "https://ziar.example/f.jpg",
    ]


def test_it_picks_the_largest_srcset_candidate():
    assert best_srcset("a.jpg 320w, b.jpg 1024w, c.jpg 640w") == "b.jpg"
    assert best_srcset("a.jpg, b.jpg 2x") == "b.jpg"
    assert best_srcset("") == ""


def test_it_falls_back_to_the_feed_when_the_page_is_a_teaser():
    feed_body = "<p>" + LONG_PARAGRAPH * 4 + "</p>"
    extracted = extract_article(
        (DATA / "page_teaser.html").read_text(),
        url="https://premium.example/a",
        entry=entry(content_html=feed_body, author="Ana Pop"),
    )
    assert extracted.path == "fallback"
    assert "page text too short" in extracted.reason
    assert extracted.text.startswith(LONG_PARAGRAPH.strip())
    assert extracted.author == "Ana Pop"


def test_it_falls_back_to_the_feed_when_the_page_is_empty():
    extracted = extract_article("", url="https://ziar.example/a", entry=entry(summary_html="Rezumat scurt."))
    assert extracted.path == "fallback"
    assert extracted.text == "Rezumat scurt."
    assert extracted.reason == "empty page"


def test_it_uses_the_page_and_fills_missing_metadata_from_the_feed():
    page = (DATA / "page_plain.html").read_text()
    extracted = extract_article(
        page,
        url="https://opinia-bz.example/local/ploi.html",
        entry=entry(
            summary_html="Cod galben pe Buzău.", author="Redacția", image_url="https://opinia-bz.example/foto.jpg"
        ),
    )
    assert extracted.path == "page"
    assert extracted.author == "Redacția"
    assert extracted.image_url == "https://opinia-bz.example/foto.jpg"
    assert extracted.title == "Ploile au umflat râul Buzău"


def test_it_raises_without_a_feed_to_fall_back_to():
    with pytest.raises(ExtractError, match="^extract: "):
        extract_article((DATA / "page_teaser.html").read_text(), url="https://premium.example/a")


def test_it_tells_complete_feed_entries_from_summaries():
    assert feed_is_complete(entry(content_html="<p>" + LONG_PARAGRAPH * 10 + "</p>"))
    assert not feed_is_complete(entry(content_html="<p>" + LONG_PARAGRAPH * 10 + " Citește mai mult</p>"))
    assert not feed_is_complete(entry(content_html="<p>" + LONG_PARAGRAPH * 10 + " [&#8230;]</p>"))
    assert not feed_is_complete(entry(summary_html="<p>" + LONG_PARAGRAPH * 10 + "</p>"))
    assert not feed_is_complete(entry(content_html="<p>Scurt.</p>"))
    excerpt = "<p>" + LONG_PARAGRAPH * 5 + "</p>"
    assert not feed_is_complete(entry(content_html=excerpt, summary_html=excerpt))  # the excerpt twice


def test_it_keeps_a_short_page_when_the_feed_has_even_less():
    extracted = extract_article(
        (DATA / "page_teaser.html").read_text(), url="https://premium.example/a", entry=entry(summary_html="Scurt.")
    )
    assert extracted.path == "page"
    assert extracted.text == "Noul primar a vorbit pentru prima dată despre proiectele sale."


def test_it_turns_a_feed_entry_into_an_extraction():
    extracted = from_feed(entry(content_html="Primul paragraf.\n\nAl doilea & ultimul.", categories=("Sport",)))
    assert extracted.path == "feed"
    assert extracted.html == "<p>Primul paragraf.</p><p>Al doilea &amp; ultimul.</p>"
    assert extracted.text == "Primul paragraf.\nAl doilea & ultimul."
    assert extracted.categories == ("Sport",)


def test_it_applies_site_rules_as_data(monkeypatch):
    page = (
        "<html><head><title>T</title></head><body><div class='stiri'><p>Altă știre din listă.</p></div>"
        "<div class='corp'><p>" + LONG_PARAGRAPH * 3 + "</p><div class='sondaj'>Votați acum în sondaj!</div>"
        "<p>" + LONG_PARAGRAPH + "</p></div></body></html>"
    )
    rule = SiteRule(content='//div[@class="corp"]', drop=('//div[@class="sondaj"]',))
    monkeypatch.setitem(SITE_RULES, "reguli.example", rule)
    assert rule_for("https://www.reguli.example/a") is rule
    assert rule_for("https://m.reguli.example/a") is rule
    extracted = extract_page(page, url="https://reguli.example/a")
    assert "sondaj" not in extracted.text and "Altă știre" not in extracted.text
    assert len(extracted.text) > MIN_PAGE_CHARS
    assert rule_for("https://alt-site.example/") is None


@pytest.fixture(scope="module")
def demo():
    from demo.server import serve_in_thread

    network = serve_in_thread(seed=1, slow_delay=0)
    yield network
    network.stop()


def _one_article_per_layout_and_charset(network):
    """Pick the first visible article of each (layout, encoding, spelling) among healthy outlets."""
    cutoff = network.httpd.cutoff()
    chosen = {}
    for outlet in network.world.outlets:
        key = (outlet.layout, outlet.encoding, outlet.legacy_cedilla, outlet.images)
        if outlet.failure_mode or key in chosen:
            continue
        visible = network.world.visible(outlet.slug, cutoff)
        if visible:
            chosen[key] = visible[0]
    return list(chosen.values())


def test_it_extracts_demo_pages_like_their_ground_truth(demo, settings):
    from ingest.fetch import fetch
    from ingest.hostgate import HostGate
    from ingest.normalize import clean_line
    from lib.text import fix_diacritics

    settings.INGEST_ALLOWED_HOSTS = [demo.base_url.split("//", 1)[1]]
    truth = {row["canonical_url"]: row for row in demo.truth()}
    articles = _one_article_per_layout_and_charset(demo)
    assert len({demo.world.outlet_by_slug[a.outlet].layout for a in articles}) >= 5
    for article in articles:
        url = demo.base_url + article.path
        expected = truth[url]
        page = fetch(url, kind="page", gate=HostGate(delay=0), respect_robots=False)
        extracted = extract_page(page.text, url=page.final_url)
        assert clean_line(extracted.title) == fix_diacritics(expected["title"]), url
        paragraphs = [fix_diacritics(" ".join(p)) for p in demo.world.body(article.id)]
        assert [clean_line(line) for line in extracted.text.split("\n")] == paragraphs, url
        assert extracted.published == datetime.fromisoformat(expected["published"]), url
        assert bool(extracted.image_url) == expected["has_image"], url


def test_it_reads_the_pages_own_modification_time():
    page = (DATA / "page_clutter.html").read_text()
    stamped = page.replace(
        "<head>", '<head><meta property="article:modified_time" content="2026-03-02T14:05:00+02:00">', 1
    )
    assert "article:modified_time" in stamped
    assert extract_page(stamped, url="https://obiectiv-sv.example/a/").modified == datetime(
        2026, 3, 2, 12, 5, tzinfo=UTC
    )
    assert extract_page(page, url="https://obiectiv-sv.example/a/").modified is None
