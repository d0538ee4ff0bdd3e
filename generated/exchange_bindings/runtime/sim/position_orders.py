"""Orders about a position: closing it, and its take-profits and stop-losses (reduce-only stop orders
that go when the position closes)."""

from __future__ import annotations

from decimal import Decimal

from .accounts import Ledger
from .matching import Matching
from .model import BUY, SELL, Order, SimulatorError
from .positions import Positions


class PositionOrders:
    def __init__(self, ledger: Ledger, positions: Positions, matching: Matching) -> None:
        self.ledger = ledger
        self.positions = positions
        self.matching = matching

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
        position = self.positions.open_position(self.ledger.account(account_id), symbol)
        size = abs(position.quantity)
        return self.matching.place(
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
        position = self.positions.open_position(self.ledger.account(account_id), symbol)
        rising = (purpose == "take_profit") == (position.quantity > 0)
        size = abs(position.quantity)
        order = self.matching.place(
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
            for o in self.matching.stops.get(symbol, [])
            if o.account == account_id and o.position_stop is not None and purpose in (None, o.position_stop)
        ]
