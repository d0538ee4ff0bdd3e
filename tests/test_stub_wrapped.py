"""Wrapped assets (flexAssets) on simulator state, through each API's own endpoints (driven from the
spec): a mint turns the underlying asset into the wrapped one and is listed; a redemption turns it back,
dated at the next redemption time (normal) or now (instant), and is listed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import APIS
from stub_driver import Driver
from stub_support import available, demo_client, stub_of

from generator import ir

WRAPPED = [api for api in APIS.values() if any(m.get("action") == "mint" for m in api.stub["endpoints"].values())]


@pytest.mark.parametrize("api", WRAPPED, ids=lambda a: a.id)
def test_mint_and_redeem_move_balances_and_are_listed(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=2)
    drv, client = Driver(api), demo_client(api, stub)
    funds = stub.exchange.funds
    held = api.stub["accounts"][0]["balances"]
    wrapped, underlying = next((w, u) for w, u in funds.config.wrapped if u in held)
    base = available(drv, client, underlying)

    (minted,), _ = drv.call(client, "mint", asset=wrapped, quantity="3")
    assert minted["ok"] and Decimal(minted["quantity"]) == 3
    assert available(drv, client, underlying) == base - 3 and available(drv, client, wrapped) == 3
    history, _ = drv.call(client, "conversions", kind="mint", asset=wrapped)
    assert [Decimal(h["quantity"]) for h in history] == [Decimal(3)]

    (redeemed,), _ = drv.call(client, "redeem", asset=wrapped, quantity="2")  # the style is the example's (normal)
    assert redeemed["ok"]
    every = funds.config.redeem_every_ms
    if every:
        assert int(redeemed["settled_ms"]) % every == 0 and int(redeemed["settled_ms"]) >= stub.exchange.now() - 1000
    assert available(drv, client, wrapped) == 1 and available(drv, client, underlying) == base - 1
    history, _ = drv.call(client, "conversions", kind="redeem", asset=wrapped)
    assert [Decimal(h["quantity"]) for h in history] == [Decimal(2)]

    (too_much,), _ = drv.call(client, "redeem", asset=wrapped, quantity="5")  # the style is the example's (normal)
    assert too_much == {"ok": False, "code": str(api.stub["rejections"]["insufficient_funds"])}
