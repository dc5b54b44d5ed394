"""Embeds: only allowlisted players survive the sanitizer, as a link the reader clicks to load them."""

import re

import pytest

from lib import embeds
from lib.sanitize import html_to_text, sanitize_html

YOUTUBE_PLAYER = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
YOUTUBE_FACADE = (
    f'<figure class="embed embed-video" data-embed="{YOUTUBE_PLAYER}">'
    '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" '
    'title="Videoclip de pe YouTube: se încarcă abia când îl porniți" rel="nofollow noopener">'
    "Vezi videoclipul pe YouTube</a></figure>"
)


@pytest.mark.parametrize(
    "source",
    [
        '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=ab12" '
        'allow="autoplay; encrypted-media" allowfullscreen></iframe>',
        "<iframe src='https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'>Videoclip</iframe>",
        '<p><a href="https://youtu.be/dQw4w9WgXcQ">https://youtu.be/dQw4w9WgXcQ</a></p>',  # the editor's way
        "<p>https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42s</p>",
        '<p><a href="https://m.youtube.com/watch?feature=share&amp;v=dQw4w9WgXcQ">Conferința de presă</a></p>',
        YOUTUBE_FACADE,
    ],
)
def test_a_youtube_video_becomes_a_nocookie_facade_whichever_way_it_came(source):
    assert sanitize_html(source) == YOUTUBE_FACADE
    assert sanitize_html(YOUTUBE_FACADE) == YOUTUBE_FACADE  # stable on a second pass (the pre_save one)


@pytest.mark.parametrize(
    ("source", "player", "label"),
    [
        (
            '<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e"></iframe>',
            "https://player.vimeo.com/video/76979871?dnt=1",
            "Vezi videoclipul pe Vimeo",
        ),
        (
            "<p>https://vimeo.com/76979871</p>",
            "https://player.vimeo.com/video/76979871?dnt=1",
            "Vezi videoclipul pe Vimeo",
        ),
        (
            '<iframe src="https://www.facebook.com/plugins/video.php?height=314&amp;href=https%3A%2F%2Fwww.facebook.com'
            '%2FPrefecturaBacau%2Fvideos%2F1234567890%2F&amp;show_text=false"></iframe>',
            "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2FPrefecturaBacau%2Fvideos"
            "%2F1234567890",
            "Vezi videoclipul pe Facebook",
        ),
        (
            "<p>https://www.facebook.com/watch/?v=98765</p>",
            "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D98765",
            "Vezi videoclipul pe Facebook",
        ),
        (
            '<p><a href="https://www.facebook.com/IPJBacau/posts/pfbid02Xyz">postarea</a></p>',
            "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2FIPJBacau%2Fposts%2Fpfbid02Xyz",
            "Vezi postarea pe Facebook",
        ),
    ],
)
def test_vimeo_and_facebook_players_are_allowlisted_too(source, player, label):
    out = sanitize_html(source)
    assert f'data-embed="{player}"' in out and f">{label}</a></figure>" in out
    assert "<iframe" not in out


@pytest.mark.parametrize(
    "source",
    [
        '<iframe src="https://evil.example/embed/dQw4w9WgXcQ"></iframe>',
        '<iframe src="https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ"></iframe>',
        '<iframe src="https://evil.example/?u=https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>',
        '<iframe src="//www.youtube.com/embed/dQw4w9WgXcQ"></iframe>',  # no scheme: not resolved against anything
        '<iframe src="https://user:pw@www.youtube.com/embed/dQw4w9WgXcQ"></iframe>',
        '<iframe src="https://www.youtube.com:8443/embed/dQw4w9WgXcQ"></iframe>',
        '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ&lt;script&gt;"></iframe>',
        '<iframe src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fevil.example%2Fx%2Fvideos%2F1">'
        "</iframe>",
        '<iframe src="https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fwww.facebook.com%2Fx"></iframe>',
        '<iframe srcdoc="<script>alert(1)</script>" src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>',
    ],
)
def test_other_players_and_lookalikes_are_dropped_or_made_inert(source):
    out = sanitize_html(source)
    assert "<iframe" not in out and "srcdoc" not in out and "<script" not in out
    for value in re.findall(r'data-embed="([^"]*)"', out):
        assert embeds.is_player_url(value) and value.startswith(tuple(embeds.FRAME_ORIGINS)), out
    # The one above with srcdoc still names a real YouTube player: that player is all that is kept.
    assert out in ("", YOUTUBE_FACADE), out


@pytest.mark.parametrize(
    "source",
    [
        '<figure class="embed embed-video" data-embed="https://evil.example/player"><a href="https://evil.example/">'
        "Vezi videoclipul</a></figure>",
        '<figure class="embed embed-video" data-embed="javascript:alert(1)//www.youtube-nocookie.com/embed/dQw4w9WgXcQ">'
        "<a>x</a></figure>",
        '<figure class="embed embed-video" data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1'
        '&amp;origin=https://evil.example"><a>x</a></figure>',
        '<figure class="embed embed-video" data-embed=" https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"><a>x</a></figure>',
        '<figure class="embed embed-video" data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'
        + "x" * 5000
        + '"><a>x</a></figure>',
        '<figure class="embed evil" data-other="1" onclick="alert(1)" style="x"><a>x</a></figure>',
    ],
)
def test_a_stored_facade_keeps_only_an_exact_allowlisted_player(source):
    out = sanitize_html(source)
    assert out.startswith("<figure>"), out  # not an embed: a plain figure, no class, no data-embed
    for bad in ("data-embed", "class=", "onclick", "style", "data-other", "javascript"):
        assert bad not in out, (bad, out)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)//https://youtu.be/dQw4w9WgXcQ",
        "JaVaScRiPt:alert('https://vimeo.com/1')",
        "data:text/html,https://vimeo.com/1",
        "https://vimeo.com/1 onmouseover=alert(1)",
        "https://youtu.be/" + "a" * 3000,
        "https://youtu.be/dQw4w9WgXc",  # 10 characters: no YouTube id
        "https://vimeo.com/1234567890123",  # 13 digits: longer than any Vimeo id
        "https://www.facebook.com/" + "a" * 81 + "/videos/1",
        "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fplugins%2Fvideo.php",
    ],
)
def test_addresses_outside_the_allowlist_or_its_bounds_are_no_embed(url):
    assert embeds.find(url) is None
    out = sanitize_html(f'<p><a href="{url}">{url}</a></p><p>{url}</p>', base_url="https://gazeta.example/")
    assert "data-embed" not in out and not re.search(r'href="(?!https?://)', out), out  # the text may stay


def test_an_embed_in_a_sentence_stays_a_link_and_its_label_is_not_article_text():
    out = sanitize_html(
        '<p>Vedeți <a href="https://youtu.be/dQw4w9WgXcQ">conferința</a> de ieri.</p>'
        + YOUTUBE_FACADE
        + "<p>Final.</p>"
    )
    assert out.startswith('<p>Vedeți <a href="https://youtu.be/dQw4w9WgXcQ" rel="nofollow noopener">conferința</a>')
    assert out.count("data-embed") == 1
    assert html_to_text(out) == "Vedeți conferința de ieri.\nFinal."


def test_the_players_origins_are_the_csp_frame_sources_and_players_load_only_from_there():
    for kind in embeds.KINDS.values():
        origin = "/".join(kind.player.split("/")[:3])
        assert origin in embeds.FRAME_ORIGINS, kind
    assert all(origin.startswith("https://") for origin in embeds.FRAME_ORIGINS)
