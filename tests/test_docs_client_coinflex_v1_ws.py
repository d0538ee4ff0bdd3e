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


async def _quiet(socket: Socket, kind: str, seconds: float = 0.3) -> list[dict[str, Any]]:
    """The notices of `kind` that arrive within `seconds` (kept ones included)."""
    deadline = asyncio.get_running_loop().time() + seconds
    while (left := deadline - asyncio.get_running_loop().time()) > 0:
        try:
            socket.notices.append(json.loads(await asyncio.wait_for(socket.ws.recv(), left)))
        except TimeoutError:
            break
    return [n for n in socket.notices if n["notice"] == kind]


def test_orders_matched_reaches_both_sides_with_their_own_fields(served: dict[str, Any]) -> None:
    """WEBSOCKET-README OrdersMatched: both orders' ids; each side's tonce and fees only to its owner; `taker`
    only in the private notice (true for the aggressor). Then TradeVolumeChanged {asset, volume} to each."""

    async def run() -> None:
        ws, buyer = await _open(served["ws"], USER)
        ws2, seller = await _open(served["ws"], _second(served))
        try:
            await buyer.send("CancelAllOrders")
            await seller.send("CancelAllOrders")
            ticker = await buyer.send("WatchTicker", base=XBT, counter=USDT, watch=True)
            price = ticker["bid"] + TICK
            bid = await buyer.send("PlaceOrder", tonce=5, base=XBT, counter=USDT, quantity=10000, price=price)
            ask = await seller.send("PlaceOrder", tonce=9, base=XBT, counter=USDT, quantity=-10000, price=price)
            mine = await buyer.notice("OrdersMatched", bid=bid["id"])
            theirs = await seller.notice("OrdersMatched", bid=bid["id"])
            assert mine["ask"] == theirs["ask"] == ask["id"] and mine["taker_side"] == "ask"
            assert (mine["bid_tonce"], mine["taker"]) == (5, False) and "bid_counter_fee" in mine
            assert not {"ask_tonce", "ask_base_fee", "ask_counter_fee"} & set(mine)
            assert (theirs["ask_tonce"], theirs["taker"]) == (9, True) and "ask_counter_fee" in theirs
            assert not {"bid_tonce", "bid_base_fee", "bid_counter_fee"} & set(theirs)
            assert (mine["bid_rem"], mine["ask_rem"]) == (0, 0)
            volume = await buyer.notice("TradeVolumeChanged", asset=XBT)
            assert volume["volume"] == (await buyer.send("GetTradeVolume", asset=XBT))["volume"] > 0
            counter = await seller.notice("TradeVolumeChanged", asset=USDT)
            assert counter["volume"] == (await seller.send("GetTradeVolume", asset=USDT))["volume"]
        finally:
            await ws.close()
            await ws2.close()

    asyncio.run(run())


def test_watch_orders_snapshot_then_everyones_notices(served: dict[str, Any]) -> None:
    """WatchOrders: the book's orders (bids positive, asks negative), then OrderOpened / OrdersMatched /
    OrderClosed of every order of the book, without the owners' tonces and fees; watching twice is 2,
    unwatching an unwatched book 1, each with the command's own message; watch false stops the notices."""

    async def run() -> None:
        ws, me = await _open(served["ws"], USER)
        async with connect(served["ws"]) as watcher_ws:
            watcher = Socket(watcher_ws)
            await watcher.welcome()  # not logged in: the feed is public
            far = await me.send("PlaceOrder", base=XBT, counter=USDT, quantity=-10000, price=100000 * TICK)
            book = await watcher.send("WatchOrders", base=XBT, counter=USDT, watch=True)
            assert book["error_code"] == 0 and book["orders"], book
            assert {"id", "quantity", "price", "time"} <= set(book["orders"][0])
            assert any(o["quantity"] > 0 for o in book["orders"]) and any(o["quantity"] < 0 for o in book["orders"])
            again = await watcher.send("WatchOrders", base=XBT, counter=USDT, watch=True)
            assert again["error_code"] == 2
            assert again["error_msg"] == "You are already watching the order book for the specified asset pair."
            bad = await watcher.send("WatchOrders", base=XBT, counter=XBT, watch=True)
            assert (bad["error_code"], bad["error_msg"]) == (1, "You specified an invalid asset pair.")
            bids = [o["price"] for o in book["orders"] if o["quantity"] > 0]
            placed = await me.send("PlaceOrder", tonce=11, base=XBT, counter=USDT, quantity=10000, price=min(bids))
            opened = await watcher.notice("OrderOpened", id=placed["id"])
            assert (opened["quantity"], opened["price"]) == (10000, min(bids)) and "tonce" not in opened
            await me.send("CancelOrder", id=placed["id"])
            closed = await watcher.notice("OrderClosed", id=placed["id"])
            assert closed["quantity"] == 10000 and "tonce" not in closed
            stop = await watcher.send("WatchOrders", base=XBT, counter=USDT, watch=False)
            assert stop["error_code"] == 0 and "orders" not in stop
            watcher.notices.clear()
            later = await me.send("PlaceOrder", base=XBT, counter=USDT, quantity=10000, price=min(bids))
            assert not [n for n in await _quiet(watcher, "OrderOpened") if n["id"] == later["id"]]
            await me.send("CancelOrder", id=later["id"])
            none = await watcher.send("WatchOrders", base=XBT, counter=USDT, watch=False)
            assert none["error_code"] == 1
            assert none["error_msg"] == "You are not watching the order book for the specified asset pair."
            await me.send("CancelOrder", id=far["id"])
        await ws.close()

    asyncio.run(run())


