"""Positions and margin of perpetual markets: leverage and margin modes, the margin orders and
positions hold, fills that open, add to, reduce or flip a position (realising PnL), and their histories.

A position holds margin at the account's leverage for its market (`set_leverage`), realises PnL into
the market's wallet and is kept in a history when it closes; `on_close` is told first (the matching
engine cancels the position's take-profits and stop-losses there).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from .accounts import Ledger
from .market_data import MarketData
from .model import (
    BUY,
    MAKER,
    MARGIN_MODES,
    ZERO,
    Account,
    CloseRecord,
    MarginChange,
    Market,
    Order,
    Position,
    SimulatorError,
    newest_first,
    of_position,
)
from .orders import OrderStore


class Positions:
    """The positions of one exchange's accounts (held on each Account) and the rules of their margin."""

    def __init__(
        self,
        ledger: Ledger,
        data: MarketData,
        store: OrderStore,
        clock: Callable[[], int],
        emit: Callable[[str, Any], None],
        on_close: Callable[[Account, Position], None],
    ) -> None:
        self.ledger = ledger
        self.data = data
        self.store = store
        self.clock = clock
        self.emit = emit
        self.on_close = on_close
        self._position_ids = itertools.count(1)

    def leverage(self, account_id: str, symbol: str) -> Decimal:
        """The account's leverage in a market: its own choice, else the market's default."""
        return self.ledger.account(account_id).leverage.get(symbol, self.data.market(symbol).leverage)

    def margin_mode(self, account_id: str, symbol: str) -> str:
        return self.ledger.account(account_id).margin_mode.get(symbol, "cross")

    def set_leverage(
        self, account_id: str, symbol: str, leverage: Decimal, margin_mode: str | None = None
    ) -> tuple[Decimal, str]:
        """Choose the leverage (and margin mode) of an account in a perpetual market.

        An open position keeps its margin mode; its margin is re-computed at the new leverage (more
        margin must be available in the wallet)."""
        account = self.ledger.account(account_id)
        market = self.data.market(symbol)
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
            balance = account.balance(market.margin_asset, self.ledger.wallet_of(market))
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
            account.margin_changes.append(self.margin_record(account, market, position, change))
            self.emit("position", {"account": account.id, "market": symbol, "position": position})
        account.leverage[symbol] = leverage
        account.margin_mode[symbol] = mode
        return leverage, mode

    def set_margin_mode(self, account_id: str, symbol: str, mode: str) -> str:
        """Choose the margin mode alone: refused while the market has a position or open orders of the
        account, and when it is the mode already chosen."""
        account = self.ledger.account(account_id)
        if self.data.market(symbol).kind == "spot":
            raise SimulatorError("invalid_parameter", f"{symbol} is a spot market: it has no margin mode")
        if mode not in MARGIN_MODES:
            raise SimulatorError("invalid_parameter", f"margin mode must be one of {', '.join(MARGIN_MODES)}")
        if mode == self.margin_mode(account_id, symbol):
            raise SimulatorError("no_change", f"{symbol} is in {mode} margin already")
        position = account.positions.get(symbol)
        if position is not None and position.quantity:
            raise SimulatorError("position_open", "the margin mode cannot change while a position is open")
        if any(o.market == symbol for o in self.store.open_of(account_id)):
            raise SimulatorError("orders_open", "the margin mode cannot change while orders are open")
        account.margin_mode[symbol] = mode
        return mode

    def adjust_margin(self, account_id: str, symbol: str, amount: Decimal) -> Position:
        """Add (amount > 0) or remove (amount < 0) margin of an isolated position; it keeps at
        least its initial margin (size * entry price / leverage)."""
        account = self.ledger.account(account_id)
        market = self.data.market(symbol)
        position = self.open_position(account, symbol)
        if position.margin_mode != "isolated":
            raise SimulatorError("invalid_parameter", "only an isolated position's margin can be adjusted")
        if amount == 0:
            raise SimulatorError("invalid_parameter", "the margin change must not be 0")
        balance = account.balance(market.margin_asset, self.ledger.wallet_of(market))
        if amount > balance.available:
            raise SimulatorError("insufficient_funds", f"available {balance.available} < {amount}")
        initial = abs(position.quantity) * position.entry_price / position.leverage
        if position.margin + amount < initial:
            raise SimulatorError("invalid_parameter", f"the margin cannot go below the initial margin {initial}")
        position.margin += amount
        balance.margin += amount
        position.max_margin = max(position.max_margin, position.margin)
        position.updated_ms = balance.updated_ms = self.clock()
        account.margin_changes.append(self.margin_record(account, market, position, amount))
        self.emit("position", {"account": account.id, "market": symbol, "position": position})
        self.emit("balance", {"account": account.id, "market": symbol})
        return position

    def margin_record(self, account: Account, market: Market, position: Position, change: Decimal) -> MarginChange:
        """A change of a position's margin as recorded: the position as it stands after it."""
        return MarginChange(
            account.id,
            market.symbol,
            position.id,
            change,
            position.margin,
            position.quantity,
            position.leverage,
            position.margin_mode,
            self.data.last_price[market.symbol],
            self.clock(),
            position.bankruptcy_price,
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
        for position in self.ledger.account(account_id).positions.values():
            market = self.data.markets[position.market]
            if (
                position.quantity
                and asset in (None, market.margin_asset)
                and wallet in (None, self.ledger.wallet_of(market))
            ):
                total += (self.data.last_price[position.market] - position.entry_price) * position.quantity
        return total

    def open_interest(self, symbol: str) -> Decimal:
        """The long side of the positions held in a market."""
        return sum(
            (
                max(p.quantity, ZERO)
                for a in self.ledger.accounts.values()
                for p in a.positions.values()
                if p.market == symbol
            ),
            ZERO,
        )

    # -- margin of orders ------------------------------------------------------------------
    def margin_needed(self, account: Account, market: Market, order: Order, quantity: Decimal) -> Decimal:
        """Margin for `quantity` of a perpetual order at its price (a market order's worst price)."""
        if order.reduce_only:
            return ZERO
        price = order.price if order.price is not None else self.data.worst_price(market, order.side)
        opening = self._opening_quantity(account, market, order, quantity)
        return price * opening / self.leverage(account.id, market.symbol)

    def reducible(self, account: Account, market: Market, side: str) -> Decimal:
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
        if account.id == MAKER or not held or (held > 0) == (order.side == BUY):
            return quantity
        pending = sum(
            (
                o.remaining
                for o in self.store.open_of(account.id)
                if o is not order and o.market == market.symbol and o.side == order.side
            ),
            ZERO,
        )
        return max(ZERO, quantity - max(ZERO, abs(held) - pending))

    # -- fills ---------------------------------------------------------------------------
    def fill(
        self, account: Account, market: Market, order: Order, price: Decimal, quantity: Decimal, fee: Decimal
    ) -> None:
        """A perpetual fill: reduce (realising PnL, releasing margin) and/or open (holding margin)."""
        now = self.clock()
        balance = account.balance(market.margin_asset, self.ledger.wallet_of(market))
        position = account.positions.setdefault(market.symbol, Position(market.symbol))
        sign = 1 if order.side == BUY else -1
        opening = quantity
        if position.quantity and (position.quantity > 0) != (sign > 0):  # reducing, closing or flipping
            closed = min(abs(position.quantity), quantity)
            order.realized_pnl += self._reduce(account, market, position, price, closed, fee * closed / quantity, order)
            opening = quantity - closed
            if not position.quantity:
                self._finish(account, position, order.position_stop or order.type)
        if opening > 0:
            if not position.quantity:  # a new position
                position.id = next(self._position_ids)
                position.created_ms = now
                position.realized_pnl = position.fees = position.max_quantity = position.max_margin = ZERO
                position.opened_value = position.funding = ZERO
                position.close_records = []  # a new list: the history's copy keeps the last one's
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
        self.emit("position", {"account": account.id, "market": market.symbol, "position": position})

    def _reduce(
        self,
        account: Account,
        market: Market,
        position: Position,
        price: Decimal,
        closed: Decimal,
        fee: Decimal,
        order: Order | None = None,
    ) -> Decimal:
        """Close `closed` of a position at `price` (by `order`'s fill, or outside the book): its PnL realised
        (in the change log and the position's close records), its part of the margin released."""
        old, now, wallet = position.quantity, self.clock(), self.ledger.wallet_of(market)
        pnl = (price - position.entry_price) * closed * (1 if old > 0 else -1)
        released = position.margin * closed / abs(old)
        position.realized_pnl += pnl
        position.fees += fee
        position.margin -= released
        account.balance(market.margin_asset, wallet).margin -= released
        order_id = order.id if order is not None else 0
        trade = order.fills[-1].id if order is not None and order.fills else 0
        cause = {"market": market.symbol, "order_id": order_id or None, "trade_id": trade or None}
        self.ledger.change(account, market.margin_asset, wallet, pnl, "realized_pnl", **cause)
        position.close_records.append(CloseRecord(order_id, trade, price, closed, pnl, fee, now))
        position.quantity = old - closed if old > 0 else old + closed
        position.close_price = price
        position.updated_ms = now
        return pnl

    def force_close(self, account_id: str, symbol: str, quantity: Decimal, price: Decimal, reason: str) -> Decimal:
        """Close `quantity` of a position at `price` outside the book (a liquidation, a deleveraging): the
        realised PnL."""
        account, market = self.ledger.account(account_id), self.data.market(symbol)
        position = self.open_position(account, symbol)
        pnl = self._reduce(account, market, position, price, min(quantity, abs(position.quantity)), ZERO)
        if not position.quantity:
            self._finish(account, position, reason)
        self.emit("position", {"account": account.id, "market": symbol, "position": position})
        return pnl

    def _finish(self, account: Account, position: Position, closed_by: str | None) -> None:
        """A position reached zero: a copy goes to the account's position history."""
        position.closed_by = closed_by
        self.on_close(account, position)  # its take-profits and stop-losses go with it
        if position.margin:  # rounding left-overs of proportional releases
            market = self.data.markets[position.market]
            account.balance(market.margin_asset, self.ledger.wallet_of(market)).margin -= position.margin
            position.margin = ZERO
        account.closed_positions.append(replace(position))
        position.entry_price = ZERO

    # -- views ---------------------------------------------------------------------------
    def positions(self, account_id: str, symbol: str | None = None) -> list[Position]:
        return [
            p for s, p in sorted(self.ledger.account(account_id).positions.items()) if symbol is None or s == symbol
        ]

    def position_history(
        self,
        account_id: str,
        symbol: str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[Position]:
        """Closed positions, newest first (each as it was when it closed), that were open in the window."""
        rows = self.ledger.account(account_id).closed_positions
        return newest_first(
            rows, lambda p: symbol in (None, p.market), start_ms, end_ms, limit, opened=lambda p: p.created_ms
        )

    def margin_history(
        self,
        account_id: str,
        symbol: str | None = None,
        position_id: int | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
        settlements: bool = False,
    ) -> list[MarginChange]:
        """Margin changes of the account's positions (or their auto-settlements), newest first."""
        account = self.ledger.account(account_id)
        rows = account.settlements if settlements else account.margin_changes
        return newest_first(rows, of_position(symbol, position_id), start_ms, end_ms, limit)
