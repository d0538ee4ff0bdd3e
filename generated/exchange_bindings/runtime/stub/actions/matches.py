"""The two sides of a public trade: for events that describe a match from both orders (their ids, what
remains of each, each side's fee), as the simulator's trade itself names neither."""

from __future__ import annotations

from typing import Any

from ...sim import Exchange, SimulatorError
from .base import Action


def _match(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """`bid` and `ask`, each {order, fill}, of the trade `trade_id` on `symbol`."""
    symbol, trade_id = str(args["symbol"]), int(args["trade_id"])
    sides: dict[str, dict[str, Any]] = {}
    for order in reversed(list(ex.orders.values())):  # the newest first: a trade's orders are recent
        if order.market == symbol:
            sides.update((order.side, {"order": order, "fill": f}) for f in order.fills if f.id == trade_id)
        if len(sides) == 2:
            return {"bid": sides["buy"], "ask": sides["sell"]}
    raise SimulatorError("order_not_found", f"the orders of trade {trade_id} are no longer held")


MATCHES: dict[str, Action] = {"match": _match}
