"""Venues: one stub hosting two simulated exchanges (tests/specs/venue_router), each with its own markets,
precisions, balances and books; a request names its venue in exchange_id (in the body, the query or the
path), an unknown one is refused in the API's error shape, and the control surface, state and pytest
plugin take a venue (the default one when none is named)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import APIS
from fixture_apis import fixture_api, module
from test_loader import VALID, line_of, problems, write
from websockets.sync.client import connect

from exchange_bindings import errors
from exchange_bindings.runtime.pytest_plugin import StubHandle
from exchange_bindings.runtime.stub.builders import ControlError
from exchange_bindings.runtime.stub.serve import ServerThread

API = "venue_router"
REJECT = {
    "type": "MESSAGE_REJECT",
    "reject_reason": "UNKNOWN_EXCHANGE",
    "message": "The exchange is not one the router serves",
}


@pytest.fixture
def router() -> Iterator[StubHandle]:
    """The router's stub with empty books and no history: every order and trade is the test's."""
    stub = module(API, "stub").create_stub(seed=3)
    stub.reset(book_levels=0, trades=0)
    handle = StubHandle(API, stub, module=fixture_api(API))
    yield handle
    handle.close()


def _order(client: Any, venue: str, coid: str, symbol: str, side: str, amount: str, price: str) -> Any:
    return client.place_order(
        exchange_id=venue,
        client_order_id=coid,
        symbol_id_exchange=symbol,
        side=side,
        amount_order=D(amount),
        price=D(price),
    )


def _book(client: Any, venue: str) -> tuple[list[list[D]], list[list[D]]]:
    book = client.get_order_book(exchange_id=venue, symbol="BTC-USD")
    assert (book.exchange_id, book.symbol_id_exchange) == (venue, "BTC/USD")
    return book.bids, book.asks


def _balances(client: Any, **venue: str) -> dict[str, dict[str, tuple[D, D]]]:
    return {
        g.exchange_id: {b.asset_id_exchange: (b.balance, b.locked) for b in g.data}
        for g in client.get_balances(**venue)
    }


def test_orders_on_two_venues_never_mix(router: StubHandle) -> None:
    client = router.client()
    other = router.client(api_key="router-key-2", api_secret="router-secret-2")
    steps = {g.exchange_id: {s.symbol_id_exchange: s.price_precision for s in g.data} for g in client.get_symbols()}
    assert steps == {
        "KRAKEN": {"BTC/USD": D("0.1"), "ETH/USD": D("0.01")},
        "BINANCE": {"BNB/USD": D("0.001"), "BTC/USD": D("0.01")},
    }

    kraken = _order(client, "KRAKEN", "k-1", "BTC/USD", "BUY", "0.01", "29000")
    binance = _order(client, "BINANCE/2574", "b-1", "BTC/USD", "SELL", "0.001", "32000.01")  # an account tag
    assert (kraken.exchange_id, kraken.status, binance.exchange_id, binance.status) == (
        "KRAKEN",
        "NEW",
        "BINANCE",
        "NEW",
    )
    assert _book(client, "KRAKEN") == ([[D("29000"), D("0.01")]], [])
    assert _book(client, "BINANCE") == ([], [[D("32000.01"), D("0.001")]])
    assert _balances(client) == {
        "KRAKEN": {"USD": (D(100_000), D(290)), "BTC": (D(2), D(0)), "ETH": (D(10), D(0))},
        "BINANCE": {"USD": (D(50_000), D(0)), "BTC": (D(1), D("0.001")), "BNB": (D(100), D(0))},
    }
    assert {g.exchange_id: [o.client_order_id for o in g.data] for g in client.get_open_orders()} == {
        "KRAKEN": ["k-1"],
        "BINANCE": ["b-1"],
    }

    # another account sells into the KRAKEN bid: a trade there, and nothing anywhere else
    assert _order(other, "KRAKEN", "o-1", "BTC/USD", "SELL", "0.004", "29000").status == "FILLED"
    assert [
        (t.exchange_id, t.price, t.size) for t in client.get_trades(exchange_id="KRAKEN", symbol_id_exchange="BTC/USD")
    ] == [("KRAKEN", D(29000), D("0.004"))]
    assert client.get_trades(exchange_id="BINANCE", symbol_id_exchange="BTC/USD") == []
    assert [(f.exchange_order_id, f.size) for f in client.get_fills(exchange_id="KRAKEN")] == [
        (kraken.exchange_order_id, D("0.004"))
    ]
    assert client.get_fills(exchange_id="BINANCE") == []
    assert _balances(client, exchange_id="KRAKEN") == {
        "KRAKEN": {"USD": (D(100_000 - 116), D(174)), "BTC": (D("2.004"), D(0)), "ETH": (D(10), D(0))}
    }
    assert _balances(client, exchange_id="BINANCE")["BINANCE"] == {
        "USD": (D(50_000), D(0)),
        "BTC": (D(1), D("0.001")),
        "BNB": (D(100), D(0)),
    }
    assert _book(client, "BINANCE") == ([], [[D("32000.01"), D("0.001")]])

    # an order is found on the venue it went to, whoever asks without naming one; cancels are per venue
    assert (
        client.get_order_status(client_order_id="k-1").exchange_id,
        client.get_order_status(client_order_id="k-1").status,
    ) == (
        "KRAKEN",
        "PARTIALLY_FILLED",
    )
    assert client.get_order_status(client_order_id="b-1").exchange_id == "BINANCE"
    with pytest.raises(errors.NotFoundError) as missing:
        client.cancel_order(exchange_id="BINANCE", client_order_id="k-1")
    assert missing.value.code == "ORDER_NOT_FOUND"
    with pytest.raises(errors.NotFoundError):
        client.get_order_status(client_order_id="o-1")  # the other account's
    assert client.cancel_order(exchange_id="KRAKEN", client_order_id="k-1").status == "CANCELED"
    assert {g.exchange_id: [o.client_order_id for o in g.data] for g in client.get_open_orders()} == {
        "KRAKEN": [],
        "BINANCE": ["b-1"],
    }


def test_each_venue_keeps_its_own_markets_and_precisions(router: StubHandle) -> None:
    client = router.client()
    assert _order(client, "BINANCE", "b-1", "BTC/USD", "BUY", "0.00001", "29000.05").status == "NEW"  # BINANCE's steps
    with pytest.raises(errors.InvalidRequestError) as refused:
        _order(client, "KRAKEN", "k-1", "BTC/USD", "BUY", "0.0001", "29000.05")  # KRAKEN's price step is 0.1
    assert refused.value.code == "INVALID_PARAMETER"
    with pytest.raises(errors.InvalidRequestError) as refused:
        _order(client, "KRAKEN", "k-2", "BTC/USD", "BUY", "0.00001", "29000")  # and its size step 0.0001
    assert refused.value.code == "INVALID_PARAMETER"
    for venue, symbol in (("BINANCE", "ETH/USD"), ("KRAKEN", "BNB/USD")):
        with pytest.raises(errors.InvalidRequestError) as unknown:
            _order(client, venue, "x", symbol, "BUY", "1", "10")
        assert unknown.value.code == "UNKNOWN_SYMBOL"


CALLS: dict[str, Callable[[Any, str], Any]] = {
    "body": lambda c, venue: _order(c, venue, "x-1", "BTC/USD", "BUY", "0.01", "29000"),
    "query": lambda c, venue: c.get_balances(exchange_id=venue),
    "public query": lambda c, venue: c.get_symbols(exchange_id=venue),
    "path": lambda c, venue: c.get_order_book(exchange_id=venue, symbol="BTC-USD"),
}


@pytest.mark.parametrize("venue", ["BITSTAMP", "BITSTAMP/2574", "KRAKENX", "kraken"])
@pytest.mark.parametrize("where", CALLS)
def test_an_unknown_venue_is_refused_in_the_api_error_shape(router: StubHandle, where: str, venue: str) -> None:
    with pytest.raises(errors.InvalidRequestError) as refused:
        CALLS[where](router.client(), venue)
    assert (refused.value.code, refused.value.status) == ("UNKNOWN_EXCHANGE", 400)
    with httpx.Client(transport=router.stub.transport(), base_url="http://stub.invalid") as raw:
        answer = raw.get("/api/symbols", params={"exchange_id": venue})
    assert (answer.status_code, answer.json()) == (400, REJECT)
    assert router.state()["open_orders"] == [] and router.state("BINANCE")["open_orders"] == []


def test_control_actions_take_a_venue(router: StubHandle) -> None:
    stub = router.stub
    placed = stub.place_order(
        "8", symbol="BNB/USD", side="buy", type="limit", quantity="1", price="290", venue="BINANCE"
    )
    assert [o["id"] for o in stub.state("BINANCE")["open_orders"]] == [placed.id] and stub.state()["open_orders"] == []
    with pytest.raises(ControlError) as refused:
        stub.place_order("8", symbol="BNB/USD", side="buy", type="limit", quantity="1", price="290", venue="NOPE")
    assert refused.value.field == "venue"
    stub.add_market(
        venue="BINANCE", symbol="SOL/USD", base="SOL", quote="USD", tick_size="0.01", lot_size="0.1", price="100"
    )
    listed = {g.exchange_id: [s.symbol_id_exchange for s in g.data] for g in router.client().get_symbols()}
    assert "SOL/USD" in listed["BINANCE"] and "SOL/USD" not in listed["KRAKEN"]

    with httpx.Client(transport=stub.transport(), base_url="http://stub.invalid/__stub__") as control:
        new = {"id": "9", "balances": {"USD": "7"}, "venues": {"BINANCE": {"balances": {"USD": "5"}}}}
        assert control.post("/accounts", json=new).status_code == 200
        assert (
            control.get("/state", params={"venue": "BINANCE"}).json()["accounts"]["9"]["balances"]["USD"]["total"] == 5
        )
        assert control.get("/state").json()["accounts"]["9"]["balances"]["USD"]["total"] == 7  # the default venue
        strange = control.post("/accounts", json={"id": "10", "venues": {"NOPE": {}}})
        assert (strange.status_code, strange.json()["field"]) == (400, "venues")
        order = {
            "account": "8",
            "symbol": "BTC/USD",
            "side": "sell",
            "quantity": "0.01",
            "price": "40000",
            "venue": "KRAKEN/1",
        }
        assert control.post("/orders", json=order).status_code == 200
        assert [o["price"] for o in control.get("/state").json()["open_orders"]] == [40000]
        for refused_answer in (
            control.get("/state", params={"venue": "NOPE"}),
            control.post("/orders", json={**order, "venue": "NOPE"}),
        ):
            assert (refused_answer.status_code, refused_answer.json()["field"]) == (400, "venue")
        market = {"venue": "NOPE", "symbol": "X/USD", "base": "X", "quote": "USD"}
        assert control.post("/markets", json=market).json()["field"] == "venue"
        assert control.post("/reset", json={"book_levels": 0, "trades": 0}).status_code == 200
    assert stub.state("BINANCE")["open_orders"] == [] and "9" not in stub.state("BINANCE")["accounts"]
    assert "SOL/USD" not in stub.venue("BINANCE").markets


def test_the_pytest_plugin_knows_the_venues(router: StubHandle) -> None:
    assert router.venues == ["KRAKEN", "BINANCE"]
    assert router.venue() is router.stub.exchange is router.venue("KRAKEN/2574")
    assert router.venue("BINANCE") is router.stub.venues.exchanges["BINANCE"] is not router.venue()
    router.stub.place_order(
        "7", symbol="BNB/USD", side="sell", type="limit", quantity="1", price="310", venue="BINANCE"
    )
    assert router.state("BINANCE") == router.stub.state("BINANCE") != router.state()


@pytest.mark.parametrize("api", [a for a in APIS.values() if "venues" not in a.stub], ids=lambda a: a.id)
def test_a_stub_of_one_exchange_has_one_venue(exchange_stub: Callable[..., StubHandle], api: Any) -> None:
    handle = exchange_stub(api.id)
    assert handle.venues == ["default"]
    assert handle.venue() is handle.stub.exchange is handle.venue("default")
    assert handle.state() == handle.stub.state()
    with pytest.raises(ControlError):
        handle.venue("elsewhere")


def test_stream_events_and_commands_are_of_their_venue(router: StubHandle) -> None:
    """A subscription to one venue's trades sees that venue's trades alone, each saying where it happened;
    a command runs in the venue its data names."""
    stub = router.stub

    def cross(venue: str, price: str, quantity: str) -> None:
        for account, side in (("7", "sell"), ("8", "buy")):
            stub.place_order(
                account, symbol="BTC/USD", side=side, type="limit", quantity=quantity, price=price, venue=venue
            )

    with ServerThread(stub) as url, connect(url.replace("http", "ws") + "/api/ws") as ws:

        def ask(frame: dict[str, Any]) -> dict[str, Any]:
            ws.send(json.dumps(frame))
            reply: dict[str, Any] = json.loads(ws.recv(timeout=5))
            return reply

        assert ask({"op": "subscribe", "tag": "1", "args": ["trade:KRAKEN:BTC/USD"]})["success"] is True
        assert ask({"op": "subscribe", "tag": "2", "args": ["trade:NOPE:BTC/USD"]})["success"] is False
        cross("BINANCE", "31000", "0.001")
        cross("KRAKEN", "30000", "0.002")
        push = json.loads(ws.recv(timeout=5))  # the first push is KRAKEN's: BINANCE's trade went nowhere
        assert push == {
            "table": "trade",
            "data": {"exchange_id": "KRAKEN", "symbol_id_exchange": "BTC/USD", "price": "30000", "size": "0.002"},
        }
        book = ask({"op": "book", "tag": "3", "data": {"exchange_id": "BINANCE", "symbol_id_exchange": "BTC/USD"}})
        assert book["success"] is True and book["data"] == {"exchange_id": "BINANCE", "bids": [], "asks": []}
        stub.place_order(
            "7", symbol="BTC/USD", side="sell", type="limit", quantity="0.001", price="31500", venue="BINANCE"
        )
        book = ask({"op": "book", "tag": "4", "data": {"exchange_id": "BINANCE/1", "symbol_id_exchange": "BTC/USD"}})
        assert book["data"]["asks"] == [["31500", "0.001"]]
        unknown = ask({"op": "book", "tag": "5", "data": {"exchange_id": "NOPE", "symbol_id_exchange": "BTC/USD"}})
        assert (unknown["success"], unknown["code"]) == (False, "UNKNOWN_EXCHANGE")


# -- the spec format ------------------------------------------------------------------------------------------
VENUES = """stub:
  venues:
    param: venue
    list:
      A: {markets: [{symbol: X-Y, base: X, quote: Y}]}
  accounts:
    - id: "1"
      credentials: {api_key: k, api_secret: s}
      balances: {Y: "1"}
      venues: {B: {balances: {Y: "2"}}}
