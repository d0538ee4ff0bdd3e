"""Funding of perpetual markets on simulator state, through each API's own endpoints (driven from the spec):
a long and a short of the same size, the simulator's clock moved to the next funding time, and the long
pays the short size x mark price x rate (or the reverse for a negative rate); the payment shows in each
account's funding history and the rate in the market's, and reading again pays nothing twice."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise
from typing import Any

import pytest
from conftest import APIS
from stub_driver import Driver
from stub_support import demo_client, stub_of

from benchmarks.limits import markets_of
from exchange_bindings.runtime.sim import Exchange, Market
from exchange_bindings.runtime.sim.funding import HOUR_MS, FundingConfig, FundingTerms
from exchange_bindings.runtime.sim.model import MONEY_STEP
from generator import ir

FUNDED = [api for api in APIS.values() if "funding" in api.stub]


def _market(api: ir.ApiIR) -> dict[str, Any]:
    return next(m for m in markets_of(api) if m.get("kind") == "perpetual")


def _totals(stub: Any, accounts: list[str], symbol: str) -> list[Decimal]:
    """The accounts' totals of the market's margin asset in its wallet, as the control surface shows them."""
    ex: Exchange = stub.exchange
    market = ex.markets[symbol]
    wallets = stub.state()["accounts"]
    return [Decimal(wallets[a]["wallets"][ex.ledger.wallet_of(market)][market.margin_asset]["total"]) for a in accounts]


def _opened(api: ir.ApiIR, seed: int) -> tuple[Any, list[int], str, list[str], Decimal, Decimal]:
    """A stub whose simulator clock the test moves, with the second demo account long and the first short
    the same size of a perpetual market, traded with each other at its reference price (empty books)."""
    stub = stub_of(api, seed=seed)
    stub.reset(seed, book_levels=0, trades=0)
    ex: Exchange = stub.exchange
    now = [ex.clock()]
    ex.clock = lambda: now[0]  # the simulator's alone: requests are signed and checked on the real clock
    market = _market(api)
    symbol, price = market["symbol"], Decimal(str(market["price"]))
    size = Decimal(str(market["min_quantity"])) * 10
    short, long = (str(a["id"]) for a in api.stub["accounts"][:2])
    stub.place_order(short, symbol=symbol, side="sell", type="limit", quantity=str(size), price=str(price))
    stub.place_order(long, symbol=symbol, side="buy", type="limit", quantity=str(size), price=str(price))
    assert [p.quantity for p in (*ex.positions(long, symbol), *ex.positions(short, symbol))] == [size, -size]
    return stub, now, symbol, [long, short], size, price


@pytest.mark.parametrize("api", FUNDED, ids=lambda a: a.id)
def test_funding_moves_a_long_and_a_short_in_opposite_directions(api: ir.ApiIR) -> None:
    stub, now, symbol, accounts, size, price = _opened(api, seed=5)
    ex: Exchange = stub.exchange
    drv = Driver(api)
    clients = [demo_client(api, stub, account=i) for i in (1, 0)]  # the long's, the short's
    events: list[Any] = []
    ex.listeners.append(lambda kind, payload: events.append(payload) if kind == "funding" else None)
    boundary = ex.funding.next_ms(symbol)
    predicted = None
    if drv.maps("funding_rates"):  # the rate the next funding time will collect, and that time
        (row,), _ = drv.call(clients[0], "funding_rates", symbol=symbol)
        predicted = Decimal(row["predicted"])
        assert int(row.get("next_ms", boundary)) == boundary
    assert drv.call(clients[0], "funding_rate_history", symbol=symbol)[0] == [], "no funding time has passed yet"
    before = _totals(stub, accounts, symbol)

    now[0] = boundary  # the next funding time
    (rate_row,), _ = drv.call(clients[0], "funding_rate_history", symbol=symbol)  # collected as it is read
    again = _totals(stub, accounts, symbol)
    rate = Decimal(rate_row["rate"])
    assert rate != 0 and (predicted is None or rate == predicted)
    paid = (size * price * rate).quantize(MONEY_STEP)  # the mark price is the last price: the trade's
    after = _totals(stub, accounts, symbol)
    assert after == again == [before[0] - paid, before[1] + paid], "the long pays the short size x mark x rate"
    assert sorted((e.account, e.payment) for e in events) == sorted([(accounts[0], -paid), (accounts[1], paid)])

    if drv.maps("funding_payments"):
        for client, sign in zip(clients, (-1, 1), strict=True):
            (payment,), _ = drv.call(client, "funding_payments", symbol=symbol)
            assert Decimal(payment["payment"]) == sign * paid and Decimal(payment["rate"]) == rate
            assert abs(Decimal(payment["quantity"])) == size and Decimal(payment["mark_price"]) == price

    # read twice, and a moment later: nothing is paid twice
    now[0] = boundary + 1
    for _ in range(2):
        assert len(drv.call(clients[0], "funding_rate_history", symbol=symbol)[0]) == 1
        assert _totals(stub, accounts, symbol) == after
        if drv.maps("funding_payments"):
            assert len(drv.call(clients[1], "funding_payments", symbol=symbol)[0]) == 1
    assert len(events) == 2


@pytest.mark.parametrize("api", FUNDED, ids=lambda a: a.id)
def test_every_funding_time_passed_is_collected_once_in_order(api: ir.ApiIR) -> None:
    """Three funding times passed between two reads: three rates, newest first, and three payments each."""
    stub, now, symbol, accounts, size, price = _opened(api, seed=8)
    ex: Exchange = stub.exchange
    drv, client = Driver(api), demo_client(api, stub, account=1)
    before = _totals(stub, accounts, symbol)
    interval = ex.funding.config.of(symbol).interval_ms  # type: ignore[union-attr]
    now[0] = ex.funding.next_ms(symbol) + 2 * interval
    rates = [Decimal(r["rate"]) for r in drv.call(client, "funding_rate_history", symbol=symbol)[0]]
    assert len(rates) == 3
    paid = sum(((size * price * r).quantize(MONEY_STEP) for r in rates), Decimal(0))
    assert _totals(stub, accounts, symbol) == [before[0] - paid, before[1] + paid]
    if drv.maps("funding_payments"):
        payments = [Decimal(p["payment"]) for p in drv.call(client, "funding_payments", symbol=symbol)[0]]
        assert payments == [-(size * price * r).quantize(MONEY_STEP) for r in rates]


# -- the simulator alone ------------------------------------------------------------------------------
PERP = Market("P", "B", "Q", kind="perpetual", price=Decimal(100), lot_size=Decimal(1), min_quantity=Decimal(1))
TERMS = FundingTerms(HOUR_MS, Decimal("0.0001"), Decimal("-0.0003"), Decimal("0.0003"), Decimal("0.0002"))


def _rates(seed: int, hours: int) -> list[Decimal]:
    now = [0]
    ex = Exchange([PERP], seed=seed, clock=lambda: now[0], funding=FundingConfig(TERMS))
    now[0] = hours * HOUR_MS
    ex.catch_up()
    return [r.rate for r in ex.funding.rate_history("P")]


def test_rates_are_a_seeded_walk_within_the_bounds() -> None:
    rates = _rates(1, 200)
    assert len(rates) == 200 and rates == _rates(1, 200) and rates != _rates(2, 200)
    assert all(TERMS.min_rate <= r <= TERMS.max_rate for r in rates)
    assert {TERMS.min_rate, TERMS.max_rate} <= set(rates), "the walk reaches both bounds and stays within them"
    steps = [abs(a - b) for a, b in pairwise(rates)]
    assert max(steps) <= TERMS.premium_step and len(set(steps)) > 10


def test_spot_markets_and_markets_without_terms_pay_no_funding() -> None:
    now = [0]
    spot = Market("S", "B", "Q", price=Decimal(100))
    ex = Exchange([PERP, spot], clock=lambda: now[0], funding=FundingConfig(None, {"P": TERMS}))
    ex.add_market(Market("R", "C", "Q", kind="perpetual"))
    now[0] = 5 * HOUR_MS
    ex.catch_up()
    assert [ex.funding.funded(s) for s in ("P", "S", "R")] == [True, False, False]
    assert len(ex.funding.rate_history("P")) == 5
