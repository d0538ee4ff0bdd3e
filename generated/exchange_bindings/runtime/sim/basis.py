"""The basis of perpetual markets (the spec's `basis`): at every `every_ms` boundary, each perpetual market's
last price against its index, the last price of the spot market trading the same pair (its own last price
where none does: a basis of 0). Sampled lazily (at `sample`, which the exchange calls as it catches up): a
boundary passed while no one asked is recorded at the prices of the moment it is seen, and of several
boundaries passed at once only the last is recorded."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from .market_data import MarketData
from .model import MONEY_STEP, Market, newest_first


@dataclass(frozen=True)
class BasisConfig:
    every_ms: int | None = None  # None: no basis is recorded


@dataclass(frozen=True)
class BasisRate:
    market: str
    time_ms: int
    price: Decimal
    index: Decimal
    rate: Decimal  # (price - index) / index


class Basis:
    def __init__(
        self, config: BasisConfig, data: MarketData, clock: Callable[[], int], index: Callable[[Market], Decimal]
    ) -> None:
        self.config = config
        self.data = data
        self.clock = clock
        self.index = index
        self.rates: list[BasisRate] = []
        self._last_ms = self._boundary()

    def _boundary(self) -> int:
        every = self.config.every_ms
        return 0 if every is None else self.clock() - self.clock() % every

    def sample(self) -> None:
        boundary = self._boundary()
        if self.config.every_ms is None or boundary <= self._last_ms:
            return
        self._last_ms = boundary
        for market in self.data.markets.values():
            if market.kind == "perpetual":
                price, index = self.data.last_price[market.symbol], self.index(market)
                rate = ((price - index) / index).quantize(MONEY_STEP)
                self.rates.append(BasisRate(market.symbol, boundary, price, index, rate))

    def history(
        self, symbol: str, start_ms: int | None = None, end_ms: int | None = None, limit: int | None = None
    ) -> list[BasisRate]:
        """A market's recorded basis, newest first."""
        return newest_first(self.rates, lambda r: r.market == symbol, start_ms, end_ms, limit)