"""


def test_venues_are_checked_by_the_loader(tmp_path: Path) -> None:
    """Markets beside venues (which each list their own), an account's funds in a venue the stub does not
    host, a venue parameter no endpoint has, and an endpoint spreading over venues without any are located."""
    text = (VALID + VENUES).replace(
        "      - {name: id, in: path",
        "      - {name: venue, in: query, schema: {type: string}}\n      - {name: id, in: path",
    )
    text = text.replace(
        '        response: {id: a, price: "1.5"}\n',
        '        response: {id: a, price: "1.5"}\n    stub: {action: order, venues: first, respond: {id: "{result.id}"}}\n',
    )
    found = problems(write(tmp_path, text + "  markets: [{symbol: X-Y, base: X, quote: Y}]\n"))
    where = f"{tmp_path / 'demo' / 'api.yaml'}"
    assert any(p.startswith(f"{where}:{line_of(text, 'venues: {B:')}:") and "'B'" in p for p in found), found
    assert any("each venue lists its own markets" in p for p in found), found
    assert not any("no endpoint has a parameter" in p for p in found), found
    nameless = text.replace("param: venue", "param: place").replace("  id: demo", "  id: third")
    found = problems(write(tmp_path, nameless, folder="third"))
    assert any(
        p.startswith(f"{tmp_path / 'third' / 'api.yaml'}:{line_of(nameless, 'param: place')}:") for p in found
    ), found
    bare = text.replace(VENUES, "").replace("  id: demo", "  id: other")
    found = problems(write(tmp_path, bare, folder="other"))
    assert any(p.startswith(f"{tmp_path / 'other' / 'api.yaml'}:{line_of(bare, 'venues: first')}:") for p in found), (
        found
    )


def test_a_fault_of_one_venue_strikes_the_requests_that_name_it_only(router: StubHandle) -> None:
    """One exchange unreachable: requests naming it (with or without an account tag) get the fault, the
    other venue and requests naming none answer as usual; over HTTP too, and an unknown venue is refused."""
    client = router.client(max_retries=0)
    router.control.add_fault(times=None, venue="BINANCE", status=503, code="INVALID_PARAMETER", message="unreachable")
    for named in ("BINANCE", "BINANCE/2574"):
        with pytest.raises(errors.APIError) as struck:
            client.get_balances(exchange_id=named)
        assert (struck.value.status, struck.value.message) == (503, "unreachable")
    assert [g.exchange_id for g in client.get_balances(exchange_id="KRAKEN")] == ["KRAKEN"]
    assert [g.exchange_id for g in client.get_balances()] == ["KRAKEN", "BINANCE"]  # names none: not struck
    _order(client, "KRAKEN", "k-9", "BTC/USD", "BUY", "0.01", "29000")
    with pytest.raises(errors.APIError):
        _order(client, "BINANCE", "b-9", "BTC/USD", "BUY", "0.001", "29000")
    assert router.stub.state("BINANCE")["open_orders"] == [] and len(router.stub.state()["open_orders"]) == 1
    with pytest.raises(ControlError) as refused:
        router.control.add_fault(venue="NOPE", status=503)
    assert refused.value.field == "venue"
    router.control.clear_faults()
    with httpx.Client(transport=router.stub.transport(), base_url="http://stub.invalid/__stub__") as control:
        assert control.post("/faults", json={"venue": "KRAKEN", "status": 502}).json() == {"faults": 1}
        assert control.post("/faults", json={"venue": "NOPE", "status": 502}).status_code == 400
    with pytest.raises(errors.HTTPStatusError) as bare:  # a bare status, no error body
        client.get_balances(exchange_id="KRAKEN")
    assert bare.value.status == 502
