"""RON ↔ currency conversion at BNR's reference rate, as a plain GET form (works without JS)."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django import forms

from widgets.models import ExchangeRate

TO_RON, FROM_RON = "in-lei", "din-lei"
CENT = Decimal("0.01")


class ConverterForm(forms.Form):
    suma = forms.DecimalField(label="Suma", min_value=Decimal("0"), max_digits=15, decimal_places=4)
    moneda = forms.ChoiceField(label="Moneda")
    directie = forms.ChoiceField(
        label="Sensul",
        choices=[(TO_RON, "din monedă în lei"), (FROM_RON, "din lei în monedă")],
        widget=forms.RadioSelect,
        initial=TO_RON,
    )

    def __init__(self, *args, currencies: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["moneda"].choices = [(code, code) for code in currencies]


@dataclass(frozen=True)
class Conversion:
    amount: Decimal
    currency: str
    direction: str
    result: Decimal
    per_unit: Decimal

    @property
    def source_code(self) -> str:
        return self.currency if self.direction == TO_RON else "RON"

    @property
    def target_code(self) -> str:
        return "RON" if self.direction == TO_RON else self.currency


def convert(amount: Decimal, rate: ExchangeRate, direction: str) -> Conversion:
    """Convert an amount with one stored rate (its multiplier taken into account), to the cent."""
    per_unit = rate.per_unit
    raw = amount * per_unit if direction == TO_RON else amount / per_unit
    return Conversion(amount, rate.currency, direction, raw.quantize(CENT, rounding=ROUND_HALF_UP), per_unit)
