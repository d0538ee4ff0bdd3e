"""Market-making bots (AMMs) on simulator state, through each API's own endpoints (driven from the spec):
creating one takes its collateral from its owner and quotes its range on the book (another account trades
against it); the bots endpoint shows its balances and position; redeeming it returns its balances with what
it traded and delivers its position to the owner, and its orders leave the book."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from conftest import APIS
from stub_driver import Driver
from stub_support import demo_client, markets_of, stub_of

from generator import ir

QUOTING = [api for api in APIS.values() if any(m.get("action") == "create_amm" for m in api.stub["endpoints"].values())]


def _held(drv: Driver, client: Any, asset: str) -> Decimal:
    rows, _ = drv.call(client, "balances")
    return sum((Decimal(r["total"]) for r in rows if r.get("asset") == asset), Decimal(0))


@pytest.mark.parametrize("api", QUOTING, ids=lambda a: a.id)
def test_a_bot_quotes_its_range_trades_and_returns_what_it_holds(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=4)
    stub.reset(book_levels=0)  # the bot's orders are the book
    market = next(m for m in markets_of(api) if m.get("kind") == "perpetual")
    symbol, base, quote = market["symbol"], market["base"], market["quote"]
    price, tick, lot = (Decimal(market[k]) for k in ("price", "tick_size", "lot_size"))
    low, high = price * Decimal("0.9") // tick * tick, price * Decimal("1.1") // tick * tick
    drv, owner, taker = Driver(api), demo_client(api, stub), demo_client(api, stub, account=1)
    held = {a: _held(drv, owner, a) for a in (base, quote)}
    asset_quantity, counter_quantity = lot * 50, lot * 50 * price

    (made,), _ = drv.call(
        owner,
        "create_amm",
        symbol=symbol,
        direction="neutral",
        low=str(low),
        high=str(high),
        asset=base,
        asset_quantity=str(asset_quantity),
        counter_asset=quote,
        counter_quantity=str(counter_quantity),
    )
    assert made["ok"] and made["direction"] == "neutral", made
    token = made["token"]
    # its range quoted in full: every level on the tick, buys below the last price and sells above
    quoted = stub.exchange.open_orders(token)
    assert len(quoted) == api.stub["amm_bots"]["levels"]
    assert all(
        low <= o.price <= high and o.price % tick == 0 and (o.side == "buy") == (o.price < price) for o in quoted
    )
    assert _held(drv, owner, base) == held[base] - asset_quantity
    assert _held(drv, owner, quote) == held[quote] - counter_quantity
    (bot,), _ = drv.call(owner, "amms", token=token)
    assert (bot["status"], Decimal(bot["asset_balance"]), Decimal(bot["counter_balance"])) == (
        "executing",
        asset_quantity,
        counter_quantity,
    )

    # another account sells into the bot's best bid: a price of its range, below the last price
    sold = lot * 3
    (placed,), _ = drv.call(
        taker, "place_order", symbol=symbol, side="sell", type="market", quantity=str(sold), client_order_id="1"
    )
    assert placed["ok"], placed
    fills, _ = drv.call(taker, "fills", symbol=symbol)
    assert [Decimal(f["quantity"]) for f in fills] == [sold]
    paid = Decimal(fills[0]["price"])
    assert low <= paid < price
    (bot,), _ = drv.call(owner, "amms", token=token, status="executing")
    assert Decimal(bot["position"]) == sold

    (redeemed,), _ = drv.call(owner, "redeem_amm", token=token, redeem_type="deliver")
    assert redeemed["ok"] and redeemed["token"] == token, redeemed
    assert drv.call(owner, "amms", token=token, status="executing")[0] == []
    (ended,), _ = drv.call(owner, "amms", status="ended")
    assert ended["token"] == token
    # the bot's long was delivered at the last price (its own fill's): the owner has its base and paid for it
    assert _held(drv, owner, base) == held[base] + sold
    assert _held(drv, owner, quote) == held[quote] - sold * paid
    (again,), _ = drv.call(owner, "redeem_amm", token=token, redeem_type="deliver")
    assert again == {"ok": False, "code": str(api.stub["rejections"]["order_not_open"])}
    drv.call(taker, "place_order", symbol=symbol, side="sell", type="market", quantity=str(sold), client_order_id="2")
    assert drv.call(taker, "fills", symbol=symbol)[0] == fills  # nothing left to sell into


def test_some_api_has_bots() -> None:
    """The test above runs: the spec maps market-making bots for some API."""
    assert QUOTING
