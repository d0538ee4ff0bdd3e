"""perp_v1's user-data stream as its REFERENCE describes it, with clients we did not write: raw `httpx`
signing the HMAC scheme by hand (hex HMAC-SHA256 of timestamp + METHOD + path?query + body; ACCESS-*
headers) and raw `websockets`, against `serve perp_v1` in its own process. Then the generated stream
clients against the same server: a listenKey not renewed expires (LISTEN_KEY_EXPIRED, close 1000), an
unknown key is refused (close 4001, REST -1125), renewing keeps a stream up, and the clients resume with
a key created again. Key validity is shortened through the stub's control surface (POST
/__stub__/ws/keys); waits are bounded, nothing asserts a duration."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from stub_support import served_cli
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from exchange_bindings import errors
from exchange_bindings.perp_v1 import streams
from exchange_bindings.perp_v1.client import AsyncClient, Client

TIMEOUT = 10.0
KEY_PATH = "/v1/private/user/listen-key"


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, Any]]:
    with served_cli("perp_v1") as info:
        yield info


def signed(info: dict[str, Any], method: str, path: str, body: str = "") -> httpx.Response:
    """A request signed as the REFERENCE says (nothing from our runtime)."""
    creds = info["credentials"]
    stamp = str(int(time.time() * 1000))
    sign = hmac.new(creds["api_secret"].encode(), (stamp + method + path + body).encode(), hashlib.sha256)
    headers = {"ACCESS-KEY": creds["api_key"], "ACCESS-SIGN": sign.hexdigest(), "ACCESS-TIMESTAMP": stamp}
    if body:
        headers["Content-Type"] = "application/json"
    return httpx.request(method, info["rest"] + path, headers=headers, content=body.encode(), timeout=TIMEOUT)


def _events(ws: ClientConnection, wanted: str) -> dict[str, Any]:
    """The next push of this event type (others skipped)."""
    deadline = time.monotonic() + TIMEOUT
    while True:
        message = json.loads(ws.recv(timeout=max(0.1, deadline - time.monotonic())))
        if message["event"] == wanted:
            return message


def _key_validity(info: dict[str, Any], seconds: float) -> None:
    answer = httpx.post(info["rest"] + "/__stub__/ws/keys", json={"seconds": seconds}, timeout=TIMEOUT)
    assert answer.status_code == 200, answer.text


def _order(side: str, client_order_id: str) -> str:
    order = {"symbol": "BTCUSDT", "side": side, "type": "LIMIT", "quantity": "0.010", "price": "30000.0"}
    return json.dumps({**order, "timeInForce": "GTC", "clientOrderId": client_order_id}, separators=(",", ":"))


def test_a_raw_client_creates_a_key_connects_and_sees_its_order(served: dict[str, Any]) -> None:
    _key_validity(served, 3600)
    created = signed(served, "POST", KEY_PATH)
    assert created.status_code == 200, created.text
    key = created.json()["data"]["listenKey"]
    with connect(served["streams"]["user_data"].replace("{listenKey}", key)) as ws:
        placed = signed(served, "POST", "/v1/private/order/place", _order("BUY", "docs-ws-1"))
        assert placed.json()["code"] == 0, placed.text
        update = _events(ws, "ORDER_UPDATE")
        assert update["data"]["order"]["clientOrderId"] == "docs-ws-1"
        assert (update["data"]["execType"], update["data"]["order"]["status"]) == ("NEW", "NEW")
        assert update["data"]["order"]["orderId"] == placed.json()["data"]["orderId"]
    again = signed(served, "POST", KEY_PATH)  # a live key is answered again (extended)
    assert again.json()["data"]["listenKey"] == key
    assert signed(served, "DELETE", f"{KEY_PATH}?listenKey={key}").json()["code"] == 0


def test_an_unrenewed_key_expires_and_an_unknown_key_is_refused(served: dict[str, Any]) -> None:
    _key_validity(served, 1.0)
    key = signed(served, "POST", KEY_PATH).json()["data"]["listenKey"]
    url = served["streams"]["user_data"].replace("{listenKey}", key)
    with connect(url) as ws:
        expired = _events(ws, "LISTEN_KEY_EXPIRED")  # nobody renews it
        assert expired["data"] == {"listenKey": key}
        with pytest.raises(ConnectionClosed) as closed:
            ws.recv(timeout=TIMEOUT)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1000
    with connect(url) as ws, pytest.raises(ConnectionClosed) as refused:  # the expired key is unknown now
        ws.recv(timeout=TIMEOUT)
    assert refused.value.rcvd is not None and refused.value.rcvd.code == 4001
    renewed = signed(served, "PUT", f"{KEY_PATH}?listenKey={key}")
    assert (renewed.status_code, str(renewed.json()["code"])) == (401, "-1125")


def test_a_renewed_key_keeps_its_stream(served: dict[str, Any]) -> None:
    _key_validity(served, 1.0)
    key = signed(served, "POST", KEY_PATH).json()["data"]["listenKey"]
    with connect(served["streams"]["user_data"].replace("{listenKey}", key)) as ws:
        for _ in range(8):  # four validities, renewed every quarter of one
            time.sleep(0.25)
            assert signed(served, "PUT", f"{KEY_PATH}?listenKey={key}").json()["code"] == 0
        signed(served, "POST", "/v1/private/order/place", _order("BUY", "docs-ws-renewed"))
        assert _events(ws, "ORDER_UPDATE")["data"]["order"]["clientOrderId"] == "docs-ws-renewed"
    signed(served, "DELETE", f"{KEY_PATH}?listenKey={key}")


def test_the_async_client_sees_its_key_expire_and_resumes_with_a_new_one(served: dict[str, Any]) -> None:
    creds = {k: served["credentials"][k] for k in ("api_key", "api_secret")}
    rest, url = served["rest"], served["streams"]["user_data"]
    _key_validity(served, 3600)

    async def run() -> None:
        async with (
            streams.AsyncUserDataStream(url=url, rest_url=rest, **creds) as stream,
            AsyncClient(base_url=rest, **creds) as client,
        ):
            expired = await stream.subscribe_listen_key_expired()
            orders = await stream.subscribe_order_update()
            first = stream._url_credential
            _key_validity(served, 1.0)  # the stream renews every 30 minutes: its key runs out first
            await client.renew_listen_key(listen_key=first)  # now valid 1 s
            _key_validity(served, 3600)  # (the key it creates again lives on)
            assert (await asyncio.wait_for(expired.__anext__(), TIMEOUT)).data.listen_key == first
            for _ in range(200):
                if stream.reconnects >= 1 and stream._ready.is_set() and stream._url_credential != first:
                    break
                await asyncio.sleep(0.05)
            assert stream.reconnects >= 1 and stream._url_credential not in (None, first)
            with pytest.raises(errors.AuthenticationError) as refused:
                await client.renew_listen_key(listen_key=first)
            assert refused.value.code == -1125  # an int: the envelope declares integer codes
            placed = await client.place_order(
                symbol="BTCUSDT", side="BUY", type="LIMIT", quantity=Decimal("0.01"), price=Decimal("30000")
            )
            update = await asyncio.wait_for(orders.__anext__(), TIMEOUT)
            while update.data.order.order_id != placed.order_id:
                update = await asyncio.wait_for(orders.__anext__(), TIMEOUT)
            assert update.data.exec_type == "NEW"

    asyncio.run(run())


def test_the_sync_client_resumes_after_its_key_expired(served: dict[str, Any]) -> None:
    creds = {k: served["credentials"][k] for k in ("api_key", "api_secret")}
    rest, url = served["rest"], served["streams"]["user_data"]
    _key_validity(served, 3600)
    with streams.UserDataStream(url=url, rest_url=rest, **creds) as stream, Client(base_url=rest, **creds) as client:
        expired = stream.subscribe_listen_key_expired()
        orders = stream.subscribe_order_update()
        first = stream.stream._url_credential
        _key_validity(served, 1.0)
        client.renew_listen_key(listen_key=first)
        _key_validity(served, 3600)
        assert expired.next(timeout=TIMEOUT).data.listen_key == first
        for _ in range(200):  # reconnected with a key created again
            if stream.stream._ready.is_set() and stream.stream._url_credential not in (None, first):
                break
            time.sleep(0.05)
        placed = client.place_order(
            symbol="BTCUSDT", side="SELL", type="LIMIT", quantity=Decimal("0.01"), price=Decimal("90000")
        )
        update = orders.next(timeout=TIMEOUT)
        while update.data.order.order_id != placed.order_id:
            update = orders.next(timeout=TIMEOUT)
        assert stream.reconnects >= 1
