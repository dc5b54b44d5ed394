"""Sanitize: hostile HTML comes out inert, article markup survives, links are absolute and nofollow."""

import re

import pytest

from lib.sanitize import html_to_text, is_tracking_pixel, sanitize_html

BASE = "https://ziar.example/stiri/articol.html"

HOSTILE = [
    "<script>alert(1)</script>",
    '<p onclick="alert(1)" onmouseover="alert(2)">text</p>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="jav&#x61;script:alert(1)">x</a>',
    '<a href="  JaVaScRiPt:alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<img src=x onerror="alert(1)">',
    '<img src="javascript:alert(1)">',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<svg onload="alert(1)"><script>alert(1)</script></svg>',
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    '<math href="javascript:alert(1)">x</math>',
    '<style>body{background:url("javascript:alert(1)")}</style>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<iframe src="https://evil.example/"></iframe>',
    '<object data="https://evil.example/x.swf"></object><embed src="x.swf">',
    '<form action="https://evil.example/"><input name="parola"><button>Trimite</button></form>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<a href="https://ok.example/" target="_blank" onfocus="alert(1)" autofocus>x</a>',
    "<!--<img src=x onerror=alert(1)>-->",
    "<div><template><script>alert(1)</script></template></div>",
]


@pytest.mark.parametrize("fragment", HOSTILE)
def test_it_leaves_nothing_executable(fragment):
    cleaned = sanitize_html(fragment, base_url=BASE).lower()
    for danger in (
        "<script",
        "javascript:",
        "vbscript:",
        "data:",
        "onerror",
        "onclick",
        "onload",
        "onmouseover",
        "onfocus",
        "<svg",
        "<math",
        "<style",
        "<iframe",
        "<object",
        "<embed",
        "<form",
        "<input",
        "<button",
        "<base",
        "<meta",
        "style=",
        "<template",
        "<noscript",
    ):
        assert danger not in cleaned, (danger, cleaned)


def test_it_keeps_article_markup():
    fragment = (
        "<h2>Subtitlu</h2><p>Un <strong>paragraf</strong> cu <em>accent</em> și "
        '<a href="https://sursa.example/a" title="Sursa">o legătură</a>.</p>'
        "<blockquote><p>Un citat.</p></blockquote><ul><li>unu</li><li>doi</li></ul>"
        '<figure><img src="https://cdn.example/foto.jpg" alt="Primăria" width="800" height="600">'
        "<figcaption>Primăria, azi</figcaption></figure>"
    )
    cleaned = sanitize_html(fragment, base_url=BASE)
    for kept in (
        "<h2>Subtitlu</h2>",
        "<strong>paragraf</strong>",
        "<em>accent</em>",
        "<blockquote><p>Un citat.</p></blockquote>",
        "<li>doi</li>",
        "<figcaption>Primăria, azi</figcaption>",
        'alt="Primăria"',
        'width="800"',
        'title="Sursa"',
    ):
        assert kept in cleaned


def test_it_marks_links_nofollow_noopener_and_allows_mailto():
    cleaned = sanitize_html('<a href="https://a.example/">a</a> <a href="mailto:redactie@ziar.example">scrie</a>')
    assert cleaned.count('rel="nofollow noopener"') == 2
    assert 'href="mailto:redactie@ziar.example"' in cleaned


def test_it_makes_relative_urls_absolute_against_the_article():
    cleaned = sanitize_html('<p><a href="/sport/meci">meci</a><img src="poze/a.jpg" alt=""></p>', base_url=BASE)
    assert 'href="https://ziar.example/sport/meci"' in cleaned
    assert 'src="https://ziar.example/stiri/poze/a.jpg"' in cleaned


def test_it_drops_relative_urls_without_a_base():
    cleaned = sanitize_html('<p><a href="/sport/meci">meci</a></p>')
    assert "href" not in cleaned and "meci" in cleaned


@pytest.mark.parametrize(
    "image",
    [
        '<img src="https://stats.example/p.gif" width="1" height="1">',
        '<img src="https://ziar.example/t.gif" width="0" height="0" alt="">',
        '<img src="https://www.facebook.com/tr?id=1&ev=PageView">',
        '<img src="https://pixel.wp.com/g.gif?blog=1">',
        '<img src="https://ro.hit.gemius.pl/redot.gif?id=x">',
        '<img alt="fără sursă">',
    ],
)
def test_it_drops_tracking_pixels(image):
    cleaned = sanitize_html(f"<p>Text{image}</p>", base_url=BASE)
    assert "<img" not in cleaned and "Text" in cleaned


def test_it_keeps_real_images_beside_pixels():
    cleaned = sanitize_html(
        '<p><img src="https://cdn.example/a.jpg" width="640"><img src="https://x.example/p.gif" width="1"></p>'
    )
    assert len(re.findall("<img", cleaned)) == 1 and "a.jpg" in cleaned


def test_it_drops_unknown_tags_but_keeps_their_text():
    cleaned = sanitize_html('<div class="x"><span style="color:red">Ședința</span> <font>începe</font></div>')
    assert cleaned == "Ședința începe"


def test_it_drops_empty_paragraphs():
    assert sanitize_html("<p>Unu</p><p> </p><p><br></p><p>Doi</p>") == "<p>Unu</p><p>Doi</p>"


def test_it_handles_empty_input():
    assert sanitize_html("") == "" and sanitize_html("   ") == ""


def test_it_tells_pixels_from_pictures():
    assert is_tracking_pixel({"src": "https://a.example/x.gif", "width": "1"})
    assert not is_tracking_pixel({"src": "https://a.example/x.jpg", "width": "300"})


def test_it_turns_sanitized_html_into_text():
    text = html_to_text("<p>Unu &amp; doi</p><ul><li>trei</li></ul><p>patru<br>cinci</p>")
    assert text.split("\n") == ["Unu & doi", "trei", "patru", "cinci"]
