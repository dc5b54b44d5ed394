"""Draw deterministic lead images (gradients and simple shapes) as real JPEG, PNG or WebP bytes."""

import functools
import io
import random

from PIL import Image, ImageDraw

MAX_SIDE = 1200
FORMATS = {"jpg": ("JPEG", "image/jpeg"), "png": ("PNG", "image/png"), "webp": ("WEBP", "image/webp")}


@functools.lru_cache(maxsize=512)
def draw_image(seed: int, article_id: int, width: int, height: int, ext: str) -> bytes:
    """Return the image bytes for an article at this size; same arguments, same bytes."""
    if ext not in FORMATS or not (16 <= width <= MAX_SIDE and 16 <= height <= MAX_SIDE):
        raise ValueError(f"images: unsupported image {width}x{height}.{ext}")
    rng = random.Random(f"demo-image:{seed}:{article_id}")
    top = tuple(rng.randint(40, 220) for _ in range(3))
    bottom = tuple(rng.randint(20, 200) for _ in range(3))
    # Draw small and scale up: a 64-row gradient is as smooth once resized and far cheaper.
    image = Image.new("RGB", (64, 64))
    pixels = image.load()
    for y in range(64):
        mix = y / 63
        colour = tuple(int(a + (b - a) * mix) for a, b in zip(top, bottom))
        for x in range(64):
            pixels[x, y] = colour
    image = image.resize((width, height))
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(2, 6)):
        x0, y0 = rng.randrange(width), rng.randrange(height)
        size = rng.randint(min(width, height) // 10, min(width, height) // 3)
        fill = tuple(rng.randint(0, 255) for _ in range(3))
        shape = rng.choice(("ellipse", "rectangle", "polygon"))
        if shape == "polygon":
            draw.polygon([(x0, y0), (x0 + size, y0 + size // 2), (x0 - size // 2, y0 + size)], fill=fill)
        else:
            getattr(draw, shape)([x0, y0, x0 + size, y0 + size], fill=fill)
    out = io.BytesIO()
    fmt = FORMATS[ext][0]
    options = {"quality": 70} if fmt in ("JPEG", "WEBP") else {"optimize": False}
    image.save(out, fmt, **options)
    return out.getvalue()
