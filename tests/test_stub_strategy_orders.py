"""Strategy orders, trailing stops and mark-price triggers on simulator state (issue 14), through the
generated Client and AsyncClient in strict mode: OCO legs cancel each other, an OTO's pending leg is placed
only when its working leg fills, an OTOCO's pair after it, the unit is cancelled as one, malformed units are
refused in the API's error shape, a trailing stop follows the mark price and triggers once on the retrace,
and a mark-price stop and a last-price stop at the same price part ways when the two prices do.

Prices are the tests' own: empty books, counterparties' orders and the index price set through the stub's
control surface (POST /__stub__/prices). The API is found by its stub (the one whose endpoints place strategy
orders), so that no exchange fact is written here (tests/test_single_source.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from decimal import Decimal
from types import NoneType
from typing import Any, get_args, get_type_hints

import httpx
import msgspec
import pytest
from conftest import APIS, generated

from benchmarks.limits import markets_of
from exchange_bindings.runtime.errors import APIError

API = next(a for a in APIS.values() if any(m.get("action") == "place_strategy" for m in a.stub["endpoints"].values()))
MARKET = next(m for m in API.stub["markets"] if m.get("kind") == "perpetual")
SYMBOL, TICK = MARKET["symbol"], Decimal(MARKET["tick_size"])
QTY = Decimal(MARKET["min_quantity"]) * 10
REFERENCE = Decimal(MARKET["price"])
ALICE, BOB, CAROL = (a["id"] for a in API.stub["accounts"][:3])
D = Decimal
# the leg struct, as the client's placement takes it (its name is the API's)
LEG = next(
    t for t in get_args(get_type_hints(generated(API.id).Client.place_strategy_order)["working"]) if t is not NoneType
)

Call = Callable[..., Any]


def _at(fraction: str) -> Decimal:
    """A price at this fraction of the market's reference price, on its tick grid."""
    price = REFERENCE * D(fraction)
    return price - price % TICK


@pytest.fixture
def stub() -> Any:
    """A stub with empty books and no trade history: every price is the tests' own."""
    stub = generated(API.id, "stub").create_stub(seed=3)
    stub.reset(book_levels=0, trades=0)
    return stub


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, stub: Any) -> Iterator[Call]:
    """call(endpoint, **params) through the first demo account's Client or AsyncClient (strict), answered as
    plain data."""
    credentials = API.stub["accounts"][0]["credentials"]
    if request.param == "sync":
        http = httpx.Client(transport=stub.transport())
        client = generated(API.id).Client(base_url="http://stub.invalid", http_client=http, strict=True, **credentials)
        yield lambda name, **p: msgspec.to_builtins(getattr(client, name)(**p))
        client.close()
        return
    loop = asyncio.new_event_loop()
    http_async = httpx.AsyncClient(transport=stub.async_transport())
    aclient = generated(API.id).AsyncClient(
        base_url="http://stub.invalid", http_client=http_async, strict=True, **credentials
    )
    yield lambda name, **p: msgspec.to_builtins(loop.run_until_complete(getattr(aclient, name)(**p)))
    loop.run_until_complete(aclient.aclose())
    loop.close()


def _index(stub: Any, price: Decimal) -> dict[str, Any]:
    """The market's index price moves (through the control surface)."""
    with httpx.Client(transport=stub.transport(), base_url="http://stub.invalid") as http:
        answer = http.post("/__stub__/prices", json={"symbol": SYMBOL, "index": str(price)})
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def _order(stub: Any, account: str, side: str, price: Decimal, quantity: Decimal = QTY) -> None:
    """A counterparty's limit order (through the control surface)."""
    stub.place_order(account, symbol=SYMBOL, side=side, type="limit", quantity=str(quantity), price=str(price))


def _leg(type: str, side: str, **fields: Any) -> Any:
    return LEG(type=type, side=side, quantity=QTY, **fields)


def _strategy(call: Call, placed: dict[str, Any]) -> dict[str, Any]:
    return dict(call("get_strategy_order", strategy_id=placed["strategyId"]))


def _statuses(strategy: dict[str, Any]) -> dict[str, str]:
    return {leg["role"]: leg["status"] for leg in strategy["legs"]}


def _open_conditions(call: Call) -> list[int]:
    return [o["conditionOrderId"] for o in call("get_open_condition_orders", symbol=SYMBOL)]


