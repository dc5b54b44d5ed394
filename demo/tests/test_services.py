import json
import urllib.request
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from demo.server import serve_in_thread
from widgets.rates import parse as parse_rates
from widgets.weather import parse as parse_weather

ANCHOR = datetime(2026, 1, 14, 0, 0, tzinfo=ZoneInfo("Europe/Bucharest"))


@pytest.fixture(scope="module")
def network():
    with serve_in_thread(seed=1, anchor=ANCHOR) as server:
        yield server


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


def test_it_answers_weather_for_every_requested_seat_in_open_meteos_shape(network):
    body = _get(
        f"{network.base_url}/_services/open-meteo/v1/forecast?latitude=46.567,47.1585&longitude=26.9146,27.6014"
    )
    seats = parse_weather(body, 2)
    assert all(seat is not None for seat in seats)
    assert len(seats[0].days) == 4 and seats[0].days[0][0].isoformat() == "2026-01-14"
    assert body == _get(
        f"{network.base_url}/_services/open-meteo/v1/forecast?latitude=46.567,47.1585&longitude=26.9146,27.6014"
    )


def test_it_refuses_bad_coordinates(network):
    with pytest.raises(urllib.error.HTTPError) as error:
        _get(f"{network.base_url}/_services/open-meteo/v1/forecast?latitude=x&longitude=1")
    assert error.value.code == 400


def test_it_publishes_bnr_rates_for_the_last_banking_day(network):
    day, rates = parse_rates(_get(f"{network.base_url}/_services/bnr/nbrfxrates.xml"))
    assert day.isoformat() == "2026-01-14"
    by_currency = {rate.currency: rate for rate in rates}
    assert {"EUR", "USD", "GBP", "CHF"} <= set(by_currency)
    assert by_currency["HUF"].multiplier == 100
    assert 4.9 < float(by_currency["EUR"].value) < 5.05
    assert json.loads(_get(f"{network.base_url}/_outlets.json"))  # the rest of the network still answers
