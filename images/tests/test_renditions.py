"""Renditions: WebP at the layouts' widths, never enlarged, metadata-free, named by content."""

import io

from PIL import Image

from images import renditions
from images.decode import decode
from images.tests.photos import jpeg_rotated, photo


def test_it_makes_webp_at_each_layout_width_up_to_the_image_own():
    made, color = renditions.render(decode(photo(1200, 800)).image)
    assert [(r.width, r.height) for r in made] == [(160, 107), (320, 213), (960, 640)]
    for rendition in made:
        image = Image.open(io.BytesIO(rendition.data))
        assert image.format == "WEBP" and image.size == (rendition.width, rendition.height)
    assert color.startswith("#") and len(color) == 7


def test_an_exact_third_or_half_is_a_box_average_of_the_larger_rendition():
    # 960 -> 320 is reduce(3): each pixel is the mean of a 3x3 block; a 1-px checkerboard
    # averages to an even grey (a resampling that skipped pixels would keep black or white).
    board = Image.new("L", (960, 630))
    board.putdata([255 * ((x + y) % 2) for y in range(630) for x in range(960)])
    made, _ = renditions.render(board.convert("RGB"))
    assert [(r.width, r.height) for r in made] == [(160, 105), (320, 210), (960, 630)]
    thumb = Image.open(io.BytesIO(made[1].data)).convert("L")
    assert 100 < thumb.getpixel((100, 100)) < 155


def test_a_small_image_is_never_enlarged():
    assert renditions.widths_for(500) == [160, 320, 500]
    assert renditions.widths_for(360) == [160, 360]  # no 320 next to 360
    assert renditions.widths_for(700) == [160, 320, 700]
    assert renditions.widths_for(180) == [180] and renditions.widths_for(120) == [120]
    assert renditions.widths_for(960) == [160, 320, 960]
    made, _ = renditions.render(decode(photo(500, 300, "PNG")).image)
    assert [r.width for r in made] == [160, 320, 500]


def test_renditions_carry_no_exif_and_are_upright():
    made, _ = renditions.render(decode(jpeg_rotated(orientation=6, width=400, height=300)).image)
    image = Image.open(io.BytesIO(made[-1].data))
    assert image.size == (300, 400)
    assert not image.getexif() and "exif" not in image.info and "icc_profile" not in image.info


def test_the_average_colour_follows_the_picture():
    red = io.BytesIO()
    Image.new("RGB", (400, 300), (200, 20, 20)).save(red, "PNG")
    _, color = renditions.render(decode(red.getvalue()).image)
    assert color == "#c81414"


def test_the_key_is_a_hash_of_the_bytes(settings):
    settings.IMAGES_DIR = "imagini"
    one, two = photo(seed=1), photo(seed=2)
    assert renditions.key_for(one) == renditions.key_for(one) != renditions.key_for(two)
    assert renditions.key_for(one).startswith("imagini/")


def test_saving_twice_keeps_one_copy(media_root):
    made, _ = renditions.render(decode(photo(700, 400)).image)
    key = renditions.key_for(b"x")
    first = renditions.save(key, made)
    second = renditions.save(key, made)
    assert first == second == sum(len(r.data) for r in made)
    assert sorted(p.name for p in media_root.rglob("*.webp")) == sorted(
        f"{key.rsplit('/', 1)[1]}-{w}.webp" for w in (160, 320, 700)
    )
