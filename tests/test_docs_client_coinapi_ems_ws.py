"""A CoinAPI EMS WebSocket client we did not write: the docs' messages (docs.coinapi.io/ems-api/websocket)
as raw JSON over the `websockets` library, the key in the X-CoinAPI-Key header of the handshake, against
the stub on a real socket. It keeps its own view of each exchange as the docs say (a snapshot replaces that
exchange's open orders, updates modify them). Nothing here comes from the spec or the generated package,
but for the stub itself (and httpx for the REST side of the same account)."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from conftest import generated
from websockets.exceptions import InvalidStatus
from websockets.sync.client import ClientConnection, connect

from exchange_bindings.runtime.stub.serve import ServerThread

KEY = "73034021-THIS-IS-SAMPLE-KEY"  # the docs' sample key: the stub's demo account
SNAPSHOTS = ("SYMBOLS_SNAPSHOT", "BALANCE_SNAPSHOT", "POSITION_SNAPSHOT", "ORDER_EXEC_REPORT_SNAPSHOT")


class Client:
    """A docs-following EMS socket client: raw frames, and the open orders per exchange it is told of."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._stack = contextlib.ExitStack()
        self.messages: list[dict[str, Any]] = []
        self.orders: dict[str, dict[str, dict[str, Any]]] = {}  # exchange_id -> client_order_id -> report
        self.ws: ClientConnection = self.connect()

    def connect(self) -> ClientConnection:
        """A connection with the key on the handshake, read up to the end of the greeting: SERVER_INFO,
        then each exchange's four snapshots."""
        self.ws = self._stack.enter_context(connect(self.url, additional_headers={"X-CoinAPI-Key": KEY}))
        seen: list[Any] = []
        self.until(lambda m: m["type"] in SNAPSHOTS and seen.append(m) is None and len(seen) == 4 * 4)
        return self.ws

    def send(self, message: Any) -> None:
        self.ws.send(message if isinstance(message, str) else json.dumps(message))

    def until(self, wanted: Any, timeout: float = 5.0) -> dict[str, Any]:
        """Read (and apply) messages until one that `wanted` accepts."""
        deadline = time.monotonic() + timeout
        while True:
            message = json.loads(self.ws.recv(timeout=max(0.01, deadline - time.monotonic())), parse_float=Decimal)
            self.messages.append(message)
            self._apply(message)
            if wanted(message):
                return message

    def _apply(self, message: dict[str, Any]) -> None:
        """docs: 'the client must discard all open orders from this exchange and apply the snapshot, which
        later will be modified by the ORDER_EXEC_REPORT_UPDATE messages'."""
        if message["type"] == "ORDER_EXEC_REPORT_SNAPSHOT":
            self.orders[message["exchange_id"]] = {o["client_order_id"]: o for o in message["data"]}
        elif message["type"] == "ORDER_EXEC_REPORT_UPDATE":
            view = self.orders.setdefault(message["exchange_id"], {})
            if message["status"] in ("FILLED", "CANCELED", "REJECTED"):
                view.pop(message["client_order_id"], None)
            else:
                view[message["client_order_id"]] = message

    def close(self) -> None:
        self._stack.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@pytest.fixture
def ems() -> Iterator[tuple[Any, str, httpx.Client]]:
    stub = generated("coinapi_ems", "stub").create_stub(seed=7)
    stub.reset(book_levels=0, trades=0)  # empty books: every order rests
    server = ServerThread(stub)
    url = server.start()
    with httpx.Client(base_url=url, headers={"X-CoinAPI-Key": KEY}) as http:
        yield stub, url.replace("http", "ws", 1) + stub.stream_paths()["ems"].lstrip("/"), http
    server.stop()


