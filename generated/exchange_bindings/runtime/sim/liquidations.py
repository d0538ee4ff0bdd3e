"""Liquidations and auto-deleveraging of perpetual positions. A position whose margin has run out (the
market's last price, which stands for its mark price, has reached the position's bankruptcy price) is
liquidated: closed at its bankruptcy price, its margin lost. No insurance fund is simulated (our model), so
every liquidation is taken over by auto-deleveraging: the opposite positions of the market, most profitable
first, are closed by the same amount at the same price. Both are recorded, and checked lazily (at `check`,
which the exchange calls as it catches up with time)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from .accounts import Ledger
from .market_data import MarketData
from .model import Position, newest_first, of_position
from .positions import Positions


@dataclass(frozen=True)
class Liquidation:
    account: str
    market: str
    position_id: int
    side: str  # of the position: long or short
    liq_price: Decimal  # the mark price that set it off
    bkr_price: Decimal
    quantity: Decimal
    time_ms: int


@dataclass(frozen=True)
class Deleveraging:
    """A fill by which a position was auto-deleveraged."""

    id: int
    account: str
    market: str
    position_id: int
    side: str  # of the fill: buy closes a short
    price: Decimal
    quantity: Decimal
    time_ms: int


class Liquidations:
    def __init__(self, ledger: Ledger, data: MarketData, positions: Positions, clock: Callable[[], int]) -> None:
        self.ledger = ledger
        self.data = data
        self.positions = positions
        self.clock = clock
        self.liquidations: list[Liquidation] = []
        self.deleveragings: list[Deleveraging] = []
        self._ids = itertools.count(1)

    def check(self) -> None:
        """Liquidate every position whose margin has run out at its market's last price."""
        for account in list(self.ledger.accounts.values()):
            for position in list(account.positions.values()):
                if position.quantity and self._ran_out(position):
                    self.liquidate(account.id, position)

    def _ran_out(self, position: Position) -> bool:
        bankrupt, mark = position.bankruptcy_price, self.data.last_price[position.market]
        assert bankrupt is not None  # an open position
        return mark <= bankrupt if position.quantity > 0 else mark >= bankrupt

    def liquidate(self, account_id: str, position: Position) -> Liquidation:
        symbol, size, long = position.market, abs(position.quantity), position.quantity > 0
        assert position.bankruptcy_price is not None
        # to a hundredth of the market's tick, as the stub reports derived prices
        bankrupt = position.bankruptcy_price.quantize(self.data.markets[symbol].tick_size / 100)
        now = self.clock()
        record = Liquidation(
            account_id,
            symbol,
            position.id,
            "long" if long else "short",
            self.data.last_price[symbol],
            bankrupt,
            size,
            now,
        )
        self.positions.force_close(account_id, symbol, size, bankrupt, "liquidation")
        self.liquidations.append(record)
        left = size
        for other, opposite in self._opposites(symbol, long, bankrupt):
            if left <= 0:
                break
            taken = min(left, abs(opposite.quantity))
            position_id = opposite.id
            self.positions.force_close(other, symbol, taken, bankrupt, "adl")
            side = "buy" if long else "sell"  # the opposite (a short when the liquidated was long) closes
            self.deleveragings.append(
                Deleveraging(next(self._ids), other, symbol, position_id, side, bankrupt, taken, now)
            )
            left -= taken
        return record

    def _opposites(self, symbol: str, long: bool, price: Decimal) -> list[tuple[str, Position]]:
        """The opposite positions of a market, the most profitable at `price` (by PnL per margin) first."""
        found = [
            (account.id, p)
            for account in self.ledger.accounts.values()
            for p in account.positions.values()
            if p.market == symbol and p.quantity and (p.quantity > 0) != long
        ]

        def profit(row: tuple[str, Position]) -> Decimal:
            p = row[1]
            pnl = (price - p.entry_price) * p.quantity
            return pnl / p.margin if p.margin else pnl

        return sorted(found, key=lambda row: (-profit(row), row[0]))

    def history(
        self, symbol: str, start_ms: int | None = None, end_ms: int | None = None, limit: int | None = None
    ) -> list[Liquidation]:
        """A market's liquidations (anyone's), newest first."""
        return newest_first(self.liquidations, lambda r: r.market == symbol, start_ms, end_ms, limit)

    def adl_history(
        self,
        account_id: str,
        symbol: str | None = None,
        position_id: int | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[Deleveraging]:
        """The fills by which the account's positions were deleveraged, newest first."""
        rows = [r for r in self.deleveragings if r.account == account_id]
        return newest_first(rows, of_position(symbol, position_id), start_ms, end_ms, limit)
