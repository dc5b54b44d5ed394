"""Image bytes of a county page as a phone loads it, in Chromium (a part of `gazeta bench ingest`).

Run after the demo crawl, on its throw-away database: the site is served from a thread of this
process, Chromium opens the page at 390 px (device pixel ratio 1, and 3 like most phones), scrolls
it through so every lazy image loads, and sums the image bytes it received. Every request to
another host is aborted and counted. The reference in the same run: the outlets' original files
behind the same thumbnails, i.e. what the page loaded when it hot-linked them.
"""

import os
import threading
from urllib.parse import urlsplit

import httpx
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
from django.core.wsgi import get_wsgi_application
from django.test.utils import override_settings

CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 390, "height": 844}
TARGET_BYTES = 80 * 1024


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def measure(path: str = "/bacau/", scales=(1, 3)) -> dict:
    """Return the image figures of `path` at 390 px for each device pixel ratio in scales."""
    if not os.path.exists(CHROMIUM):
        return {"skipped": f"no Chromium at {CHROMIUM}"}
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop
    server = ThreadedWSGIServer(("127.0.0.1", 0), _QuietHandler)
    server.set_app(StaticFilesHandler(get_wsgi_application()))  # CSS from the apps, uncollected
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    try:
        with override_settings(SITE_URL=base, STORAGES=storages):
            visits = {f"dpr_{scale}": _visit(base + path, scale) for scale in scales}
    finally:
        server.shutdown()
        server.server_close()
    shown = [visit.pop("shown") for visit in visits.values()][0]
    return {
        "path": path,
        "viewport_css_px": PHONE["width"],
        **visits,
        "hotlinked_originals_bytes": _original_bytes(shown),
        "target_bytes": TARGET_BYTES,
        "note": "all lazy images loaded (page scrolled to the end); originals = the outlets' files "
        "behind the same thumbnails, fetched from the demo network in this run",
    }


def _visit(url: str, scale: int) -> dict:
    from playwright.sync_api import sync_playwright

    outside, sizes = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        context = browser.new_context(viewport=PHONE, device_scale_factor=scale, locale="ro-RO")

        def route(request_route):
            if urlsplit(request_route.request.url).hostname == "127.0.0.1":
                return request_route.continue_()
            outside.append(request_route.request.url)
            return request_route.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.on("response", lambda r: r.request.resource_type == "image" and r.ok and sizes.append(len(r.body())))
        page.goto(url)
        height = page.evaluate("document.body.scrollHeight")
        for y in range(0, height + PHONE["height"], PHONE["height"] // 2):
            page.evaluate(f"window.scrollTo(0, {y})")
            page.wait_for_timeout(30)
        page.wait_for_load_state("networkidle")
        shown = page.locator("img").evaluate_all(
            "els => els.filter(i => i.getClientRects().length).map(i => i.currentSrc)"
        )
        browser.close()
    return {
        "image_bytes": sum(sizes),
        "image_requests": len(sizes),
        "outside_requests": len(outside),
        "meets_target": sum(sizes) <= TARGET_BYTES,
        "shown": shown,
    }


def _original_bytes(shown: list[str]) -> int:
    """Return the bytes of the outlets' originals behind the shown renditions."""
    from images.models import LeadImage

    keys = {urlsplit(src).path.removeprefix("/media/").rsplit("-", 1)[0] for src in shown if "/media/" in src}
    origins = dict(LeadImage.objects.filter(key__in=keys).values_list("key", "origin"))
    total = 0
    with httpx.Client(trust_env=False, timeout=10) as client:
        for key in keys:
            if key in origins and not origins[key].startswith("upload:"):
                total += len(client.get(origins[key]).content)
    return total