def test_watch_ticker_pushes_what_changed(served: dict[str, Any]) -> None:
    """TickerChanged after WatchTicker: base, counter and only the values that changed (a better bid: bid,
    not ask); watch false stops it."""

    async def run() -> None:
        ws, me = await _open(served["ws"], USER)
        async with connect(served["ws"]) as watcher_ws:
            watcher = Socket(watcher_ws)
            await watcher.welcome()
            far = await me.send("PlaceOrder", base=XBT, counter=USDT, quantity=-10000, price=100000 * TICK)
            ticker = await watcher.send("WatchTicker", base=XBT, counter=USDT, watch=True)
            assert ticker["ask"] - ticker["bid"] >= 2 * TICK, ticker
            placed = await me.send("PlaceOrder", base=XBT, counter=USDT, quantity=10000, price=ticker["bid"] + TICK)
            changed = await watcher.notice("TickerChanged", bid=ticker["bid"] + TICK)
            assert (changed["base"], changed["counter"]) == (XBT, USDT) and "ask" not in changed
            await me.send("CancelOrder", id=placed["id"])
            back = await watcher.notice("TickerChanged", bid=ticker["bid"])
            assert set(back) == {"notice", "base", "counter", "bid"}
            assert (await watcher.send("WatchTicker", base=XBT, counter=USDT, watch=False))["error_code"] == 0
            watcher.notices.clear()
            placed = await me.send("PlaceOrder", base=XBT, counter=USDT, quantity=10000, price=ticker["bid"] + TICK)
            assert not await _quiet(watcher, "TickerChanged")
            await me.send("CancelOrder", id=placed["id"])
            await me.send("CancelOrder", id=far["id"])
        await ws.close()

    asyncio.run(run())


def test_modify_order_applies_the_delta_and_pushes_order_modified(served: dict[str, Any]) -> None:
    """ModifyOrder by tonce: quantity_delta changes what remains (negative decreases a buy), the id stays,
    OrderModified (not OrderOpened) carries the new quantity and price; a delta to zero closes the order."""

    async def run() -> None:
        ws, me = await _open(served["ws"], USER)
        try:
            await me.send("CancelAllOrders")
            price = 1000 * TICK
            placed = await me.send("PlaceOrder", tonce=3, base=XBT, counter=USDT, quantity=20000, price=price)
            await me.notice("OrderOpened", id=placed["id"])
            smaller = await me.send("ModifyOrder", tonce=3, quantity_delta=-5000)
            assert (smaller["error_code"], smaller["id"], smaller["quantity"]) == (0, placed["id"], 15000), smaller
            modified = await me.notice("OrderModified", id=placed["id"])
            assert (modified["quantity"], modified["price"], modified["tonce"]) == (15000, price, 3)
            moved = await me.send("ModifyOrder", id=placed["id"], price=price - TICK, quantity_delta=5000)
            assert (moved["id"], moved["quantity"], moved["price"]) == (placed["id"], 20000, price - TICK), moved
            modified = await me.notice("OrderModified", id=placed["id"], price=price - TICK)
            assert modified["quantity"] == 20000
            assert not [n for n in await _quiet(me, "OrderOpened") if n["id"] == placed["id"]]
            gone = await me.send("ModifyOrder", tonce=3, quantity_delta=-20000)
            assert gone["error_code"] == 0, gone
            assert (await me.notice("OrderClosed", id=placed["id"]))["quantity"] == 20000
            missing = await me.send("ModifyOrder", tonce=3, quantity_delta=-1)
            assert (missing["error_code"], missing["error_msg"]) == (1, "The specified order was not found.")
        finally:
            await ws.close()

    asyncio.run(run())


def test_error_replies_carry_each_commands_own_message(served: dict[str, Any]) -> None:
    """The error tables of WEBSOCKET-README: one category code, each command's own message."""

    async def run() -> None:
        async with connect(served["ws"]) as ws:
            anonymous = Socket(ws)
            await anonymous.welcome()
            refused = await anonymous.send("GetBalances")
            assert (refused["error_code"], refused["error_msg"]) == (7, "You are not authenticated.")
            wrong = await anonymous.login(USER, passphrase="not the passphrase")
            assert (
                wrong["error_msg"]
                == "You sent an incorrect signature. This probably means you used a wrong passphrase."
            )
        ws, me = await _open(served["ws"], USER)
        try:
            missing = await me.send("CancelOrder", tonce=999999)
            assert (missing["error_code"], missing["error_msg"]) == (1, "The specified order was not found.")
            pair = await me.send("PlaceOrder", base=XBT, counter=XBT, quantity=10000, price=TICK)
            assert (pair["error_code"], pair["error_msg"]) == (1, "You specified an invalid asset pair.")
            pair = await me.send("WatchTicker", base=XBT, counter=XBT, watch=True)
            assert (pair["error_code"], pair["error_msg"]) == (1, "You specified an invalid asset pair.")
        finally:
            await ws.close()

    asyncio.run(run())
