"""AMM liquidity pools of spot markets (the spec's `amm`): an account adds a market's base and quote assets
to its pool at the pool's ratio and holds a share of it; removing takes the share's part of both assets back.

The pool's own trading is not simulated (our model): every trade of its market pays the pool `fee_share` of
the trade's total (in the quote asset), which stays in the pool and is divided among the providers by their
shares; each provider's income is settled into an income record at every `settle_every_ms` boundary (at
`settle`, which the exchange calls lazily, as funding's). A pool starts with `base_amount` of the base asset
and its value in the quote asset at the market's price, from providers nobody simulated."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from typing import Any

from .accounts import Ledger
from .market_data import MarketData
from .model import MONEY_STEP, ZERO, Market, SimulatorError, Trade, newest_first

DAY_MS = 86_400_000
STATS_DAYS = 7  # the window of a pool's volume, income and yields


@dataclass(frozen=True)
class PoolTerms:
    market: str
    base_amount: Decimal  # what the pool starts with of the base asset
    fee_share: Decimal  # of each trade's total, paid to the pool
    kind: str = "infinite"  # the pool's price interval (infinite or finite), reported only


@dataclass(frozen=True)
class PoolConfig:
    """The spec's `amm`: the wallet liquidity comes from (the default wallet when None), the pools, and how
    often providers' income is settled into records."""

    wallet: str | None = None
    settle_every_ms: int = DAY_MS
    pools: tuple[PoolTerms, ...] = ()


@dataclass
class Pool:
    terms: PoolTerms
    market: Market
    base: Decimal
    quote: Decimal
    shares: Decimal  # in units of the quote asset's value at the pool's start
    held: dict[str, Decimal] = field(default_factory=dict)  # account -> shares
    earned: list[tuple[int, Decimal, Decimal]] = field(default_factory=list)  # (time, trade total, income)

    def part(self, shares: Decimal) -> tuple[Decimal, Decimal]:
        """The base and quote amounts `shares` stand for."""
        if not self.shares:
            return ZERO, ZERO
        return (self.base * shares / self.shares).quantize(MONEY_STEP, ROUND_DOWN), (
            self.quote * shares / self.shares
        ).quantize(MONEY_STEP, ROUND_DOWN)


@dataclass(frozen=True)
class Holding:
    """An account's liquidity in a pool, as of now."""

    market: Market
    base_amount: Decimal
    quote_amount: Decimal
    liquidity: Decimal  # shares
    proportion: Decimal


@dataclass(frozen=True)
class Income:
    """A provider's income settled at a boundary (`time_ms`), with its holding then."""

    account: str
    market: Market
    time_ms: int
    base_amount: Decimal
    quote_amount: Decimal
    liquidity: Decimal
    proportion: Decimal
    income: Decimal  # in the quote asset


