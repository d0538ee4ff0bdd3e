"""What perpetual markets' prices bring, on simulator state (driven from the spec): a long whose margin runs
out (the market trades below its bankruptcy price) is liquidated at that price when the stub next acts, listed
in the market's liquidation history, and taken over by the most profitable short (auto-deleveraging), which
sees the fill in its ADL history; positions whose margin holds are left alone. Position levels are each
market's own; the basis recorded at each boundary is the last price against the spot index."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import msgspec
import pytest
from conftest import APIS
from stub_driver import Driver
from stub_support import demo_client, stub_of
from test_stub_funding import _market, _opened

from benchmarks.limits import markets_of
from exchange_bindings.runtime.sim import Exchange
from exchange_bindings.runtime.stub.builders import NewAccount
from exchange_bindings.runtime.stub.handle import StubHandle
from generator import ir

LIQUIDATING = [api for api in APIS.values() if Driver(api).maps("liquidations")]


def _funded(api: ir.ApiIR, stub: Any, name: str, market: dict[str, Any]) -> str:
    """Another account with margin in the market's wallet (signing in is not needed: it trades through the
    control surface)."""
    wallet = market.get("wallet") or api.stub.get("wallets", ["main"])[0]
    StubHandle(api.id, stub).add_account(NewAccount(id=name, wallets={wallet: {market["quote"]: Decimal(10**7)}}))
    return name


@pytest.mark.parametrize("api", LIQUIDATING, ids=lambda a: a.id)
def test_a_long_whose_margin_runs_out_is_liquidated_and_the_best_short_deleveraged(api: ir.ApiIR) -> None:
    stub, _, symbol, (long, short), size, price = _opened(api, seed=8)  # a long and a short at the price
    ex: Exchange = stub.exchange
    drv = Driver(api)
    market = _market(api)
    (held,) = ex.positions(long, symbol)
    bankrupt = held.bankruptcy_price
    assert bankrupt is not None and bankrupt < price
    position_of_short = ex.positions(short, symbol)[0].id
    wallet = ex.wallet_of(ex.markets[symbol])
    margin, before = held.margin, ex.account(long).balance(market["quote"], wallet).total
    assert drv.call(demo_client(api, stub), "liquidations", symbol=symbol)[0] == []

    # two others trade below the long's bankruptcy price: its margin has run out
    low = (bankrupt * Decimal("0.95")).quantize(Decimal(str(market["tick_size"])))
    seller, buyer = _funded(api, stub, "liq-seller", market), _funded(api, stub, "liq-buyer", market)
    stub.place_order(seller, symbol=symbol, side="sell", type="limit", quantity=str(size), price=str(low))
    stub.place_order(buyer, symbol=symbol, side="buy", type="limit", quantity=str(size), price=str(low))

    (row,), _ = drv.call(demo_client(api, stub), "liquidations", symbol=symbol)  # checked as the stub acts
    tick = Decimal(str(market["tick_size"])) / 100
    assert (row["side"], Decimal(row["quantity"])) == ("long", size)
    assert (Decimal(row["liq_price"]), Decimal(row["bkr_price"])) == (low, bankrupt.quantize(tick))
    assert not [p for p in ex.positions(long, symbol) if p.quantity]
    lost = before - ex.account(long).balance(market["quote"], wallet).total
    assert abs(lost - margin) <= tick * size  # its margin, to the rounding of the bankruptcy price
    assert [p.quantity for p in ex.positions(buyer, symbol)] == [size]  # its margin holds

    # the short that profits most took the long over at the bankruptcy price; the loser's short did not
    assert not [p for p in ex.positions(short, symbol) if p.quantity]
    assert [p.quantity for p in ex.positions(seller, symbol)] == [-size]
    (adl,), _ = drv.call(demo_client(api, stub), "deleveragings", symbol=symbol)
    assert (int(adl["position_id"]), Decimal(adl["quantity"]), Decimal(adl["price"]), adl["side"]) == (
        position_of_short,
        size,
        bankrupt.quantize(tick),
        "buy",
    )
    assert drv.call(demo_client(api, stub, account=1), "deleveragings", symbol=symbol)[0] == []


LEVELLED = [
    (api, name)
    for api in APIS.values()
    for name, m in api.stub["endpoints"].items()
    if m.get("action") == "markets" and "position_levels" in str(m.get("respond"))
]


@pytest.mark.parametrize(("api", "endpoint"), LEVELLED, ids=lambda c: getattr(c, "id", str(c)))
def test_position_levels_are_each_markets_own(api: ir.ApiIR, endpoint: str) -> None:
    stub = stub_of(api)
    market = {k: v for k, v in _market(api).items() if k not in ("source", "position_levels")}
    levels = [{"amount": "7", "leverage": "3", "maintenance_margin_rate": "0.1", "min_initial_margin_rate": "0.3333"}]
    stub.add_market(**{**market, "symbol": "LEVELLED-SWAP", "base": "LVL", "position_levels": levels})
    wire = api.stub["endpoints"][endpoint]["args"]["symbol"].strip("{}").split("|")[0].removeprefix("params.")
    (row,) = getattr(demo_client(api, stub), endpoint)(**{wire: "LEVELLED-SWAP"})
    assert [{k: str(v) for k, v in msgspec.structs.asdict(level).items()} for level in row.level] == levels


BASED = [api for api in LIQUIDATING if Driver(api).maps("basis_history")]


@pytest.mark.parametrize("api", BASED, ids=lambda a: a.id)
def test_the_basis_is_the_last_price_against_the_spot_index_at_each_boundary(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=8)
    stub.reset(8, book_levels=0, trades=0)
    ex: Exchange = stub.exchange
    now = [ex.clock()]
    ex.clock = lambda: now[0]
    drv = Driver(api)
    market = next(m for m in markets_of(api) if m.get("kind") == "perpetual" and ex.price_in(m["base"], m["quote"]))
    symbol, price = market["symbol"], Decimal(str(market["price"]))
    assert drv.call(demo_client(api, stub), "basis_history", symbol=symbol)[0] == []
    higher = (price * Decimal("1.01")).quantize(Decimal(str(market["tick_size"])))  # the perpetual trades 1% up
    size = str(Decimal(str(market["min_quantity"])) * 10)
    short, long = (str(a["id"]) for a in api.stub["accounts"][:2])
    stub.place_order(short, symbol=symbol, side="sell", type="limit", quantity=size, price=str(higher))
    stub.place_order(long, symbol=symbol, side="buy", type="limit", quantity=size, price=str(higher))
    every = ex.basis.config.every_ms
    assert every is not None
    now[0] = now[0] - now[0] % every + every
    (row,), _ = drv.call(demo_client(api, stub), "basis_history", symbol=symbol)
    index = ex.index_price(ex.markets[symbol])
    assert index != higher
    assert (int(row["time_ms"]), Decimal(row["rate"])) == (now[0], ((higher - index) / index).quantize(Decimal("1e-8")))