def test_an_oco_leg_filling_cancels_its_sibling(stub: Any, call: Call) -> None:
    placed = call(
        "place_strategy_order",
        symbol=SYMBOL,
        strategy_type="OCO",
        client_strategy_id="oco-1",
        pending_above=_leg("LIMIT", "SELL", price=_at("1.02")),
        pending_below=_leg("STOP_MARKET", "SELL", trigger_price=_at("0.97")),
    )
    assert (placed["status"], _statuses(placed)) == ("EXECUTING", {"PENDING_ABOVE": "NEW", "PENDING_BELOW": "NEW"})
    below = next(leg for leg in placed["legs"] if leg["role"] == "PENDING_BELOW")
    assert _open_conditions(call) == [below["conditionOrderId"]]

    _order(stub, BOB, "buy", _at("1.02"))  # takes the above leg
    done = dict(call("get_strategy_order", client_strategy_id="oco-1"))
    assert (done["status"], _statuses(done)) == ("ALL_DONE", {"PENDING_ABOVE": "FILLED", "PENDING_BELOW": "CANCELED"})
    assert _open_conditions(call) == [], "the sibling stop is gone"
    history = {o["conditionOrderId"]: o["status"] for o in call("get_condition_order_history", symbol=SYMBOL)}
    assert history[below["conditionOrderId"]] == "CANCELED"


def _oto(call: Call, pending: Any) -> dict[str, Any]:
    """A buy under the market whose fill places `pending`."""
    working = _leg("LIMIT", "BUY", price=_at("0.98"))
    return dict(call("place_strategy_order", symbol=SYMBOL, strategy_type="OTO", working=working, pending=pending))


def test_an_oto_pending_leg_is_placed_only_when_the_working_leg_fills(stub: Any, call: Call) -> None:
    placed = _oto(call, _leg("STOP_MARKET", "SELL", trigger_price=_at("0.95")))
    assert _statuses(placed) == {"WORKING": "NEW", "PENDING": "PENDING_NEW"}
    pending = next(leg for leg in placed["legs"] if leg["role"] == "PENDING")
    assert _open_conditions(call) == [], "a pending leg is not an order yet"
    assert [o["orderId"] for o in call("get_open_orders", symbol=SYMBOL)] == [placed["legs"][0]["orderId"]]

    _order(stub, BOB, "sell", _at("0.99"), QTY / 2)  # above the working price: nothing fills
    assert _statuses(_strategy(call, placed)) == {"WORKING": "NEW", "PENDING": "PENDING_NEW"}
    _order(stub, BOB, "sell", _at("0.98"), QTY / 2)  # half of it
    assert _statuses(_strategy(call, placed)) == {"WORKING": "PARTIALLY_FILLED", "PENDING": "PENDING_NEW"}
    assert _open_conditions(call) == []
    _order(stub, BOB, "sell", _at("0.98"), QTY / 2)  # the rest
    after = _strategy(call, placed)
    assert _statuses(after) == {"WORKING": "FILLED", "PENDING": "NEW"}
    assert _open_conditions(call) == [pending["conditionOrderId"]], "placed under the id it was given"
    assert after["status"] == "EXECUTING"


def _otoco(call: Call) -> dict[str, Any]:
    """A buy under the market whose fill places a take profit above it and a stop below (on the mark price)."""
    return dict(
        call(
            "place_strategy_order",
            symbol=SYMBOL,
            strategy_type="OTOCO",
            working=_leg("LIMIT", "BUY", price=_at("0.98")),
            pending_above=_leg(
                "TAKE_PROFIT_MARKET", "SELL", trigger_price=_at("1.05"), trigger_price_type="MARK_PRICE"
            ),
            pending_below=_leg("STOP_MARKET", "SELL", trigger_price=_at("0.95"), trigger_price_type="MARK_PRICE"),
        )
    )


def test_an_otoco_places_its_pair_on_the_fill_and_a_triggered_leg_cancels_the_other(stub: Any, call: Call) -> None:
    placed = _otoco(call)
    waiting = {"WORKING": "NEW", "PENDING_ABOVE": "PENDING_NEW", "PENDING_BELOW": "PENDING_NEW"}
    assert _statuses(placed) == waiting
    assert [leg["type"] for leg in placed["legs"]] == ["LIMIT", "TAKE_PROFIT_MARKET", "STOP_MARKET"]
    _order(stub, BOB, "sell", _at("0.98"))
    filled = _strategy(call, placed)
    assert _statuses(filled) == {"WORKING": "FILLED", "PENDING_ABOVE": "NEW", "PENDING_BELOW": "NEW"}
    assert len(_open_conditions(call)) == 2

    _order(stub, BOB, "buy", _at("1.04"))  # a bid the take profit sells into
    _index(stub, _at("1.06"))  # the mark price rises past the take profit
    done = _strategy(call, placed)
    assert done["status"] == "ALL_DONE"
    assert _statuses(done) == {"WORKING": "FILLED", "PENDING_ABOVE": "FILLED", "PENDING_BELOW": "CANCELED"}
    above = next(leg for leg in done["legs"] if leg["role"] == "PENDING_ABOVE")
    assert above["orderId"] == above["conditionOrderId"], "a triggered leg reports the order it placed"
    assert _open_conditions(call) == []
    assert call("get_positions", symbol=SYMBOL) == [], "bought by the working leg, sold by the take profit"


