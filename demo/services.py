"""Stand-ins for the outside services the widgets read, so the offline demo shows them filled.

Open-Meteo's forecast answer (a list, one object per requested coordinate) and the National
Bank of Romania's daily XML, in their real shapes, with values drawn deterministically from
the seed, the day and the place. Made-up figures: the demo page says which data is synthetic
only through its sources' names, like the rest of the demo network.
"""

import hashlib
import json
from datetime import date, datetime, timedelta

# Late-autumn climate of Romania, roughly: daytime highs 2–14 °C, nights a few degrees lower.
BASE_TEMPERATURE = 6.0
WEATHER_CODES = (0, 1, 2, 3, 45, 51, 61, 63, 71, 80, 95)  # a spread of WMO codes to show icons

# Reference values in RON per unit (per 100 for HUF and JPY), near late-2026 levels.
RATES = {
    "EUR": 4.9770,
    "USD": 4.3120,
    "GBP": 5.6890,
    "CHF": 5.3310,
    "HUF": 1.2560,
    "JPY": 2.8710,
    "CAD": 3.1050,
    "SEK": 0.4560,
    "PLN": 1.1690,
    "CZK": 0.1990,
    "BGN": 2.5447,
    "MDL": 0.2490,
    "TRY": 0.1020,
    "CNY": 0.5980,
    "XAU": 566.1200,
}
PER_HUNDRED = {"HUF", "JPY"}


def _unit(*parts) -> float:
    """Return a number in [0, 1) fixed by the parts."""
    digest = hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def forecast(latitudes: list[float], longitudes: list[float], now: datetime, seed: int, days: int = 4) -> bytes:
    """Return an Open-Meteo-shaped JSON answer for the given coordinates."""
    answer = []
    today = now.date()
    for lat, lon in zip(latitudes, longitudes):
        # Higher and more northern seats are colder: about 0.6 °C per degree of latitude north of 44.
        base = BASE_TEMPERATURE - (lat - 44.0) * 0.6
        daily_time, codes, lows, highs = [], [], [], []
        for offset in range(days):
            day = today + timedelta(days=offset)
            swing = _unit(seed, day, round(lat, 2), round(lon, 2))
            high = round(base + 8 * swing, 1)
            daily_time.append(day.isoformat())
            codes.append(WEATHER_CODES[int(swing * 997) % len(WEATHER_CODES)])
            lows.append(round(high - 4 - 4 * _unit(seed, day, lat), 1))
            highs.append(high)
        hour = now.replace(minute=0, second=0, microsecond=0)
        answer.append(
            {
                "latitude": lat,
                "longitude": lon,
                "timezone": "Europe/Bucharest",
                "current": {
                    "time": hour.strftime("%Y-%m-%dT%H:%M"),
                    "temperature_2m": round((lows[0] + highs[0]) / 2, 1),
                    "weather_code": codes[0],
                },
                "daily": {
                    "time": daily_time,
                    "weather_code": codes,
                    "temperature_2m_max": highs,
                    "temperature_2m_min": lows,
                },
            }
        )
    return json.dumps(answer).encode()


def reference_rates(day: date, seed: int) -> bytes:
    """Return a BNR nbrfxrates.xml for the banking day on or before `day`."""
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    rows = []
    for currency, value in RATES.items():
        drift = 1 + (_unit(seed, day, currency) - 0.5) * 0.006  # ±0.3 % a day
        multiplier = ' multiplier="100"' if currency in PER_HUNDRED else ""
        rows.append(f'<Rate currency="{currency}"{multiplier}>{value * drift:.4f}</Rate>')
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<DataSet xmlns="http://www.bnr.ro/xsd"><Header><Publisher>National Bank of Romania</Publisher>'
        f"<PublishingDate>{day.isoformat()}</PublishingDate><MessageType>DR</MessageType></Header>"
        f'<Body><Subject>Reference rates</Subject><OrigCurrency>RON</OrigCurrency><Cube date="{day.isoformat()}">'
        + "".join(rows)
        + "</Cube></Body></DataSet>"
    ).encode()
