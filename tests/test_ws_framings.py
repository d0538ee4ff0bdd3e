"""The WebSocket framings the remaining APIs need, each turned on by the spec and proven with a fixture API
(tests/specs/ws_*) whose client and stub talk to each other, sync and async, and whose stub refuses bad
input in the API's own shape:

- ws_top_level (after CoinFLEX v1): command fields at the top level, replies with error_code/error_msg
  and their results beside them, a challenge login, scaled integers and microsecond times, notices
  pushed to their owner without subscriptions;
- ws_flat (after a flat order router): flat messages named by type, commands answered by the first message with
  their client_order_id (or a refusal holding the request), everything pushed from the start (snapshots
  first), a server heartbeat, the API key on the handshake, JSON-number decimals, ISO times (7 digits).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from fixture_apis import fixture_api, ir_of, module
from test_loader import line_of, problems, write
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from exchange_bindings import errors
from exchange_bindings.runtime.errors import StreamError
from exchange_bindings.runtime.stub.serve import ServerThread
from generator.pysource import Source

TIMEOUT = 5.0
V1_USER = {"user_id": "424242", "cookie": "HGREqcILTz8blHa/jsUTVTNBJlg=", "passphrase": "opensesame"}
EMS_KEY = "router-demo-key-0001"


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, tuple[Any, str, str]]]:
    """Each fixture API's stub on a real socket, with its stream's URL and its REST URL."""
    running: dict[str, tuple[Any, str, str]] = {}
    threads = []
    for name, stream in (("ws_top_level", "socket"), ("ws_flat", "ems"), ("ws_listen_key", "user_data")):
        fixture_api(name)
        stub = module(name, "stub").create_stub(seed=1)
        thread = ServerThread(stub)
        base = thread.start().replace("http", "ws")
        threads.append(thread)
        running[name] = (stub, base + (stub.stream_path(stream) or "/"), thread.url)
    yield running
    for thread in threads:
        thread.stop()


def _stream(name: str, sync: bool) -> Any:
    streams = module(name, "streams")
    cls = next(getattr(streams, n) for n in streams.__all__ if n.startswith("Async") != sync)
    return cls


def _recv(ws: Any) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(ws.recv(timeout=TIMEOUT))
    return found


def _sent(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The frames a stream client sent, as its DEBUG log shows them (credentials masked)."""
    return [r.getMessage().split(" > ", 1)[1] for r in caplog.records if " > " in r.getMessage()]


# -- top-level command fields, error codes, a challenge login, scaled integers (CoinFLEX v1) ------------------
@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_top_level_commands_round_trip_scaled_amounts(served: dict[str, Any], sync: bool) -> None:
    stub, url, _ = served["ws_top_level"]
    stub.reset(seed=1, book_levels=0)
    order = {"base": "XBT", "counter": "USDT", "side": "buy", "quantity": Decimal("1.5"), "price": Decimal("29000")}

    def check(placed: Any, notice: Any, cancelled: Any) -> None:
        assert (placed.error_code, placed.quantity, placed.price) == (0, Decimal("1.5"), Decimal("29000"))
        assert (notice.id, notice.quantity, notice.price) == (placed.id, Decimal("1.5"), Decimal("29000"))
        assert cancelled.id == placed.id
        resting = [o for o in stub.exchange.orders.values() if o.id == placed.id]
        assert [(o.quantity, o.price, o.status) for o in resting] == [(Decimal("1.5"), Decimal("29000"), "cancelled")]

    if sync:
        with _stream("ws_top_level", sync=True)(url=url, **V1_USER) as stream:
            opened = stream.subscribe_order_opened()
            placed = stream.place_order(**order)
            notice = opened.next(timeout=TIMEOUT)
            assert opened.subscription.last_raw["quantity"] == 15000  # scaled on the wire (4 decimals)
            check(placed, notice, stream.cancel_order(base="XBT", counter="USDT", id=placed.id))
        return

    async def run() -> None:
        async with _stream("ws_top_level", sync=False)(url=url, **V1_USER) as stream:
            opened = await stream.subscribe_order_opened()
            placed = await stream.place_order(**order)
            notice = await asyncio.wait_for(opened.__anext__(), TIMEOUT)
            check(placed, notice, await stream.cancel_order(base="XBT", counter="USDT", id=placed.id))

    asyncio.run(run())


