"""Decode an untrusted image into a clean sRGB picture, or reject it with a reason.

The bytes are sniffed (the Content-Type and the file name are never trusted), the size read
from the header is checked before a single pixel is decoded (decompression bombs), animated
images keep their first frame, the EXIF orientation is applied and the metadata dropped (the
renditions are re-encoded from pixels only), and an embedded colour profile is converted to sRGB.
"""

import io
from dataclasses import dataclass

from django.conf import settings
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

# Formats an outlet's lead image comes in. SVG is refused on purpose: it is a document that
# can carry scripts and external references, not a picture.
FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "AVIF")
MIN_SIDE = 16  # smaller is a tracking pixel or an icon, not a photo
# A lead photo is at most a panorama: 1×100000 strips and the like are refused. 6:1 covers
# the widest banners seen on Romanian outlets' article pages.
MAX_ASPECT = 6.0
MAX_SIDE = 12000

_SRGB = ImageCms.createProfile("sRGB")


class ImageRejected(ValueError):
    """An image that will not be shown, with the reason kept for the operator."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class Decoded:
    """An RGB picture, upright, in sRGB, with the format it came in."""

    image: Image.Image
    format: str

    @property
    def width(self) -> int:
        return self.image.width

    @property
    def height(self) -> int:
        return self.image.height


def sniff(data: bytes) -> str:
    """Return the format the first bytes announce (JPEG, PNG, GIF, WEBP, AVIF), or raise ImageRejected."""
    head = data[:32]
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[4:8] == b"ftyp" and head[8:12] in (b"avif", b"avis"):
        return "AVIF"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<svg", b"<?xml", b"<!doctype svg")):
        return _refuse("SVG is not accepted (a document that may carry scripts)")
    if text.startswith((b"<!doctype", b"<html", b"<")):
        return _refuse("an HTML/XML document, not an image")
    return _refuse("not a known image format (sniffed from its first bytes)")


def _refuse(reason: str):
    raise ImageRejected(reason)


def check_size(width: int, height: int, max_pixels: int | None = None) -> None:
    """Refuse sizes that are bombs, strips or pixels, before any decoding."""
    max_pixels = max_pixels or settings.IMAGES_MAX_PIXELS
    if width * height > max_pixels:
        raise ImageRejected(f"{width}×{height} is over the {max_pixels}-pixel limit (decompression bomb?)")
    if max(width, height) > MAX_SIDE:
        raise ImageRejected(f"{width}×{height}: a side is over {MAX_SIDE} px")
    if min(width, height) < MIN_SIDE:
        raise ImageRejected(f"{width}×{height}: too small for a photo (under {MIN_SIDE} px)")
    if max(width, height) / min(width, height) > MAX_ASPECT:
        raise ImageRejected(f"{width}×{height}: aspect ratio over {MAX_ASPECT:g}:1")


def decode(data: bytes, *, largest: int = 960, max_bytes: int | None = None) -> Decoded:
    """Return the picture in data, ready to resize; `largest` is the widest rendition wanted."""
    max_bytes = max_bytes or settings.IMAGES_MAX_BYTES
    if len(data) > max_bytes:
        raise ImageRejected(f"{len(data)} bytes is over the {max_bytes}-byte limit")
    sniffed = sniff(data)
    try:
        image = Image.open(io.BytesIO(data), formats=FORMATS)
        check_size(*image.size)  # the header only: nothing is decoded yet
        if image.format != sniffed:
            raise ImageRejected(f"announced as {sniffed} but decodes as {image.format}")
        if getattr(image, "n_frames", 1) > 1:
            image.seek(0)  # animated: the first frame stands for it
        orientation = image.getexif().get(0x0112, 1)
        if image.format == "JPEG":
            _draft(image, largest, swapped=orientation in (5, 6, 7, 8))
        icc = image.info.get("icc_profile")
        image.load()
    except ImageRejected:
        raise
    except Image.DecompressionBombError as exc:
        raise ImageRejected(f"decompression bomb ({exc})") from exc
    except UnidentifiedImageError as exc:
        raise ImageRejected(f"cannot identify the image ({sniffed} signature)") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:  # truncated, corrupt, unsupported
        raise ImageRejected(f"truncated or corrupt {sniffed}: {exc}") from exc
    fmt = image.format
    if orientation != 1:
        image = ImageOps.exif_transpose(image)
    return Decoded(image=_to_srgb(image, icc), format=fmt)


def _draft(image: Image.Image, largest: int, *, swapped: bool) -> None:
    """Let the JPEG decoder scale down by 1/2, 1/4 or 1/8 while it decodes, never below `largest` wide."""
    width, height = image.size
    upright_width = height if swapped else width
    if upright_width <= largest:
        return
    scale = largest / upright_width
    image.draft("RGB", (max(1, int(width * scale + 0.999)), max(1, int(height * scale + 0.999))))


def _to_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """Return image as RGB in sRGB; transparency is laid over white (the page's background)."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        image = image.convert("RGBA")
        ground = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(ground, image)
    if icc:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            mode = image.mode if image.mode in ("RGB", "CMYK", "L") else "RGB"
            if image.mode != mode:
                image = image.convert(mode)
            return ImageCms.profileToProfile(image, source, _SRGB, outputMode="RGB")
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: the pixels as they are beat no picture
    return image if image.mode == "RGB" else image.convert("RGB")
