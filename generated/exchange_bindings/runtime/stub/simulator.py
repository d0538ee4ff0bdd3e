"""An exchange simulator shared by every API's stub: accounts, markets, books, matching, fills.

Generic on purpose: it knows spot and perpetual markets, limit/market/stop-limit orders and the
usual times in force, and nothing of any exchange's names or shapes (the spec maps those).
"""

from __future__ import annotations

import bisect
import itertools
import random
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

ZERO = Decimal(0)
BUY, SELL = "buy", "sell"


class SimulatorError(Exception):
    """A request the exchange refuses; `reason` is one of the generic rejection reasons."""

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        self.message = message
        super().__init__(f"{reason}: {message}")


@dataclass
class Market:
    symbol: str
    base: str
    quote: str
    kind: str = "spot"  # spot | perpetual
    tick_size: Decimal = Decimal("0.01")
    lot_size: Decimal = Decimal("0.001")
    min_quantity: Decimal = Decimal("0.001")
    price: Decimal = Decimal(100)  # reference price for seeding books
    leverage: Decimal = Decimal(10)
    maker_fee: Decimal = ZERO
    taker_fee: Decimal = ZERO
    listed_ms: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def margin_asset(self) -> str:
        return self.quote

    def check(self, price: Decimal | None, quantity: Decimal) -> None:
        if quantity <= 0 or quantity % self.lot_size != 0 or quantity < self.min_quantity:
            raise SimulatorError(
                "invalid_quantity",
                f"quantity {quantity} must be a positive multiple of {self.lot_size} (at least {self.min_quantity})",
            )
        if price is not None and (price <= 0 or price % self.tick_size != 0):
            raise SimulatorError("invalid_price", f"price {price} must be a positive multiple of {self.tick_size}")


@dataclass
class Balance:
    total: Decimal = ZERO
    reserved: Decimal = ZERO
    updated_ms: int = 0

    @property
    def available(self) -> Decimal:
        return self.total - self.reserved


@dataclass
class Position:
    market: str
    quantity: Decimal = ZERO  # signed: long > 0
    entry_price: Decimal = ZERO
    realized_pnl: Decimal = ZERO
    updated_ms: int = 0


@dataclass
class Fill:
    id: int
    order_id: int
    account: str
    market: str
    side: str
    price: Decimal
    quantity: Decimal
    fee: Decimal
    fee_asset: str
    liquidity: str  # maker | taker
    time_ms: int
    client_order_id: int | str | None = None


@dataclass
class Trade:
    """A public trade (one per match)."""

    id: int
    market: str
    price: Decimal
    quantity: Decimal
    taker_side: str
    time_ms: int


@dataclass
class Order:
    id: int
    account: str
    market: str
    side: str
    type: str  # limit | market | stop_limit
    quantity: Decimal
    price: Decimal | None = None
    stop_price: Decimal | None = None
    time_in_force: str = "gtc"  # gtc | ioc | fok | maker_only
    client_order_id: int | str | None = None
    status: str = "open"  # pending (stop not triggered) | open | partially_filled | filled | cancelled | rejected
    reason: str | None = None  # why it was cancelled or rejected
    filled: Decimal = ZERO
    cost: Decimal = ZERO  # sum(price * qty) of fills
    fees: Decimal = ZERO
    reserved: Decimal = ZERO
    created_ms: int = 0
    updated_ms: int = 0
    fills: list[Fill] = field(default_factory=list)
    triggered: bool = False

    @property
    def remaining(self) -> Decimal:
        return self.quantity - self.filled

    @property
    def average_price(self) -> Decimal | None:
        return (self.cost / self.filled).normalize() if self.filled else None

    @property
    def is_open(self) -> bool:
        return self.status in ("pending", "open", "partially_filled")

    @property
    def outcome(self) -> str:
        """The status, with the reason for closed ones: `open`, `filled`, `cancelled:user`, ..."""
        return (
            f"{self.status}:{self.reason}" if self.reason and self.status in ("cancelled", "rejected") else self.status
        )

    @property
    def last_fill(self) -> Fill | None:
        return self.fills[-1] if self.fills else None


