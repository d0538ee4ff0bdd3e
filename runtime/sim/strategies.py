"""Strategy orders: orders bound as one unit whose legs are placed, released and cancelled together (the
order lists of exchanges: OTO, OCO, OTOCO).

    oto     a working order, and a pending order placed when the working order has filled completely
    oco     two orders on the same side, one above the market and one below: the first to fill (or, for
            a stop, to trigger) cancels the other
    otoco   a working order whose fill places an OCO pair

Every leg's order id is taken when the unit is placed (a pending leg reports it before it is placed). A
working order that ends unfilled (cancelled, expired) takes its pending legs with it; cancelling the unit
cancels every open leg. Legs are ordinary orders of the matching engine (`strategy_id` names their unit):
the unit reacts to what happens to them when the engine tells its watchers of a change in their market.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal

from .matching import Matching
from .model import BUY, SELL, STOP_TYPES, Market, Order, SimulatorError
from .orders import OrderStore

ROLES = ("working", "pending", "above", "below")
SHAPES = {"oto": ("working", "pending"), "oco": ("above", "below"), "otoco": ("working", "above", "below")}
LEG_TYPES = ("limit", "market", "stop_limit", "stop_market")
# a stop that triggers with its side's move (a take profit: a sell above the market) or against it
TRIGGERS = {("with", SELL): "above", ("with", BUY): "below", ("against", SELL): "below", ("against", BUY): "above"}


@dataclass(frozen=True)
class LegRequest:
    """One leg as asked: an order's words. `trigger` (stops): above, below, or with / against the side."""

    side: str
    type: str
    quantity: Decimal
    price: Decimal | None = None
    stop_price: Decimal | None = None
    trigger: str | None = None
    trigger_reference: str = "last"
    time_in_force: str = "gtc"
    client_order_id: int | str | None = None


@dataclass(eq=False)
class Leg:
    role: str  # working | pending | above | below
    spec: LegRequest
    order_id: int
    order: Order | None = None  # once placed
    state: str = "waiting"  # before it is placed: waiting, then cancelled or rejected if it never is

    @property
    def is_condition(self) -> bool:
        return self.spec.type in STOP_TYPES

    @property
    def triggered(self) -> bool:
        return self.order is not None and self.order.triggered

    @property
    def live(self) -> bool:
        return self.order.is_open if self.order is not None else self.state == "waiting"

    @property
    def outcome(self) -> str:
        """waiting (not placed yet), pending (an untriggered stop), triggered, or the order's outcome."""
        order = self.order
        if order is None:
            return self.state
        if order.triggered and order.status == "open":
            return "triggered"
        return order.outcome


@dataclass(eq=False)
class Strategy:
    id: int
    account: str
    market: str
    type: str  # oto | oco | otoco
    legs: list[Leg]
    client_id: int | str | None = None
    created_ms: int = 0
    updated_ms: int = 0
    is_strategy: bool = field(default=True, init=False)  # told apart from orders in mixed lists

    @property
    def live(self) -> bool:
        return any(leg.live for leg in self.legs)

    @property
    def status(self) -> str:
        """executing while a leg is live, then all_done."""
        return "executing" if self.live else "all_done"


