"""A CoinAPI EMS client we did not write: the quickstart's requests as raw JSON over httpx, the key in the
X-CoinAPI-Key header (or the apikey query parameter), against the stub on a real socket. Numbers are read
with `parse_float=Decimal`, as a careful client of JSON doubles reads them. Nothing here comes from the spec
or the generated package, but for the stub itself: it is what a user's existing code does."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from conftest import generated

from exchange_bindings.runtime.stub.serve import ServerThread

KEY = "73034021-THIS-IS-SAMPLE-KEY"  # the docs' sample key: the stub's demo account
# the order lifecycle (docs, Starter Guide "Order lifecycle"): status -> the statuses it may go to
LIFECYCLE = {
    "RECEIVED": {"REJECTED", "ROUTING"},
    "ROUTING": {"ROUTED"},
    "ROUTED": {"REJECTED", "NEW", "PARTIALLY_FILLED", "FILLED", "CANCELED"},
    "NEW": {"PARTIALLY_FILLED", "FILLED", "PENDING_CANCEL", "CANCELED"},
    "PENDING_CANCEL": {"NEW", "PARTIALLY_FILLED", "FILLED", "CANCELED"},
    "PARTIALLY_FILLED": {"FILLED", "PENDING_CANCEL", "CANCELED"},
}


@pytest.fixture
def ems() -> Iterator[tuple[Any, httpx.Client]]:
    stub = generated("coinapi_ems", "stub").create_stub(seed=7)
    stub.reset(book_levels=0, trades=0)  # empty books: every order rests, every fill is the test's
    server = ServerThread(stub)
    url = server.start()
    with httpx.Client(base_url=url, headers={"X-CoinAPI-Key": KEY}) as http:
        yield stub, http
    server.stop()


def _json(response: httpx.Response) -> Any:
    assert response.headers["content-type"].startswith("application/json"), response.headers
    return json.loads(response.text, parse_float=Decimal)


def _order(exchange_id: str, coid: str, symbol: str, side: str, amount: str, price: str, **more: Any) -> bytes:
    """The quickstart's order, written as JSON text by hand (the numbers digit for digit)."""
    fields = {
        "exchange_id": exchange_id,
        "client_order_id": coid,
        "symbol_id_coinapi": symbol,
        "side": side,
        "order_type": "LIMIT",
        "time_in_force": "GOOD_TILL_CANCEL",
        **more,
    }
    text = json.dumps(fields)[:-1]
    return f'{text}, "amount_order": {amount}, "price": {price}}}'.encode()


def _post(http: httpx.Client, path: str, body: bytes) -> httpx.Response:
    return http.post(path, content=body, headers={"Content-Type": "application/json"})


def _valid_history(report: dict[str, Any]) -> list[str]:
    statuses = [status for status, _ in report["status_history"]]
    assert statuses[:3] == ["RECEIVED", "ROUTING", "ROUTED"], statuses
    for before, after in itertools.pairwise(statuses):
        assert after in LIFECYCLE[before], statuses
    assert statuses[-1] == report["status"]
    for _, time in report["status_history"]:
        assert len(time) == len("2024-02-22T23:55:31.5424443Z") and time.endswith("Z"), time
    return statuses


