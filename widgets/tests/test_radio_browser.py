"""Real-browser tests (Debian's Chromium through Playwright): the radio player and the pages' looks."""

import io
import math
import struct
import threading
import wave
from datetime import date, timedelta
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.utils import timezone

from news.models import County
from widgets.banking_days import is_banking_day
from widgets.models import AdSlot, ExchangeRate, RadioStation, WeatherForecast, WeatherReading

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--autoplay-policy=no-user-gesture-required",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
WAIT_MS = 15000  # every browser wait is bounded

pytestmark = pytest.mark.browser


def sine_wav(seconds: float = 20.0, rate: int = 8000, hz: float = 440.0) -> bytes:
    """Return a mono 16-bit WAV of a quiet sine, made with the standard library."""
    frames = b"".join(
        struct.pack("<h", int(3000 * math.sin(2 * math.pi * hz * i / rate))) for i in range(int(seconds * rate))
    )
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)
    return buffer.getvalue()


@pytest.fixture
def audio_server():
    """Serve a generated WAV on 127.0.0.1 at any path, recording the paths asked."""
    body, asked = sine_wav(), []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            asked.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "audio/wav")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", asked
    server.shutdown()
    server.server_close()


@pytest.fixture
def radio_browser(monkeypatch):
    """Debian's Chromium with this file's ARGS: the player test needs the autoplay policy flag,
    which the shared `browser` (conftest.py) does not pass. Playwright's sync API runs an event
    loop Django must tolerate."""
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def test_it_plays_one_station_at_a_time_by_keyboard(transactional_db, live_server, audio_server, radio_browser):
    base, asked = audio_server
    RadioStation.objects.create(name="Radio Unu", slug="radio-unu", stream_url=f"{base}/unu.wav", position=1)
    RadioStation.objects.create(name="Radio Doi", slug="radio-doi", stream_url=f"{base}/doi.wav", position=2)
    page = radio_browser.new_page()
    console = []
    page.on("console", lambda message: console.append(message.text))
    response = page.goto(f"{live_server.url}/radio/")
    policy = response.headers.get("content-security-policy", "")
    assert "'unsafe-inline'" not in policy and base in policy  # the stream's origin is allowed as media, nothing inline
    page.wait_for_load_state("load")
    assert page.evaluate("[...document.querySelectorAll('audio')].every(a => a.paused && a.currentTime === 0)")
    assert asked == []  # preload="none" and no autoplay: nothing is fetched before the reader asks

    first = page.locator('[data-radio-toggle="audio-radio-unu"]')
    first.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.getElementById('audio-radio-unu').currentTime > 0.5", timeout=WAIT_MS)
    reached = page.evaluate("document.getElementById('audio-radio-unu').currentTime")
    page.wait_for_function(
        f"() => document.getElementById('audio-radio-unu').currentTime > {reached} + 0.3", timeout=WAIT_MS
    )
    assert first.get_attribute("aria-pressed") == "true"
    assert "Se redă: Radio Unu" in page.locator("[data-radio-status]").text_content()

    second = page.locator('[data-radio-toggle="audio-radio-doi"]')
    second.focus()
    page.keyboard.press("Space")
    page.wait_for_function("() => document.getElementById('audio-radio-doi').currentTime > 0.5", timeout=WAIT_MS)
    assert page.evaluate("document.getElementById('audio-radio-unu').paused")
    assert first.get_attribute("aria-pressed") == "false" and second.get_attribute("aria-pressed") == "true"

    page.keyboard.press("Enter")  # the focused button pauses its own station
    page.wait_for_function("() => document.getElementById('audio-radio-doi').paused", timeout=WAIT_MS)
    assert second.get_attribute("aria-pressed") == "false"
    assert not [line for line in console if "Content Security Policy" in line]
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "radio-player.png"), full_page=True)


