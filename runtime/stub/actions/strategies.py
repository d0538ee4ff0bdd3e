"""Strategy orders (sim/strategies.py): a unit placed, looked up, and cancelled with the other orders.

`place_strategy` takes `type` (oto, oco, otoco) and one object per leg under its role (`working`, `pending`,
`above`, `below`), each in simulator words: side, type (limit, market, stop_limit, stop_market), quantity,
price, stop_price, trigger (above, below, or `with` / `against` the side: a take profit or a stop),
trigger_reference, time_in_force, client_order_id. An absent or empty leg is no leg.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...sim import Exchange, SimulatorError
from ...sim.strategies import ROLES, LegRequest
from .base import Action, account_of, client_id, dec, integer, required_symbol, symbol_of, text
from .trading import TRADING


def _leg(role: str, data: Any) -> LegRequest | None:
    if not data:
        return None
    if not isinstance(data, dict):
        raise SimulatorError("invalid_parameter", f"the {role} leg must be an object")
    for name in ("side", "type", "quantity"):
        if data.get(name) in (None, ""):
            raise SimulatorError("missing_parameter", f"the {role} leg needs a {name}")
    quantity = dec(data["quantity"])
    assert quantity is not None
    return LegRequest(
        str(data["side"]),
        str(data["type"]),
        quantity,
        price=dec(data.get("price")),
        stop_price=dec(data.get("stop_price")),
        trigger=text(data, "trigger"),
        trigger_reference=text(data, "trigger_reference") or "last",
        time_in_force=text(data, "time_in_force") or "gtc",
        client_order_id=client_id(data.get("client_order_id")),
    )


def _place_strategy(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    return ex.strategies.place(
        account_of(account),
        required_symbol(ex, args),
        str(args.get("type") or ""),
        {role: _leg(role, args.get(role)) for role in ROLES},
        client_id(args.get("client_id")),
        integer(args.get("strategy_id")),
    )


def _strategy(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    return ex.strategies.find(
        account_of(account), integer(args.get("strategy_id")), client_id(args.get("client_id")), symbol_of(ex, args)
    )


SCOPES = {"normal": False, "condition": True, "all": None}  # the orders each scope cancels (cancel_all's stop)


def _cancel_all_with_strategies(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Any]:
    """cancel_all with strategy orders: `scope` strategy cancels the live units (every open leg), normal the
    open orders, condition the untriggered stops, all (the default) the units and then every other open order;
    the units are answered first (they have `is_strategy`), then the orders."""
    scope = text(args, "scope") or "all"
    if scope not in (*SCOPES, "strategy"):
        raise SimulatorError("invalid_parameter", f"scope must be one of normal, condition, strategy, all: {scope}")
    units = ex.strategies.cancel_all(account_of(account), symbol_of(ex, args)) if scope in ("strategy", "all") else []
    orders = [] if scope == "strategy" else TRADING["cancel_all"](ex, account, {**args, "stop": SCOPES[scope]})
    return [*units, *orders]


# what a placing action placed under a client id (a repeat replayed or refused; orders' by default)
PLACED: dict[str, Callable[[Exchange, str, int | str], Any]] = {
    "place_strategy": lambda ex, account, client: ex.strategies.by_client_id(account, client),
}

STRATEGIES: dict[str, Action] = {
    "place_strategy": _place_strategy,
    "strategy": _strategy,
    "cancel_all_with_strategies": _cancel_all_with_strategies,
}
