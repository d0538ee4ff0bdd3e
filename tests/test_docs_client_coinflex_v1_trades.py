"""GET /trades/ as REST.md describes it: since and until are exclusive micro-timestamp bounds, sort asc or
desc (asc by default when since is given, else desc) decides which records a limit keeps; paging repeats
the request with since = the last record's time until nothing comes back (iter_get_trades does)."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import generated

API = "coinflex_v1"
XBT, USDT = 63488, 65283
SELLER = {"user_id": "1", "cookie": "HGREqcILTz8blHa/jsUTVTNBJlg=", "passphrase": "opensesame"}  # AUTH.md's
BUYER = {"user_id": "2", "cookie": "TwgaFk2yJ0yYkTcz1oqYrDFZSXA=", "passphrase": "opensesame-2"}  # the stub's
NOW = [1_600_000_000_000]  # the stub's clock (ms)
TRADES = 7


def auth(user: dict[str, str]) -> dict[str, str]:
    token = base64.b64encode(f"{user['user_id']}/{user['cookie']}:{user['passphrase']}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


@pytest.fixture(scope="module")
def traded() -> Iterator[tuple[Any, list[int]]]:
    """Seven trades of the buyer, a second apart: their times (µs), oldest first."""
    stub = generated(API, "stub").create_stub(seed=3, clock=lambda: NOW[0])
    stub.reset(seed=3, book_levels=0, trades=0)
    with httpx.Client(transport=stub.transport(), base_url="http://stub.invalid") as http:
        for _ in range(TRADES):
            NOW[0] += 1000
            stub.limiters.clear()
            sell = {"base": XBT, "counter": USDT, "quantity": -10000, "price": 44430000}
            assert http.post("/orders/", data=sell, headers=auth(SELLER)).status_code == 201
            buy = {"base": XBT, "counter": USDT, "quantity": 10000}
            assert http.post("/orders/", data=buy, headers=auth(BUYER)).json() == {"remaining": 0}
    yield stub, [1_600_000_000_000_000 + (i + 1) * 1_000_000 for i in range(TRADES)]


def times(stub: Any, **query: Any) -> list[int]:
    stub.limiters.clear()
    with httpx.Client(transport=stub.transport(), base_url="http://stub.invalid") as http:
        answer = http.get("/trades/", params=query, headers=auth(BUYER))
    assert answer.status_code == 200, answer.text
    return [row["time"] for row in answer.json()]


def test_bounds_are_exclusive_and_sort_picks_the_records(traded: tuple[Any, list[int]]) -> None:
    stub, all_times = traded
    assert times(stub) == all_times[::-1]  # no since: newest first
    assert times(stub, since=all_times[1]) == all_times[2:]  # since: oldest first, the bound left out
    assert times(stub, until=all_times[-2]) == all_times[-3::-1]
    assert times(stub, since=all_times[1], until=all_times[4]) == all_times[2:4]
    assert times(stub, since=all_times[0], limit=2) == all_times[1:3]  # asc: the oldest after since
    assert times(stub, until=all_times[-1], limit=2) == [all_times[-2], all_times[-3]]  # desc: the newest
    assert times(stub, since=all_times[0], sort="desc", limit=2) == all_times[:-3:-1]
    # a since between milliseconds (the stub's times are whole milliseconds; so must an until be)
    assert times(stub, since=all_times[0] - 1, until=all_times[0] + 1000) == [all_times[0]]


def test_iter_get_trades_walks_every_page_oldest_first(traded: tuple[Any, list[int]]) -> None:
    stub, all_times = traded
    stub.limiters.clear()
    http = httpx.Client(transport=stub.transport(), base_url="http://stub.invalid")
    with generated(API).Client(base_url="http://stub.invalid", http_client=http, **BUYER) as client:
        assert [t.time for t in client.iter_get_trades(limit=3)] == all_times
        assert [t.time for t in client.iter_get_trades(since=all_times[2], limit=2)] == all_times[3:]

    async def walk() -> list[int]:
        stub.limiters.clear()
        http = httpx.AsyncClient(transport=stub.async_transport(), base_url="http://stub.invalid")
        async with generated(API).AsyncClient(base_url="http://stub.invalid", http_client=http, **BUYER) as client:
            return [t.time async for t in client.iter_get_trades(limit=2)]

    assert asyncio.run(walk()) == all_times