def seed_services():
    """Store weather for Bucharest, 40 banking days of rates and one sidebar ad, as the scheduler would."""
    now = timezone.now()
    capital = County.objects.get(code="B")
    WeatherReading.objects.create(
        county=capital,
        observed_at=now,
        fetched_at=now - timedelta(minutes=20),
        temperature=-1.6,
        weather_code=71,
        today_min=-4.2,
        today_max=1.3,
    )
    for offset, (code, low, high) in enumerate([(3, -3, 2), (61, 1, 6), (95, 4, 12)], start=1):
        WeatherForecast.objects.create(
            county=capital,
            date=timezone.localdate() + timedelta(days=offset),
            weather_code=code,
            temp_min=low,
            temp_max=high,
            fetched_at=now,
        )
    day, stored = date(2026, 11, 27), 0
    while stored < 40:
        if is_banking_day(day):
            wiggle = Decimal(str(round(math.sin(stored / 3) * 0.01, 4)))
            for code, value, multiplier in (
                ("EUR", "4.9771", 1),
                ("USD", "4.3012", 1),
                ("GBP", "5.7001", 1),
                ("CHF", "5.3302", 1),
                ("HUF", "1.2345", 100),
                ("JPY", "2.8801", 100),
            ):
                ExchangeRate.objects.create(
                    date=day, currency=code, value=Decimal(value) + wiggle, multiplier=multiplier
                )
            stored += 1
        day -= timedelta(days=1)
    AdSlot.objects.create(
        name="Rețea demo",
        position=AdSlot.SIDEBAR,
        kind=AdSlot.NETWORK,
        snippet='<a class="ad-demo" href="https://exemplu.ro/">Spațiu publicitar demonstrativ</a>',
        width=300,
        height=250,
    )


def test_it_screenshots_the_rates_page_and_converts_without_js(transactional_db, reference_data, live_server, browser):
    from widgets.radio import load_default_stations

    seed_services()
    load_default_stations()
    SCREENSHOTS.mkdir(exist_ok=True)
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1100, "height": 900})
    page = context.new_page()
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.goto(f"{live_server.url}/curs-valutar/?grafic=EUR")
    assert page.locator("svg.chart circle").count() == 30
    page.fill("#id_suma", "250")
    page.select_option("#id_moneda", "EUR")
    page.locator("#id_suma").press("Enter")  # submits the GET form with no JavaScript at all
    page.wait_for_selector(".converter-result", timeout=WAIT_MS)
    assert "250,00 EUR = " in page.locator(".converter-result").text_content()
    assert "Vremea la București" in page.content() and "Reclamă" in page.content()
    page.screenshot(path=str(SCREENSHOTS / "curs-valutar.png"), full_page=True)
    assert not [line for line in console if "Content Security Policy" in line]
    page.goto(f"{live_server.url}/radio/")
    page.screenshot(path=str(SCREENSHOTS / "radio-nojs.png"), full_page=False)
    context.close()


CONTRAST = """(selector) => [...document.querySelectorAll(selector)].map(el => {
  const rgb = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
                     return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  let node = el, bg = null;
  while (node && !bg) { const c = getComputedStyle(node).backgroundColor; if (!c.endsWith(", 0)") && c !== "transparent") bg = c; node = node.parentElement; }
  const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(rgb(bg || "rgb(255, 255, 255)"))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
})"""


def test_the_widgets_stay_readable_in_the_dark_scheme_and_fit_a_phone(
    transactional_db, reference_data, live_server, browser
):
    seed_services()
    context = browser.new_context(color_scheme="dark", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{live_server.url}/curs-valutar/")
    for selector in (
        ".widget-age",
        ".widget-source",
        ".wx-day-words",
        ".rate-flat, .rate-up, .rate-down",
        ".rates-table caption",
    ):
        ratios = page.evaluate(CONTRAST, selector)
        assert ratios and min(ratios) >= 4.5, (selector, ratios)
    # The wide table scrolls inside its own box; the page itself never scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()