@dataclass
class Account:
    id: str
    balances: dict[str, Balance] = field(default_factory=dict)
    positions: dict[str, Position] = field(default_factory=dict)
    permissions: frozenset[str] = frozenset()

    def balance(self, asset: str) -> Balance:
        return self.balances.setdefault(asset, Balance())


class Book:
    """One side's price levels in price-time priority."""

    def __init__(self, side: str) -> None:
        self.side = side
        self.prices: list[Decimal] = []  # ascending
        self.levels: dict[Decimal, deque[Order]] = {}

    def add(self, order: Order) -> None:
        assert order.price is not None
        level = self.levels.get(order.price)
        if level is None:
            bisect.insort(self.prices, order.price)
            level = self.levels[order.price] = deque()
        level.append(order)

    def remove(self, order: Order) -> None:
        assert order.price is not None
        level = self.levels.get(order.price)
        if level is not None and order in level:
            level.remove(order)
            if not level:
                del self.levels[order.price]
                self.prices.remove(order.price)

    def best(self) -> Decimal | None:
        if not self.prices:
            return None
        return self.prices[-1] if self.side == BUY else self.prices[0]

    def walk(self) -> Iterable[tuple[Decimal, deque[Order]]]:
        prices = reversed(self.prices) if self.side == BUY else iter(self.prices)
        for price in list(prices):
            yield price, self.levels[price]

    def depth(self, levels: int) -> list[tuple[Decimal, Decimal]]:
        out = []
        for price, queue in self.walk():
            out.append((price, sum((o.remaining for o in queue), ZERO)))
            if len(out) == levels:
                break
        return out


