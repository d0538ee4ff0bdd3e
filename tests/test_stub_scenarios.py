"""Order lifecycles through each API's own endpoints against its stub: crossing accounts, partial
fills, cancelling a filled order, modifying, balances restored. Driven from the spec alone."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from conftest import APIS, generated
from stub_driver import Driver
from stub_support import stub_of, trading_market

from benchmarks.limits import markets_of
from generator import ir

TRADING = [
    api
    for api in APIS.values()
    if {"place_order", "cancel_order", "open_orders", "balances"}
    <= {m.get("action") for m in api.stub["endpoints"].values()}
]


def _client(api: ir.ApiIR, stub: Any, account: int) -> Any:
    creds = api.stub["accounts"][account]["credentials"]
    return generated(api.id).Client(
        base_url="http://stub.invalid", http_client=httpx.Client(transport=stub.transport()), **creds
    )


def _balance(driver: Driver, client: Any, asset: str) -> dict[str, Any]:
    """One asset's balance; the total is derived where an API reports only available and reserved."""
    rows, _ = driver.call(client, "balances")
    row = dict(next(r for r in rows if r["asset"] == asset))
    row.setdefault("total", Decimal(row["available"]) + Decimal(row["reserved"]))
    return row


def _state(driver: Driver, client: Any, row: dict[str, Any]) -> str:
    """An order's outcome as its answer reports it; where the API's answer reports none, whether the
    account's open orders still list it ('open' or 'not open')."""
    if "outcome" in row:
        return str(row["outcome"])
    listed = {str(o["id"]) for o in driver.call(client, "open_orders")[0]}
    return "open" if str(row["id"]) in listed else "not open"


# the base asset changes hands on a spot market (perpetuals move margin and positions instead)
SPOT_TRADING = [api for api in TRADING if any(m.get("kind", "spot") == "spot" for m in markets_of(api))]


@pytest.mark.parametrize("api", SPOT_TRADING, ids=lambda a: a.id)
def test_two_accounts_cross_partial_fill_cancel_modify(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=5)
    stub.reset(book_levels=0, trades=0)
    market = next(m for m in markets_of(api) if m.get("kind", "spot") == "spot")
    lot, price = Decimal(market.get("min_quantity", market["lot_size"])), Decimal(market["price"])
    drv = Driver(api)
    alice, bob = _client(api, stub, 0), _client(api, stub, 1)
    base_before = Decimal(_balance(drv, alice, market["base"])["total"])

    (sell,), _ = drv.call(
        alice,
        "place_order",
        symbol=market["symbol"],
        side="sell",
        type="limit",
        quantity=lot * 10,
        price=price,
        client_order_id="11",
    )
    assert sell["ok"] and _state(drv, alice, sell) == "open"
    assert Decimal(_balance(drv, alice, market["base"])["reserved"]) == lot * 10
    (buy,), _ = drv.call(
        bob,
        "place_order",
        symbol=market["symbol"],
        side="buy",
        type="limit",
        quantity=lot * 4,
        price=price,
        client_order_id="12",
    )
    assert buy["ok"] and _state(drv, bob, buy) in ("filled", "not open")

    open_orders, _ = drv.call(alice, "open_orders")
    (resting,) = [o for o in open_orders if str(o["id"]) == str(sell["id"])]
    assert Decimal(resting["remaining"]) == lot * 6
    assert not drv.call(bob, "open_orders")[0]

    (refused,), _ = drv.call(bob, "cancel_order", symbol=market["symbol"], order_id=buy["id"])
    assert not refused["ok"] and refused["code"] == api.stub["rejections"]["order_not_open"]

    if drv.maps("modify_order"):  # where the API can modify an order
        (smaller,), _ = drv.call(alice, "modify_order", symbol=market["symbol"], order_id=sell["id"], quantity=lot * 8)
        assert smaller["ok"] and str(smaller["id"]) == str(sell["id"])
    (cancelled,), _ = drv.call(alice, "cancel_order", symbol=market["symbol"], order_id=sell["id"])
    assert cancelled["ok"] and _state(drv, alice, cancelled).startswith(("cancelled", "not open"))
    assert not drv.call(alice, "open_orders")[0]

    after = _balance(drv, alice, market["base"])
    assert Decimal(after["reserved"]) == 0 and Decimal(after["total"]) == base_before - lot * 4
    assert Decimal(_balance(drv, bob, market["base"])["total"]) == base_before + lot * 4
    trades = stub.exchange.public_trades(market["symbol"])
    assert [(t.price, t.quantity) for t in trades] == [(price, lot * 4)]


@pytest.mark.parametrize("api", TRADING, ids=lambda a: a.id)
def test_insufficient_funds_is_the_documented_error(api: ir.ApiIR) -> None:
    stub = stub_of(api)
    market = trading_market(api)
    drv = Driver(api)
    poor = _client(api, stub, 0)
    huge = Decimal(market.get("min_quantity", market["lot_size"])) * 10**12  # far beyond any demo balance
    (result,), _ = drv.call(
        poor,
        "place_order",
        symbol=market["symbol"],
        side="buy",
        type="limit",
        quantity=huge,
        price=Decimal(market["price"]),
        client_order_id="1",
    )
    assert not result["ok"] and result["code"] == api.stub["rejections"]["insufficient_funds"]


def test_some_api_trades() -> None:
    assert TRADING, "at least one API maps the trading actions"
