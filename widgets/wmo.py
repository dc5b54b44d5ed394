"""WMO weather interpretation codes (as Open-Meteo returns them) in Romanian words and icon names.

The codes are WMO table 4677 as reduced by Open-Meteo's documentation; the Romanian words are
the ones the national weather service uses in its bulletins ("burniță", "averse", "lapoviță").
"""

from typing import NamedTuple


class Condition(NamedTuple):
    words: str
    icon: str


CODES: dict[int, Condition] = {
    0: Condition("senin", "sun"),
    1: Condition("predominant senin", "sun"),
    2: Condition("parțial noros", "partly"),
    3: Condition("înnorat", "cloud"),
    45: Condition("ceață", "fog"),
    48: Condition("ceață cu depunere de chiciură", "fog"),
    51: Condition("burniță slabă", "drizzle"),
    53: Condition("burniță", "drizzle"),
    55: Condition("burniță densă", "drizzle"),
    56: Condition("burniță care îngheață", "drizzle"),
    57: Condition("burniță densă care îngheață", "drizzle"),
    61: Condition("ploaie slabă", "rain"),
    63: Condition("ploaie", "rain"),
    65: Condition("ploaie puternică", "rain"),
    66: Condition("ploaie care îngheață", "rain"),
    67: Condition("ploaie puternică care îngheață", "rain"),
    71: Condition("ninsoare slabă", "snow"),
    73: Condition("ninsoare", "snow"),
    75: Condition("ninsoare abundentă", "snow"),
    77: Condition("grăunțe de zăpadă", "snow"),
    80: Condition("averse slabe", "rain"),
    81: Condition("averse", "rain"),
    82: Condition("averse torențiale", "rain"),
    85: Condition("averse de ninsoare", "snow"),
    86: Condition("averse puternice de ninsoare", "snow"),
    95: Condition("furtună", "storm"),
    96: Condition("furtună cu grindină", "storm"),
    99: Condition("furtună cu grindină mare", "storm"),
}

UNKNOWN = Condition("vreme necunoscută", "cloud")


def describe(code: int | None) -> Condition:
    """Return the Romanian words and icon name of a WMO code (unknown codes get a neutral cloud)."""
    return CODES.get(code, UNKNOWN) if code is not None else UNKNOWN
