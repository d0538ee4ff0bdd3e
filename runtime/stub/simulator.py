"""An exchange simulator shared by every API's stub: accounts, markets, books, matching, fills.

Generic on purpose: it knows spot and perpetual markets, limit/market/stop orders and the usual
times in force, and nothing of any exchange's names or shapes (the spec maps those).

Accounts hold one or more wallets (balance maps by name). Each market settles in one wallet: its
trades move that wallet's balances, and a perpetual market's margin is held there. An exchange
with a single wallet (the default, `main`) behaves as if wallets did not exist; one with a spot
and a futures wallet moves funds between them with `transfer`. Perpetual positions hold margin at
the account's leverage for that market (`set_leverage`), realise PnL into the wallet and are kept
in a history when they close.
"""

from __future__ import annotations

import bisect
import itertools
import random
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

ZERO = Decimal(0)
BUY, SELL = "buy", "sell"
DEFAULT_WALLET = "main"
MARGIN_MODES = ("isolated", "cross")
STOP_TYPES = ("stop_limit", "stop_market")
TIMES_IN_FORCE = ("gtc", "ioc", "fok", "maker_only")
MARKET_KINDS = ("spot", "perpetual")


class SimulatorError(Exception):
    """A request the exchange refuses; `reason` is one of the generic rejection reasons."""

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        self.message = message
        super().__init__(f"{reason}: {message}")


@dataclass(frozen=True)
class Market:
    symbol: str
    base: str
    quote: str
    kind: str = "spot"  # spot | perpetual
    tick_size: Decimal = Decimal("0.01")
    lot_size: Decimal = Decimal("0.001")
    min_quantity: Decimal = Decimal("0.001")
    price: Decimal = Decimal(100)  # reference price for seeding books
    leverage: Decimal = Decimal(10)  # the default leverage of a perpetual market
    maker_fee: Decimal = ZERO
    taker_fee: Decimal = ZERO
    listed_ms: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
    wallet: str | None = None  # the wallet it settles in (None: the exchange's first wallet)
    max_leverage: Decimal | None = None  # the most leverage an account may choose (None: no limit)

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
    reserved: Decimal = ZERO  # held by open orders
    updated_ms: int = 0
    margin: Decimal = ZERO  # held by perpetual positions

    @property
    def available(self) -> Decimal:
        return self.total - self.reserved - self.margin


@dataclass
class Position:
    market: str
    quantity: Decimal = ZERO  # signed: long > 0
    entry_price: Decimal = ZERO
    realized_pnl: Decimal = ZERO  # from prices alone; fees are in `fees`
    updated_ms: int = 0
    id: int = 0
    created_ms: int = 0
    margin: Decimal = ZERO  # held in the market's wallet
    leverage: Decimal = ZERO
    margin_mode: str = "cross"
    fees: Decimal = ZERO
    max_quantity: Decimal = ZERO  # the largest size it reached
    max_margin: Decimal = ZERO  # the most margin it held
    opened_value: Decimal = ZERO  # sum(price * quantity) of the fills that opened or added
    close_price: Decimal | None = None  # price of the last reducing fill
    closed_by: str | None = None  # finished positions: the type of the order that closed it
    side: str = "long"  # long | short (kept when the position closes)

    @property
    def bankruptcy_price(self) -> Decimal | None:
        """Where the position's margin is used up (None without a position)."""
        size = abs(self.quantity)
        if not size:
            return None
        price = self.entry_price - self.margin / size if self.quantity > 0 else self.entry_price + self.margin / size
        return max(price, ZERO)


@dataclass
class Transfer:
    id: int
    account: str
    asset: str
    amount: Decimal
    from_wallet: str
    to_wallet: str
    time_ms: int
    status: str = "finished"


@dataclass
class MarginChange:
    """A change of a position's margin (added, removed, or set by a leverage change)."""

    account: str
    market: str
    position_id: int
    change: Decimal
    margin: Decimal
    quantity: Decimal
    leverage: Decimal
    margin_mode: str
    price: Decimal
    time_ms: int
    bankruptcy_price: Decimal | None = None


@dataclass(slots=True)
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


@dataclass(slots=True)
class Trade:
    """A public trade (one per match)."""

    id: int
    market: str
    price: Decimal
    quantity: Decimal
    taker_side: str
    time_ms: int


@dataclass(eq=False, slots=True)  # an order is itself: two orders with the same fields are two orders
class Order:
    id: int
    account: str
    market: str
    side: str
    type: str  # limit | market | stop_limit | stop_market
    quantity: Decimal
    price: Decimal | None = None
    stop_price: Decimal | None = None
    # above | below: the reference price crossing stop_price; None: the book (a buy stop the asks, a sell stop the bids)
    trigger: str | None = None
    trigger_reference: str = "last"  # the price a stop watches: last | mark | index (all the last price here)
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
    auto_trigger: bool = False  # trigger direction chosen against the last price (again when stop_price changes)
    realized_pnl: Decimal = ZERO  # perpetual orders: PnL realised by their reducing fills
    reduce_only: bool = False  # perpetual orders: never more than the position it reduces (cancelled without one)
    position_stop: str | None = None  # stop_loss | take_profit: a stop attached to the position
    closes_position: bool = False  # a position stop for the whole position, whatever its size when it triggers

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
    def is_stop(self) -> bool:
        return self.type in STOP_TYPES

    @property
    def is_market(self) -> bool:
        return self.type in ("market", "stop_market")

    @property
    def style(self) -> str:
        """The type, or a limit-priced order's time in force when it is not gtc: `limit`, `ioc`, `stop_market`, ..."""
        priced = self.type in ("limit", "stop_limit")
        return self.time_in_force if priced and self.time_in_force != "gtc" else self.type

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
    wallets: dict[str, dict[str, Balance]] = field(default_factory=dict)
    positions: dict[str, Position] = field(default_factory=dict)
    permissions: frozenset[str] = frozenset()
    default_wallet: str = DEFAULT_WALLET
    leverage: dict[str, Decimal] = field(default_factory=dict)  # per market, where the account chose one
    margin_mode: dict[str, str] = field(default_factory=dict)  # per market, where the account chose one
    closed_positions: list[Position] = field(default_factory=list)
    transfers: list[Transfer] = field(default_factory=list)
    margin_changes: list[MarginChange] = field(default_factory=list)

    @property
    def balances(self) -> dict[str, Balance]:
        """The default wallet's balances."""
        return self.wallet(self.default_wallet)

    def wallet(self, name: str | None = None) -> dict[str, Balance]:
        return self.wallets.setdefault(name or self.default_wallet, {})

    def balance(self, asset: str, wallet: str | None = None) -> Balance:
        return self.wallet(wallet).setdefault(asset, Balance())


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


