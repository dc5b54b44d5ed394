"""Lead-image markup: own renditions only, srcset/sizes and width/height on every <img>, the credit."""

import re

import pytest

from portal.pictures import own_images, placeholder_class, placeholder_css
from portal.tests.conftest import give_picture, make_article

pytestmark = pytest.mark.django_db

IMG = re.compile(r"<img\b[^>]*>")


def images_of(html: str) -> list[str]:
    return IMG.findall(html)


def test_every_img_on_the_lists_is_ours_with_srcset_sizes_and_dimensions(client, newsroom):
    for path in ("/", "/bacau/", "/recente/", "/categorie/eveniment/", newsroom["story"].get_absolute_url()):
        tags = images_of(client.get(path).content.decode())
        assert tags, path
        for tag in tags:
            assert 'src="/media/imagini/' in tag and "img.example.ro" not in tag, (path, tag)
            if 'fetchpriority="high"' in tag:  # across the column: every width
                assert re.search(r'srcset="[^"]+ 160w, [^"]+ 320w, [^"]+ 960w"', tag), tag
            else:  # a thumbnail: up to twice its size
                assert re.search(r'srcset="[^"]+ 160w, [^"]+ 320w"', tag), tag
            assert re.search(r'sizes="[^"]+"', tag) and re.search(r'width="\d+" height="\d+"', tag), tag
            assert 'loading="lazy"' in tag or 'fetchpriority="high"' in tag, tag


def test_the_article_lead_image_is_eager_with_high_priority_and_credits_the_outlet(client, newsroom):
    give_picture(newsroom["others"][0], seed=3)  # in "Recente din Bacău" beside the article
    html = client.get(newsroom["ingested"].get_absolute_url()).content.decode()
    lead = images_of(html[html.index('<figure class="lead-figure">') :])[0]
    assert 'fetchpriority="high"' in lead and "loading=" not in lead
    assert 'sizes="(min-width: 60rem) 48.5rem, calc(100vw - 2rem)"' in lead
    assert '<span class="credit">Foto: Deșteptarea de Test</span>' in html
    assert f'href="{newsroom["ingested"].url}"' in html  # the original stays linked
    others = images_of(html[html.index("</figure>") :])
    assert others and all('loading="lazy"' in tag for tag in others)


def test_a_thumbnail_asks_for_enough_width_to_fill_its_4_by_3_box():
    from portal.pictures import Picture

    assert Picture("", "", 1600, 900, "").sizes("thumb") == "139px"  # 78 px tall × 16/9
    assert Picture("", "", 800, 800, "").sizes("thumb") == "104px"


def test_a_thumbnail_offers_widths_up_to_twice_its_size():
    from portal.pictures import thumb_widths

    assert thumb_widths([160, 320, 960], 139) == [160, 320]  # a 3x phone gets the 320
    assert thumb_widths([160, 360], 104) == [160, 360]  # the first width covering 2x stays
    assert thumb_widths([200], 104) == [200]
    assert thumb_widths([160, 320, 960], 416) == [160, 320, 960]  # a panorama's thumbnail is wide


def test_an_article_whose_image_is_not_ours_yet_shows_none(client, newsroom):
    waiting = make_article("Fără imagine încă", source=newsroom["local"], image_url="https://img.example.ro/x.jpg")
    html = client.get(waiting.get_absolute_url()).content.decode()
    assert "img.example.ro" not in html.split("<head>", 1)[1].split("</head>", 1)[1]
    assert '<figure class="lead-figure">' not in html
    give_picture(waiting, seed=5)
    html = client.get(waiting.get_absolute_url()).content.decode()
    assert '<figure class="lead-figure">' in html  # renditions saved: the page went stale and shows them


def test_open_graph_points_at_our_largest_rendition(client, newsroom, settings):
    html = client.get(newsroom["ingested"].get_absolute_url()).content.decode()
    og = re.search(r'<meta property="og:image" content="([^"]+)"', html).group(1)
    assert og.startswith(settings.SITE_URL + "/media/imagini/") and og.endswith("-960.webp")


def test_body_images_from_other_hosts_are_dropped_own_ones_kept(settings):
    settings.SITE_URL = "https://gazeta.example"
    html = (
        '<p>a</p><img src="https://outlet.example/x.jpg" alt="x"><img src="/media/articole/y.jpg">'
        '<img src="https://gazeta.example/media/z.jpg"><img src="//cdn.example/w.jpg">'
    )
    assert own_images(html) == '<p>a</p><img src="/media/articole/y.jpg"><img src="https://gazeta.example/media/z.jpg">'


def test_placeholder_classes_snap_colours_and_exist_in_the_stylesheet():
    from django.contrib.staticfiles import finders

    assert placeholder_class("#c81414") == "ph p200" and placeholder_class("#000000") == "ph p000"
    assert placeholder_class("") == placeholder_class("red") == ""
    with open(finders.find("portal/site.css")) as css:
        assert placeholder_css() in css.read()