def _new_order(exchange_id: str, coid: str, symbol: str, amount: str, price: str) -> str:
    """The docs' ORDER_NEW_SINGLE_REQUEST, written by hand (the numbers digit for digit)."""
    text = json.dumps(
        {
            "type": "ORDER_NEW_SINGLE_REQUEST",
            "exchange_id": exchange_id,
            "client_order_id": coid,
            "symbol_id_coinapi": symbol,
            "side": "BUY",
            "order_type": "LIMIT",
            "time_in_force": "GOOD_TILL_CANCEL",
        }
    )
    return text[:-1] + f', "amount_order": {amount}, "price": {price}}}'


def _report(coid: str, status: str | None = None) -> Any:
    return lambda m: (
        m["type"] == "ORDER_EXEC_REPORT_UPDATE"
        and m["client_order_id"] == coid
        and (status is None or m["status"] == status)
    )


def test_the_greeting_is_server_info_then_each_exchange_s_snapshots(ems: tuple[Any, str, httpx.Client]) -> None:
    _, url, _ = ems
    with Client(url) as client:
        kinds = [(m["type"], m.get("exchange_id")) for m in client.messages]
        assert kinds[0][0] == "SERVER_INFO"
        exchanges = [e for t, e in kinds if t == "SYMBOLS_SNAPSHOT"]
        assert exchanges == ["KRAKEN", "BINANCE", "BITSTAMP", "BITMEX"]
        snapshots = [k for k in kinds if k[0] in SNAPSHOTS]
        for i, exchange in enumerate(exchanges):  # exchange by exchange, the four snapshots of each
            assert sorted(snapshots[4 * i : 4 * i + 4]) == sorted((t, exchange) for t in SNAPSHOTS)
        symbols = {m["exchange_id"]: m["data"] for m in client.messages if m["type"] == "SYMBOLS_SNAPSHOT"}
        tick = {s["symbol_id_coinapi"]: s["price_precision"] for s in symbols["KRAKEN"]}
        assert tick["KRAKEN_SPOT_BTC_USD"] == Decimal("0.1")  # each exchange its own symbols and steps
        assert {s["symbol_id_exchange"] for s in symbols["BINANCE"]} == {"BTCUSDT", "ETHUSDT"}
        beats = client.until(lambda m: m["type"] == "SERVER_INFO" and m["exchange_id"] == "BITMEX", timeout=3)
        assert beats["is_running"] is True


def test_orders_on_two_exchanges_each_seen_on_its_own(ems: tuple[Any, str, httpx.Client]) -> None:
    _, url, http = ems
    with Client(url) as client:
        client.send(_new_order("KRAKEN", "docs-k-1", "KRAKEN_SPOT_BTC_USD", "0.0783", "30000.1"))
        kraken = client.until(_report("docs-k-1"))
        client.send(_new_order("BINANCE", "docs-b-1", "BINANCE_SPOT_BTC_USDT", "0.001", "30000.01"))
        binance = client.until(_report("docs-b-1"))
        assert (kraken["exchange_id"], kraken["status"]) == ("KRAKEN", "NEW")
        assert (binance["exchange_id"], binance["status"]) == ("BINANCE", "NEW")
        assert kraken["amount_order"] == Decimal("0.0783") and str(kraken["amount_order"]) == "0.0783"
        assert [s for s, _ in kraken["status_history"]] == ["RECEIVED", "ROUTING", "ROUTED", "NEW"]
        for message in client.messages:  # each order's messages name its own exchange only
            if message.get("client_order_id") == "docs-k-1":
                assert message["exchange_id"] == "KRAKEN"
            if message.get("client_order_id") == "docs-b-1":
                assert message["exchange_id"] == "BINANCE"
        assert set(client.orders["KRAKEN"]) == {"docs-k-1"} and set(client.orders["BINANCE"]) == {"docs-b-1"}
        # the orders placed over the socket are the ones REST shows, on their exchanges alone
        listed = http.get("/v1/orders", params={"exchange_id": "KRAKEN"}).json()
        assert [o["client_order_id"] for o in listed] == ["docs-k-1"]

        client.send({"type": "ORDER_CANCEL_SINGLE_REQUEST", "exchange_id": "BINANCE", "client_order_id": "docs-k-1"})
        reject = client.until(lambda m: m["type"] == "MESSAGE_REJECT")
        assert reject["reject_reason"] == "ORDER_ID_NOT_FOUND"  # not on BINANCE: on KRAKEN
        assert json.loads(reject["rejected_message"])["client_order_id"] == "docs-k-1"

        client.send({"type": "ORDER_CANCEL_SINGLE_REQUEST", "exchange_id": "KRAKEN", "client_order_id": "docs-k-1"})
        assert client.until(_report("docs-k-1"))["status"] == "CANCELED"
        assert client.orders["KRAKEN"] == {}
        status = http.get("/v1/orders/status/docs-k-1").json()
        assert status["status"] == "CANCELED"

        client.send({"type": "ORDER_CANCEL_ALL_REQUEST", "exchange_id": "BINANCE"})
        assert client.until(_report("docs-b-1"))["status"] == "CANCELED"
        done = client.until(lambda m: m["type"] == "MESSAGE_REJECT")
        assert done["exchange_id"] == "BINANCE"  # cancel-all's result message (as over REST)


