"""Decoding untrusted images: sniffed, capped before decoding, upright, sRGB, first frame only."""

import io

import pytest
from PIL import Image

from images.decode import ImageRejected, decode, sniff
from images.tests.photos import (
    HTML_PAGE,
    SVG_WITH_SCRIPT,
    animated_gif,
    jpeg_rotated,
    photo,
    png_claiming,
    swapped_primaries_profile,
)


def rejected(data: bytes) -> str:
    with pytest.raises(ImageRejected) as caught:
        decode(data)
    return caught.value.reason


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "GIF", "AVIF"])
def test_it_decodes_each_accepted_format_to_rgb(fmt):
    decoded = decode(photo(640, 480, fmt))
    assert decoded.format == fmt and decoded.image.mode == "RGB" and decoded.image.size == (640, 480)


def test_it_lets_the_jpeg_decoder_scale_down_but_never_below_the_largest_rendition():
    decoded = decode(photo(3000, 2000), largest=960)
    assert 960 <= decoded.width < 3000  # decoded at 1/2 (1500 px), not at full size


def test_a_decompression_bomb_is_refused_from_its_header_before_decoding():
    bomb = png_claiming(50000, 50000)  # 2.5 gigapixels in ~1 KB
    assert len(bomb) < 2000
    assert "decompression bomb" in rejected(bomb)
    assert "over the 40000000-pixel limit" in rejected(png_claiming(8000, 6000))  # under Pillow's own limit


def test_the_pixel_cap_is_a_setting(settings):
    settings.IMAGES_MAX_PIXELS = 100_000
    assert "over the 100000-pixel limit" in rejected(photo(400, 300))


def test_a_one_pixel_wide_strip_is_refused():
    assert "1×100000" in rejected(png_claiming(1, 100000))
    assert "aspect ratio" in rejected(photo(1200, 100, "PNG"))


def test_a_tracking_pixel_is_refused():
    assert "too small" in rejected(photo(1, 1, "GIF"))


def test_a_truncated_file_is_refused():
    whole = photo(800, 600)
    assert "truncated or corrupt" in rejected(whole[: len(whole) // 2])
    assert "truncated or corrupt" in rejected(png_claiming(200, 200, payload=b"\x00" * 10))


def test_the_format_is_sniffed_from_the_bytes_not_taken_from_a_name_or_header():
    assert sniff(photo(100, 100, "PNG")) == "PNG"  # whatever the server called it
    assert "HTML" in rejected(HTML_PAGE)
    assert "not a known image format" in rejected(b"\x00\x01garbage" * 50)
    assert "not a known image format" in rejected(b"%PDF-1.7\n" + b"x" * 200)


def test_svg_is_refused_even_without_a_script_but_certainly_with_one():
    assert "SVG is not accepted" in rejected(SVG_WITH_SCRIPT)
    assert "SVG is not accepted" in rejected(b"\xef\xbb\xbf  <svg xmlns='http://www.w3.org/2000/svg'/>")


def test_a_file_over_the_byte_cap_is_refused(settings):
    settings.IMAGES_MAX_BYTES = 5000
    assert "over the 5000-byte limit" in rejected(photo(1200, 800)[:3] + b"\x00" * 6000)


def test_an_animated_image_keeps_its_first_frame():
    decoded = decode(animated_gif())
    assert decoded.image.getpixel((10, 10)) == (255, 0, 0)


def test_the_exif_orientation_is_applied():
    decoded = decode(jpeg_rotated(orientation=6, width=400, height=300))
    assert decoded.image.size == (300, 400)  # stored landscape, shown portrait


def test_an_embedded_colour_profile_is_converted_to_srgb():
    out = io.BytesIO()
    Image.new("RGB", (200, 200), (255, 0, 0)).save(out, "PNG", icc_profile=swapped_primaries_profile())
    red, green, blue = decode(out.getvalue()).image.getpixel((50, 50))
    assert blue > 200 and red < 40 and green < 40  # the profile says those red pixels are blue


def test_a_broken_colour_profile_keeps_the_pixels():
    out = io.BytesIO()
    Image.new("RGB", (200, 200), (255, 0, 0)).save(out, "PNG", icc_profile=b"not a profile at all")
    assert decode(out.getvalue()).image.getpixel((50, 50)) == (255, 0, 0)


def test_transparency_is_laid_over_white():
    image = Image.new("RGBA", (100, 100), (0, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    assert decode(out.getvalue()).image.getpixel((50, 50)) == (255, 255, 255)