def test_the_quickstart_trades_on_two_exchanges_that_never_see_each_others_orders(
    ems: tuple[Any, httpx.Client],
) -> None:
    stub, http = ems
    # the doubles as written: 0.0783 stays 0.0783 both ways
    placed = _json(
        _post(http, "/v1/orders", _order("KRAKEN/JOHN", "k-1", "KRAKEN_SPOT_OXT_USD", "BUY", "100.0783", "0.0783"))
    )
    assert (placed["status"], placed["exchange_id"], placed["symbol_id_exchange"]) == ("NEW", "KRAKEN/JOHN", "OXTUSD")
    assert placed["price"] == Decimal("0.0783") and placed["amount_order"] == Decimal("100.0783")
    assert _valid_history(placed) == ["RECEIVED", "ROUTING", "ROUTED", "NEW"]
    binance = _json(
        _post(http, "/v1/orders", _order("BINANCE", "b-1", "BINANCE_SPOT_ETH_USDT", "SELL", "0.5", "3500.01"))
    )
    assert binance["status"] == "NEW" and binance["exchange_id"] == "BINANCE"

    kraken_open = _json(http.get("/v1/orders", params={"exchange_id": "KRAKEN"}))
    assert [o["client_order_id"] for o in kraken_open] == ["k-1"]
    assert [o["client_order_id"] for o in _json(http.get("/v1/orders", params={"exchange_id": "BINANCE"}))] == ["b-1"]
    assert sorted(o["client_order_id"] for o in _json(http.get("/v1/orders"))) == ["b-1", "k-1"]
    assert [o.client_order_id for o in stub.venue("KRAKEN").open_orders("ems-demo-1")] == ["k-1"]
    # another exchange does not know the order: cancelling it there finds nothing
    missing = _post(
        http, "/v1/orders/cancel", json.dumps({"exchange_id": "BINANCE", "client_order_id": "k-1"}).encode()
    )
    assert missing.status_code == 404 and _json(missing)["reject_reason"] == "ORDER_ID_NOT_FOUND"
    # the symbol of one exchange is no market of another
    wrong = _post(http, "/v1/orders", _order("BINANCE", "x-1", "KRAKEN_SPOT_OXT_USD", "BUY", "100", "0.1"))
    assert wrong.status_code == 400 and _json(wrong)["type"] == "MESSAGE_REJECT"

    # the status of any order by its client order id; a repeat of the placement answers the same order
    assert _json(http.get("/v1/orders/status/b-1"))["exchange_id"] == "BINANCE"
    again = _json(
        _post(http, "/v1/orders", _order("BINANCE", "b-1", "BINANCE_SPOT_ETH_USDT", "SELL", "0.5", "3500.01"))
    )
    assert (
        again["exchange_order_id"] == binance["exchange_order_id"]
        and len(stub.venue("BINANCE").open_orders("ems-demo-1")) == 1
    )

    # a second account takes part of the KRAKEN order: PARTIALLY_FILLED, with its fill
    stub.place_order(
        "ems-demo-2",
        symbol="KRAKEN_SPOT_OXT_USD",
        side="sell",
        type="limit",
        quantity="40",
        price="0.0783",
        venue="KRAKEN",
    )
    partly = _json(http.get("/v1/orders/status/k-1"))
    assert partly["status"] == "PARTIALLY_FILLED" and partly["amount_filled"] == Decimal("40")
    assert partly["amount_open"] == Decimal("60.0783")
    assert [(f["price"], f["amount"]) for f in partly["fills"]] == [(Decimal("0.0783"), Decimal("40"))]
    _valid_history(partly)

    # cancel by exchange_order_id (KRAKEN), cancel all of one exchange (BINANCE)
    body = json.dumps({"exchange_id": "KRAKEN", "exchange_order_id": placed["exchange_order_id"]}).encode()
    cancelled = _json(_post(http, "/v1/orders/cancel", body))
    assert cancelled["status"] == "CANCELED" and _valid_history(cancelled)[-2:] == ["PARTIALLY_FILLED", "CANCELED"]
    result = _json(_post(http, "/v1/orders/cancel/all", json.dumps({"exchange_id": "BINANCE"}).encode()))
    assert (result["type"], result["exchange_id"]) == ("MESSAGE_REJECT", "BINANCE")
    assert _json(http.get("/v1/orders")) == []

    # balances and positions: one group per exchange, or the one asked for
    groups = _json(http.get("/v1/balances"))
    assert [g["exchange_id"] for g in groups] == ["KRAKEN", "BINANCE", "BITSTAMP", "BITMEX"]
    (kraken,) = _json(http.get("/v1/balances", params={"exchange_id": "KRAKEN"}))
    oxt = next(row for row in kraken["data"] if row["asset_id_coinapi"] == "OXT")
    assert oxt["balance"] == Decimal("100040") and oxt["locked"] == 0  # 40 bought, the rest released
    assert [g["exchange_id"] for g in _json(http.get("/v1/positions", params={"exchange_id": "BITMEX"}))] == ["BITMEX"]

    # the order log of a window, camelCase with side 1 (buy) / 2 (sell); the window in any documented form
    log = _json(http.get("/v1/orders/history", params={"time_start": "2000-01-01", "time_end": "20991231T23"}))
    assert sorted((o["clientOrderId"], o["side"], o["status"]) for o in log) == [
        ("b-1", 2, "CANCELED"),
        ("k-1", 1, "CANCELED"),
    ]
    assert (
        _json(http.get("/v1/orders/history", params={"time_start": "1999-01-01T00:00:00", "time_end": "1999-12-31"}))
        == []
    )