class AmmPools:
    def __init__(self, config: PoolConfig, ledger: Ledger, data: MarketData, clock: Callable[[], int]) -> None:
        self.config = config
        self.ledger = ledger
        self.data = data
        self.clock = clock
        self.pools: dict[str, Pool] = {}
        self._pending: dict[tuple[str, str], Decimal] = {}  # (account, market) -> income since the last boundary
        self._settled_ms = clock() - clock() % config.settle_every_ms
        self.incomes: dict[str, list[Income]] = {}

    def add_market(self, market: Market) -> None:
        for terms in self.config.pools:
            if terms.market == market.symbol:
                quote = (terms.base_amount * market.price).quantize(MONEY_STEP)
                self.pools[market.symbol] = Pool(terms, market, terms.base_amount, quote, 2 * quote)

    @property
    def wallet(self) -> str:
        return self.config.wallet or self.ledger.wallets[0]

    def pool(self, symbol: str) -> Pool:
        found = self.pools.get(symbol)
        if found is None:
            raise SimulatorError("unknown_market", f"{symbol} has no AMM pool")
        return found

    # -- providing liquidity -----------------------------------------------------------------
    def add(self, account_id: str, symbol: str, base_amount: Decimal, quote_amount: Decimal) -> Holding:
        """Add up to these amounts at the pool's ratio (what does not fit stays in the wallet)."""
        pool, account = self.pool(symbol), self.ledger.account(account_id)
        if base_amount <= 0 or quote_amount <= 0:
            raise SimulatorError("invalid_quantity", "both amounts must be positive")
        fraction = min(base_amount / pool.base, quote_amount / pool.quote)
        shares = (pool.shares * fraction).quantize(MONEY_STEP, ROUND_DOWN)
        base, quote = pool.part(shares)
        if not shares or not base or not quote:
            raise SimulatorError("invalid_quantity", "too little to add")
        for asset, amount in ((pool.market.base, base), (pool.market.quote, quote)):
            if account.balance(asset, self.wallet).available < amount:
                raise SimulatorError("insufficient_funds", f"{asset} available in {self.wallet} < {amount}")
        self.settle()
        for asset, amount in ((pool.market.base, base), (pool.market.quote, quote)):
            self.ledger.credit(account_id, asset, -amount, self.wallet, "amm")
        pool.base, pool.quote, pool.shares = pool.base + base, pool.quote + quote, pool.shares + shares
        pool.held[account_id] = pool.held.get(account_id, ZERO) + shares
        return self.holding(account_id, symbol)

    def remove(self, account_id: str, symbol: str) -> Holding:
        """Take all of the account's liquidity out: its part of both assets goes back to the wallet (none
        held: nothing moves)."""
        pool = self.pool(symbol)
        self.settle()
        shares = pool.held.pop(account_id, ZERO)
        base, quote = pool.part(shares)
        pool.base, pool.quote, pool.shares = pool.base - base, pool.quote - quote, pool.shares - shares
        for asset, amount in ((pool.market.base, base), (pool.market.quote, quote)):
            self.ledger.credit(account_id, asset, amount, self.wallet, "amm")
        return self.holding(account_id, symbol)

    # -- income ------------------------------------------------------------------------------
    def on_trade(self, trade: Trade) -> None:
        """A trade of a pooled market pays the pool its share, divided among the providers."""
        pool = self.pools.get(trade.market)
        if pool is None:
            return
        total = trade.price * trade.quantity
        income = (total * pool.terms.fee_share).quantize(MONEY_STEP, ROUND_DOWN)
        pool.earned.append((trade.time_ms, total, income))
        for account, shares in pool.held.items():
            key = (account, trade.market)
            self._pending[key] = self._pending.get(key, ZERO) + income * shares / pool.shares
        pool.quote += income

    def settle(self) -> None:
        """Write the income earned before the last boundary passed into each provider's records."""
        every = self.config.settle_every_ms
        boundary = self.clock() - self.clock() % every
        if boundary <= self._settled_ms:
            return
        self._settled_ms = boundary
        for (account, symbol), earned in sorted(self._pending.items()):
            holding = self.holding(account, symbol)
            record = Income(
                account,
                holding.market,
                boundary,
                holding.base_amount,
                holding.quote_amount,
                holding.liquidity,
                holding.proportion,
                earned.quantize(MONEY_STEP, ROUND_DOWN),
            )
            self.incomes.setdefault(account, []).append(record)
        self._pending.clear()

    # -- views -------------------------------------------------------------------------------
    def holding(self, account_id: str, symbol: str) -> Holding:
        pool = self.pool(symbol)
        shares = pool.held.get(account_id, ZERO)
        base, quote = pool.part(shares)
        proportion = (shares / pool.shares).quantize(Decimal("0.000001"), ROUND_DOWN) if pool.shares else ZERO
        return Holding(pool.market, base, quote, shares, proportion)

    def holdings(self, account_id: str) -> list[Holding]:
        return [self.holding(account_id, s) for s, p in sorted(self.pools.items()) if p.held.get(account_id)]

    def income_history(
        self,
        account_id: str,
        symbol: str,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[Income]:
        self.pool(symbol)
        rows = self.incomes.get(account_id, [])
        return newest_first(rows, lambda r: r.market.symbol == symbol, start_ms, end_ms, limit)

    def stats(self, symbols: Iterable[str]) -> list[dict[str, Any]]:
        """Each pool now: its assets, its value in the quote asset (at the market's last price), and over the
        last day and the last STATS_DAYS days its traded volume, income and yearly yield."""
        now, rows = self.clock(), []
        for symbol in symbols:
            pool = self.pool(symbol)
            value = pool.base * self.data.last_price[symbol] + pool.quote
            day = [(t, i) for at, t, i in pool.earned if at > now - DAY_MS]
            week = [(t, i) for at, t, i in pool.earned if at > now - STATS_DAYS * DAY_MS]
            rows.append(
                {
                    "pool": pool,
                    "value": value.quantize(MONEY_STEP),
                    "volume": sum((t for t, _ in week), ZERO),
                    "income": sum((i for _, i in week), ZERO),
                    "yield_day": _yearly(sum((i for _, i in day), ZERO), value, 1),
                    "yield_week": _yearly(sum((i for _, i in week), ZERO), value, STATS_DAYS),
                }
            )
        return rows


def _yearly(income: Decimal, value: Decimal, days: int) -> Decimal:
    return (income / value * 365 / days).quantize(Decimal("0.0001")) if value else ZERO