def test_cancelling_the_unit_cancels_every_leg(stub: Any, call: Call) -> None:
    placed = _otoco(call)
    _order(stub, ALICE, "buy", _at("0.90"))  # an order of no strategy
    cancelled = call("cancel_all_orders", symbol=SYMBOL, type="STRATEGY")
    assert [(c["category"], c["orderId"]) for c in cancelled] == [("STRATEGY", placed["strategyId"])]
    done = _strategy(call, placed)
    assert (done["status"], set(_statuses(done).values())) == ("ALL_DONE", {"CANCELED"})
    assert len(call("get_open_orders", symbol=SYMBOL)) == 1, "the order of no strategy stays"
    assert call("cancel_all_orders", symbol=SYMBOL, type="STRATEGY") == [], "nothing is left to cancel"


def test_cancelling_the_working_leg_cancels_the_legs_waiting_for_it(stub: Any, call: Call) -> None:
    placed = _oto(call, _leg("TAKE_PROFIT", "SELL", price=_at("1.05"), trigger_price=_at("1.04")))
    call("cancel_order", symbol=SYMBOL, order_id=placed["legs"][0]["orderId"])
    done = _strategy(call, placed)
    assert (done["status"], _statuses(done)) == ("ALL_DONE", {"WORKING": "CANCELED", "PENDING": "CANCELED"})


MALFORMED = {
    "an OCO with a working leg": ("OCO", {"working": ("LIMIT", "BUY", "0.98")}, "invalid_parameter"),
    "an OTO without its pending leg": ("OTO", {"working": ("LIMIT", "BUY", "0.98")}, "missing_parameter"),
    "a stop as the working leg": ("OTO", {"working": ("STOP_MARKET", "BUY", "1.02")}, "invalid_parameter"),
    "a pending take profit without its limit price": (
        "OTO",
        {"working": ("LIMIT", "BUY", "0.98"), "pending": ("TAKE_PROFIT", "SELL", "1.04")},
        "missing_parameter",
    ),
    "an OCO upside down": (
        "OCO",
        {"pending_above": ("LIMIT", "SELL", "0.99"), "pending_below": ("LIMIT", "SELL", "1.01")},
        "invalid_parameter",
    ),
    "an OCO on two sides": (
        "OCO",
        {"pending_above": ("LIMIT", "SELL", "1.02"), "pending_below": ("STOP_MARKET", "BUY", "0.97")},
        "invalid_parameter",
    ),
    "a stop above that triggers below": (
        "OCO",
        {"pending_above": ("STOP_MARKET", "SELL", "1.02"), "pending_below": ("STOP_MARKET", "SELL", "0.97")},
        "invalid_parameter",
    ),
}


@pytest.mark.parametrize("case", MALFORMED, ids=list(MALFORMED))
def test_a_malformed_unit_is_refused_whole(stub: Any, call: Call, case: str) -> None:
    kind, legs, reason = MALFORMED[case]
    if kind == "OTO" and "pending" not in legs and reason == "invalid_parameter":
        legs = {**legs, "pending": ("LIMIT", "SELL", "1.02")}
    given = {
        role: _leg(t, side, **({"price": _at(f)} if t == "LIMIT" else {"trigger_price": _at(f)}))
        for role, (t, side, f) in legs.items()
    }
    if kind == "OCO" and "working" in given:
        given |= {"pending_above": _leg("LIMIT", "SELL", price=_at("1.02"))}
        given |= {"pending_below": _leg("STOP_MARKET", "SELL", trigger_price=_at("0.97"))}
    with pytest.raises(APIError) as raised:
        call("place_strategy_order", symbol=SYMBOL, strategy_type=kind, **given)
    assert str(raised.value.code) == API.stub["rejections"][reason]
    assert call("get_open_orders", symbol=SYMBOL) == [] and _open_conditions(call) == [], "nothing stays placed"