class Strategies:
    def __init__(self, matching: Matching, store: OrderStore, clock: Callable[[], int]) -> None:
        self.matching = matching
        self.store = store
        self.clock = clock
        self.by_id: dict[int, Strategy] = {}
        self._live: dict[str, list[Strategy]] = {}  # by market
        self._ids = itertools.count(1)
        self._busy = False  # placing, or reacting: changes meanwhile are looked at when that is done
        self._again = False
        matching.watchers.append(self.settle)

    def place(
        self,
        account_id: str,
        symbol: str,
        type: str,
        legs: Mapping[str, LegRequest | None],
        client_id: int | str | None = None,
        strategy_id: int | None = None,
    ) -> Strategy:
        """Place a unit: its first legs now (the working order, or the OCO pair), the rest when due. A
        malformed unit, or a first leg the exchange refuses, is refused whole (nothing stays placed)."""
        market = self.matching.data.market(symbol)
        self.matching.ledger.account(account_id)
        shape = SHAPES.get(type)
        if shape is None:
            raise SimulatorError("invalid_parameter", f"a strategy is one of {', '.join(SHAPES)}, not {type}")
        given = {role for role in ROLES if legs.get(role) is not None}
        if given != set(shape):
            missing = set(shape) - given
            raise SimulatorError(
                "missing_parameter" if missing else "invalid_parameter",
                f"a {type} strategy has the legs {', '.join(shape)} (given: {', '.join(sorted(given)) or 'none'})",
            )
        if strategy_id is not None and strategy_id in self.by_id:
            raise SimulatorError("invalid_parameter", f"strategy id {strategy_id} is taken")
        checked = {role: _checked(market, role, asked) for role in shape if (asked := legs.get(role)) is not None}
        _check_pair(checked)
        now = self.clock()
        strategy = Strategy(
            strategy_id if strategy_id is not None else next(self._ids),
            account_id,
            symbol,
            type,
            [Leg(role, checked[role], self.matching.next_id()) for role in shape],
            client_id,
            now,
            now,
        )
        first = [leg for leg in strategy.legs if leg.role == "working"] or strategy.legs
        self._busy = True
        try:
            for leg in first:
                self._place(strategy, leg)
        except SimulatorError:
            for leg in first:
                if leg.order is not None and leg.order.is_open:
                    self.matching.withdraw(leg.order, "strategy")
            raise
        finally:
            self._busy = False
        self.by_id[strategy.id] = strategy
        self._live.setdefault(symbol, []).append(strategy)
        self.settle(symbol)
        return strategy

    def _place(self, strategy: Strategy, leg: Leg) -> None:
        spec = leg.spec
        leg.order = self.matching.place(
            strategy.account,
            strategy.market,
            spec.side,
            spec.type,
            spec.quantity,
            price=spec.price,
            stop_price=spec.stop_price,
            trigger=spec.trigger if spec.type in STOP_TYPES else None,
            trigger_reference=spec.trigger_reference,
            time_in_force=spec.time_in_force,
            client_order_id=spec.client_order_id,
            order_id=leg.order_id,
        )
        leg.order.strategy_id = strategy.id

    def settle(self, symbol: str) -> None:
        """React to what happened to the legs of the market's live units (the engine's watcher)."""
        if self._busy:
            self._again = True
            return
        self._busy = True
        try:
            self._again = True
            while self._again:
                self._again = False
                for strategy in list(self._live.get(symbol, ())):
                    self._step(strategy)
        finally:
            self._busy = False

    def _step(self, strategy: Strategy) -> None:
        legs = {leg.role: leg for leg in strategy.legs}
        waiting = [leg for leg in strategy.legs if leg.order is None and leg.state == "waiting"]
        working = legs.get("working")
        if working is not None and working.order is not None and waiting:
            if working.order.status == "filled":
                self._release(strategy, waiting)
            elif not working.order.is_open:
                self._end(strategy, waiting, "cancelled")
        pair = [legs[r] for r in ("above", "below") if r in legs and legs[r].order is not None]
        for leg in pair:
            order = leg.order
            assert order is not None
            # the first leg that fills, triggers or ends decides (a sibling ended for it decides nothing)
            if order.reason != "strategy" and (order.filled > 0 or order.triggered or not order.is_open):
                self._end(strategy, [other for other in pair if other is not leg], "strategy")
        if not strategy.live:
            self._live[strategy.market].remove(strategy)
            strategy.updated_ms = self.clock()

    def _release(self, strategy: Strategy, legs: list[Leg]) -> None:
        """The working order filled: place the legs it was waiting for (one refused takes its sibling)."""
        strategy.updated_ms = self.clock()
        for leg in legs:
            try:
                self._place(strategy, leg)
            except SimulatorError:
                leg.state = "rejected"
                self._end(strategy, [other for other in legs if other is not leg], "strategy")
                return

    def _end(self, strategy: Strategy, legs: list[Leg], reason: str) -> None:
        """Cancel legs: the placed ones' orders (for `reason`), the waiting ones before they are placed."""
        for leg in legs:
            if leg.order is None and leg.state == "waiting":
                leg.state = "cancelled"
            elif leg.order is not None and leg.order.is_open:
                self.matching.withdraw(leg.order, reason)
            else:
                continue
            strategy.updated_ms = self.clock()

    # -- the unit as its owner sees it -----------------------------------------------------------
    def find(
        self,
        account_id: str,
        strategy_id: int | None = None,
        client_id: int | str | None = None,
        symbol: str | None = None,
    ) -> Strategy:
        """A unit of the account by id, else the newest with this client id (in `symbol`)."""
        if strategy_id is None and client_id is None:
            raise SimulatorError("missing_parameter", "a strategy id or client id is required")
        for strategy in reversed(self.by_id.values()):
            if (
                strategy.account == account_id
                and symbol in (None, strategy.market)
                and (strategy.id == strategy_id if strategy_id is not None else strategy.client_id == client_id)
            ):
                return strategy
        raise SimulatorError(
            "order_not_found", f"strategy {strategy_id if strategy_id is not None else client_id} not found"
        )

    def by_client_id(self, account_id: str, client_id: int | str) -> Strategy | None:
        """The account's newest unit with this client id."""
        try:
            return self.find(account_id, client_id=client_id)
        except SimulatorError:
            return None

    def cancel(self, strategy: Strategy) -> Strategy:
        """Cancel every live leg of a unit."""
        if not strategy.live:
            raise SimulatorError("order_not_open", f"strategy {strategy.id} is {strategy.status}")
        self._busy = True
        try:
            self._end(strategy, strategy.legs, "user")
        finally:
            self._busy = False
        self.settle(strategy.market)
        return strategy

    def cancel_all(self, account_id: str, symbol: str | None = None) -> list[Strategy]:
        """Cancel the account's live units (in `symbol`), oldest first."""
        return [
            self.cancel(s)
            for market, live in list(self._live.items())
            if symbol in (None, market)
            for s in list(live)
            if s.account == account_id
        ]


