"""Funding of perpetual markets (the spec's `funding`): at each boundary of a market's funding interval
(multiples of the interval since the epoch: exchanges collect at fixed times of day) every open position
pays size x mark price x rate, longs to shorts when the rate is positive (shorts to longs when negative).
The payment moves the margin asset's balance in the market's wallet, is kept in the account's funding
history, and is told to listeners (kind "funding"); each boundary's rate is kept in the market's history.

Settled lazily: `settle()` pays every boundary the clock passed since the last call and nothing twice (the
exchange's `catch_up`, which the stub calls before each action; nothing runs in the background). The views
show what is settled. The mark price paid at is the mark price when the boundary is settled (the
last price unless the market data's marks are on: market_data.py).

The rate (our model): interest_rate + premium, where the premium is a seeded random walk per market (each
boundary adds a whole number of steps drawn from [-premium_step, premium_step] by a generator keyed by seed,
market and boundary, held so that the rate stays in [min_rate, max_rate]). A premium of mark over index
would always be zero here (both are the last price): the walk stands in for it. The rate of the running
interval is known before it is collected (`predicted`): the draw depends on the boundary alone.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .accounts import Ledger
from .market_data import MarketData
from .model import MONEY_STEP, ZERO, Market, newest_first, of_position

HOUR_MS = 3_600_000


@dataclass(frozen=True)
class FundingTerms:
    """How one market's funding is collected and its rate moves (rates per interval, as fractions)."""

    interval_ms: int = 8 * HOUR_MS
    interest_rate: Decimal = ZERO
    min_rate: Decimal = Decimal("-0.0075")
    max_rate: Decimal = Decimal("0.0075")
    premium_step: Decimal = Decimal("0.0001")  # the most the premium moves at one boundary
    step: Decimal = Decimal("0.00000001")  # rates are whole multiples of it


@dataclass(frozen=True)
class FundingConfig:
    """`terms` for every perpetual market (None: no funding), `markets` a market's own instead."""

    terms: FundingTerms | None = None
    markets: Mapping[str, FundingTerms] = field(default_factory=dict)

    def of(self, symbol: str) -> FundingTerms | None:
        return self.markets.get(symbol, self.terms)


@dataclass(frozen=True)
class CollectedRate:
    """A rate collected at a boundary (`time_ms`), with its parts and the mark price paid at."""

    market: str
    rate: Decimal
    premium: Decimal
    interest_rate: Decimal
    mark_price: Decimal
    time_ms: int


@dataclass(frozen=True)
class FundingFee:
    """What one position paid (`payment` < 0) or received at a boundary, in the market's margin asset."""

    id: int
    account: str
    market: str
    asset: str
    wallet: str
    position_id: int
    side: str  # long | short
    margin_mode: str
    quantity: Decimal  # signed, long > 0
    mark_price: Decimal
    rate: Decimal
    payment: Decimal
    time_ms: int

    @property
    def value(self) -> Decimal:
        """The position's value the rate applied to (|size| x mark price)."""
        return abs(self.quantity) * self.mark_price


