"""An account's summary (its worth, what is available, the margin its positions hold, the risk ratio) on
simulator state, through each API's own endpoints (driven from the spec): an order and a position opened
through the trading endpoints show in it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import APIS
from stub_driver import Driver
from stub_support import demo_client, markets_of, stub_of

from generator import ir

SUMMARISED = [
    api for api in APIS.values() if any(m.get("action") == "account_summary" for m in api.stub["endpoints"].values())
]


@pytest.mark.parametrize("api", SUMMARISED, ids=lambda a: a.id)
def test_orders_and_positions_show_in_the_summary(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=6)
    drv, client = Driver(api), demo_client(api, stub)
    market = next(m for m in markets_of(api) if m.get("kind") == "perpetual")
    symbol, price, lot = market["symbol"], Decimal(market["price"]), Decimal(market["lot_size"])
    (start,), _ = drv.call(client, "account_summary")
    worth = Decimal(start["total"])
    assert (Decimal(start["available"]), Decimal(start["margin"]), Decimal(start["risk_ratio"])) == (worth, 0, 0)

    low = price / 2 // Decimal(market["tick_size"]) * Decimal(market["tick_size"])
    order = dict(symbol=symbol, side="buy", type="limit", quantity=str(lot * 10), price=str(low), client_order_id="5")
    assert drv.call(client, "place_order", **order)[0][0]["ok"]
    (held,), _ = drv.call(client, "account_summary")
    hold = low * lot * 10 / Decimal(market["leverage"])
    assert (Decimal(held["total"]), Decimal(held["available"])) == (worth, worth - hold)

    stub.place_order(api.stub["accounts"][1]["id"], symbol=symbol, side="sell", type="limit", quantity=lot, price=price)
    order.update(price=str(price), quantity=str(lot), client_order_id="6")
    assert drv.call(client, "place_order", **order)[0][0]["ok"]
    (opened,), _ = drv.call(client, "account_summary")
    margin = price * lot / Decimal(market["leverage"])
    assert (Decimal(opened["total"]), Decimal(opened["margin"])) == (worth, margin)
    assert Decimal(opened["available"]) == worth - hold - margin
    assert Decimal(opened["risk_ratio"]) == (worth / margin).quantize(Decimal("0.0001"))


def test_some_api_summarises_accounts() -> None:
    """The test above runs: the spec maps an account summary for some API."""
    assert SUMMARISED
