"""Physical delivery of perpetual positions: an account asks for part of its position to be delivered; the
request waits for the next delivery auction (every `auction_every_ms`), where the position shrinks by that
quantity at the market's last price and the assets change hands: a long receives the base asset and pays
its value in the quote asset, a short the other way round. A pending request may be cancelled. Requests
are delivered lazily (`settle`, called as funding's is, before each action)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .accounts import Ledger
from .market_data import MarketData
from .model import BUY, MONEY_STEP, SELL, ZERO, Order, SimulatorError, newest_first
from .positions import Positions

PENDING, DELIVERED, CANCELLED = "pending", "delivered", "cancelled"
DELIVERY = "delivery"  # the type of the order standing for a delivery in a position's history


@dataclass(frozen=True)
class DeliveryConfig:
    """How often delivery auctions are held (None: positions are never delivered)."""

    auction_every_ms: int | None = None


@dataclass
class DeliveryOrder:
    id: int
    account: str
    market: str
    side: str  # the position's: long (receives the base asset) | short (delivers it)
    quantity: Decimal
    price: Decimal  # the last price when asked; the auction's once delivered
    base: str
    quote: str
    auction_ms: int
    time_ms: int
    updated_ms: int
    status: str = PENDING

    @property
    def value(self) -> Decimal:
        return (self.quantity * self.price).quantize(MONEY_STEP)

    @property
    def receive_asset(self) -> str:
        return self.base if self.side == "long" else self.quote

    @property
    def receive_quantity(self) -> Decimal:
        return self.quantity if self.side == "long" else self.value

    @property
    def pay_asset(self) -> str:
        return self.quote if self.side == "long" else self.base

    @property
    def pay_quantity(self) -> Decimal:
        return self.value if self.side == "long" else self.quantity


class Delivery:
    def __init__(
        self, config: DeliveryConfig, ledger: Ledger, data: MarketData, positions: Positions, clock: Callable[[], int]
    ) -> None:
        self.config = config
        self.ledger = ledger
        self.data = data
        self.positions = positions
        self.clock = clock
        self.ids = itertools.count(1)
        self.orders: dict[int, DeliveryOrder] = {}

    def next_auction_ms(self) -> int:
        every = self.config.auction_every_ms
        if every is None:
            raise SimulatorError("invalid_parameter", "positions are not delivered on this exchange")
        return (self.clock() // every + 1) * every

    def request(self, account_id: str, symbol: str, quantity: Decimal) -> DeliveryOrder:
        """Ask for `quantity` of the account's position in a perpetual market to be delivered at the next auction."""
        market = self.data.market(symbol, "perpetual")
        auction = self.next_auction_ms()
        if quantity <= 0 or quantity % market.lot_size:
            raise SimulatorError(
                "invalid_quantity", f"deliver a positive multiple of {market.lot_size}, not {quantity}"
            )
        position = self.positions.open_position(self.ledger.account(account_id), symbol)
        side = "long" if position.quantity > 0 else "short"
        asked = sum((o.quantity for o in self.pending(account_id) if o.market == symbol), ZERO)
        if asked + quantity > abs(position.quantity):
            raise SimulatorError("invalid_quantity", f"{quantity} more than the position's {abs(position.quantity)}")
        now = self.clock()
        order = DeliveryOrder(
            next(self.ids), account_id, symbol, side, quantity, self.data.last_price[symbol], market.base,
            market.quote, auction, now, now,
        )  # fmt: skip
        self._check_funds(order)
        self.orders[order.id] = order
        return order

    def cancel(self, account_id: str, order_id: int) -> DeliveryOrder:
        order = self.orders.get(order_id)
        if order is None or order.account != account_id:
            raise SimulatorError("order_not_found", f"no delivery order {order_id}")
        if order.status != PENDING:
            raise SimulatorError("order_not_open", f"delivery order {order_id} is {order.status}")
        order.status, order.updated_ms = CANCELLED, self.clock()
        return order

    def settle(self) -> None:
        """Deliver the pending requests whose auction has come (one that can no longer be met is cancelled)."""
        now = self.clock()
        for order in [o for o in self.orders.values() if o.status == PENDING and o.auction_ms <= now]:
            order.price = self.data.last_price[order.market]
            try:
                self._check_funds(order)
                self.deliver(order.account, order.market, order.quantity if order.side == "long" else -order.quantity)
                order.status = DELIVERED
            except SimulatorError:
                order.status = CANCELLED
            order.updated_ms = now

    def deliver(self, account_id: str, symbol: str, quantity: Decimal) -> None:
        """Close `quantity` of a position (signed: long > 0) at the last price and exchange the assets it stands for."""
        account, market = self.ledger.account(account_id), self.data.markets[symbol]
        price = self.data.last_price[symbol]
        position = self.positions.open_position(account, symbol)
        if abs(quantity) > abs(position.quantity) or (quantity > 0) != (position.quantity > 0):
            raise SimulatorError("invalid_quantity", f"{quantity} is not part of the position {position.quantity}")
        size = abs(quantity)
        closing = Order(0, account_id, symbol, SELL if quantity > 0 else BUY, DELIVERY, size, price=price)
        self.positions.fill(account, market, closing, price, size, ZERO)
        value, wallet = (size * price).quantize(MONEY_STEP), self.ledger.wallet_of(market)
        self.ledger.credit(
            account_id, market.base, quantity, wallet
        )  # a long receives the base asset, a short delivers it
        self.ledger.credit(account_id, market.quote, -value if quantity > 0 else value, wallet)

    def pending(self, account_id: str) -> list[DeliveryOrder]:
        return [o for o in self.orders.values() if o.account == account_id and o.status == PENDING]

    def history(self, account_id: str, **window: Any) -> list[DeliveryOrder]:
        """The account's delivery orders, newest first."""
        self.ledger.account(account_id)
        rows = [o for o in self.orders.values() if o.account == account_id]
        return newest_first(rows, lambda o: True, opened=lambda o: int(o.time_ms), **window)

    def auction(self, symbol: str) -> dict[str, Any]:
        """The next auction of a perpetual market: its time and the net quantity asked for (longs positive)."""
        self.data.market(symbol, "perpetual")
        asked = [o for o in self.orders.values() if o.market == symbol and o.status == PENDING]
        net = sum((o.quantity if o.side == "long" else -o.quantity for o in asked), ZERO)
        return {"market": symbol, "auction_ms": self.next_auction_ms(), "net": net}

    def _check_funds(self, order: DeliveryOrder) -> None:
        wallet = self.ledger.wallet_of(self.data.markets[order.market])
        available = self.ledger.account(order.account).balance(order.pay_asset, wallet).available
        if available < order.pay_quantity:
            raise SimulatorError(
                "insufficient_funds", f"{order.pay_asset} available {available} < {order.pay_quantity}"
            )