@dataclass
class Funding:
    config: FundingConfig
    seed: int
    ledger: Ledger
    data: MarketData
    clock: Callable[[], int]
    emit: Callable[[str, Any], None] = lambda kind, payload: None  # the exchange's listeners
    rates: dict[str, list[CollectedRate]] = field(default_factory=dict)  # by market, oldest first
    payments: dict[str, list[FundingFee]] = field(default_factory=dict)  # by account, oldest first
    _settled_ms: dict[str, int] = field(default_factory=dict)  # by market: boundaries up to here are paid
    _premium: dict[str, Decimal] = field(default_factory=dict)
    _due_ms: int | None = None  # the earliest boundary to settle (None: no market has funding)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def terms(self, market: Market) -> FundingTerms | None:
        return self.config.of(market.symbol) if market.kind == "perpetual" else None

    def add_market(self, market: Market) -> None:
        """A market's funding starts now: the first boundary collected is the next one."""
        terms = self.terms(market)
        if terms is None:
            return
        self._settled_ms[market.symbol] = self.clock()
        self.rates[market.symbol] = []
        self._premium[market.symbol] = ZERO
        due = self.next_ms(market.symbol)
        self._due_ms = due if self._due_ms is None else min(self._due_ms, due)

    # -- settling -----------------------------------------------------------------------------
    def settle(self) -> None:
        """Collect every boundary the clock has passed (in time order across markets), each once."""
        now = self.clock()
        if self._due_ms is None or now < self._due_ms:
            return
        due: list[tuple[int, str]] = []
        for symbol in self._settled_ms:
            interval = self._terms(symbol).interval_ms
            boundary = self.next_ms(symbol)
            due.extend((b, symbol) for b in range(boundary, now + 1, interval))
            self._settled_ms[symbol] = now
        for boundary, symbol in sorted(due):
            self._collect(symbol, boundary)
        self._due_ms = min(self.next_ms(s) for s in self._settled_ms)

    def _collect(self, symbol: str, boundary: int) -> None:
        market, terms = self.data.markets[symbol], self._terms(symbol)
        premium = self._premium[symbol] = self._walk(symbol, boundary)
        mark = self.data.mark(symbol)
        rate = CollectedRate(symbol, terms.interest_rate + premium, premium, terms.interest_rate, mark, boundary)
        self.rates[symbol].append(rate)
        wallet = self.ledger.wallet_of(market)
        for account in list(self.ledger.accounts.values()):
            position = account.positions.get(symbol)
            if position is None or not position.quantity:
                continue
            amount = -(position.quantity * mark * rate.rate).quantize(MONEY_STEP)
            paid = FundingFee(
                next(self._ids),
                account.id,
                symbol,
                market.margin_asset,
                wallet,
                position.id,
                "long" if position.quantity > 0 else "short",
                position.margin_mode,
                position.quantity,
                mark,
                rate.rate,
                amount,
                boundary,
            )
            self.payments.setdefault(account.id, []).append(paid)
            position.funding += amount
            self.ledger.credit(account.id, market.margin_asset, amount, wallet, "funding", market=symbol)
            self.emit("funding", paid)

    def _walk(self, symbol: str, boundary: int) -> Decimal:
        """The premium at a boundary: the last one plus a seeded draw, kept within the rate's bounds."""
        terms = self._terms(symbol)
        steps = int(terms.premium_step / terms.step)
        draw = random.Random(f"{self.seed}:{symbol}:{boundary}").randint(-steps, steps) * terms.step
        low, high = terms.min_rate - terms.interest_rate, terms.max_rate - terms.interest_rate
        return min(high, max(low, self._premium[symbol] + draw))

    def _terms(self, symbol: str) -> FundingTerms:
        terms = self.config.of(symbol)
        assert terms is not None  # only markets with terms are settled
        return terms

    # -- views --------------------------------------------------------------------------------
    def funded(self, symbol: str) -> bool:
        """Whether a market pays funding."""
        return symbol in self._settled_ms

    def next_ms(self, symbol: str) -> int:
        """The next boundary to collect in a market."""
        interval = self._terms(symbol).interval_ms
        return (self._settled_ms[symbol] // interval + 1) * interval

    def last(self, symbol: str) -> CollectedRate | None:
        """The last rate collected (None before the first boundary)."""
        rates = self.rates[symbol]
        return rates[-1] if rates else None

    def predicted(self, symbol: str) -> Decimal:
        """The rate the next boundary will collect (the draw depends on the boundary alone)."""
        return self._terms(symbol).interest_rate + self._walk(symbol, self.next_ms(symbol))

    def rate_history(
        self, symbol: str, start_ms: int | None = None, end_ms: int | None = None, limit: int | None = None
    ) -> list[CollectedRate]:
        """A market's collected rates, newest first."""
        return newest_first(self.rates.get(symbol, []), lambda r: True, start_ms, end_ms, limit)

    def history(
        self,
        account_id: str,
        symbol: str | None = None,
        position_id: int | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[FundingFee]:
        """An account's funding payments (of one market, one position), newest first."""
        rows = self.payments.get(self.ledger.account(account_id).id, [])
        return newest_first(rows, of_position(symbol, position_id), start_ms, end_ms, limit)