def test_top_level_client_frames_carry_fields_beside_method_and_tag(
    served: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    stub, url, _ = served["ws_top_level"]
    stub.reset(seed=1, book_levels=0)
    with (
        caplog.at_level(logging.DEBUG, logger="exchange_bindings.stream"),
        _stream("ws_top_level", sync=True)(url=url, **V1_USER) as stream,
    ):
        stream.place_order(base="XBT", counter="USDT", side="sell", quantity=Decimal("0.25"), price=Decimal("31000"))
    frames = [json.loads(text) for text in _sent(caplog)]
    placed = next(f for f in frames if f["method"] == "PlaceOrder")
    assert placed == {"method": "PlaceOrder", "tag": placed["tag"], "base": "XBT", "counter": "USDT", "side": "sell",
                      "quantity": 2500, "price": 310000000}  # fmt: skip
    assert isinstance(placed["tag"], int) and placed["tag"] >= 1
    login = next(f for f in frames if f["method"] == "Authenticate")
    assert "data" not in login and login["user_id"] == "***" and login["signature"] == ["***", "***"]  # masked


def test_top_level_failures_are_typed_errors_and_unsendable_amounts_never_leave(served: dict[str, Any]) -> None:
    stub, url, _ = served["ws_top_level"]
    stub.reset(seed=1, book_levels=0)
    with _stream("ws_top_level", sync=True)(url=url, **V1_USER) as stream:
        with pytest.raises(errors.NotFoundError) as caught:
            stream.cancel_order(base="XBT", counter="USDT", id=42)
        assert caught.value.code == "1"
        with pytest.raises(errors.ParameterError, match="whole multiples"):
            stream.place_order(base="XBT", counter="USDT", side="buy", quantity=Decimal("1.00001"), price=Decimal("1"))
    assert not stub.exchange.orders


def test_top_level_stub_refuses_bad_frames_with_error_codes(served: dict[str, Any]) -> None:
    _, url, _ = served["ws_top_level"]
    with connect(url) as ws:
        assert _recv(ws)["notice"] == "Welcome"
        ws.send("{not json")
        assert _recv(ws)["error_code"] == 8
        ws.send(json.dumps({"method": "Teleport", "tag": 5}))
        assert _recv(ws) == {"tag": 5, "error_code": 8, "error_msg": "Invalid request."}
        ws.send(json.dumps({"method": "PlaceOrder", "tag": 6, "base": "XBT", "counter": "USDT", "side": "buy",
                            "quantity": 15000, "price": 290000000}))  # fmt: skip
        assert (reply := _recv(ws))["error_code"] == 7 and reply["tag"] == 6  # not logged in


def test_top_level_stub_reads_amounts_through_the_scales(served: dict[str, Any]) -> None:
    """The stub reads a client's scaled integers exactly and refuses what no scale writes (1.5 units)."""
    stub, url, _ = served["ws_top_level"]
    stub.reset(seed=1, book_levels=0)
    with _stream("ws_top_level", sync=True)(url=url, **V1_USER) as stream:
        ws = stream.stream._ws  # the logged-in socket, driven by hand below
        sent = {"method": "PlaceOrder", "base": "XBT", "counter": "USDT", "side": "buy", "price": 290000000}

        async def send(frame: dict[str, Any]) -> None:
            await ws.send(json.dumps(frame))

        stream._run(send({**sent, "tag": 900, "quantity": 12345}))
        stream._run(send({**sent, "tag": 901, "quantity": 1.5}))
        assert _until_orders(stub, 1) == [Decimal("1.2345")]


def _until_orders(stub: Any, count: int) -> list[Decimal]:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        orders = [o.quantity for o in stub.exchange.orders.values()]
        if len(orders) >= count:
            time.sleep(0.2)  # the refused one would have come by now
            return [o.quantity for o in stub.exchange.orders.values()]
        time.sleep(0.02)
    return []


# -- flat messages correlated by client order id, pushed channels, handshake keys (a flat order router) ------------
@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_flat_commands_are_answered_by_their_execution_reports(served: dict[str, Any], sync: bool) -> None:
    stub, url, _ = served["ws_flat"]
    stub.reset(seed=1, book_levels=0)
    order = {"symbol_id": "BTC_USDT", "side": "BUY", "amount_order": Decimal("0.045"), "price": Decimal("0.0783")}
    order["expire_time"] = datetime(2030, 1, 2, 3, 4, 5, 123456, tzinfo=UTC)

    def check(snapshot: Any, placed: Any, cancelled: Any, refused: BaseException) -> None:
        assert {b.asset_id: b.balance for b in snapshot.data} == {"BTC": Decimal("1000"), "USDT": Decimal("1000000")}
        assert (placed.client_order_id, placed.status, placed.price) == ("c-1", "NEW", Decimal("0.0783"))
        assert isinstance(placed.time_order, datetime)
        assert (cancelled.client_order_id, cancelled.status) == ("c-1", "CANCELED")
        assert isinstance(refused, errors.NotFoundError) and refused.code == "NO_SUCH_ORDER"

    if sync:
        with _stream("ws_flat", sync=True)(url=url, api_key=EMS_KEY) as stream:
            snapshot = stream.subscribe_balance_snapshot().next(timeout=TIMEOUT)
            placed = stream.new_order(client_order_id="c-1", **order)
            cancelled = stream.cancel_order(client_order_id="c-1", symbol_id="BTC_USDT")
            with pytest.raises(errors.APIError) as caught:
                stream.cancel_order(client_order_id="nothing", symbol_id="BTC_USDT")
            check(snapshot, placed, cancelled, caught.value)
        return

    async def run() -> None:
        async with _stream("ws_flat", sync=False)(url=url, api_key=EMS_KEY) as stream:
            snapshot = await asyncio.wait_for((await stream.subscribe_balance_snapshot()).__anext__(), TIMEOUT)
            placed = await stream.new_order(client_order_id="c-1", **order)
            cancelled = await stream.cancel_order(client_order_id="c-1", symbol_id="BTC_USDT")
            with pytest.raises(errors.APIError) as caught:
                await stream.cancel_order(client_order_id="nothing", symbol_id="BTC_USDT")
            check(snapshot, placed, cancelled, caught.value)

    asyncio.run(run())


def test_flat_frames_are_flat_with_exact_numbers_and_seven_digit_times(
    served: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    stub, url, _ = served["ws_flat"]
    stub.reset(seed=1, book_levels=0)
    with (
        caplog.at_level(logging.DEBUG, logger="exchange_bindings.stream"),
        _stream("ws_flat", sync=True)(url=url, api_key=EMS_KEY) as stream,
    ):
        info = stream.subscribe_server_info()
        stream.new_order(
            client_order_id="c-2",
            symbol_id="BTC_USDT",
            side="SELL",
            amount_order=Decimal("0.001"),
            price=Decimal("0.0800"),
            expire_time=datetime(2030, 1, 2, 3, 4, 5, 123456, tzinfo=UTC),
        )
        info.next(timeout=TIMEOUT)
        pushed_time = info.subscription.last_raw["time"]
    assert _sent(caplog) == [
        '{"type":"ORDER_NEW_SINGLE_REQUEST","client_order_id":"c-2","symbol_id":"BTC_USDT","side":"SELL",'
        '"amount_order":0.001,"price":0.0800,"expire_time":"2030-01-02T03:04:05.1234560Z"}'
    ]
    assert len(pushed_time.rpartition(".")[2].rstrip("Z")) == 7  # the stub writes the API's 7 digits


def test_flat_refusals_hold_the_request_in_the_apis_shape(served: dict[str, Any]) -> None:
    _, url, _ = served["ws_flat"]
    with connect(url, additional_headers={"X-Router-Key": EMS_KEY}) as ws:
        replies = []
        for frame in (
            "{not json",
            json.dumps({"type": "TELEPORT", "client_order_id": "x"}),
            json.dumps(
                {
                    "type": "ORDER_NEW_SINGLE_REQUEST",
                    "client_order_id": "t",
                    "symbol_id": "BTC_USDT",
                    "side": "BUY",
                    "amount_order": 1,
                    "price": 1,
                    "expire_time": "yesterday",
                }
            ),
        ):
            ws.send(frame)
            while (reply := _recv(ws))["type"] != "MESSAGE_REJECT":
                pass
            replies.append(reply)
    assert [r["reject_reason"] for r in replies] == ["BAD_JSON", "BAD_TYPE", "BAD_JSON"]
    assert replies[0]["rejected_message"] == "{not json"
    assert json.loads(replies[1]["rejected_message"])["client_order_id"] == "x"
    assert json.loads(replies[2]["rejected_message"])["expire_time"] == "yesterday"
    assert replies[2]["message"] == "the message is not valid"  # the API's message for its code


def test_flat_handshake_takes_the_key_in_a_header_or_the_query_and_refuses_others(served: dict[str, Any]) -> None:
    _, url, _ = served["ws_flat"]
    with connect(url + "?apikey=" + EMS_KEY) as ws:  # the query parameter alternative
        kinds = {_recv(ws)["type"] for _ in range(3)}
    assert "BALANCE_SNAPSHOT" in kinds
    with pytest.raises(StreamError), _stream("ws_flat", sync=True)(url=url, api_key="not-a-key", reconnect=False):
        pass
    with pytest.raises(InvalidStatus) as refused:  # no key: refused before it opens
        connect(url)
    assert refused.value.response.status_code == 403


def test_flat_client_judges_the_link_by_the_servers_heartbeat(served: dict[str, Any]) -> None:
    stub, url, _ = served["ws_flat"]

    async def run() -> None:
        async with _stream("ws_flat", sync=False)(url=url, api_key=EMS_KEY) as stream:
            info = await stream.subscribe_server_info()
            await asyncio.wait_for(info.__anext__(), TIMEOUT)
            await asyncio.sleep(1.0)  # a server that keeps talking is alive, though nothing is subscribed
            assert stream.stalls == 0
            stub.ws_stall(5)
            for _ in range(200):
                if stream.stalls >= 1 and stream.reconnects >= 1:
                    break
                await asyncio.sleep(0.05)
            assert stream.stalls >= 1 and stream.reconnects >= 1
            await asyncio.wait_for(info.__anext__(), TIMEOUT)  # delivering again after the reconnect

    asyncio.run(run())


# -- a URL that carries a credential from REST (the perpetual-futures API's listen key) --------------------------------------
LISTEN_KEY = "listen-demo-key"


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_a_listen_key_stream_is_kept_alive_and_obtains_a_new_key_when_closed(
    served: dict[str, Any], sync: bool
) -> None:
    stub, url, rest = served["ws_listen_key"]
    stub.reset(seed=1, book_levels=0)
    api = fixture_api("ws_listen_key")
    order = {"symbol": "BTCUSDT", "side": "BUY", "price": Decimal("19000")}

    async def run() -> None:
        async with (
            _stream("ws_listen_key", sync=False)(url=url, rest_url=rest, api_key=LISTEN_KEY) as stream,
            api.AsyncClient(base_url=rest, api_key=LISTEN_KEY) as client,
        ):
            updates = await stream.subscribe_order_update()
            placed = await client.place_order(quantity=Decimal("0.01"), **order)
            assert (await asyncio.wait_for(updates.__anext__(), TIMEOUT)).data.order_id == placed.order_id
            first = stream._url_credential
            await asyncio.sleep(2.0)  # keys live 1 s: the keep-alive holds this one
            assert (stream.reconnects, stream._url_credential) == (0, first)
            await client.close_listen_key(listen_key=first)  # the server ends the stream with its key
            for _ in range(100):
                if stream.reconnects >= 1 and stream._ready.is_set() and stream._url_credential not in (None, first):
                    break  # (the new key is fetched on the reconnect: it may come after the count moved)
                await asyncio.sleep(0.05)
            assert stream.reconnects >= 1 and stream._url_credential not in (None, first)
            placed = await client.place_order(quantity=Decimal("0.02"), **order)
            assert (await asyncio.wait_for(updates.__anext__(), TIMEOUT)).data.order_id == placed.order_id

    if not sync:
        asyncio.run(run())
        return
    with (
        _stream("ws_listen_key", sync=True)(url=url, rest_url=rest, api_key=LISTEN_KEY) as stream,
        api.Client(base_url=rest, api_key=LISTEN_KEY) as client,
    ):
        updates = stream.subscribe_order_update()
        placed = client.place_order(quantity=Decimal("0.01"), **order)
        assert updates.next(timeout=TIMEOUT).data.order_id == placed.order_id


def test_a_listen_key_stream_refuses_unknown_keys_and_ends_with_its_key(served: dict[str, Any]) -> None:
    stub, url, rest = served["ws_listen_key"]
    stub.reset(seed=1, book_levels=0)
    with pytest.raises(InvalidStatus) as refused:
        connect(url.replace("{listenKey}", "not-a-key"))
    assert refused.value.response.status_code == 403
    client = fixture_api("ws_listen_key").Client(base_url=rest, api_key=LISTEN_KEY)
    key = client.create_listen_key().listen_key
    with connect(url.replace("{listenKey}", key)) as ws:
        client.place_order(symbol="BTCUSDT", side="SELL", quantity=Decimal("0.01"), price=Decimal("21000"))
        assert _recv(ws)["event"] == "ORDER_UPDATE"
        time.sleep(1.2)  # nobody renews it: the key expires, and the server closes the stream
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=TIMEOUT)
    with pytest.raises(errors.AuthenticationError):
        client.renew_listen_key(listen_key=key)
    client.close()


# -- what the loader refuses ------------------------------------------------------------------------------
SPECS = Path(__file__).resolve().parent / "specs"


@pytest.mark.parametrize(
    ("fixture", "old", "new", "needle", "message"),
    [
        (
            "ws_flat",
            "handshake: {scheme: key}",
            "handshake: {scheme: nokey}",
            "handshake:",
            "unknown auth scheme 'nokey'",
        ),
        (
            "ws_listen_key",
            "keep_alive: renew_listen_key",
            "keep_alive: renew_the_key",
            "url_credential:",
            "unknown operation 'renew_the_key'",
        ),
        ("ws_listen_key", "path: /ws/{listenKey}", "path: /ws/user", "url_credential:", "has no {listenKey}"),
        ("ws_flat", "    subscriptions: none\n", "", "table: SERVER_INFO", "a channel needs a pattern"),
    ],
)
def test_the_loader_refuses_stream_words_it_cannot_carry_out(
    tmp_path: Path, fixture: str, old: str, new: str, needle: str, message: str
) -> None:
    text = (SPECS / fixture / "api.yaml").read_text()
    assert old in text
    broken = text.replace(old, new)
    found = problems(write(tmp_path, broken, folder=fixture))
    where = f"api.yaml:{line_of(broken, needle)}:"
    assert any(where in p and message in p for p in found), found


# -- the typed configuration --------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["ws_top_level", "ws_flat", "ws_listen_key"])
def test_the_generated_stream_config_is_the_one_the_generator_built(name: str) -> None:
    api = ir_of(name)
    streams = module(name, "streams")
    stub = module(name, "stub")
    source = Source({"runtime": "exchange_bindings.runtime"})  # the package's copies: compare what rebuilds them
    for st in api.streams:
        built = source(st.config)
        assert source(getattr(streams, f"_{st.name.upper()}_CONFIG")) == built
        assert source(stub.STUB.streams[st.name]) == built
