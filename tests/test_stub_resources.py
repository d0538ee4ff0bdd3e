"""A stub's resources stay bounded under hostile use: the request log keeps a prefix of each body,
closed orders leave memory after the exchange's window (spec: `closed_orders.kept_for`), finds and
cancels by id never walk the orders, and a reset is bounded (refused beyond, naming the field).
`python -m benchmarks.stub_resources` prints the figures."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from conftest import APIS, generated
from stub_support import stub_of, trading_market

from exchange_bindings.runtime.config import seconds
from exchange_bindings.runtime.sim import Exchange, SimulatorError
from exchange_bindings.runtime.stub.builders import LOG_BODY, MAX_BOOK_LEVELS, MAX_TRADES, ControlError
from exchange_bindings.runtime.stub.serve import ServerThread
from generator import ir

API_LIST = list(APIS.values())
START = 1_700_000_000_000


def _clocked(api: ir.ApiIR) -> tuple[Any, list[int]]:
    """A stub with empty books whose clock the test moves."""
    now = [START]
    stub = generated(api.id, "stub").create_stub(seed=1, clock=lambda: now[0])
    stub.reset(book_levels=0, trades=0)
    return stub, now


def _resting(stub: Any, api: ir.ApiIR, count: int, account: int = 0) -> list[Any]:
    """`count` buy orders of a demo account resting far under a spot market, client ids c0, c1, ..."""
    market = trading_market(api)
    who = api.stub["accounts"][account]["id"]
    price, quantity = Decimal(market["tick_size"]) * 10, Decimal(market.get("min_quantity", market["lot_size"]))
    return [
        stub.exchange.place(who, market["symbol"], "buy", "limit", quantity, price=price, client_order_id=f"c{i}")
        for i in range(count)
    ]


# -- the request log ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
@pytest.mark.parametrize("via", ["transport", "socket"])
def test_the_request_log_keeps_a_prefix_of_each_body(api: ir.ApiIR, via: str) -> None:
    stub = stub_of(api)
    body = '{"x": "' + "a" * (20 * LOG_BODY) + '"}'
    server = ServerThread(stub) if via == "socket" else None
    base = server.start() if server is not None else "http://stub.invalid"
    try:
        with httpx.Client(base_url=base, transport=None if server else stub.transport()) as http:
            http.post("/anywhere", content=body, headers={"Content-Type": "application/json"})
            http.post("/anywhere", content=b'{"small": 1}', headers={"Content-Type": "application/json"})
            logged = http.get("/__stub__/requests").json()["requests"]
    finally:
        if server is not None:
            server.stop()
    big, small = logged
    assert big["body"] == body[:LOG_BODY] and big["truncated"] is True
    assert small["body"] == '{"small": 1}' and small["truncated"] is False
    assert all(len(entry.body) <= LOG_BODY for entry in stub.control.log)


# -- closed orders --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_closed_orders_leave_after_the_exchange_keeps_them(api: ir.ApiIR) -> None:
    """Queryable (by id and by client id) until the spec's window has passed since they closed;
    then gone, their client ids with them. Open orders stay whatever their age."""
    kept_ms = int(seconds(api.stub["closed_orders"]["kept_for"]) * 1000)
    stub, now = _clocked(api)
    who = api.stub["accounts"][0]["id"]
    closed, still_open = _resting(stub, api, 2)
    stub.exchange.cancel(who, closed.id)
    now[0] += kept_ms - 1
    assert stub.exchange.find(who, closed.id) is closed
    assert stub.exchange.find(who, client_order_id="c0") is closed
    assert stub.exchange.order_by_client_id(who, "c0") is closed
    now[0] += 1
    with pytest.raises(SimulatorError) as gone:
        stub.exchange.find(who, closed.id)
    assert gone.value.reason == "order_not_found"
    assert stub.exchange.order_by_client_id(who, "c0") is None
    assert closed.id not in stub.exchange.orders and closed not in stub.exchange.order_history(who)
    now[0] += 10 * kept_ms
    assert stub.exchange.find(who, still_open.id) is still_open
    assert stub.exchange.order_by_client_id(who, "c1") is still_open


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_filled_orders_leave_too(api: ir.ApiIR) -> None:
    """A maker order filled by another's order closes without a cancel: it is forgotten all the same."""
    kept_ms = int(seconds(api.stub["closed_orders"]["kept_for"]) * 1000)
    stub, now = _clocked(api)
    market = trading_market(api)
    first, second = (a["id"] for a in api.stub["accounts"][:2])
    quantity = Decimal(market.get("min_quantity", market["lot_size"]))
    maker = stub.exchange.place(first, market["symbol"], "sell", "limit", quantity, price=Decimal(market["price"]))
    taker = stub.exchange.place(second, market["symbol"], "buy", "limit", quantity, price=Decimal(market["price"]))
    assert maker.status == taker.status == "filled"
    now[0] += kept_ms
    assert maker.id not in stub.exchange.orders and taker.id not in stub.exchange.orders


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_closed_orders_are_bounded_whatever_the_clock(api: ir.ApiIR, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Exchange, "MAX_CLOSED", 50)
    stub, _ = _clocked(api)  # the clock stands still: no order ever ages out
    who = api.stub["accounts"][0]["id"]
    for order in _resting(stub, api, 120):
        stub.exchange.cancel(who, order.id)
    _resting(stub, api, 1, account=1)  # placing is when the oldest closed ones leave
    assert len(stub.exchange.orders) == 51
    assert stub.exchange.order_by_client_id(who, "c119") is not None
    assert stub.exchange.order_by_client_id(who, "c0") is None


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_the_newest_order_with_a_client_id_is_found(api: ir.ApiIR) -> None:
    stub, _ = _clocked(api)
    who, other = (a["id"] for a in api.stub["accounts"][:2])
    first = _resting(stub, api, 1)[0]
    stub.exchange.cancel(who, first.id)
    second = _resting(stub, api, 1)[0]  # the same client id again
    assert stub.exchange.order_by_client_id(who, "c0") is second
    assert stub.exchange.find(who, client_order_id="c0") is second
    assert stub.exchange.order_by_client_id(other, "c0") is None  # client ids are the account's own
    with pytest.raises(SimulatorError):
        stub.exchange.find(other, first.id)  # and so are order ids