def test_refusals_answer_message_reject(ems: tuple[Any, str, httpx.Client]) -> None:
    _, url, _ = ems
    with Client(url) as client:
        client.send("{not json")
        assert client.until(lambda m: m["type"] == "MESSAGE_REJECT")["reject_reason"] == "JSON_ERROR"
        client.send({"type": "ORDER_REPLACE_REQUEST", "exchange_id": "KRAKEN"})
        assert client.until(lambda m: m["type"] == "MESSAGE_REJECT")["reject_reason"] == "INVALID_TYPE"
        client.send(_new_order("KRAKEN", "docs-k-2", "NO_SUCH_SYMBOL", "1", "1"))
        refused = client.until(lambda m: m["type"] == "MESSAGE_REJECT")
        assert json.loads(refused["rejected_message"])["client_order_id"] == "docs-k-2"
    with pytest.raises(InvalidStatus, match="403"), connect(url):  # no key: the handshake itself is refused
        pass


def test_snapshots_replace_the_view_on_reconnect(ems: tuple[Any, str, httpx.Client]) -> None:
    """While the socket is closed an order is placed over REST and one cancelled: on reconnecting, the
    snapshots replace the view the client kept, exchange by exchange."""
    _, url, http = ems
    client = Client(url)
    client.send(_new_order("KRAKEN", "docs-k-3", "KRAKEN_SPOT_BTC_USD", "0.01", "30000"))
    client.until(_report("docs-k-3"))
    client.ws.close()
    assert set(client.orders["KRAKEN"]) == {"docs-k-3"} and client.orders["BITSTAMP"] == {}
    body = _new_order("BITSTAMP", "docs-s-1", "BITSTAMP_SPOT_BTC_USD", "0.001", "30000")
    placed = http.post("/v1/orders", content=body, headers={"Content-Type": "application/json"})
    assert placed.status_code == 200, placed.text
    assert http.post("/v1/orders/cancel", json={"exchange_id": "KRAKEN", "client_order_id": "docs-k-3"}).is_success
    try:
        client.connect()  # the same client (its view), a new connection
        assert client.orders["KRAKEN"] == {}
        assert set(client.orders["BITSTAMP"]) == {"docs-s-1"}
    finally:
        client.close()


def test_the_key_may_ride_in_the_query_instead(ems: tuple[Any, str, httpx.Client]) -> None:
    """docs: the apikey query parameter is the alternative to the header (practical in development)."""
    _, url, _ = ems
    with connect(url + "?apikey=" + KEY) as ws:
        kinds = [json.loads(ws.recv(timeout=5))["type"] for _ in range(5)]
        assert kinds[0] == "SERVER_INFO" and kinds[-1] in SNAPSHOTS  # the private snapshots: authenticated
    with pytest.raises(InvalidStatus, match="403"), connect(url + "?apikey=not-" + KEY):
        pass
