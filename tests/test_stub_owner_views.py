"""Public views of a designated account's books (endpoints whose `owner` argument names the account, e.g. a
protocol's), on simulator state: what that account does through the signed endpoints (an order, a trade, a
delivery request) shows in its public balances, orders, fills, positions and delivery orders."""

from __future__ import annotations

import re
import warnings
from decimal import Decimal
from typing import Any

import pytest
from conftest import APIS
from stub_driver import Driver
from stub_support import demo_client, markets_of, stub_of

from generator import ir


def _owner_actions(api: ir.ApiIR) -> set[str]:
    return {m["action"] for m in api.stub["endpoints"].values() if "owner" in m.get("args", {})}


OWNED = [api for api in APIS.values() if _owner_actions(api)]


def _owners(api: ir.ApiIR) -> list[str]:
    """The accounts the owner endpoints can name (the table their owner argument is read through)."""
    template = next(m["args"]["owner"] for m in api.stub["endpoints"].values() if "owner" in m.get("args", {}))
    table = re.search(r"from:(\w+)", template)
    assert table is not None, template
    return list(api.stub["values"][table.group(1)])


@pytest.mark.parametrize("api", OWNED, ids=lambda a: a.id)
def test_a_designated_accounts_trading_shows_in_its_public_views(api: ir.ApiIR) -> None:
    warnings.simplefilter("ignore", DeprecationWarning)  # delivery requests are deprecated
    assert _owner_actions(api) >= {"balances", "open_orders", "fills", "positions", "delivery_orders"}
    stub = stub_of(api, seed=5)
    owner, bystander = _owners(api)[:2]
    index = next(i for i, a in enumerate(api.stub["accounts"]) if a["id"] == owner)
    drv, signed, public = Driver(api), demo_client(api, stub, account=index), demo_client(api, stub)
    market = next(m for m in markets_of(api) if m.get("kind") == "perpetual")
    symbol, price, lot = market["symbol"], Decimal(market["price"]), Decimal(market["lot_size"])

    def view(action: str, who: str = owner, **args: Any) -> list[dict[str, Any]]:
        return drv.call(public, action, owner=who, **args)[0]

    before = {r["asset"]: Decimal(r["available"]) for r in view("balances")}
    assert [view(a, **args) for a, args in (("open_orders", {}), ("positions", {}))] == [[], []]
    assert [view(a, **args) for a, args in (("fills", {"symbol": symbol}), ("delivery_orders", {}))] == [[], []]

    low = price / 2 // Decimal(market["tick_size"]) * Decimal(market["tick_size"])
    order = dict(symbol=symbol, side="buy", type="limit", quantity=str(lot * 2), price=str(low), client_order_id="7")
    (placed,), _ = drv.call(signed, "place_order", **order)
    assert placed["ok"], placed
    assert [(o["id"], Decimal(o["price"])) for o in view("open_orders")] == [(placed["id"], low)]
    assert view("open_orders", bystander) == []
    after = {r["asset"]: Decimal(r["available"]) for r in view("balances")}
    assert after[market["quote"]] < before[market["quote"]]  # the order holds margin

    stub.place_order(api.stub["accounts"][0]["id"], symbol=symbol, side="sell", type="limit", quantity=lot, price=price)
    order.update(price=str(price), quantity=str(lot), client_order_id="8")
    drv.call(signed, "place_order", **order)
    assert [(Decimal(f["quantity"]), Decimal(f["price"])) for f in view("fills", symbol=symbol)] == [(lot, price)]
    assert [(p["symbol"], Decimal(p["quantity"])) for p in view("positions")] == [(symbol, lot)]

    (asked,), _ = drv.call(signed, "request_delivery", symbol=symbol, quantity=str(lot))
    assert [(d["id"], d["status"]) for d in view("delivery_orders")] == [(asked["id"], "pending")]
    assert view("delivery_orders", bystander) == []


def test_some_api_shows_an_accounts_books() -> None:
    """The test above runs: the spec maps public views of a designated account for some API."""
    assert OWNED
