"""A CoinEx WebSocket client we did not write: the docs' own messages, sent raw over `websockets`
to the stub's spot and futures sockets, signed by the docs' recipe, every frame gunzipped by hand.
Nothing here comes from the spec or the generated package: it is what a user's existing code does."""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import hmac
import json
import time
import zlib
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from conftest import generated
from websockets.asyncio.client import connect

from exchange_bindings.runtime.stub.serve import ServerThread

KEY, SECRET = "demo-access-id", "demo-secret-key"  # the stub's documented demo credentials
# the error codes of each socket (docs, "WS Error Code")
CODES = {
    "spot": {"params": 20001, "method": 20002, "auth": 21001, "sign": 21002},
    "futures": {"params": 30001, "method": 30002, "auth": 31001, "sign": 31002},
}
MARKET = {"spot": "BTCUSDT", "futures": "BTCUSDT"}


@pytest.fixture(scope="module")
def sockets() -> Iterator[tuple[Any, dict[str, str]]]:
    stub = generated("coinex_v2", "stub").create_stub(seed=5)
    server = ServerThread(stub)
    base = server.start().replace("http://", "ws://")
    yield stub, {"spot": base + "/v2/spot", "futures": base + "/v2/futures"}
    server.stop()


class DocsClient:
    """Sends the docs' JSON-RPC frames; reads gzip frames; keeps pushes apart from replies."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.pushes: list[dict[str, Any]] = []
        self.ids = iter(range(1, 10_000))

    async def receive(self) -> dict[str, Any]:
        frame = await asyncio.wait_for(self.ws.recv(), 5)
        assert isinstance(frame, bytes) and frame[:2] == b"\x1f\x8b", "frames are gzip-compressed"
        message: dict[str, Any] = json.loads(gzip.decompress(frame))
        return message

    async def call(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        request_id = next(self.ids)
        await self.ws.send(json.dumps({"method": method, "params": params, "id": request_id}))
        while True:
            message = await self.receive()
            if message.get("id") == request_id:
                assert set(message) >= {"id", "code", "message"}
                return message
            self.pushes.append(message)

    async def push(self, method: str) -> dict[str, Any]:
        for message in self.pushes:
            if message.get("method") == method:
                self.pushes.remove(message)
                return message
        while True:
            message = await self.receive()
            if message.get("method") == method:
                assert message["id"] is None
                return message
            self.pushes.append(message)

    async def sign(self, secret: str = SECRET) -> dict[str, Any]:
        timestamp = int(time.time() * 1000)
        signed = hmac.new(secret.encode("latin-1"), str(timestamp).encode("latin-1"), hashlib.sha256).hexdigest()
        return await self.call("server.sign", {"access_id": KEY, "signed_str": signed, "timestamp": timestamp})


def _run(url: str, script: Any) -> None:
    async def main() -> None:
        async with connect(url) as ws:
            await script(DocsClient(ws))

    asyncio.run(main())


@pytest.mark.parametrize("socket", ["spot", "futures"])
def test_ping_sign_and_errors_as_documented(socket: str, sockets: tuple[Any, dict[str, str]]) -> None:
    _, urls = sockets
    codes = CODES[socket]

    async def script(client: DocsClient) -> None:
        pong = await client.call("server.ping", {})
        assert pong["code"] == 0 and pong["data"] == {"result": "pong"}
        refused = await client.call("order.subscribe", {"market_list": []})
        assert refused["code"] == codes["auth"]  # private before server.sign
        assert (await client.sign("not-the-secret"))["code"] == codes["sign"]
        assert (await client.sign()) == {"id": 4, "code": 0, "message": "OK"}
        assert (await client.call("order.subscribe", {"market_list": []}))["code"] == 0
        assert (await client.call("no.such.method", {}))["code"] == codes["method"]
        bad = await client.call("depth.subscribe", {"market_list": [[MARKET[socket], 7, "0", True]]})
        assert bad["code"] == codes["params"]  # 7 is not a documented depth limit

    _run(urls[socket], script)


@pytest.mark.parametrize("socket", ["spot", "futures"])
def test_market_channels_push_after_a_trade(socket: str, sockets: tuple[Any, dict[str, str]]) -> None:
    stub, urls = sockets
    stub.reset(seed=5)
    symbol = "BTCUSDT" if socket == "spot" else "BTCUSDT-SWAP"  # the stub's own name of the futures market
    if symbol not in stub.exchange.markets:
        pytest.fail(f"the stub has no {symbol} market")

    async def script(client: DocsClient) -> None:
        reply = await client.call("depth.subscribe", {"market_list": [["BTCUSDT", 10, "0", True]]})
        assert reply["code"] == 0
        depth = await client.push("depth.update")
        assert depth["data"]["market"] == "BTCUSDT" and depth["data"]["is_full"] is True
        book = depth["data"]["depth"]
        assert len(book["bids"]) <= 10 and book["bids"] and book["asks"]
        # the docs' checksum: CRC-32 of bid1_price:bid1_amount:...:ask1_price:ask1_amount:...
        levels = ":".join(f"{price}:{amount}" for price, amount in [*book["bids"], *book["asks"]])
        assert book["checksum"] == zlib.crc32(levels.encode())
        for channel in ("deals", "state", "bbo"):
            assert (await client.call(f"{channel}.subscribe", {"market_list": []}))["code"] == 0
        accounts = [a.id for a in stub.setup.accounts[:2]]
        price = Decimal(str(stub.exchange.last_price[symbol]))
        stub.place_order(accounts[0], symbol=symbol, side="sell", type="market", quantity=Decimal("0.01"))
        deals = await client.push("deals.update")
        assert deals["data"]["market"] == "BTCUSDT" and deals["data"]["deal_list"]
        assert Decimal(deals["data"]["deal_list"][0]["price"]) <= price * 2
        assert (await client.call("deals.unsubscribe", {"market_list": []}))["code"] == 0

    _run(urls[socket], script)


def test_private_order_and_balance_pushes_reach_only_their_owner(sockets: tuple[Any, dict[str, str]]) -> None:
    stub, urls = sockets
    stub.reset(seed=5)
    owner = stub.setup.accounts[0].id

    async def script(client: DocsClient) -> None:
        assert (await client.sign())["code"] == 0
        assert (await client.call("order.subscribe", {"market_list": ["BTCUSDT"]}))["code"] == 0
        assert (await client.call("balance.subscribe", {"ccy_list": ["USDT"]}))["code"] == 0
        stub.place_order(
            owner, symbol="BTCUSDT", side="buy", type="limit", quantity=Decimal("0.001"), price=Decimal("1000")
        )
        order = await client.push("order.update")
        assert order["data"]["event"] == "put" and order["data"]["order"]["market"] == "BTCUSDT"
        balance = await client.push("balance.update")
        assert any(b["ccy"] == "USDT" for b in balance["data"]["balance_list"])
        other = stub.setup.accounts[1].id
        stub.place_order(
            other, symbol="BTCUSDT", side="buy", type="limit", quantity=Decimal("0.001"), price=Decimal("1001")
        )
        await asyncio.sleep(0.3)
        assert not [p for p in client.pushes if p.get("method") == "order.update"], "another account's order"

    _run(urls["spot"], script)