def test_a_trailing_stop_follows_the_mark_price_and_triggers_once_on_the_retrace(stub: Any, call: Call) -> None:
    activation, peak = _at("1.01"), _at("1.02")
    retrace = peak * D("0.99")  # callbackRate 1 (percent) below the best mark price
    _order(stub, BOB, "buy", _at("0.90"), QTY * 5)  # liquidity for the market order it places
    placed = call(
        "place_condition_order",
        symbol=SYMBOL,
        side="SELL",
        type="TRAILING_STOP_MARKET",
        quantity=QTY,
        activation_price=activation,
        callback_rate=D("1"),
        trigger_price_type="MARK_PRICE",
    )
    assert (placed["type"], placed["status"], D(placed["activationPrice"])) == (
        "TRAILING_STOP_MARKET",
        "NEW",
        activation,
    )
    assert "triggerPrice" not in placed, "not trailing before the activation price"

    def current() -> dict[str, Any]:
        rows = [
            o
            for o in call("get_condition_order_history", symbol=SYMBOL)
            + call("get_open_condition_orders", symbol=SYMBOL)
        ]
        return next(o for o in rows if o["conditionOrderId"] == placed["conditionOrderId"])

    _index(stub, _at("1.005"))
    assert "triggerPrice" not in current()
    _index(stub, activation)
    assert D(current()["triggerPrice"]) == activation * D("0.99") - activation * D("0.99") % TICK
    assert _index(stub, peak)["mark"] == peak
    assert (current()["status"], D(current()["triggerPrice"])) == ("NEW", retrace - retrace % TICK)
    _index(stub, retrace + TICK * 10)  # a retrace short of 1 %
    assert current()["status"] == "NEW"
    _index(stub, retrace)
    assert current()["status"] == "TRIGGERED"
    for price in (retrace - TICK * 10, _at("1.03"), retrace - TICK * 20):  # later moves trigger nothing more
        _index(stub, price)
    fills = call("get_trades", symbol=SYMBOL)
    assert [(f["side"], D(f["qty"]), f["orderId"]) for f in fills] == [("SELL", QTY, placed["conditionOrderId"])]


def test_a_mark_price_stop_and_a_last_price_stop_part_ways(stub: Any, call: Call) -> None:
    trigger = _at("0.98")
    _order(stub, BOB, "buy", _at("0.90"), QTY * 5)  # liquidity for the market orders they place
    stops = {
        kind: call(
            "place_condition_order",
            symbol=SYMBOL,
            side="SELL",
            type="STOP_MARKET",
            quantity=QTY,
            trigger_price=trigger,
            trigger_price_type=kind,
        )["conditionOrderId"]
        for kind in ("MARK_PRICE", "LAST_PRICE")
    }
    # a trade below the trigger: the last price falls, the mark price (held by the index) does not
    least = Decimal(MARKET["min_quantity"])
    _order(stub, CAROL, "sell", _at("0.97"), least)
    _order(stub, BOB, "buy", _at("0.97"), least)
    (prices,) = call("get_current_funding_rates", symbol=SYMBOL)
    assert D(prices["markPrice"]) == D(prices["indexPrice"]) == REFERENCE
    assert _open_conditions(call) == [stops["MARK_PRICE"]], "the last-price stop triggered, the mark-price one not"
    _index(stub, _at("0.975"))  # now the mark price falls too
    assert _open_conditions(call) == []
    history = {o["conditionOrderId"]: o["status"] for o in call("get_condition_order_history", symbol=SYMBOL)}
    assert history == {stops["MARK_PRICE"]: "TRIGGERED", stops["LAST_PRICE"]: "TRIGGERED"}


def test_a_close_position_stop_closes_the_whole_position(stub: Any, call: Call) -> None:
    _order(stub, BOB, "sell", REFERENCE, QTY)
    call("place_order", symbol=SYMBOL, side="BUY", type="LIMIT", quantity=QTY, price=REFERENCE)
    stop = call(
        "place_condition_order",
        symbol=SYMBOL,
        side="SELL",
        type="STOP_MARKET",
        trigger_price=_at("0.95"),
        close_position=True,
    )
    assert stop["closePosition"] is True and "quantity" not in stop
    _order(stub, BOB, "sell", REFERENCE, QTY)  # the position doubles after the stop was placed
    call("place_order", symbol=SYMBOL, side="BUY", type="LIMIT", quantity=QTY, price=REFERENCE)
    _order(stub, BOB, "buy", _at("0.90"), QTY * 5)
    _index(stub, _at("0.94"))
    sold = [D(f["qty"]) for f in call("get_trades", symbol=SYMBOL) if f["side"] == "SELL"]
    assert sold == [QTY * 2], "all of it, whatever its size when it triggered"


def test_the_index_price_is_refused_where_a_stub_has_no_mark_price_of_its_own() -> None:
    other = next(a for a in APIS.values() if "mark_price" not in a.stub)
    stub = generated(other.id, "stub").create_stub(seed=1)
    market = markets_of(other)[0]
    with httpx.Client(transport=stub.transport(), base_url="http://stub.invalid") as http:
        answer = http.post("/__stub__/prices", json={"symbol": market["symbol"], "index": str(market["price"])})
    assert (answer.status_code, answer.json()["reason"]) == (400, "invalid_parameter")