def test_one_unreachable_exchange_answers_490_for_itself_only(ems: tuple[Any, httpx.Client]) -> None:
    _, http = ems
    control = {
        "venue": "BINANCE",
        "times": None,
        "status": 490,
        "code": "EXCHANGE_UNREACHABLE",
        "message": "Exchange is unreachable",
    }
    assert http.post("/__stub__/faults", json=control).json() == {"faults": 1}
    refused = _post(http, "/v1/orders", _order("BINANCE/2574", "b-2", "BINANCE_SPOT_BTC_USDT", "BUY", "0.001", "50000"))
    assert refused.status_code == 490
    assert _json(refused) == {
        "type": "MESSAGE_REJECT",
        "reject_reason": "EXCHANGE_UNREACHABLE",
        "message": "Exchange is unreachable",
    }
    assert http.get("/v1/balances", params={"exchange_id": "BINANCE"}).status_code == 490
    placed = _post(http, "/v1/orders", _order("KRAKEN", "k-2", "KRAKEN_SPOT_BTC_USD", "BUY", "0.001", "50000"))
    assert placed.status_code == 200 and _json(placed)["status"] == "NEW"


def test_the_key_in_the_query_and_bad_requests_in_the_documented_shape(ems: tuple[Any, httpx.Client]) -> None:
    _, http = ems
    with httpx.Client(base_url=str(http.base_url)) as anonymous:
        assert anonymous.get("/v1/balances", params={"apikey": KEY}).status_code == 200  # docs: ?apikey=...
        for refused in (anonymous.get("/v1/balances"), anonymous.get("/v1/balances", params={"apikey": "NOT-A-KEY"})):
            assert refused.status_code == 401 and set(_json(refused)) == {"message"}  # no key, a bad one: MessageError
    invalid = http.post("/v1/orders", json={"exchange_id": "KRAKEN"})  # the RFC 7231 ValidationError, its trace id
    assert invalid.status_code == 400 and _json(invalid)["title"] == "One or more validation errors occurred."
    assert _json(invalid)["type"] == "https://tools.ietf.org/html/rfc7231#section-6.5.1" and _json(invalid)["traceId"]
    unknown = http.get("/v1/orders/status/nobody")
    assert unknown.status_code == 404 and _json(unknown)["reject_reason"] == "ORDER_ID_NOT_FOUND"
    # the Managed Cloud's array parameters as repeated keys
    accounts = http.get(
        "/v1/accounts", params=[("filter_exchange_id", "KRAKEN/JOHN"), ("filter_exchange_id", "BITMEX")]
    )
    assert accounts.status_code == 200 and isinstance(_json(accounts), list)


def test_an_account_is_validated_against_its_exchanges_required_parameters(ems: tuple[Any, httpx.Client]) -> None:
    """Managed Cloud: 405 "Validation exception" for an account without a credential GET /v1/exchanges lists for its
    exchange, 400 "Invalid exchange id" for an exchange the EMS does not serve; a stored one answers an empty 200
    and is listed by GET /v1/accounts."""
    _, http = ems
    public = {"key": "PublicApiKey", "value": "p"}
    private = {"key": "PrivateApiKey", "value": "s"}
    needed = {row["exchange_id"]: row["required_parameters"] for row in _json(http.get("/v1/exchanges"))}
    assert set(needed["KRAKEN"]) == {"PublicApiKey", "PrivateApiKey"}
    incomplete = http.post("/v1/accounts", json={"exchange_id": "KRAKEN/NEW", "parameters": [public]})
    assert incomplete.status_code == 405
    unknown = http.post("/v1/accounts", json={"exchange_id": "NOWHERE/NEW", "parameters": [public, private]})
    assert unknown.status_code == 400
    stored = http.post("/v1/accounts", json={"exchange_id": "KRAKEN/NEW", "parameters": [public, private]})
    assert stored.status_code == 200 and stored.content == b""
    listed = _json(http.get("/v1/accounts", params={"filter_exchange_id": "KRAKEN/NEW"}))
    assert [a["exchange_id"] for a in listed] == ["KRAKEN/NEW"]
    pem = http.get("/v1/certificate/pem")
    assert pem.headers["content-type"].startswith("text/plain") and "BEGIN CERTIFICATE" in pem.text
