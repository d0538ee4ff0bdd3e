"""The matching engine of a simulated exchange: orders placed, held for, matched in price-time
priority, settled, triggered (stops), cancelled and amended.

Generic on purpose: it knows spot and perpetual markets, limit/market/stop orders and the usual times
in force, and nothing of any exchange's names or shapes (the spec maps those).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from .accounts import Ledger
from .market_data import MarketData
from .model import (
    BUY,
    MAKER,
    MARKET_TYPES,
    SELL,
    STOP_TYPES,
    TIMES_IN_FORCE,
    TRIGGER_REFERENCES,
    ZERO,
    Account,
    Fill,
    Market,
    Order,
    Position,
    SimulatorError,
)
from .orders import OrderStore
from .positions import Positions
from .rounding import Rounder, RoundingConfig

ONE = Decimal(1)


class Matching:
    """Places, matches and settles the orders of one exchange. Untriggered stops wait in `stops` (by market)."""

    def __init__(
        self,
        seed: int,
        ledger: Ledger,
        data: MarketData,
        store: OrderStore,
        positions: Positions,
        clock: Callable[[], int],
        emit: Callable[[str, Any], None],
        rounding: RoundingConfig | None = None,
    ) -> None:
        self.seed = seed
        self.rounder = Rounder(rounding or RoundingConfig(), seed)  # trade totals and fees
        self.ledger = ledger
        self.data = data
        self.store = store
        self.positions = positions
        self.clock = clock
        self.emit = emit
        self.stops: dict[str, list[Order]] = {}
        # told a market's symbol after each change there, before its stops are checked (strategy orders)
        self.watchers: list[Callable[[str], None]] = []
        self._ids = itertools.count(1_000_000_001)

    def next_id(self) -> int:
        """An order id, taken now for an order placed later (a strategy's pending legs)."""
        return next(self._ids)

    def seed_books(self, levels: int = 10, spread_ticks: int = 2) -> None:
        """Resting orders of a market maker around each market's reference price (bids down to one tick)."""
        rng = random.Random(self.seed)
        maker = self.ledger.add_account(MAKER, {})
        for market in self.data.markets.values():
            for side in (BUY, SELL):
                for i in range(levels):
                    offset = market.tick_size * (spread_ticks + i * rng.randint(1, 4))
                    price = market.price - offset if side == BUY else market.price + offset
                    if price <= 0:
                        break
                    lots = rng.randint(1, 40)
                    quantity = market.lot_size * lots * max(1, int(market.min_quantity / market.lot_size))
                    need = price * quantity if side == BUY or market.kind != "spot" else quantity
                    maker.balance(market.held_asset(side), self.ledger.wallet_of(market)).total += need
                    self.place(maker.id, market.symbol, side, "limit", quantity, price=price)

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
        funds: Decimal | None = None,
        activation_price: Decimal | None = None,
        callback_rate: Decimal | None = None,
        closes_position: bool = False,
    ) -> Order:
        """Place an order; raise SimulatorError for requests the exchange would refuse outright.

        `order_id` chooses the id (tests seeding a known order); by default the next one is used.
        Stop orders (stop_limit, stop_market) wait untriggered (status pending) until `trigger`:
        `above`/`below` when the last price reaches stop_price from below/above, `auto` the one
        that lies ahead of the last price now; None (default) when the book reaches it (a buy
        stop on the best ask, a sell stop on the best bid). `trigger_reference` names the price
        watched (last, mark or index: market_data.reference). A trailing_stop_market order needs no
        stop_price: once the price reaches `activation_price` (at once without one) it trails the best
        price (highest for a sell, lowest for a buy) and triggers a market order when the price retraces
        `callback_rate` percent from it. `closes_position`: a stop that closes the whole position when it
        triggers, whatever its size then (reduce-only; `quantity` only sizes its checks).
        A `reduce_only` perpetual order holds no margin; when it executes it is cut to the position
        it reduces, and cancelled (reason reduce_only) without one.
        `funds` gives a spot market order's amount in the quote currency instead of `quantity`: a buy
        spends at most that much, a sell sells what brings that much, as the book allows when it executes.
        """
        account = self.ledger.account(account_id)
        market = self.data.market(symbol)
        if side not in (BUY, SELL):
            raise SimulatorError("invalid_parameter", f"side must be buy or sell, not {side}")
        if type not in ("limit", "market", *STOP_TYPES):
            raise SimulatorError("invalid_parameter", f"unknown order type {type}")
        if type in ("limit", "stop_limit") and price is None:
            raise SimulatorError("missing_parameter", f"a {type} order needs a price")
        if type == "trailing_stop_market":
            if callback_rate is None or not 0 < callback_rate < 100:
                raise SimulatorError("invalid_parameter", "a trailing stop needs a callback rate (percent) above 0")
        elif type in STOP_TYPES and stop_price is None:
            raise SimulatorError("missing_parameter", f"a {type} order needs a stop price")
        if trigger not in (None, "above", "below", "auto"):
            raise SimulatorError("invalid_parameter", f"trigger must be above, below or auto, not {trigger}")
        if trigger_reference not in TRIGGER_REFERENCES:
            raise SimulatorError(
                "invalid_parameter", f"trigger_reference must be last, mark or index: {trigger_reference}"
            )
        if time_in_force not in TIMES_IN_FORCE:
            raise SimulatorError(
                "invalid_parameter", f"time_in_force must be one of {', '.join(TIMES_IN_FORCE)}, not {time_in_force}"
            )
        if closes_position and (type not in STOP_TYPES or market.kind == "spot"):
            raise SimulatorError("invalid_parameter", "only a perpetual market's stop order closes a position")
        if order_id is not None and order_id in self.store.by_id:
            raise SimulatorError("invalid_parameter", f"order id {order_id} is taken")
        is_market = type in MARKET_TYPES
        if funds is not None:
            if not is_market or market.kind != "spot" or funds <= 0:
                raise SimulatorError("invalid_parameter", "an amount in the quote currency needs a spot market order")
            if type != "market" and side != BUY:  # a stop sell would need more base held than it can know now
                raise SimulatorError("invalid_parameter", "a stop sell's amount must be in the base currency")
            quantity = self._for_funds(market, side, funds) if type == "market" else market.min_quantity
        market.check(None if is_market else price, quantity)
        for level in (stop_price, activation_price):
            if level is not None:
                market.check(level, quantity)
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
            funds=funds,
            created_ms=now,
            updated_ms=now,
            reduce_only=(reduce_only or closes_position) and market.kind != "spot",
            closes_position=closes_position,
            activation_price=activation_price,
            callback_rate=callback_rate,
        )
        if type in STOP_TYPES:
            order.trigger_reference = trigger_reference
            order.auto_trigger = trigger == "auto" and order.stop_price is not None
            order.trigger = self._direction(market, order) if order.auto_trigger else trigger
        self._reserve(account, market, order)
        self.store.prune(now)
        self.store.add(order)
        if type in STOP_TYPES:
            order.status = "pending"
            self.stops[symbol].append(order)
            self.emit("order", order)
            return order
        self._execute(account, market, order)
        return order

    def _for_funds(self, market: Market, side: str, funds: Decimal) -> Decimal:
        """The quantity `funds` of quote currency buys (or a sell must give) at the book now, in whole lots."""
        quantity, _ = self.data.walk(market, side, funds=funds)
        if quantity < market.min_quantity:
            raise SimulatorError(
                "invalid_quantity", f"{funds} {market.quote} is less than the market's minimum of {market.min_quantity}"
            )
        return quantity

    def _direction(self, market: Market, order: Order) -> str:
        """The way to a stop's price from the price it watches now."""
        assert order.stop_price is not None
        return "above" if order.stop_price > self.data.reference(market.symbol, order.trigger_reference) else "below"

    def _reserve(self, account: Account, market: Market, order: Order) -> None:
        """Hold what a new order needs: a spot buy its cost, a sell its quantity, a perpetual order margin."""
        if market.kind == "spot" and order.funds is not None and order.side == BUY:
            amount = order.funds  # what a buy for an amount of the quote currency may spend, no more
        elif market.kind == "spot":
            price = order.price if order.price is not None else self.data.worst_price(market, order.side)
            amount = price * order.quantity if order.side == BUY else order.quantity
        else:
            amount = self.positions.margin_needed(account, market, order, order.quantity)
        self.ledger.hold(account, market, order, amount)

    def _execute(self, account: Account, market: Market, order: Order) -> None:
        bids, asks = self.data.books[market.symbol]
        opposite, own = (asks, bids) if order.side == BUY else (bids, asks)
        if order.reduce_only:
            room = self.positions.reducible(account, market, order.side)
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
            self.emit("order", order)
        self._trigger_stops(market)

    def _match(self, market: Market, taker: Order, maker: Order, price: Decimal, quantity: Decimal) -> None:
        now = self.clock()
        trade = self.data.record_trade(market.symbol, price, quantity, taker.side, now)
        total = self.rounder.total(price * quantity)  # one total changes hands: both sides see it
        for order, liquidity in ((maker, "maker"), (taker, "taker")):
            account = self.ledger.accounts[order.account]
            rate = market.maker_fee if liquidity == "maker" else market.taker_fee
            fee = self.rounder.fee(price * quantity * rate)
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
                total,
            )
            order.fills.append(fill)
            order.filled += quantity
            order.cost += price * quantity
            order.fees += fee
            order.updated_ms = now
            order.status = "filled" if order.remaining <= 0 else "partially_filled"
            if order.status == "filled":
                self.store.closed(order, now)
            self._settle(account, market, order, price, quantity, fee, total)
            self.emit("fill", fill)
        self.emit("trade", trade)
        # after the trade: the maker's change and the balances it moved (an exchange tells of the match first)
        self.emit("order", maker)
        for order in (maker, taker):
            self.emit("balance", {"account": order.account, "market": market.symbol})

    def _settle(
        self,
        account: Account,
        market: Market,
        order: Order,
        price: Decimal,
        quantity: Decimal,
        fee: Decimal,
        total: Decimal,  # price x quantity as the trade rounded it
    ) -> None:
        wallet = self.ledger.wallet_of(market)
        if market.kind == "spot":
            if order.side == BUY:
                limit = order.price if order.price is not None else price
                self.ledger.release(
                    account,
                    market,
                    order,
                    limit * quantity
                    if order.price is not None
                    else order.reserved * quantity / (order.remaining + quantity),
                )
                self.ledger.change(account, market.quote, wallet, -total, "trade")
                self.ledger.change(account, market.base, wallet, quantity, "trade")
            else:
                self.ledger.release(account, market, order, quantity)
                self.ledger.change(account, market.base, wallet, -quantity, "trade")
                self.ledger.change(account, market.quote, wallet, total, "trade")
        else:
            self.positions.fill(account, market, order, price, quantity, fee)
            # what the rest of the order needs now (the position it reduces may have changed)
            need = (
                self.positions.margin_needed(account, market, order, order.remaining) if order.remaining > 0 else ZERO
            )
            if need <= order.reserved:
                self.ledger.release(account, market, order, order.reserved - need)
            else:  # an accepted order keeps its place: the extra is held without a check
                self.ledger.hold(account, market, order, need - order.reserved, check=False)
        fill = {"market": market.symbol, "order_id": order.id, "trade_id": order.fills[-1].id}
        self.ledger.change(account, market.quote, wallet, -fee, "fee", **fill)

    def _close(self, account: Account, market: Market, order: Order, status: str, reason: str | None) -> None:
        if order.status == "pending":
            self.stops[market.symbol].remove(order)
        order.status = status
        order.reason = reason
        order.updated_ms = self.clock()
        self.store.closed(order, order.updated_ms)
        self.ledger.release(account, market, order, order.reserved)
        self.emit("order", order)
        self.emit("balance", {"account": account.id, "market": market.symbol})

    def set_index(self, symbol: str, price: Decimal) -> None:
        """The outside world's price of a market moved (its index price: market_data.py); stops watching it
        (or the mark price made from it) trigger."""
        market = self.data.market(symbol)
        market.check(price, market.min_quantity)
        self.data.index_price[symbol] = price
        self._trigger_stops(market)

    def _trail(self, market: Market, order: Order) -> bool:
        """A trailing stop follows the price it watches; true when the price retraced far enough to trigger it."""
        price = self.data.reference(market.symbol, order.trigger_reference)
        sell = order.side == SELL
        if order.trail_best is None:
            activation = order.activation_price
            if activation is not None and (price < activation if sell else price > activation):
                return False
            order.trail_best = price
        order.trail_best = max(order.trail_best, price) if sell else min(order.trail_best, price)
        assert order.callback_rate is not None
        level = order.trail_best * (1 - order.callback_rate / 100 if sell else 1 + order.callback_rate / 100)
        # on the tick grid, never nearer than the rate: a sell's level rounds down, a buy's up
        ticks = (level / market.tick_size).quantize(ONE, rounding=ROUND_FLOOR if sell else ROUND_CEILING)
        order.stop_price = ticks * market.tick_size
        return price <= order.stop_price if sell else price >= order.stop_price

    def _trigger_stops(self, market: Market) -> None:
        for watcher in self.watchers:
            watcher(market.symbol)
        bids, asks = self.data.books[market.symbol]
        for order in list(self.stops[market.symbol]):
            if order.status != "pending":  # triggered or cancelled meanwhile (by a nested trigger)
                continue
            if order.type == "trailing_stop_market":
                hit = self._trail(market, order)
            elif order.stop_price is None:
                continue
            elif order.trigger is None:
                # A buy stop triggers on the best ask, a sell stop on the best bid.
                reference = asks.best() if order.side == BUY else bids.best()
                if reference is None:
                    continue
                hit = reference >= order.stop_price if order.side == BUY else reference <= order.stop_price
            else:
                price = self.data.reference(market.symbol, order.trigger_reference)
                hit = price >= order.stop_price if order.trigger == "above" else price <= order.stop_price
            if hit:
                self.stops[market.symbol].remove(order)
                order.status, order.triggered, order.updated_ms = "open", True, self.clock()
                if order.funds is not None:  # its quantity is what the book gives for its funds now
                    try:
                        order.quantity = self._for_funds(market, order.side, order.funds)
                    except SimulatorError:
                        self._close(self.ledger.accounts[order.account], market, order, "cancelled", "funds")
                        continue
                self._execute(self.ledger.accounts[order.account], market, order)

    def cancel(
        self,
        account_id: str,
        order_id: int | None = None,
        client_order_id: int | str | None = None,
        symbol: str | None = None,
    ) -> Order:
        order = self.store.find(account_id, order_id, client_order_id, symbol)
        if not order.is_open:
            raise SimulatorError("order_not_open", f"order {order.id} is {order.status}")
        self.withdraw(order, "user")
        return order

    def withdraw(self, order: Order, reason: str) -> None:
        """Cancel an open order for `reason`; the market's watchers and stops see the change (its book moved)."""
        self._withdraw(order, reason)
        self._trigger_stops(self.data.markets[order.market])

    def _withdraw(self, order: Order, reason: str) -> None:
        """Take an open order off the book (or an untriggered stop off its list) and close it as cancelled."""
        if order.status != "pending":
            self.data.books[order.market][0 if order.side == BUY else 1].remove(order)
        self._close(self.ledger.accounts[order.account], self.data.markets[order.market], order, "cancelled", reason)

    def cancel_all(self, account_id: str, symbol: str | None = None) -> list[Order]:
        return [self.cancel(account_id, o.id) for o in self.store.open_orders(account_id, symbol)]

    def modify(self, account_id: str, order_id: int, **change: Any) -> Order:
        """Change an open order (see `_modify`); an order changed under its own id is told to the listeners
        as "modified" too (after its "order" event), so an API can tell a change from an opening."""
        self.store.find(account_id, order_id, symbol=change.get("symbol")).modified_ms = self.clock()
        changed = self._modify(account_id, order_id, **change)
        if changed.id == order_id and changed.is_open:
            self.emit("modified", changed)
        return changed

    def resize(self, account_id: str, order_id: int, delta: Decimal, price: Decimal | None = None) -> Order:
        """Change what remains of an open order by `delta` (and its price), keeping its id: a reduction at the
        same price keeps its place in the queue, anything else sends it to the back; reaching zero or below
        cancels it."""
        order = self.store.find(account_id, order_id)
        if not order.is_open:
            raise SimulatorError("order_not_open", f"order {order.id} is {order.status}")
        remaining = order.remaining + delta
        if remaining <= 0:
            return self.cancel(account_id, order_id)
        in_place = delta <= 0 and price in (None, order.price)
        return self.modify(
            account_id, order_id, price=price, quantity=order.filled + remaining, ids="auto" if in_place else "keep"
        )

    def _modify(
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
        ids: str = "auto",
    ) -> Order:
        """Change an open order; `ids` says what becomes of its id, as the exchange does it.

        `auto`: reducing quantity keeps the order and its place; any other change replaces it (the old
        order closes as cancelled, reason amended, and a new one with a new id takes its place).
        `keep`: every change keeps the id; a new price or a larger quantity loses the order's place in
        the queue (it may cross the book now). `new`: an untriggered stop gets a new id and its old id
        is forgotten. Otherwise an untriggered stop order is changed in place (price, quantity, stop
        price, the price it watches), keeping its id."""
        if ids not in ("auto", "keep", "new"):
            raise ValueError(f"ids must be auto, keep or new, not {ids}")
        order = self.store.find(account_id, order_id, symbol=symbol)
        if not order.is_open or (order.is_market and order.status != "pending"):
            raise SimulatorError("order_not_open", f"order {order.id} cannot be modified ({order.status})")
        market = self.data.markets[order.market]
        new_price = price if price is not None else order.price
        new_quantity = quantity if quantity is not None else order.quantity
        new_side = side or order.side
        if order.status == "pending":
            if trigger_reference not in (None, *TRIGGER_REFERENCES):
                raise SimulatorError(
                    "invalid_parameter", f"trigger_reference must be last, mark or index: {trigger_reference}"
                )
            if quantity is not None:
                order.closes_position = False
            order.trigger_reference = trigger_reference or order.trigger_reference
            changed = self._modify_stop(order, market, new_price, new_quantity, new_side, stop_price)
            if ids == "new":
                self.store.renumber(changed, next(self._ids))
            return changed
        market.check(new_price, new_quantity)
        if ids == "keep":
            return self._requeue(order, market, new_price, new_quantity, new_side)
        if new_side == order.side and new_price == order.price and new_quantity <= order.quantity:
            if new_quantity <= order.filled:
                raise SimulatorError("invalid_quantity", "the new quantity is not above the filled quantity")
            released = order.reserved * (order.quantity - new_quantity) / order.remaining if order.remaining else ZERO
            self.ledger.release(self.ledger.accounts[account_id], market, order, released)
            order.quantity = new_quantity
            order.updated_ms = self.clock()
            self.emit("order", order)
            return order
        self._withdraw(order, "amended")
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

    def _requeue(self, order: Order, market: Market, price: Decimal | None, quantity: Decimal, side: str) -> Order:
        """Change a live order under the same id: it leaves the book and comes back as if placed now."""
        if quantity <= order.filled:
            raise SimulatorError("invalid_quantity", "the new quantity is not above the filled quantity")
        account = self.ledger.accounts[order.account]
        before, reserved = (order.price, order.quantity, order.side), order.reserved
        book = self.data.books[order.market]
        book[0 if order.side == BUY else 1].remove(order)
        self.ledger.release(account, market, order, reserved)
        order.price, order.quantity, order.side = price, quantity, side
        try:
            self._reserve(account, market, order)
        except SimulatorError:  # the old order stands (at the back of its level)
            order.price, order.quantity, order.side = before
            self.ledger.hold(account, market, order, reserved, check=False)
            book[0 if order.side == BUY else 1].add(order)
            raise
        order.updated_ms = self.clock()
        self._execute(account, market, order)
        return order

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
        account = self.ledger.accounts[order.account]
        before = (order.price, order.quantity, order.side, order.stop_price, order.trigger)
        reserved = order.reserved
        self.ledger.release(account, market, order, reserved)
        order.price = None if order.is_market else price
        order.quantity, order.side = quantity, side
        if stop_price is not None:
            order.stop_price = stop_price
            if order.auto_trigger:
                order.trigger = self._direction(market, order)
        try:
            self._reserve(account, market, order)
        except SimulatorError:  # the old order stands
            order.price, order.quantity, order.side, order.stop_price, order.trigger = before
            self.ledger.hold(account, market, order, reserved, check=False)
            raise
        order.updated_ms = self.clock()
        self.emit("order", order)
        return order

    def drop_position_stops(self, account: Account, position: Position) -> None:
        """A closed position's take-profits and stop-losses go with it."""
        market = self.data.markets[position.market]
        for stop in list(self.stops[position.market]):
            if stop.account == account.id and stop.position_stop is not None:
                self._close(account, market, stop, "cancelled", "position_closed")
