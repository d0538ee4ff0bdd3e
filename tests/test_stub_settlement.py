"""Auto-settlement of perpetual positions on simulator state (APIs whose spec has `stub.settlement`), through
the API's own endpoints: a long and a short opened at one price, the last price moved by a trade, the
simulator's clock moved past a settlement boundary; each position's unrealised PnL is realised into its
margin and the wallet, its entry price becomes the settle price, and the settlement shows in the settle
history, once, however often it is read."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from conftest import APIS
from stub_driver import Driver
from stub_support import demo_client
from test_stub_funding import _opened, _totals

from exchange_bindings.runtime.sim import Exchange
from exchange_bindings.runtime.sim.model import MONEY_STEP
from generator import ir

SETTLED = [api for api in APIS.values() if "settlement" in api.stub]


def test_an_api_settles_positions() -> None:
    assert SETTLED, "no spec turns position settlement on: the test below would test nothing"


@pytest.mark.parametrize("api", SETTLED, ids=lambda a: a.id)
def test_a_settlement_realises_each_positions_pnl_at_the_settle_price(api: ir.ApiIR) -> None:
    stub, now, symbol, accounts, _, price = _opened(api, seed=6)
    ex: Exchange = stub.exchange
    long, short = accounts
    market = ex.markets[symbol]
    moved = price + market.tick_size * 50
    lot = market.min_quantity
    stub.place_order(short, symbol=symbol, side="sell", type="limit", quantity=str(lot), price=str(moved))
    stub.place_order(long, symbol=symbol, side="buy", type="limit", quantity=str(lot), price=str(moved))
    assert ex.data.last_price[symbol] == moved
    pnl = {
        a: ((moved - p.entry_price) * p.quantity).quantize(MONEY_STEP)
        for a in accounts
        for p in ex.positions(a, symbol)
    }
    assert pnl[long] > 0 > pnl[short]
    before = dict(zip(accounts, _totals(stub, accounts, symbol), strict=True))
    drv = Driver(api)
    clients = _clients(api, stub)
    assert all(drv.call(clients[a], "margin_history", settlements=True)[0] == [] for a in accounts)

    every = ex.settlements.config.every_ms
    assert every is not None
    now[0] += every - now[0] % every + 1  # just past the next boundary
    for _ in range(2):  # read twice: settled once
        for account in accounts:
            (record,), _ = drv.call(clients[account], "margin_history", settlements=True)
            assert Decimal(record["change"]) == pnl[account]
            assert Decimal(record["price"]) == moved
            assert Decimal(record["quantity"]) == abs(ex.positions(account, symbol)[0].quantity)
    after = dict(zip(accounts, _totals(stub, accounts, symbol), strict=True))
    for account in accounts:
        (position,) = ex.positions(account, symbol)
        assert position.entry_price == moved, "the entry price is the settle price"
        (settled,) = ex.ledger.changes(account, "settlement")
        assert settled.amount == pnl[account], "the PnL is realised into the wallet (its change log says so)"
        # the wallet moved by it and by the funding collected at the same boundary (8h both, on CoinEx)
        assert after[account] - before[account] == pnl[account] + position.funding
    assert ex.unrealized_pnl(long) == 0 == ex.unrealized_pnl(short)


def _clients(api: ir.ApiIR, stub: Any) -> dict[str, Any]:
    return {str(a["id"]): demo_client(api, stub, account=i) for i, a in enumerate(api.stub["accounts"][:2])}