# -- finds and cancels by id ----------------------------------------------------------------------------------
@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_finds_and_cancels_never_walk_the_orders(api: ir.ApiIR, monkeypatch: pytest.MonkeyPatch) -> None:
    """By id or client id, one order is reached directly (a 10,000-id cancel batch used to scan every
    order ever placed for each id); walking an account's orders is left to the lists that show them."""
    stub, _ = _clocked(api)
    who = api.stub["accounts"][0]["id"]
    orders = _resting(stub, api, 200)

    def no_walk(*args: Any) -> Any:
        raise AssertionError("walked the orders")

    for name in ("of", "open_of", "open_orders", "order_history", "stop_orders"):
        monkeypatch.setattr(stub.exchange.store, name, no_walk)
    monkeypatch.setattr(stub.exchange.books[orders[0].market][0], "walk", no_walk)
    assert stub.exchange.find(who, orders[150].id) is orders[150]
    assert stub.exchange.find(who, client_order_id="c99") is orders[99]
    assert stub.exchange.order_by_client_id(who, "c42") is orders[42]
    for order in orders:
        stub.exchange.cancel(who, order.id)
    assert all(o.status == "cancelled" for o in orders)


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_a_taken_order_id_is_refused_before_anything_is_held(api: ir.ApiIR) -> None:
    stub, _ = _clocked(api)
    who = api.stub["accounts"][0]["id"]
    first = _resting(stub, api, 1)[0]
    market = stub.exchange.markets[first.market]
    held = stub.exchange.account(who).balance(market.quote, stub.exchange.wallet_of(market)).reserved
    with pytest.raises(SimulatorError) as taken:
        stub.exchange.place(who, first.market, "buy", "limit", first.quantity, price=first.price, order_id=first.id)
    assert taken.value.reason == "invalid_parameter" and stub.exchange.orders[first.id] is first
    assert stub.exchange.account(who).balance(market.quote, stub.exchange.wallet_of(market)).reserved == held


# -- resets -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
@pytest.mark.parametrize(
    ("sizes", "field"),
    [({"trades": MAX_TRADES + 1}, "trades"), ({"book_levels": MAX_BOOK_LEVELS + 1}, "book_levels")],
    ids=["trades", "book_levels"],
)
def test_a_reset_beyond_the_bounds_is_refused(api: ir.ApiIR, sizes: dict[str, int], field: str) -> None:
    """A reset with 100,000 trades used to hold every client for seconds (and take hundreds of MB)."""
    stub = stub_of(api)
    before = stub.exchange
    with pytest.raises(ControlError) as refused:
        stub.reset(**sizes)
    assert refused.value.field == field and stub.exchange is before
    with httpx.Client(transport=stub.transport(), base_url="http://stub.invalid/__stub__") as control:
        answer = control.post("/reset", json=sizes)
    assert answer.status_code == 400 and answer.json()["field"] == field and stub.exchange is before


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_the_largest_reset_seeds_sound_books(api: ir.ApiIR) -> None:
    """Deep books stop at one tick above zero (cheap markets used to get negative bids, and the reset
    failed half-way)."""
    stub = stub_of(api)
    stub.reset(book_levels=MAX_BOOK_LEVELS, trades=MAX_TRADES)
    for symbol in stub.exchange.markets:
        depth = stub.exchange.depth(symbol, MAX_BOOK_LEVELS)
        assert depth["bids"] and depth["asks"] and all(price > 0 for price, _ in depth["bids"])
        assert len(stub.exchange.market_trades(symbol)) == MAX_TRADES
