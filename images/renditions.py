"""WebP renditions of a decoded picture at the widths the layouts use, and their names in storage.

The budget is 15 ms of CPU per article image, everything included (`gazeta bench ingest`
reports it). Measured on 60 demo images (320–1200 px, JPEG/PNG/WebP): the first version
(every width, bilinear, libwebp effort 4 for thumbnails and 1 above) cost 21.5 ms; the choices
below brought it to 13.5 ms, and dropping the 480 px width took off ~1.8 ms more (see WIDTHS).
What is left is mostly libwebp's encoder (~55%), decoding (~25%) and resampling (~15%).
No AVIF: Pillow 13 encodes it, but one 320 px AVIF alone costs 9–19 ms here.
"""

import hashlib
import io
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

# Widths matched to the layouts: list thumbnails are 104 css px wide (80 in the sidebar), 4:3
# cropped (a 16:9 picture needs 139 px to fill one), so 160 serves 1x screens and 320 2x; 3x
# phones get the 320 too (portal.pictures offers thumbnails up to 2x). Lead images span the main
# column (358 px on a 390 px phone, 776 on a desktop): 960 for every screen, 320 only where it
# covers. An image narrower than a width gets a rendition at its own width instead of being
# enlarged, and a width is skipped when that own width is less than SKIP_BELOW times it (a 360 px
# image: 160, 360; no 320 beside 360). A 480 px width for 3x thumbnails and 1x phones' leads was
# dropped: on 80 demo images, same run, decoding and renditions took 14.07 ms per image with it
# and 12.29 without (bytes stored 8727 -> 6649), and 3x phones load less on a list page.
WIDTHS = (160, 320, 960)
SKIP_BELOW = 1.25
QUALITY = 70  # WebP quality: at 60 the demo's gradients band visibly, above 75 bytes grow ~25%
# libwebp's effort (0 fast … 6 small). Thumbnails, which list pages load by the dozen, get 2
# (4 saved 5% of their bytes for 2.2 ms more per image); the large ones, loaded once on an
# article page, get 0 (1 saves ~25% of their bytes for ~1.3 ms more per image).
METHOD_SMALL, METHOD_LARGE, SMALL_UP_TO = 2, 0, 320
# Downscaling filter: BOX (area average) is the cheapest convolution Pillow has and, for
# reductions, looks like bilinear; it cost 1.7 ms less per image than BILINEAR.
RESAMPLE = Image.Resampling.BOX
EXTENSION = "webp"


@dataclass(frozen=True)
class Rendition:
    width: int
    height: int
    data: bytes


def key_for(data: bytes) -> str:
    """Return the storage key of an original: a hash of its bytes, so copies share one set of files."""
    digest = hashlib.sha256(data).hexdigest()[:24]
    return f"{settings.IMAGES_DIR}/{digest[:2]}/{digest}"


def widths_for(width: int) -> list[int]:
    """Return the rendition widths for an image `width` px wide, smallest first."""
    top = min(width, WIDTHS[-1])
    return sorted({w for w in WIDTHS if w < top and top >= SKIP_BELOW * w} | {top})


def name_of(key: str, width: int) -> str:
    return f"{key}-{width}.{EXTENSION}"


def render(image: Image.Image) -> tuple[list[Rendition], str]:
    """Return the WebP renditions of an RGB image, smallest first, and its average colour.

    Each width is scaled from the next larger rendition rather than from the original: every
    step reads fewer pixels, and an exact halving or thirding is a cheap box reduce.
    """
    widths = widths_for(image.width)
    made: list[tuple[int, Image.Image]] = []
    current = image
    for width in reversed(widths):
        height = max(1, round(image.height * width / image.width))
        if current.width == width:
            scaled = current
        elif current.width in (2 * width, 3 * width) and -(-current.height // (current.width // width)) == height:
            scaled = current.reduce(current.width // width)
        else:
            scaled = current.resize((width, height), RESAMPLE)
        made.append((width, scaled))
        current = scaled
    out = []
    for width, scaled in reversed(made):
        buffer = io.BytesIO()
        method = METHOD_SMALL if width <= SMALL_UP_TO else METHOD_LARGE
        scaled.save(buffer, "WEBP", quality=QUALITY, method=method)
        out.append(Rendition(width, scaled.height, buffer.getvalue()))
    return out, average_color(made[-1][1])


def average_color(image: Image.Image) -> str:
    """Return the picture's average colour as #rrggbb, shown in the box while the image loads."""
    red, green, blue = image.convert("RGB").resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))[:3]
    return f"#{red:02x}{green:02x}{blue:02x}"


def save(key: str, renditions: list[Rendition], storage=None) -> int:
    """Write the renditions under key (files already there are kept); return the bytes they take."""
    storage = storage or default_storage
    total = 0
    for rendition in renditions:
        name = name_of(key, rendition.width)
        total += len(rendition.data)
        if storage.exists(name):
            continue
        saved = storage.save(name, ContentFile(rendition.data))
        if saved != name:  # another worker wrote the same file meanwhile: keep one copy
            storage.delete(saved)
    return total


def delete(key: str, widths: list[int], storage=None) -> None:
    storage = storage or default_storage
    for width in widths:
        storage.delete(name_of(key, width))


def parse_widths(value: str) -> list[int]:
    return [int(w) for w in value.split(",") if w.isdigit()]
