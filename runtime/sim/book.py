"""One side of a market's order book: price levels in price-time priority (the matching engine's)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from decimal import Decimal

from .model import BUY, ZERO, Order


class Book:
    """One side's price levels in price-time priority. A level maps order ids to orders in arrival
    order, so an order leaves it in O(1) (a cancel among thousands at one price costs no scan)."""

    def __init__(self, side: str) -> None:
        self.side = side
        self.prices: list[Decimal] = []  # ascending
        self.levels: dict[Decimal, dict[int, Order]] = {}

    def add(self, order: Order) -> None:
        assert order.price is not None
        level = self.levels.get(order.price)
        if level is None:
            bisect.insort(self.prices, order.price)
            level = self.levels[order.price] = {}
        level[order.id] = order

    def remove(self, order: Order) -> None:
        assert order.price is not None
        level = self.levels.get(order.price)
        if level is not None and level.pop(order.id, None) is not None and not level:
            del self.levels[order.price]
            del self.prices[bisect.bisect_left(self.prices, order.price)]

    def best(self) -> Decimal | None:
        if not self.prices:
            return None
        return self.prices[-1] if self.side == BUY else self.prices[0]

    def walk(self) -> Iterable[tuple[Decimal, dict[int, Order]]]:
        prices = reversed(self.prices) if self.side == BUY else iter(self.prices)
        for price in list(prices):
            yield price, self.levels[price]

    def depth(self, levels: int) -> list[tuple[Decimal, Decimal]]:
        out = []
        for price, queue in self.walk():
            out.append((price, sum((o.remaining for o in queue.values()), ZERO)))
            if len(out) == levels:
                break
        return out
