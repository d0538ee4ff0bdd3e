"""The simulator's vocabulary: markets, balances, accounts, orders, fills, trades, positions, and
the refusal every part raises (SimulatorError). Plain data with no behaviour beyond its own fields.

Accounts hold one or more wallets (balance maps by name). Each market settles in one wallet: its
trades move that wallet's balances, and a perpetual market's margin is held there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

ZERO = Decimal(0)
MONEY_STEP = Decimal("1e-8")  # fees and derived amounts are kept to 8 decimal places, as exchanges report them
BUY, SELL = "buy", "sell"
DEFAULT_WALLET = "main"
MAKER = "market-maker"  # the account whose orders seed the books (never short of funds)
MARGIN_MODES = ("isolated", "cross")
STOP_TYPES = ("stop_limit", "stop_market", "trailing_stop_market")
MARKET_TYPES = ("market", "stop_market", "trailing_stop_market")  # executed at whatever the book gives
TIMES_IN_FORCE = ("gtc", "ioc", "fok", "maker_only")
MARKET_KINDS = ("spot", "perpetual")
TRIGGER_REFERENCES = ("last", "mark", "index")


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

    def held_asset(self, side: str) -> str:
        """What an open order holds: a spot buy the quote, a spot sell the base, a perpetual order margin."""
        return self.base if self.kind == "spot" and side == SELL else self.quote

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
    funding: Decimal = ZERO  # funding received (paid: < 0) while open
    close_records: list[CloseRecord] = field(default_factory=list)  # its reducing fills, oldest first

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
    amount: Decimal | None = None  # what changed hands in the quote asset, rounded (None: price x quantity)

    @property
    def total(self) -> Decimal:
        """What the fill traded in the quote asset (price x quantity, as the exchange rounded it)."""
        return self.price * self.quantity if self.amount is None else self.amount


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
    type: str  # limit | market | stop_limit | stop_market | trailing_stop_market
    quantity: Decimal
    price: Decimal | None = None
    stop_price: Decimal | None = None
    # a market order's amount in the quote currency (spend or receive this much); its quantity is what the
    # book gives for it when it executes
    funds: Decimal | None = None
    # above | below: the reference price crossing stop_price; None: the book (a buy stop the asks, a sell stop the bids)
    trigger: str | None = None
    trigger_reference: str = "last"  # the price a stop watches: last | mark | index (market_data.reference)
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
    modified_ms: int = 0  # when its owner last changed it in place (0: never), told apart from its opening
    fills: list[Fill] = field(default_factory=list)
    triggered: bool = False
    auto_trigger: bool = False  # trigger direction chosen against the last price (again when stop_price changes)
    realized_pnl: Decimal = ZERO  # perpetual orders: PnL realised by their reducing fills
    reduce_only: bool = False  # perpetual orders: never more than the position it reduces (cancelled without one)
    position_stop: str | None = None  # stop_loss | take_profit: a stop attached to the position
    closes_position: bool = False  # a position stop for the whole position, whatever its size when it triggers
    # trailing stops: trail the best reference price (once it reaches activation_price) and trigger when the
    # price retraces callback_rate percent from it; stop_price is that retrace level as it moves
    activation_price: Decimal | None = None
    callback_rate: Decimal | None = None
    trail_best: Decimal | None = None  # the best reference price since activation (None: not active yet)
    strategy_id: int | None = None  # the strategy order it is a leg of (strategies.py)

    @property
    def remaining(self) -> Decimal:
        return self.quantity - self.filled

    @property
    def funds_left(self) -> Decimal | None:
        """A market order for an amount of the quote currency: what of that amount it did not trade."""
        return None if self.funds is None else self.funds - self.cost

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
        return self.type in MARKET_TYPES

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


@dataclass(frozen=True)
class CloseRecord:
    """One fill that reduced a position: its price and size, the PnL it realised and its share of the fee."""

    order_id: int
    trade_id: int
    price: Decimal
    quantity: Decimal
    realized_pnl: Decimal
    fee: Decimal
    time_ms: int


@dataclass(frozen=True)
class BalanceChange:
    """One movement of a wallet balance (the account change log): its kind (transfer, realized_pnl, fee,
    funding), the signed amount, the balance after it, and what caused it."""

    id: int
    account: str
    asset: str
    wallet: str
    kind: str
    amount: Decimal
    balance: Decimal
    time_ms: int
    market: str | None = None
    order_id: int | None = None
    trade_id: int | None = None
    note: str | None = None


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
    settlements: list[MarginChange] = field(default_factory=list)  # its positions' auto-settlements
    changes: list[BalanceChange] = field(default_factory=list)  # the change log, oldest first
    names: dict[str, str] = field(default_factory=dict)  # public names by auth scheme (a login name ...)
    favorites: list[str] = field(default_factory=list)  # the markets the account marked, in its order

    @property
    def balances(self) -> dict[str, Balance]:
        """The default wallet's balances."""
        return self.wallet(self.default_wallet)

    def wallet(self, name: str | None = None) -> dict[str, Balance]:
        return self.wallets.setdefault(name or self.default_wallet, {})

    def balance(self, asset: str, wallet: str | None = None) -> Balance:
        return self.wallet(wallet).setdefault(asset, Balance())


def newest_first(
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


def of_position(symbol: str | None, position_id: int | None) -> Callable[[Any], bool]:
    """The `keep` of a position history: rows of one market and one position, where named."""
    return lambda r: symbol in (None, r.market) and position_id in (None, r.position_id)


def _updated_ms(row: Any) -> int:
    return int(row.updated_ms)


def _time_ms(row: Any) -> int:
    return int(row.time_ms)
