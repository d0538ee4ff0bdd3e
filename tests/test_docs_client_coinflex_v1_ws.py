"""A CoinFLEX v1 WebSocket client we did not write, against `serve coinflex_v1` in a subprocess: raw
`websockets`, the ECDSA challenge login done with fastecdsa as AUTH.md describes it (not our runtime's
auth code), asset ids and scaled integers as WEBSOCKET-README.md and SCALE.md print them. Nothing here
comes from the spec: the facts are the docs' own."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
from collections.abc import Iterator
from typing import Any

import pytest
from fastecdsa import curve, ecdsa, keys
from stub_support import served_cli
from websockets.asyncio.client import ClientConnection, connect

XBT, USDT = 63488, 65283  # SCALE.md's asset ids (0xF800, 0xFF03)
TICK = 10000  # XBT:USDT: price scale 10000, tick 1 USDT (SCALE.md)
USER = {"user_id": 1, "cookie": "HGREqcILTz8blHa/jsUTVTNBJlg=", "passphrase": "opensesame"}  # AUTH.md's user


def private_key(user_id: int, passphrase: str) -> int:
    """AUTH.md: SHA-224 of the user id (8 bytes, big-endian) and the UTF-8 passphrase."""
    return int.from_bytes(hashlib.sha224(user_id.to_bytes(8, "big") + passphrase.encode()).digest(), "big")


def signature(user_id: int, passphrase: str, server_nonce: bytes, client_nonce: bytes) -> list[str]:
    """r and s of ECDSA/secp224k1 over SHA-224(user id || server nonce || client nonce), 28 bytes each,
    base64; signed again when one does not fit 28 bytes (the curve's order exceeds 2^224)."""
    message = user_id.to_bytes(8, "big") + server_nonce + client_nonce
    while True:
        r, s = ecdsa.sign(message, private_key(user_id, passphrase), curve=curve.secp224k1, hashfunc=hashlib.sha224)
        if max(r, s) < 1 << 224:
            return [base64.b64encode(v.to_bytes(28, "big")).decode() for v in (r, s)]


def test_the_documented_example_verifies_under_the_derived_key() -> None:
    """AUTH.md's worked example: the key derived from user 1 and "opensesame" is the documented one, and
    the documented signature of the documented nonces verifies under its public key (and a changed r
    does not)."""
    key = private_key(1, "opensesame")
    assert base64.b64encode(key.to_bytes(28, "big")).decode() == "uJ6n/NIswFnCZz3CT/QLl4MHRkaGVg0K11Ybgw=="
    public = keys.get_public_key(key, curve.secp224k1)
    server, client = base64.b64decode("azRzAi5rm1ry/l0drnz1vw=="), base64.b64decode("8IyYyvH9gujOqYJdv/BP0A==")
    r, s = (
        int.from_bytes(base64.b64decode(v), "big")
        for v in ("P7d6nXtbKmggnnb2hyB4xXkTQNWYmFSto6tzXg==", "NLhDQS8YqRDxin1M4dNZeGDmNFsiv3iUz2d4Cg==")
    )
    message = (1).to_bytes(8, "big") + server + client
    assert ecdsa.verify((r, s), message, public, curve=curve.secp224k1, hashfunc=hashlib.sha224)
    assert not ecdsa.verify((r + 1, s), message, public, curve=curve.secp224k1, hashfunc=hashlib.sha224)


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, Any]]:
    """`python -m exchange_bindings serve coinflex_v1` on 127.0.0.1; stopped by its pid."""
    with served_cli("coinflex_v1", "--seed", "3") as info:
        yield info