class Exchange:
    """The simulated exchange. Deterministic for a given seed and clock."""

    MAKER = "market-maker"

    def __init__(self, markets: Iterable[Market], seed: int = 0, clock: Callable[[], int] | None = None) -> None:
        self.seed = seed
        self.clock = clock or (lambda: int(time.time() * 1000))
        self.markets = {m.symbol: m for m in markets}
        self.accounts: dict[str, Account] = {}
        self.orders: dict[int, Order] = {}
        self.books = {s: (Book(BUY), Book(SELL)) for s in self.markets}
        self.stops: dict[str, list[Order]] = {s: [] for s in self.markets}
        self.trades: dict[str, list[Trade]] = {s: [] for s in self.markets}
        self.last_price = {s: m.price for s, m in self.markets.items()}
        self._ids = itertools.count(1_000_000_001)
        self._fill_ids = itertools.count(1)
        self.listeners: list[Callable[[str, Any], None]] = []

    # -- set-up ------------------------------------------------------------------------
    def add_account(self, account_id: str, balances: dict[str, Decimal], permissions: Iterable[str] = ()) -> Account:
        account = Account(account_id, permissions=frozenset(permissions))
        now = self.clock()
        for asset, amount in balances.items():
            account.balances[asset] = Balance(Decimal(amount), ZERO, now)
        self.accounts[account_id] = account
        return account

    def seed_books(self, levels: int = 10, spread_ticks: int = 2) -> None:
        """Resting orders of a market maker around each market's reference price."""
        rng = random.Random(self.seed)
        maker = self.add_account(self.MAKER, {})
        for market in self.markets.values():
            for side in (BUY, SELL):
                for i in range(levels):
                    offset = market.tick_size * (spread_ticks + i * rng.randint(1, 4))
                    price = market.price - offset if side == BUY else market.price + offset
                    lots = rng.randint(1, 40)
                    quantity = market.lot_size * lots * max(1, int(market.min_quantity / market.lot_size))
                    need = price * quantity if side == BUY or market.kind != "spot" else quantity
                    asset = market.quote if side == BUY or market.kind != "spot" else market.base
                    maker.balance(asset).total += need
                    self.place(maker.id, market.symbol, side, "limit", quantity, price=price)

    def add_market(self, market: Market) -> None:
        self.markets[market.symbol] = market
        self.books[market.symbol] = (Book(BUY), Book(SELL))
        self.stops[market.symbol] = []
        self.trades[market.symbol] = []
        self.last_price[market.symbol] = market.price

    def seed_history(self, trades: int = 200, hours: int = 24) -> None:
        """Public trades over the past `hours`: a small random walk that ends at each reference price,
        so tickers and candles start realistic. They are history only: no account or book changes."""
        rng = random.Random(self.seed + 1)
        now = self.clock()
        for market in self.markets.values():
            steps = [rng.choice((-1, 0, 1)) for _ in range(trades)]
            price = market.price - market.tick_size * sum(steps)
            for i, step in enumerate(steps):
                price = max(market.tick_size, price + market.tick_size * step)
                quantity = market.lot_size * rng.randint(1, 50) * max(1, int(market.min_quantity / market.lot_size))
                moment = now - (trades - i) * hours * 3_600_000 // trades
                self.trades[market.symbol].append(
                    Trade(next(self._fill_ids), market.symbol, price, quantity, rng.choice((BUY, SELL)), moment)
                )
            self.last_price[market.symbol] = price

    def market(self, symbol: str) -> Market:
        market = self.markets.get(symbol)
        if market is None:
            raise SimulatorError("unknown_market", f"unknown market {symbol}")
        return market

    def account(self, account_id: str) -> Account:
        account = self.accounts.get(account_id)
        if account is None:
            raise SimulatorError("unknown_account", f"unknown account {account_id}")
        return account

    def _emit(self, kind: str, payload: Any) -> None:
        for listener in self.listeners:
            listener(kind, payload)

    # -- orders ------------------------------------------------------------------------
    def place(
        self,
        account_id: str,
        symbol: str,
        side: str,
        type: str,
        quantity: Decimal,
        *,
        price: Decimal | None = None,
        stop_price: Decimal | None = None,
        time_in_force: str = "gtc",
        client_order_id: int | str | None = None,
        order_id: int | None = None,
    ) -> Order:
        """Place an order; raise SimulatorError for requests the exchange would refuse outright.

        `order_id` chooses the id (tests seeding a known order); by default the next one is used.
        """
        account = self.account(account_id)
        market = self.market(symbol)
        if side not in (BUY, SELL):
            raise SimulatorError("invalid_parameter", f"side must be buy or sell, not {side}")
        if type in ("limit", "stop_limit") and price is None:
            raise SimulatorError("missing_parameter", f"a {type} order needs a price")
        if type == "stop_limit" and stop_price is None:
            raise SimulatorError("missing_parameter", "a stop-limit order needs a stop price")
        market.check(price if type != "market" else None, quantity)
        if stop_price is not None:
            market.check(stop_price, quantity)
        now = self.clock()
        order = Order(
            id=order_id if order_id is not None else next(self._ids),
            account=account.id,
            market=symbol,
            side=side,
            type=type,
            quantity=quantity,
            price=price if type != "market" else None,
            stop_price=stop_price,
            time_in_force=time_in_force,
            client_order_id=client_order_id,
            created_ms=now,
            updated_ms=now,
        )
        self._reserve(account, market, order)
        self.orders[order.id] = order
        if type == "stop_limit":
            order.status = "pending"
            self.stops[symbol].append(order)
            self._emit("order", order)
            return order
        self._execute(account, market, order)
        return order

    def _reserve(self, account: Account, market: Market, order: Order) -> None:
        price = order.price if order.price is not None else self._market_price_estimate(market, order)
        if market.kind == "spot":
            asset, amount = (
                (market.quote, price * order.quantity) if order.side == BUY else (market.base, order.quantity)
            )
        else:
            asset, amount = market.margin_asset, price * order.quantity / market.leverage
        balance = account.balance(asset)
        if account.id != self.MAKER and balance.available < amount:
            raise SimulatorError(
                "insufficient_funds", f"balance check failed: {asset} available {balance.available} < {amount}"
            )
        balance.reserved += amount
        order.reserved = amount

    def _market_price_estimate(self, market: Market, order: Order) -> Decimal:
        """Worst price a market order could reach: the far end of the opposite book, or the last price."""
        book = self.books[market.symbol][1 if order.side == BUY else 0]
        levels = book.depth(10_000)
        return levels[-1][0] if levels else self.last_price[market.symbol]

    def _release(self, account: Account, market: Market, order: Order, amount: Decimal) -> None:
        asset = market.quote if market.kind != "spot" or order.side == BUY else market.base
        amount = min(amount, order.reserved)
        account.balance(asset).reserved -= amount
        order.reserved -= amount

    def _execute(self, account: Account, market: Market, order: Order) -> None:
        bids, asks = self.books[market.symbol]
        opposite, own = (asks, bids) if order.side == BUY else (bids, asks)

        def crosses(price: Decimal) -> bool:
            return order.price is None or (price <= order.price if order.side == BUY else price >= order.price)

        if order.time_in_force == "maker_only" and opposite.best() is not None and crosses(opposite.best()):  # type: ignore[arg-type]
            self._close(account, market, order, "cancelled", "maker_only")
            return
        if order.time_in_force == "fok":
            available = sum((q for p, q in opposite.depth(10_000) if crosses(p)), ZERO)
            if available < order.quantity:
                self._close(account, market, order, "cancelled", "fok")
                return
        for price, queue in opposite.walk():
            if order.remaining <= 0 or not crosses(price):
                break
            while queue and order.remaining > 0:
                maker = queue[0]
                quantity = min(order.remaining, maker.remaining)
                self._match(market, order, maker, price, quantity)
                if maker.remaining <= 0:
                    opposite.remove(maker)
        if order.remaining <= 0:
            self._close(account, market, order, "filled", None)
        elif order.type == "market" or order.time_in_force == "ioc":
            self._close(
                account,
                market,
                order,
                "cancelled",
                order.time_in_force if order.type != "market" else "market_unfilled",
            )
        else:
            own.add(order)
            self._emit("order", order)
        self._trigger_stops(market)

    def _match(self, market: Market, taker: Order, maker: Order, price: Decimal, quantity: Decimal) -> None:
        now = self.clock()
        trade = Trade(next(self._fill_ids), market.symbol, price, quantity, taker.side, now)
        self.trades[market.symbol].append(trade)
        self.last_price[market.symbol] = price
        for order, liquidity in ((maker, "maker"), (taker, "taker")):
            account = self.accounts[order.account]
            rate = market.maker_fee if liquidity == "maker" else market.taker_fee
            fee = (price * quantity * rate).quantize(Decimal("1e-8"))
            fill = Fill(
                trade.id,
                order.id,
                order.account,
                market.symbol,
                order.side,
                price,
                quantity,
                fee,
                market.quote,
                liquidity,
                now,
                order.client_order_id,
            )
            order.fills.append(fill)
            order.filled += quantity
            order.cost += price * quantity
            order.fees += fee
            order.updated_ms = now
            order.status = "filled" if order.remaining <= 0 else "partially_filled"
            self._settle(account, market, order, price, quantity, fee)
            self._emit("fill", fill)
            if order is maker:
                self._emit("order", order)
        self._emit("trade", trade)

    def _settle(
        self, account: Account, market: Market, order: Order, price: Decimal, quantity: Decimal, fee: Decimal
    ) -> None:
        now = self.clock()
        sign = 1 if order.side == BUY else -1
        if market.kind == "spot":
            base, quote = account.balance(market.base), account.balance(market.quote)
            if order.side == BUY:
                limit = order.price if order.price is not None else price
                self._release(
                    account,
                    market,
                    order,
                    limit * quantity
                    if order.price is not None
                    else order.reserved * quantity / (order.remaining + quantity),
                )
                quote.total -= price * quantity
                base.total += quantity
            else:
                self._release(account, market, order, quantity)
                base.total -= quantity
                quote.total += price * quantity
            base.updated_ms = quote.updated_ms = now
        else:
            self._release(account, market, order, order.reserved * quantity / (order.remaining + quantity))
            position = account.positions.setdefault(market.symbol, Position(market.symbol))
            old = position.quantity
            new = old + sign * quantity
            if old == 0 or (old > 0) == (sign > 0):  # opening or adding
                position.entry_price = (position.entry_price * abs(old) + price * quantity) / abs(new)
            else:  # reducing, closing or flipping
                closed = min(abs(old), quantity)
                pnl = (price - position.entry_price) * closed * (1 if old > 0 else -1)
                position.realized_pnl += pnl
                account.balance(market.margin_asset).total += pnl
                if abs(new) > 0 and (new > 0) != (old > 0):
                    position.entry_price = price
                elif new == 0:
                    position.entry_price = ZERO
            position.quantity = new
            position.updated_ms = now
            self._emit("position", {"account": account.id, "market": market.symbol, "position": position})
        account.balance(market.quote).total -= fee
        self._emit("balance", {"account": account.id, "market": market.symbol})

    def _close(self, account: Account, market: Market, order: Order, status: str, reason: str | None) -> None:
        if order.status == "pending":
            self.stops[market.symbol].remove(order)
        order.status = status
        order.reason = reason
        order.updated_ms = self.clock()
        self._release(account, market, order, order.reserved)
        self._emit("order", order)
        self._emit("balance", {"account": account.id, "market": market.symbol})

    def _trigger_stops(self, market: Market) -> None:
        bids, asks = self.books[market.symbol]
        for order in list(self.stops[market.symbol]):
            assert order.stop_price is not None
            # A buy stop triggers on the best ask, a sell stop on the best bid.
            reference = asks.best() if order.side == BUY else bids.best()
            if reference is None:
                continue
            if (order.side == BUY and reference >= order.stop_price) or (
                order.side == SELL and reference <= order.stop_price
            ):
                self.stops[market.symbol].remove(order)
                order.status, order.triggered = "open", True
                self._execute(self.accounts[order.account], market, order)

    def find(
        self,
        account_id: str,
        order_id: int | None = None,
        client_order_id: int | str | None = None,
        symbol: str | None = None,
    ) -> Order:
        for order in self._orders_of(account_id):
            if order_id is not None:
                same = order.id == order_id
            else:
                same = client_order_id is not None and order.client_order_id == client_order_id
            if same and symbol in (None, order.market):
                return order
        raise SimulatorError(
            "order_not_found", f"order {order_id if order_id is not None else client_order_id} not found"
        )

    def cancel(
        self,
        account_id: str,
        order_id: int | None = None,
        client_order_id: int | str | None = None,
        symbol: str | None = None,
    ) -> Order:
        order = self.find(account_id, order_id, client_order_id, symbol)
        if not order.is_open:
            raise SimulatorError("order_not_open", f"order {order.id} is {order.status}")
        market = self.markets[order.market]
        if order.status != "pending":
            self.books[order.market][0 if order.side == BUY else 1].remove(order)
        self._close(self.accounts[account_id], market, order, "cancelled", "user")
        return order

    def cancel_all(self, account_id: str, symbol: str | None = None) -> list[Order]:
        return [self.cancel(account_id, o.id) for o in self.open_orders(account_id, symbol)]

    def modify(
        self,
        account_id: str,
        order_id: int,
        *,
        price: Decimal | None = None,
        quantity: Decimal | None = None,
        side: str | None = None,
        symbol: str | None = None,
    ) -> Order:
        """Reducing quantity keeps the order and its place; any other change replaces it."""
        order = self.find(account_id, order_id, symbol=symbol)
        if not order.is_open or order.type == "market":
            raise SimulatorError("order_not_open", f"order {order.id} cannot be modified ({order.status})")
        market = self.markets[order.market]
        new_price = price if price is not None else order.price
        new_quantity = quantity if quantity is not None else order.quantity
        new_side = side or order.side
        market.check(new_price, new_quantity)
        if new_side == order.side and new_price == order.price and new_quantity <= order.quantity:
            if new_quantity <= order.filled:
                raise SimulatorError("invalid_quantity", "the new quantity is not above the filled quantity")
            released = order.reserved * (order.quantity - new_quantity) / order.remaining if order.remaining else ZERO
            self._release(self.accounts[account_id], market, order, released)
            order.quantity = new_quantity
            order.updated_ms = self.clock()
            self._emit("order", order)
            return order
        self.cancel(account_id, order.id)
        order.reason = "amended"
        return self.place(
            account_id,
            order.market,
            new_side,
            order.type,
            new_quantity - order.filled,
            price=new_price,
            stop_price=order.stop_price,
            time_in_force=order.time_in_force,
            client_order_id=order.client_order_id,
        )

    # -- views -------------------------------------------------------------------------
    def _orders_of(self, account_id: str) -> list[Order]:
        return [o for o in self.orders.values() if o.account == account_id]

    def open_orders(self, account_id: str, symbol: str | None = None) -> list[Order]:
        return [o for o in self._orders_of(account_id) if o.is_open and (symbol is None or o.market == symbol)]

    def order_history(
        self,
        account_id: str,
        symbol: str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[Order]:
        orders = [
            o
            for o in self._orders_of(account_id)
            if (symbol is None or o.market == symbol)
            and (start_ms is None or o.updated_ms >= start_ms)
            and (end_ms is None or o.created_ms <= end_ms)
        ]
        orders.sort(key=lambda o: (o.updated_ms, o.id), reverse=True)
        return orders[:limit] if limit else orders

    def account_fills(
        self,
        account_id: str,
        symbol: str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[Fill]:
        fills = [f for o in self._orders_of(account_id) for f in o.fills if (symbol is None or f.market == symbol)]
        fills = [
            f for f in fills if (start_ms is None or f.time_ms >= start_ms) and (end_ms is None or f.time_ms <= end_ms)
        ]
        fills.sort(key=lambda f: (f.time_ms, f.id), reverse=True)
        return fills[:limit] if limit else fills

    def public_trades(
        self, symbol: str, start_ms: int | None = None, end_ms: int | None = None, limit: int | None = None
    ) -> list[Trade]:
        trades = [
            t
            for t in reversed(self.market_trades(symbol))
            if (start_ms is None or t.time_ms >= start_ms) and (end_ms is None or t.time_ms <= end_ms)
        ]
        return trades[:limit] if limit else trades

    def market_trades(self, symbol: str) -> list[Trade]:
        self.market(symbol)
        return self.trades[symbol]

    def depth(self, symbol: str, levels: int = 25) -> dict[str, Any]:
        self.market(symbol)
        bids, asks = self.books[symbol]
        return {
            "market": symbol,
            "bids": bids.depth(levels),
            "asks": asks.depth(levels),
            "last": self.last_price[symbol],
            "time_ms": self.clock(),
        }

    def ticker(self, symbol: str) -> dict[str, Any]:
        market = self.market(symbol)
        now = self.clock()
        day = [t for t in self.trades[symbol] if t.time_ms >= now - 86_400_000]
        bids, asks = self.books[symbol]
        last = self.last_price[symbol]
        return {
            "market": symbol,
            "last": last,
            "last_quantity": day[-1].quantity if day else ZERO,
            "open": day[0].price if day else market.price,
            "high": max((t.price for t in day), default=last),
            "low": min((t.price for t in day), default=last),
            "volume": sum((t.quantity for t in day), ZERO),
            "quote_volume": sum((t.quantity * t.price for t in day), ZERO),
            "bid": bids.best(),
            "ask": asks.best(),
            "mark": last,
            "open_interest": sum(
                (
                    max(p.quantity, ZERO)
                    for a in self.accounts.values()
                    for p in a.positions.values()
                    if p.market == symbol
                ),
                ZERO,
            ),
            "time_ms": now,
        }

    def candles(
        self,
        symbol: str,
        interval_s: int,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """OHLCV buckets from the simulated trades, newest first (intervals without trades have no bucket)."""
        self.market(symbol)
        width = interval_s * 1000
        buckets: dict[int, dict[str, Any]] = {}
        for trade in self.trades[symbol]:
            start = trade.time_ms - trade.time_ms % width
            bucket = buckets.get(start)
            if bucket is None:
                buckets[start] = {
                    "open_ms": start,
                    "open": trade.price,
                    "high": trade.price,
                    "low": trade.price,
                    "close": trade.price,
                    "volume": trade.quantity,
                    "quote_volume": trade.price * trade.quantity,
                }
            else:
                bucket["high"] = max(bucket["high"], trade.price)
                bucket["low"] = min(bucket["low"], trade.price)
                bucket["close"] = trade.price
                bucket["volume"] += trade.quantity
                bucket["quote_volume"] += trade.price * trade.quantity
        rows = [
            b
            for s, b in sorted(buckets.items(), reverse=True)
            if (start_ms is None or s >= start_ms) and (end_ms is None or s <= end_ms)
        ]
        return rows[:limit] if limit else rows

    def balances(self, account_id: str) -> list[tuple[str, Balance]]:
        return sorted(self.account(account_id).balances.items())

    def positions(self, account_id: str, symbol: str | None = None) -> list[Position]:
        return [p for s, p in sorted(self.account(account_id).positions.items()) if symbol is None or s == symbol]