class OrderStore:
    """The orders an exchange holds, each found in O(1): by id, by account (in placement order), the
    open ones by account, and by (account, client order id).

    A closed order stays `retention_ms` after it closed (the exchange's window; None: no window), and
    among the newest `max_closed` closed orders (a bound on memory whatever the clock does); then it is
    forgotten, its client order id with it.
    """

    def __init__(self, retention_ms: int | None, max_closed: int) -> None:
        self.retention_ms = retention_ms
        self.max_closed = max_closed
        self.by_id: dict[int, Order] = {}
        self._of_account: dict[str, dict[int, Order]] = {}
        self._open: dict[str, dict[int, Order]] = {}
        self._by_client: dict[tuple[str, int | str], deque[Order]] = {}  # oldest first
        self._closed: deque[tuple[int, Order]] = deque()  # (when it closed, order), oldest first

    def add(self, order: Order) -> None:
        """A new order (its id not held: the exchange checks before it reserves anything)."""
        self.by_id[order.id] = order
        self._of_account.setdefault(order.account, {})[order.id] = order
        self._open.setdefault(order.account, {})[order.id] = order
        if order.client_order_id is not None:
            self._by_client.setdefault((order.account, order.client_order_id), deque()).append(order)

    def closed(self, order: Order, now: int) -> None:
        """An order reached a final status (counted once, however many paths report it)."""
        if self._open.get(order.account, {}).pop(order.id, None) is not None:
            self._closed.append((now, order))

    def prune(self, now: int) -> None:
        """Forget the closed orders past the window, and the oldest beyond max_closed."""
        closed, window = self._closed, self.retention_ms
        while closed and (len(closed) > self.max_closed or (window is not None and closed[0][0] + window <= now)):
            self._forget(closed.popleft()[1])

    def _forget(self, order: Order) -> None:
        del self.by_id[order.id]
        del self._of_account[order.account][order.id]
        if order.client_order_id is not None:
            key = (order.account, order.client_order_id)
            same = self._by_client[key]
            if same[0] is order:  # the usual case: the oldest goes first
                same.popleft()
            else:
                same.remove(order)
            if not same:
                del self._by_client[key]

    def of(self, account_id: str) -> list[Order]:
        """The account's orders, oldest first."""
        return list(self._of_account.get(account_id, {}).values())

    def open_of(self, account_id: str) -> list[Order]:
        """The account's open orders (untriggered stops included), oldest first."""
        return list(self._open.get(account_id, {}).values())

    def with_client_id(self, account_id: str, client_order_id: int | str) -> list[Order]:
        """The account's orders with this client order id, newest first."""
        return list(reversed(self._by_client.get((account_id, client_order_id), ())))