class Socket:
    """One connection: commands with tags from 1, replies by tag, notices kept in arrival order."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws, self.tag, self.notices = ws, 0, []  # type: ignore[var-annotated]
        self.nonce = b""

    async def welcome(self) -> None:
        greeting = json.loads(await asyncio.wait_for(self.ws.recv(), 5))
        assert greeting["notice"] == "Welcome"
        self.nonce = base64.b64decode(greeting["nonce"])
        assert len(self.nonce) == 16

    async def send(self, method: str, **fields: Any) -> dict[str, Any]:
        self.tag += 1
        await self.ws.send(json.dumps({"method": method, "tag": self.tag, **fields}))
        while True:
            message = json.loads(await asyncio.wait_for(self.ws.recv(), 5))
            if "notice" in message:
                self.notices.append(message)
            elif message.get("tag") == self.tag:
                return message  # type: ignore[no-any-return]

    async def notice(self, kind: str, **match: Any) -> dict[str, Any]:
        """The first notice of `kind` with these field values (kept or still to come)."""
        while True:
            for i, notice in enumerate(self.notices):
                if notice["notice"] == kind and all(notice.get(k) == v for k, v in match.items()):
                    return self.notices.pop(i)  # type: ignore[no-any-return]
            self.notices.append(json.loads(await asyncio.wait_for(self.ws.recv(), 5)))

    async def login(self, user: dict[str, Any], passphrase: str | None = None) -> dict[str, Any]:
        client_nonce = os.urandom(16)
        signed = signature(user["user_id"], passphrase or user["passphrase"], self.nonce, client_nonce)
        return await self.send(
            "Authenticate",
            user_id=user["user_id"],
            cookie=user["cookie"],
            nonce=base64.b64encode(client_nonce).decode(),
            signature=signed,
        )


async def _open(url: str, user: dict[str, Any]) -> tuple[ClientConnection, Socket]:
    ws = await connect(url)
    socket = Socket(ws)
    await socket.welcome()
    assert (await socket.login(user))["error_code"] == 0
    return ws, socket


def _second(info: dict[str, Any]) -> dict[str, Any]:
    return {"user_id": 2, "cookie": "TwgaFk2yJ0yYkTcz1oqYrDFZSXA=", "passphrase": "opensesame-2"}  # the stub's 2nd


def test_served_credentials_are_the_ones_a_client_takes(served: dict[str, Any]) -> None:
    assert set(served["credentials"]) == {"user_id", "cookie", "passphrase"}
    assert served["ws"].startswith("ws://127.0.0.1:")


def test_trade_from_the_docs(served: dict[str, Any]) -> None:
    """Authenticate, read balances, place a limit bid, see OrderOpened; a second account sells into it:
    OrdersMatched, and the balances move by the scaled amounts; then cancel another order: OrderClosed."""
    user = {**USER, "user_id": int(served["credentials"]["user_id"])}

    async def run() -> None:
        ws, me = await _open(served["ws"], user)
        ws2, other = await _open(served["ws"], _second(served))
        try:
            ticker = await me.send("WatchTicker", base=XBT, counter=USDT, watch=True)
            assert ticker["error_code"] == 0 and ticker["ask"] - ticker["bid"] >= 2 * TICK
            price = ticker["bid"] + TICK  # the best bid: a sell at this price meets ours first
            before = {b["asset"]: b for b in (await me.send("GetBalances"))["balances"]}
            placed = await me.send("PlaceOrder", tonce=1, base=XBT, counter=USDT, quantity=15000, price=price)
            assert placed["error_code"] == 0 and placed["tag"] == me.tag, placed
            opened = await me.notice("OrderOpened", id=placed["id"])
            assert (opened["tonce"], opened["quantity"], opened["price"]) == (1, 15000, price)
            sold = await other.send("PlaceOrder", base=XBT, counter=USDT, quantity=-15000, price=price)
            assert sold["error_code"] == 0, sold
            matched = await me.notice("OrdersMatched", bid=placed["id"])
            assert (matched["quantity"], matched["price"], matched["bid_tonce"]) == (15000, price, 1)
            assert matched["total"] == 15000 * price // 10000  # counter units: quantity x price / price scale
            await me.notice("OrderClosed", id=placed["id"])
            after = {b["asset"]: b for b in (await me.send("GetBalances"))["balances"]}
            assert after[XBT]["balance"] - before[XBT]["balance"] == 15000
            spent = matched["total"] + matched["bid_counter_fee"]
            assert before[USDT]["balance"] - after[USDT]["balance"] == spent
            resting = await me.send("PlaceOrder", tonce=2, base=XBT, counter=USDT, quantity=10000, price=price - TICK)
            cancelled = await me.send("CancelOrder", tonce=2)
            assert cancelled["error_code"] == 0 and cancelled["id"] == resting["id"]
            closed = await me.notice("OrderClosed", id=resting["id"])
            assert (closed["quantity"], closed["tonce"]) == (10000, 2)
        finally:
            await ws.close()
            await ws2.close()

    asyncio.run(run())


def test_wrong_signature_is_refused_with_7(served: dict[str, Any]) -> None:
    async def run() -> None:
        async with connect(served["ws"]) as ws:
            socket = Socket(ws)
            await socket.welcome()
            refused = await socket.login(USER, passphrase="not the passphrase")
            assert refused["error_code"] == 7 and refused["error_msg"]
            assert (await socket.send("GetBalances"))["error_code"] == 7  # still not authenticated

    asyncio.run(run())


def test_repeated_tonce_is_refused_with_3_and_placed_once(served: dict[str, Any]) -> None:
    """Tonces must increase until CancelAllOrders resets them (our reading of NOTES A13 #1)."""

    async def run() -> None:
        ws, me = await _open(served["ws"], USER)
        try:
            await me.send("CancelAllOrders")  # resets the tonce counter
            order = {"base": XBT, "counter": USDT, "quantity": 10000, "price": 1000 * TICK}
            assert (await me.send("PlaceOrder", tonce=7, **order))["error_code"] == 0
            again = await me.send("PlaceOrder", tonce=7, **order)
            assert again["error_code"] == 3, again
            assert (await me.send("PlaceOrder", tonce=6, **order))["error_code"] == 3
            orders = (await me.send("GetOrders"))["orders"]
            assert [o["tonce"] for o in orders].count(7) == 1
            assert (await me.send("CancelAllOrders"))["error_code"] == 0
            assert (await me.send("PlaceOrder", tonce=7, **order))["error_code"] == 0  # counter reset
            await me.send("CancelAllOrders")
        finally:
            await ws.close()

    asyncio.run(run())


def test_persist_false_orders_end_with_their_connection(served: dict[str, Any]) -> None:
    async def run() -> None:
        ws, me = await _open(served["ws"], USER)
        order = {"base": XBT, "counter": USDT, "quantity": 10000, "price": 1000 * TICK}
        await me.send("CancelAllOrders")
        kept = await me.send("PlaceOrder", **order)
        gone = await me.send("PlaceOrder", persist=False, **order)
        await ws.close()
        ws, me = await _open(served["ws"], USER)
        try:
            for _ in range(50):  # the server cancels once it sees the close
                ids = [o["id"] for o in (await me.send("GetOrders"))["orders"]]
                if gone["id"] not in ids:
                    break
                await asyncio.sleep(0.05)
            assert kept["id"] in ids and gone["id"] not in ids
            await me.send("CancelAllOrders")
        finally:
            await ws.close()

    asyncio.run(run())


def test_estimate_and_trade_volume_from_the_docs(served: dict[str, Any]) -> None:
    """EstimateMarketOrder walks the book without changing it (the same walk a market order then trades);
    GetTradeVolume is the 30-day volume in an asset, both sides. Our reading of WEBSOCKET-README."""

    async def run() -> None:
        ws, me = await _open(served["ws"], USER)
        ws2, other = await _open(served["ws"], _second(served))
        try:
            ticker = await me.send("WatchTicker", base=XBT, counter=USDT, watch=True)
            price = ticker["ask"] + 50 * TICK  # above every ask: our sell is the best
            await me.send("CancelAllOrders")
            await me.send("PlaceOrder", base=XBT, counter=USDT, quantity=-20000, price=price)
            volume = (await other.send("GetTradeVolume", asset=XBT))["volume"]
            estimate = await other.send("EstimateMarketOrder", base=XBT, counter=USDT, quantity=10000)
            assert estimate["error_code"] == 0 and estimate["quantity"] == 10000, estimate
            again = await other.send("EstimateMarketOrder", base=XBT, counter=USDT, quantity=10000)
            assert again["total"] == estimate["total"]  # nothing changed
            bought = await other.send("PlaceOrder", base=XBT, counter=USDT, quantity=10000)
            assert bought["error_code"] == 0 and bought["remaining"] == 0, bought
            assert (await other.send("GetTradeVolume", asset=XBT))["volume"] == volume + 10000
            by_total = await other.send("EstimateMarketOrder", base=XBT, counter=USDT, total=estimate["total"])
            assert by_total["error_code"] == 0 and by_total["total"] <= estimate["total"], by_total
        finally:
            await ws.close()
            await ws2.close()

    asyncio.run(run())