def _checked(market: Market, role: str, leg: LegRequest) -> LegRequest:
    """A leg checked as the exchange will check it when it places it (a pending leg too, now: a unit
    is refused whole rather than a leg later)."""
    if leg.type not in LEG_TYPES:
        raise SimulatorError("invalid_parameter", f"a leg is one of {', '.join(LEG_TYPES)}, not {leg.type}")
    if leg.type in ("limit", "stop_limit") and leg.price is None:
        raise SimulatorError("missing_parameter", f"the {role} leg ({leg.type}) needs a price")
    market.check(leg.price if leg.type in ("limit", "stop_limit") else None, leg.quantity)
    if leg.stop_price is not None:
        market.check(leg.stop_price, leg.quantity)
    if role == "working" and leg.type in STOP_TYPES:
        raise SimulatorError("invalid_parameter", "the working leg is a limit or market order")
    if leg.side not in (BUY, SELL):
        raise SimulatorError("invalid_parameter", f"side must be buy or sell, not {leg.side}")
    if leg.type not in STOP_TYPES:
        return leg
    if leg.stop_price is None:
        raise SimulatorError("missing_parameter", f"the {role} leg ({leg.type}) needs a stop price")
    trigger = TRIGGERS.get((str(leg.trigger), leg.side), leg.trigger)
    if role in ("above", "below") and trigger not in (None, "auto", role):
        raise SimulatorError("invalid_parameter", f"the {role} leg's stop must trigger {role} the market")
    if trigger in (None, "auto"):
        trigger = role if role in ("above", "below") else "auto"
    return replace(leg, trigger=trigger)


def _check_pair(legs: Mapping[str, LegRequest]) -> None:
    """An OCO pair: one side, the above leg's price above the below leg's."""
    above, below = legs.get("above"), legs.get("below")
    if above is None or below is None:
        return
    if above.side != below.side:
        raise SimulatorError("invalid_parameter", "the legs of an OCO pair are on the same side")
    high, low = (leg.stop_price if leg.stop_price is not None else leg.price for leg in (above, below))
    if high is not None and low is not None and high <= low:
        raise SimulatorError("invalid_parameter", "the above leg's price must be above the below leg's")