class Exchange:
    """The simulated exchange. Deterministic for a given seed and clock.

    `wallets` names the wallets every account has; the first is the default (where a market without
    a wallet of its own settles, and where `add_account`'s balances go). A closed order stays
    queryable `retention_ms` after it closed (None: as long as MAX_CLOSED allows).
    """

    MAKER = "market-maker"
    MAX_CLOSED = 50_000  # closed orders held at most, whatever the retention window (the oldest leave first)

    def __init__(
        self,
        markets: Iterable[Market],
        seed: int = 0,
        clock: Callable[[], int] | None = None,
        wallets: Iterable[str] = (DEFAULT_WALLET,),
        retention_ms: int | None = None,
    ) -> None:
        self.seed = seed
        self.clock = clock or (lambda: int(time.time() * 1000))
        self.wallets = tuple(wallets) or (DEFAULT_WALLET,)
        self.markets: dict[str, Market] = {}
        self.accounts: dict[str, Account] = {}
        self._orders = OrderStore(retention_ms, self.MAX_CLOSED)
        self.books: dict[str, tuple[Book, Book]] = {}
        self.stops: dict[str, list[Order]] = {}
        self.trades: dict[str, list[Trade]] = {}
        self.last_price: dict[str, Decimal] = {}
        self._tickers: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {}  # symbol -> (state key, ticker)
        for market in markets:
            self.add_market(market)
        self._ids = itertools.count(1_000_000_001)
        self._fill_ids = itertools.count(1)
        self._transfer_ids = itertools.count(1)
        self._position_ids = itertools.count(1)
        self.listeners: list[Callable[[str, Any], None]] = []

    # -- set-up ------------------------------------------------------------------------
    def add_account(
        self,
        account_id: str,
        balances: Mapping[str, Decimal],
        permissions: Iterable[str] = (),
        wallets: Mapping[str, Mapping[str, Decimal]] | None = None,
    ) -> Account:
        """An account with `balances` in the default wallet and, by wallet name, in `wallets`."""
        account = Account(account_id, permissions=frozenset(permissions), default_wallet=self.wallets[0])
        now = self.clock()
        for asset, amount in balances.items():
            account.balances[asset] = Balance(Decimal(amount), ZERO, now)
        for name, assets in (wallets or {}).items():
            self._check_wallet(name)
            for asset, amount in assets.items():
                account.wallet(name)[asset] = Balance(Decimal(amount), ZERO, now)
        self.accounts[account_id] = account
        return account

    def seed_books(self, levels: int = 10, spread_ticks: int = 2) -> None:
        """Resting orders of a market maker around each market's reference price (bids down to one tick)."""
        rng = random.Random(self.seed)
        maker = self.add_account(self.MAKER, {})
        for market in self.markets.values():
            for side in (BUY, SELL):
                for i in range(levels):
                    offset = market.tick_size * (spread_ticks + i * rng.randint(1, 4))
                    price = market.price - offset if side == BUY else market.price + offset
                    if price <= 0:
                        break
                    lots = rng.randint(1, 40)
                    quantity = market.lot_size * lots * max(1, int(market.min_quantity / market.lot_size))
                    need = price * quantity if side == BUY or market.kind != "spot" else quantity
                    asset = market.quote if side == BUY or market.kind != "spot" else market.base
                    maker.balance(asset, self.wallet_of(market)).total += need
                    self.place(maker.id, market.symbol, side, "limit", quantity, price=price)

    def add_market(self, market: Market) -> None:
        if market.wallet is not None and market.wallet not in self.wallets:
            raise ValueError(f"market {market.symbol} settles in wallet {market.wallet}, not one of {self.wallets}")
        self.markets[market.symbol] = market
        self.books[market.symbol] = (Book(BUY), Book(SELL))
        self.stops[market.symbol] = []
        self.trades[market.symbol] = []
        self.last_price[market.symbol] = market.price

    def seed_history(self, trades: int = 200, hours: int = 24) -> None:
        """Public trades over the past `hours`: a small random walk that ends at each reference price,
        so tickers and candles start realistic. They are history only: no account or book changes."""
        rng = random.Random(self.seed + 1)
        now, span = self.clock(), hours * 3_600_000
        for market in self.markets.values():
            tick, lots = market.tick_size, market.lot_size * max(1, int(market.min_quantity / market.lot_size))
            steps = [rng.choice((-1, 0, 1)) for _ in range(trades)]
            price = market.price - tick * sum(steps)
            history, symbol = self.trades[market.symbol], market.symbol
            for i, step in enumerate(steps):
                price = max(tick, price + tick * step)
                quantity = lots * rng.randint(1, 50)
                moment = now - (trades - i) * span // trades
                history.append(Trade(next(self._fill_ids), symbol, price, quantity, rng.choice((BUY, SELL)), moment))
            self.last_price[symbol] = price

    def market(self, symbol: str, kind: str | None = None) -> Market:
        """A market by symbol; with `kind` (spot, perpetual), only a market of that kind."""
        market = self.markets.get(symbol)
        if market is None or (kind is not None and market.kind != kind):
            raise SimulatorError("unknown_market", f"unknown {kind + ' ' if kind else ''}market {symbol}")
        return market

    def account(self, account_id: str) -> Account:
        account = self.accounts.get(account_id)
        if account is None:
            raise SimulatorError("unknown_account", f"unknown account {account_id}")
        return account

    def wallet_of(self, market: Market) -> str:
        """The wallet a market settles in."""
        return market.wallet or self.wallets[0]

    def _check_wallet(self, name: str) -> None:
        if name not in self.wallets:
            raise SimulatorError("invalid_parameter", f"unknown wallet {name} (wallets: {', '.join(self.wallets)})")

    def _emit(self, kind: str, payload: Any) -> None:
        for listener in self.listeners:
            listener(kind, payload)

    # -- leverage, margin and transfers ---------------------------------------------------
    def leverage(self, account_id: str, symbol: str) -> Decimal:
        """The account's leverage in a market: its own choice, else the market's default."""
        return self.account(account_id).leverage.get(symbol, self.market(symbol).leverage)

    def margin_mode(self, account_id: str, symbol: str) -> str:
        return self.account(account_id).margin_mode.get(symbol, "cross")

    def set_leverage(
        self, account_id: str, symbol: str, leverage: Decimal, margin_mode: str | None = None
    ) -> tuple[Decimal, str]:
        """Choose the leverage (and margin mode) of an account in a perpetual market.

        An open position keeps its margin mode; its margin is re-computed at the new leverage (more
        margin must be available in the wallet)."""
        account = self.account(account_id)
        market = self.market(symbol)
        if market.kind == "spot":
            raise SimulatorError("invalid_parameter", f"{symbol} is a spot market: it has no leverage")
        if leverage < 1 or (market.max_leverage is not None and leverage > market.max_leverage):
            raise SimulatorError(
                "invalid_parameter", f"leverage {leverage} is outside 1..{market.max_leverage or 'any'} in {symbol}"
            )
        mode = margin_mode or self.margin_mode(account_id, symbol)
        if mode not in MARGIN_MODES:
            raise SimulatorError("invalid_parameter", f"margin mode must be one of {', '.join(MARGIN_MODES)}")
        position = account.positions.get(symbol)
        if position is not None and position.quantity:
            if mode != position.margin_mode:
                raise SimulatorError("invalid_parameter", "the margin mode cannot change while a position is open")
            balance = account.balance(market.margin_asset, self.wallet_of(market))
            change = abs(position.quantity) * position.entry_price / leverage - position.margin
            if change > balance.available:
                raise SimulatorError(
                    "insufficient_funds",
                    f"leverage {leverage} needs {change} {market.margin_asset} more margin; available {balance.available}",
                )
            position.margin += change
            balance.margin += change
            position.max_margin = max(position.max_margin, position.margin)
            position.leverage = leverage
            position.updated_ms = self.clock()
            self._record_margin(account, market, position, change)
            self._emit("position", {"account": account.id, "market": symbol, "position": position})
        account.leverage[symbol] = leverage
        account.margin_mode[symbol] = mode
        return leverage, mode

    def adjust_margin(self, account_id: str, symbol: str, amount: Decimal) -> Position:
        """Add (amount > 0) or remove (amount < 0) margin of an isolated position; it keeps at
        least its initial margin (size * entry price / leverage)."""
        account = self.account(account_id)
        market = self.market(symbol)
        position = self.open_position(account, symbol)
        if position.margin_mode != "isolated":
            raise SimulatorError("invalid_parameter", "only an isolated position's margin can be adjusted")
        if amount == 0:
            raise SimulatorError("invalid_parameter", "the margin change must not be 0")
        balance = account.balance(market.margin_asset, self.wallet_of(market))
        if amount > balance.available:
            raise SimulatorError("insufficient_funds", f"available {balance.available} < {amount}")
        initial = abs(position.quantity) * position.entry_price / position.leverage
        if position.margin + amount < initial:
            raise SimulatorError("invalid_parameter", f"the margin cannot go below the initial margin {initial}")
        position.margin += amount
        balance.margin += amount
        position.max_margin = max(position.max_margin, position.margin)
        position.updated_ms = balance.updated_ms = self.clock()
        self._record_margin(account, market, position, amount)
        self._emit("position", {"account": account.id, "market": symbol, "position": position})
        self._emit("balance", {"account": account.id, "market": symbol})
        return position

    def _record_margin(self, account: Account, market: Market, position: Position, change: Decimal) -> None:
        account.margin_changes.append(
            MarginChange(
                account.id,
                market.symbol,
                position.id,
                change,
                position.margin,
                position.quantity,
                position.leverage,
                position.margin_mode,
                self.last_price[market.symbol],
                self.clock(),
                position.bankruptcy_price,
            )
        )

    def open_position(self, account: Account, symbol: str) -> Position:
        """The account's open position in a market; refused as position_not_found without one."""
        position = account.positions.get(symbol)
        if position is None or not position.quantity:
            raise SimulatorError("position_not_found", f"no open position in {symbol}")
        return position

    def unrealized_pnl(self, account_id: str, asset: str | None = None, wallet: str | None = None) -> Decimal:
        """Unrealised PnL of the account's open positions (of markets margined in `asset` and settling in `wallet`)."""
        total = ZERO
        for position in self.account(account_id).positions.values():
            market = self.markets[position.market]
            if position.quantity and asset in (None, market.margin_asset) and wallet in (None, self.wallet_of(market)):
                total += (self.last_price[position.market] - position.entry_price) * position.quantity
        return total

    def transferable(self, account_id: str, asset: str, wallet: str | None = None) -> Decimal:
        """What can leave a wallet (the default one unless named): its available balance, less unrealised
        losses of the positions it margins."""
        wallet = wallet or self.wallets[0]
        balance = self.account(account_id).balance(asset, wallet)
        return max(ZERO, balance.available + min(ZERO, self.unrealized_pnl(account_id, asset, wallet)))

    def transfer(self, account_id: str, asset: str, amount: Decimal, from_wallet: str, to_wallet: str) -> Transfer:
        """Move an asset between two wallets of an account."""
        account = self.account(account_id)
        self._check_wallet(from_wallet)
        self._check_wallet(to_wallet)
        if from_wallet == to_wallet:
            raise SimulatorError("invalid_parameter", "a transfer needs two different wallets")
        if amount <= 0:
            raise SimulatorError("invalid_parameter", f"the amount must be positive, not {amount}")
        can = self.transferable(account_id, asset, from_wallet)
        if can < amount:
            raise SimulatorError("insufficient_funds", f"{asset} transferable from {from_wallet}: {can} < {amount}")
        now = self.clock()
        source, target = account.balance(asset, from_wallet), account.balance(asset, to_wallet)
        source.total -= amount
        target.total += amount
        source.updated_ms = target.updated_ms = now
        record = Transfer(next(self._transfer_ids), account.id, asset, amount, from_wallet, to_wallet, now)
        account.transfers.append(record)
        for wallet in (from_wallet, to_wallet):
            self._emit("balance", {"account": account.id, "market": None, "wallet": wallet, "asset": asset})
        return record

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
        trigger: str | None = None,
        trigger_reference: str = "last",
        reduce_only: bool = False,
    ) -> Order:
        """Place an order; raise SimulatorError for requests the exchange would refuse outright.

        `order_id` chooses the id (tests seeding a known order); by default the next one is used.
        Stop orders (stop_limit, stop_market) wait untriggered (status pending) until `trigger`:
        `above`/`below` when the last price reaches stop_price from below/above, `auto` the one
        that lies ahead of the last price now; None (default) when the book reaches it (a buy
        stop on the best ask, a sell stop on the best bid). `trigger_reference` names the price
        watched (last, mark or index; the simulator's mark and index prices are its last price).
        A `reduce_only` perpetual order holds no margin; when it executes it is cut to the position
        it reduces, and cancelled (reason reduce_only) without one.
        """
        account = self.account(account_id)
        market = self.market(symbol)
        if side not in (BUY, SELL):
            raise SimulatorError("invalid_parameter", f"side must be buy or sell, not {side}")
        if type not in ("limit", "market", *STOP_TYPES):
            raise SimulatorError("invalid_parameter", f"unknown order type {type}")
        if type in ("limit", "stop_limit") and price is None:
            raise SimulatorError("missing_parameter", f"a {type} order needs a price")
        if type in STOP_TYPES and stop_price is None:
            raise SimulatorError("missing_parameter", f"a {type} order needs a stop price")
        if trigger not in (None, "above", "below", "auto"):
            raise SimulatorError("invalid_parameter", f"trigger must be above, below or auto, not {trigger}")
        if trigger_reference not in ("last", "mark", "index"):
            raise SimulatorError(
                "invalid_parameter", f"trigger_reference must be last, mark or index: {trigger_reference}"
            )
        if time_in_force not in TIMES_IN_FORCE:
            raise SimulatorError(
                "invalid_parameter", f"time_in_force must be one of {', '.join(TIMES_IN_FORCE)}, not {time_in_force}"
            )
        if order_id is not None and order_id in self._orders.by_id:
            raise SimulatorError("invalid_parameter", f"order id {order_id} is taken")
        is_market = type in ("market", "stop_market")
        market.check(None if is_market else price, quantity)
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
            price=None if is_market else price,
            stop_price=stop_price,
            time_in_force=time_in_force,
            client_order_id=client_order_id,
            created_ms=now,
            updated_ms=now,
            reduce_only=reduce_only and market.kind != "spot",
        )
        if type in STOP_TYPES:
            order.trigger_reference = trigger_reference
            order.auto_trigger = trigger == "auto"
            order.trigger = self._direction(market, order.stop_price) if order.auto_trigger else trigger
        self._reserve(account, market, order)
        self._orders.prune(now)
        self._orders.add(order)
        if type in STOP_TYPES:
            order.status = "pending"
            self.stops[symbol].append(order)
            self._emit("order", order)
            return order
        self._execute(account, market, order)
        return order

    def _direction(self, market: Market, stop_price: Decimal | None) -> str:
        assert stop_price is not None
        return "above" if stop_price > self.last_price[market.symbol] else "below"

    def _reserve(self, account: Account, market: Market, order: Order) -> None:
        if market.kind == "spot":
            price = order.price if order.price is not None else self._market_price_estimate(market, order)
            asset, amount = (
                (market.quote, price * order.quantity) if order.side == BUY else (market.base, order.quantity)
            )
        else:
            asset, amount = market.margin_asset, self._margin_needed(account, market, order, order.quantity)
        wallet = self.wallet_of(market)
        balance = account.balance(asset, wallet)
        if account.id != self.MAKER and balance.available < amount:
            raise SimulatorError(
                "insufficient_funds",
                f"balance check failed: {asset} available in {wallet} {balance.available} < {amount}",
            )
        balance.reserved += amount
        order.reserved = amount

    def _margin_needed(self, account: Account, market: Market, order: Order, quantity: Decimal) -> Decimal:
        """Margin for `quantity` of a perpetual order at its price (a market order's worst price)."""
        if order.reduce_only:
            return ZERO
        price = order.price if order.price is not None else self._market_price_estimate(market, order)
        opening = self._opening_quantity(account, market, order, quantity)
        return price * opening / self.leverage(account.id, market.symbol)

    def _reducible(self, account: Account, market: Market, side: str) -> Decimal:
        """How much of the account's position an order of `side` can reduce."""
        position = account.positions.get(market.symbol)
        held = position.quantity if position is not None else ZERO
        return abs(held) if held and (held > 0) != (side == BUY) else ZERO

    def _opening_quantity(self, account: Account, market: Market, order: Order, quantity: Decimal) -> Decimal:
        """The part of `quantity` of a perpetual order that would open or add to a position (reducing
        needs no margin): beyond what is left of the position after the account's other open orders
        on the same side."""
        position = account.positions.get(market.symbol)
        held = position.quantity if position is not None else ZERO
        if account.id == self.MAKER or not held or (held > 0) == (order.side == BUY):
            return quantity
        pending = sum(
            (
                o.remaining
                for o in self._orders.open_of(account.id)
                if o is not order and o.market == market.symbol and o.side == order.side
            ),
            ZERO,
        )
        return max(ZERO, quantity - max(ZERO, abs(held) - pending))

    def _market_price_estimate(self, market: Market, order: Order) -> Decimal:
        """Worst price a market order could reach: the far end of the opposite book, or the last price."""
        book = self.books[market.symbol][1 if order.side == BUY else 0]
        levels = book.depth(10_000)
        return levels[-1][0] if levels else self.last_price[market.symbol]

    def _release(self, account: Account, market: Market, order: Order, amount: Decimal) -> None:
        asset = market.quote if market.kind != "spot" or order.side == BUY else market.base
        amount = min(amount, order.reserved)
        account.balance(asset, self.wallet_of(market)).reserved -= amount
        order.reserved -= amount

    def _execute(self, account: Account, market: Market, order: Order) -> None:
        bids, asks = self.books[market.symbol]
        opposite, own = (asks, bids) if order.side == BUY else (bids, asks)
        if order.reduce_only:
            room = self._reducible(account, market, order.side)
            if room <= 0:
                self._close(account, market, order, "cancelled", "reduce_only")
                return
            if order.closes_position or order.remaining > room:
                order.quantity = order.filled + room

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
                maker = next(iter(queue.values()))
                quantity = min(order.remaining, maker.remaining)
                self._match(market, order, maker, price, quantity)
                if maker.remaining <= 0:
                    opposite.remove(maker)
        if order.remaining <= 0:
            self._close(account, market, order, "filled", None)
        elif order.is_market or order.time_in_force == "ioc":
            self._close(
                account,
                market,
                order,
                "cancelled",
                "market_unfilled" if order.is_market else order.time_in_force,
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
            if order.status == "filled":
                self._orders.closed(order, now)
            self._settle(account, market, order, price, quantity, fee)
            self._emit("fill", fill)
            if order is maker:
                self._emit("order", order)
        self._emit("trade", trade)

    def _settle(
        self, account: Account, market: Market, order: Order, price: Decimal, quantity: Decimal, fee: Decimal
    ) -> None:
        now = self.clock()
        wallet = self.wallet_of(market)
        if market.kind == "spot":
            base, quote = account.balance(market.base, wallet), account.balance(market.quote, wallet)
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
            self._fill_position(account, market, order, price, quantity, fee)
            # what the rest of the order needs now (the position it reduces may have changed)
            need = self._margin_needed(account, market, order, order.remaining) if order.remaining > 0 else ZERO
            if need <= order.reserved:
                self._release(account, market, order, order.reserved - need)
            else:  # an accepted order keeps its place: the extra is held without a check
                account.balance(market.margin_asset, wallet).reserved += need - order.reserved
                order.reserved = need
        account.balance(market.quote, wallet).total -= fee
        self._emit("balance", {"account": account.id, "market": market.symbol})

    def _fill_position(
        self, account: Account, market: Market, order: Order, price: Decimal, quantity: Decimal, fee: Decimal
    ) -> None:
        """A perpetual fill: reduce (realising PnL, releasing margin) and/or open (holding margin)."""
        now = self.clock()
        balance = account.balance(market.margin_asset, self.wallet_of(market))
        position = account.positions.setdefault(market.symbol, Position(market.symbol))
        sign = 1 if order.side == BUY else -1
        opening = quantity
        if position.quantity and (position.quantity > 0) != (sign > 0):  # reducing, closing or flipping
            old = position.quantity
            closed = min(abs(old), quantity)
            pnl = (price - position.entry_price) * closed * (1 if old > 0 else -1)
            released = position.margin * closed / abs(old)
            position.realized_pnl += pnl
            order.realized_pnl += pnl
            position.fees += fee * closed / quantity
            position.margin -= released
            balance.margin -= released
            balance.total += pnl
            position.quantity = old + sign * closed
            position.close_price = price
            position.updated_ms = now
            opening = quantity - closed
            if not position.quantity:
                self._finish(account, position, order)
        if opening > 0:
            if not position.quantity:  # a new position
                position.id = next(self._position_ids)
                position.created_ms = now
                position.realized_pnl = position.fees = position.max_quantity = position.max_margin = ZERO
                position.opened_value = ZERO
                position.close_price = position.closed_by = None
                position.margin_mode = self.margin_mode(account.id, market.symbol)
                position.side = "long" if sign > 0 else "short"
            position.leverage = self.leverage(account.id, market.symbol)
            new = position.quantity + sign * opening
            position.entry_price = (position.entry_price * abs(position.quantity) + price * opening) / abs(new)
            position.quantity = new
            margin = price * opening / position.leverage
            position.margin += margin
            balance.margin += margin
            position.opened_value += price * opening
            position.max_quantity = max(position.max_quantity, abs(new))
            position.max_margin = max(position.max_margin, position.margin)
            position.fees += fee * opening / quantity
        position.updated_ms = balance.updated_ms = now
        self._emit("position", {"account": account.id, "market": market.symbol, "position": position})

    def _finish(self, account: Account, position: Position, order: Order) -> None:
        """A position reached zero: a copy goes to the account's position history."""
        position.closed_by = order.position_stop or order.type
        for stop in list(self.stops[position.market]):  # its take-profits and stop-losses go with it
            if stop.account == account.id and stop.position_stop is not None:
                self._close(account, self.markets[position.market], stop, "cancelled", "position_closed")
        if position.margin:  # rounding left-overs of proportional releases
            market = self.markets[position.market]
            account.balance(market.margin_asset, self.wallet_of(market)).margin -= position.margin
            position.margin = ZERO
        account.closed_positions.append(replace(position))
        position.entry_price = ZERO

    def _close(self, account: Account, market: Market, order: Order, status: str, reason: str | None) -> None:
        if order.status == "pending":
            self.stops[market.symbol].remove(order)
        order.status = status
        order.reason = reason
        order.updated_ms = self.clock()
        self._orders.closed(order, order.updated_ms)
        self._release(account, market, order, order.reserved)
        self._emit("order", order)
        self._emit("balance", {"account": account.id, "market": market.symbol})

    def _trigger_stops(self, market: Market) -> None:
        bids, asks = self.books[market.symbol]
        for order in list(self.stops[market.symbol]):
            if order.status != "pending":  # triggered or cancelled meanwhile (by a nested trigger)
                continue
            assert order.stop_price is not None
            if order.trigger is None:
                # A buy stop triggers on the best ask, a sell stop on the best bid.
                reference = asks.best() if order.side == BUY else bids.best()
                if reference is None:
                    continue
                hit = reference >= order.stop_price if order.side == BUY else reference <= order.stop_price
            else:
                last = self.last_price[market.symbol]
                hit = last >= order.stop_price if order.trigger == "above" else last <= order.stop_price
            if hit:
                self.stops[market.symbol].remove(order)
                order.status, order.triggered, order.updated_ms = "open", True, self.clock()
                self._execute(self.accounts[order.account], market, order)

    def find(
        self,
        account_id: str,
        order_id: int | None = None,
        client_order_id: int | str | None = None,
        symbol: str | None = None,
    ) -> Order:
        """An order of the account by id, else the newest with this client order id (in `symbol`)."""
        self._orders.prune(self.clock())
        if order_id is not None:
            found = self._orders.by_id.get(order_id)
            candidates = [found] if found is not None and found.account == account_id else []
        else:
            candidates = [] if client_order_id is None else self._orders.with_client_id(account_id, client_order_id)
        for order in candidates:
            if symbol in (None, order.market):
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
        stop_price: Decimal | None = None,
        trigger_reference: str | None = None,
    ) -> Order:
        """Reducing quantity keeps the order and its place; any other change replaces it.

        An untriggered stop order is changed in place (price, quantity, stop price, the price it
        watches), keeping its id."""
        order = self.find(account_id, order_id, symbol=symbol)
        if not order.is_open or (order.is_market and order.status != "pending"):
            raise SimulatorError("order_not_open", f"order {order.id} cannot be modified ({order.status})")
        market = self.markets[order.market]
        new_price = price if price is not None else order.price
        new_quantity = quantity if quantity is not None else order.quantity
        new_side = side or order.side
        if order.status == "pending":
            if trigger_reference not in (None, "last", "mark", "index"):
                raise SimulatorError(
                    "invalid_parameter", f"trigger_reference must be last, mark or index: {trigger_reference}"
                )
            if quantity is not None:
                order.closes_position = False
            order.trigger_reference = trigger_reference or order.trigger_reference
            return self._modify_stop(order, market, new_price, new_quantity, new_side, stop_price)
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
            "limit" if order.type == "stop_limit" else order.type,  # a triggered stop is an order now
            new_quantity - order.filled,
            price=new_price,
            time_in_force=order.time_in_force,
            client_order_id=order.client_order_id,
        )

    def _modify_stop(
        self,
        order: Order,
        market: Market,
        price: Decimal | None,
        quantity: Decimal,
        side: str,
        stop_price: Decimal | None,
    ) -> Order:
        market.check(None if order.is_market else price, quantity)
        if stop_price is not None:
            market.check(stop_price, quantity)
        account = self.accounts[order.account]
        before = (order.price, order.quantity, order.side, order.stop_price, order.trigger)
        reserved = order.reserved
        self._release(account, market, order, reserved)
        order.price = None if order.is_market else price
        order.quantity, order.side = quantity, side
        if stop_price is not None:
            order.stop_price = stop_price
            if order.auto_trigger:
                order.trigger = self._direction(market, stop_price)
        try:
            self._reserve(account, market, order)
        except SimulatorError:  # the old order stands
            order.price, order.quantity, order.side, order.stop_price, order.trigger = before
            asset = market.quote if market.kind != "spot" or order.side == BUY else market.base
            account.balance(asset, self.wallet_of(market)).reserved += reserved
            order.reserved = reserved
            raise
        order.updated_ms = self.clock()
        self._emit("order", order)
        return order

    def close_position(
        self,
        account_id: str,
        symbol: str,
        type: str = "market",
        quantity: Decimal | None = None,
        *,
        price: Decimal | None = None,
        time_in_force: str = "gtc",
        client_order_id: int | str | None = None,
    ) -> Order:
        """A reduce-only order against the account's position in a market: all of it, or `quantity` of it."""
        position = self.open_position(self.account(account_id), symbol)
        size = abs(position.quantity)
        return self.place(
            account_id,
            symbol,
            SELL if position.quantity > 0 else BUY,
            type,
            size if quantity is None else min(quantity, size),
            price=price,
            time_in_force=time_in_force,
            client_order_id=client_order_id,
            reduce_only=True,
        )

    def set_position_stop(
        self,
        account_id: str,
        symbol: str,
        purpose: str,
        stop_price: Decimal,
        quantity: Decimal | None = None,
        *,
        trigger_reference: str = "last",
        order_id: int | None = None,
    ) -> Order:
        """A take-profit or stop-loss of the account's position: a reduce-only stop-market order on the
        other side, for `quantity` or (None) the whole position. A long's take-profit waits for the
        price to rise to stop_price, its stop-loss for the price to fall to it (a short's the other way);
        all of them are cancelled when the position closes."""
        if purpose not in ("take_profit", "stop_loss"):
            raise SimulatorError("invalid_parameter", f"a position stop is a take_profit or a stop_loss, not {purpose}")
        position = self.open_position(self.account(account_id), symbol)
        rising = (purpose == "take_profit") == (position.quantity > 0)
        size = abs(position.quantity)
        order = self.place(
            account_id,
            symbol,
            SELL if position.quantity > 0 else BUY,
            "stop_market",
            size if quantity is None else min(quantity, size),
            stop_price=stop_price,
            trigger="above" if rising else "below",
            trigger_reference=trigger_reference,
            reduce_only=True,
            order_id=order_id,
        )
        order.position_stop, order.closes_position = purpose, quantity is None
        return order

    def position_stops(self, account_id: str, symbol: str, purpose: str | None = None) -> list[Order]:
        """The position's untriggered take-profits and/or stop-losses, oldest first."""
        return [
            o
            for o in self.stops.get(symbol, [])
            if o.account == account_id and o.position_stop is not None and purpose in (None, o.position_stop)
        ]

    # -- views -------------------------------------------------------------------------
    @property
    def orders(self) -> dict[int, Order]:
        """Every order held (open, and closed ones within the retention window), by id."""
        self._orders.prune(self.clock())
        return self._orders.by_id

    def order_by_client_id(self, account_id: str, client_order_id: int | str) -> Order | None:
        """The account's newest order with this client order id, open or closed and still held."""
        self._orders.prune(self.clock())
        same = self._orders.with_client_id(account_id, client_order_id)
        return same[0] if same else None

    def _orders_of(self, account_id: str) -> list[Order]:
        self._orders.prune(self.clock())
        return self._orders.of(account_id)

    def open_orders(self, account_id: str, symbol: str | None = None) -> list[Order]:
        return [o for o in self._orders.open_of(account_id) if symbol is None or o.market == symbol]

    def stop_orders(self, account_id: str, symbol: str | None = None, *, pending: bool = True) -> list[Order]:
        """Untriggered stop orders (`pending`), or the finished ones: triggered, or cancelled before that."""
        return [
            o
            for o in self._orders_of(account_id)
            if o.is_stop and (symbol is None or o.market == symbol) and (o.status == "pending") == pending
        ]

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
        bids, asks = self.books[symbol]
        last = self.last_price[symbol]
        # the day's figures change with a trade, a book top or the second (the 24 h window slides):
        # kept until one does, so a polling client costs a lookup, not a scan of the day's trades
        trades = self.trades[symbol]
        key = (len(trades), trades[-1].id if trades else 0, now // 1000, bids.best(), asks.best(), last)
        cached = self._tickers.get(symbol)
        if cached is not None and cached[0] == key:
            return {**cached[1], "time_ms": now}
        day = [t for t in self.trades[symbol] if t.time_ms >= now - 86_400_000]
        ticker = {
            "market": symbol,
            "last": last,
            "last_quantity": day[-1].quantity if day else ZERO,
            "open": day[0].price if day else market.price,
            "high": max((t.price for t in day), default=last),
            "low": min((t.price for t in day), default=last),
            "volume": sum((t.quantity for t in day), ZERO),
            "quote_volume": sum((t.quantity * t.price for t in day), ZERO),
            "buy_volume": sum((t.quantity for t in day if t.taker_side == BUY), ZERO),
            "sell_volume": sum((t.quantity for t in day if t.taker_side == SELL), ZERO),
            "bid": bids.best(),
            "ask": asks.best(),
            "mark": last,
            "index": last,
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
        self._tickers[symbol] = (key, ticker)
        return {**ticker}

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

    def balances(self, account_id: str, wallet: str | None = None) -> list[tuple[str, Balance]]:
        """One wallet's balances (the default wallet's unless named), by asset."""
        if wallet is not None:
            self._check_wallet(wallet)
        return sorted(self.account(account_id).wallet(wallet).items())

    def positions(self, account_id: str, symbol: str | None = None) -> list[Position]:
        return [p for s, p in sorted(self.account(account_id).positions.items()) if symbol is None or s == symbol]

    def position_history(
        self,
        account_id: str,
        symbol: str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[Position]:
        """Closed positions, newest first (each as it was when it closed), that were open in the window."""
        rows = self.account(account_id).closed_positions
        return _newest_first(
            rows, lambda p: symbol in (None, p.market), start_ms, end_ms, limit, opened=lambda p: p.created_ms
        )

    def transfers(
        self,
        account_id: str,
        asset: str | None = None,
        wallet: str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[Transfer]:
        """Transfers between the account's wallets (of one asset, to or from one wallet), newest first."""
        rows = self.account(account_id).transfers
        return _newest_first(
            rows,
            lambda t: asset in (None, t.asset) and wallet in (None, t.from_wallet, t.to_wallet),
            start_ms,
            end_ms,
            limit,
        )

    def margin_history(
        self,
        account_id: str,
        symbol: str | None = None,
        position_id: int | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[MarginChange]:
        """Margin changes of the account's positions, newest first."""
        rows = self.account(account_id).margin_changes
        return _newest_first(
            rows, lambda c: symbol in (None, c.market) and position_id in (None, c.position_id), start_ms, end_ms, limit
        )


def _newest_first(
    rows: list[Any],
    keep: Callable[[Any], bool],
    start_ms: int | None,
    end_ms: int | None,
    limit: int | None,
    opened: Callable[[Any], int] | None = None,
) -> list[Any]:
    """A history's rows that `keep` accepts and that fall in [start_ms, end_ms], newest first, at
    most `limit`. A row is a moment (`time_ms`), or a span from `opened` to its `updated_ms`."""
    ended: Callable[[Any], int] = _updated_ms if opened is not None else _time_ms
    began = opened or ended
    out = [
        r
        for r in reversed(rows)
        if keep(r) and (start_ms is None or ended(r) >= start_ms) and (end_ms is None or began(r) <= end_ms)
    ]
    return out[:limit] if limit else out


def _updated_ms(row: Any) -> int:
    return int(row.updated_ms)


def _time_ms(row: Any) -> int:
    return int(row.time_ms)
