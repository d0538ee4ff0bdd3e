"""Physical delivery of perpetual positions on simulator state, through each API's own endpoints (driven from
the spec): a request shows in the delivery orders and the next auction; a pending one can be cancelled; at the
auction the position shrinks and the assets change hands, as the positions and balances endpoints show."""

from __future__ import annotations

import warnings
from decimal import Decimal
from typing import Any

import pytest
from conftest import APIS
from stub_driver import Driver
from stub_support import demo_client, markets_of, open_long, stub_of

from generator import ir

DELIVERING = [
    api for api in APIS.values() if any(m.get("action") == "request_delivery" for m in api.stub["endpoints"].values())
]


def _perpetual(api: ir.ApiIR) -> dict[str, Any]:
    return next(m for m in markets_of(api) if m.get("kind") == "perpetual")


def _held(drv: Driver, client: Any, asset: str) -> Decimal:
    rows, _ = drv.call(client, "balances")
    return sum((Decimal(r["total"]) for r in rows if r.get("asset") == asset), Decimal(0))


def _position(drv: Driver, client: Any, symbol: str) -> Decimal:
    rows, _ = drv.call(client, "positions")
    return sum((Decimal(r["quantity"]) for r in rows if r.get("symbol") == symbol), Decimal(0))


@pytest.mark.parametrize("api", DELIVERING, ids=lambda a: a.id)
def test_a_delivery_waits_for_its_auction_then_moves_the_position_and_balances(api: ir.ApiIR) -> None:
    warnings.simplefilter("ignore", DeprecationWarning)  # the exchange deprecated these endpoints
    stub = stub_of(api, seed=3)
    ex = stub.exchange
    now = [ex.clock()]
    ex.clock = lambda: now[0]  # the simulator's alone: requests are signed and checked on the real clock
    market = _perpetual(api)
    symbol, lot, price = market["symbol"], Decimal(market["lot_size"]), Decimal(market["price"])
    size = lot * 10
    open_long(api, stub, symbol, size)
    drv, client = Driver(api), demo_client(api, stub)
    base, quote = _held(drv, client, market["base"]), _held(drv, client, market["quote"])
    assert _position(drv, client, symbol) == size

    (asked,), _ = drv.call(client, "request_delivery", symbol=symbol, quantity=str(lot * 4))
    assert asked["ok"] and asked["status"] == "pending", asked
    auction = int(asked["auction_ms"])
    assert now[0] < auction <= now[0] + ex.delivery.config.auction_every_ms
    assert (asked["receive_asset"], Decimal(asked["receive_quantity"])) == (market["base"], lot * 4)
    assert (asked["pay_asset"], Decimal(asked["pay_quantity"])) == (market["quote"], lot * 4 * price)
    (upcoming,), _ = drv.call(client, "delivery_auction", symbol=symbol)
    assert (int(upcoming["auction_ms"]), Decimal(upcoming["net"])) == (auction, lot * 4)

    (second,), _ = drv.call(client, "request_delivery", symbol=symbol, quantity=str(lot * 2))
    listed, _ = drv.call(client, "delivery_orders")
    assert [(r["id"], r["status"]) for r in listed] == [(second["id"], "pending"), (asked["id"], "pending")]
    (too_much,), _ = drv.call(client, "request_delivery", symbol=symbol, quantity=str(lot * 5))
    assert too_much == {"ok": False, "code": str(api.stub["rejections"]["invalid_quantity"])}
    (cancelled,), _ = drv.call(client, "cancel_delivery", order_id=second["id"])
    assert cancelled["ok"]
    (upcoming,), _ = drv.call(client, "delivery_auction", symbol=symbol)
    assert Decimal(upcoming["net"]) == lot * 4

    now[0] = auction  # the auction: the first request is delivered at the last price (the long's own)
    listed, _ = drv.call(client, "delivery_orders")
    assert [(r["id"], r["status"]) for r in listed] == [(second["id"], "cancelled"), (asked["id"], "delivered")]
    assert _position(drv, client, symbol) == size - lot * 4
    assert _held(drv, client, market["base"]) == base + lot * 4
    funding = sum((p.payment for p in ex.funding.history(api.stub["accounts"][0]["id"])), Decimal(0))
    assert _held(drv, client, market["quote"]) == quote - lot * 4 * price + funding  # funding paid at the same time
    (again,), _ = drv.call(client, "cancel_delivery", order_id=asked["id"])
    assert again == {"ok": False, "code": str(api.stub["rejections"]["order_not_open"])}
    (upcoming,), _ = drv.call(client, "delivery_auction", symbol=symbol)
    assert Decimal(upcoming["net"]) == 0 and int(upcoming["auction_ms"]) > auction


def test_some_api_delivers_positions() -> None:
    """The test above runs: the spec maps physical delivery for some API."""
    assert DELIVERING
