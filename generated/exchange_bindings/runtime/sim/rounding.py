"""How the simulator rounds what a trade moves (its total in the quote asset, and each side's fee) to an
asset's unit: exactly (kept to MONEY_STEP, the default), or stochastically, as some exchanges do so nobody can
game a fixed rule: up with a probability equal to the fraction of a unit left over (43.21 units: 44 one time
in five or so, 43 otherwise), so the rounding errors average out. The draws come from a generator seeded
by the exchange's seed: a run is repeatable."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from .model import MONEY_STEP


@dataclass(frozen=True)
class RoundingConfig:
    method: str = "exact"  # exact | stochastic
    unit: Decimal = MONEY_STEP  # what a stochastic rounding rounds to (the assets' smallest amount)


class Rounder:
    """Rounds trade totals and fees as a RoundingConfig says, drawing from its own seeded generator."""

    def __init__(self, config: RoundingConfig, seed: int) -> None:
        self.config = config
        self._rng = random.Random(f"trade-rounding:{seed}")  # apart from the book seeding's draws

    def total(self, amount: Decimal) -> Decimal:
        """A trade's total: exact, or rounded stochastically."""
        return amount if self.config.method != "stochastic" else self._stochastic(amount)

    def fee(self, amount: Decimal) -> Decimal:
        """A fee: to MONEY_STEP (half even), or rounded stochastically."""
        return amount.quantize(MONEY_STEP) if self.config.method != "stochastic" else self._stochastic(amount)

    def _stochastic(self, amount: Decimal) -> Decimal:
        unit = self.config.unit
        units = (amount / unit).to_integral_value(ROUND_FLOOR)
        fraction = amount / unit - units  # in [0, 1): the chance of rounding up
        up = fraction > 0 and Decimal(repr(self._rng.random())) < fraction
        return (units + (1 if up else 0)) * unit
