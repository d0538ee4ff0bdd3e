"""Auto-iterating helpers for page/limit and cursor lists, in both clients."""

from __future__ import annotations

import asyncio
import copy
import json
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from conftest import ENDPOINTS, endpoint_id, generated
from stub_support import stub_of

from benchmarks.limits import kwargs, markets_of, wire_values
from generator import ir

PAGED = [(api, ep) for api, ep in ENDPOINTS if ep.pager and ep.examples]
LIMIT = 3


def _pages_transport(api: ir.ApiIR, ep: ir.EndpointIR, pages: int, seen: list[dict[str, str]]) -> httpx.MockTransport:
    """Serves `pages` full pages built from the example, then a short last one (and, for a time window, where
    a short page says nothing, an empty one after it)."""
    example = ep.examples[0]["response"]
    data_field = api.envelope["data"] if api.envelope else None
    items = example[data_field] if data_field else example
    assert items, f"{ep.name}'s example has no items to page through"
    pager = ep.pager or {}

    def handler(request: httpx.Request) -> httpx.Response:
        query = dict(parse_qsl(request.url.query.decode()))
        if request.content:
            query.update(json.loads(request.content))
        seen.append(query)
        number = len(seen)
        size = LIMIT if number < pages else 1 if number == pages else 0
        body = copy.deepcopy(example)
        page_items = [copy.deepcopy(items[0]) for _ in range(size)]
        for moving in (pager.get("next_cursor"), pager.get("next_time")):
            for i, item in enumerate(page_items if moving else ()):
                item[moving] = items[0][moving] + number * 100 + i if pager.get("next_time") else number * 100 + i
        if data_field:
            body[data_field] = page_items
            if pager.get("has_next"):
                root, _, leaf = pager["has_next"].partition(".")
                body[root] = {leaf: number < pages} if leaf else number < pages
        else:
            body = page_items
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def _iter_args(api: ir.ApiIR, ep: ir.EndpointIR) -> dict[str, Any]:
    values = kwargs(api, ep, {k: v for k, v in wire_values(api, ep).items() if k in {p.wire for p in ep.iter_params}})
    limit = next(p.python for p in ep.params if p.wire == (ep.pager or {}).get("limit"))
    return {**values, limit: LIMIT}


@pytest.mark.parametrize("case", PAGED, ids=endpoint_id)
def test_iterates_every_page(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    seen: list[dict[str, str]] = []
    creds = {c: "x" for c in api.credentials}
    client = generated(api.id).Client(http_client=httpx.Client(transport=_pages_transport(api, ep, 3, seen)), **creds)
    items = list(getattr(client, f"iter_{ep.name}")(**_iter_args(api, ep)))
    pager = ep.pager or {}
    window = pager.get("style") == "time_window"
    assert len(items) == 2 * LIMIT + 1 and len(seen) == 3 + window
    if pager.get("style") == "page":
        assert [int(q.get(pager["page"], 1)) for q in seen] == [1, 2, 3]
    elif window:  # each page starts after the last item's time, oldest first
        first = ep.examples[0]["response"][0][pager["next_time"]]
        starts = [q.get(pager["start"]) for q in seen[1:]]
        assert starts == [str(first + 100 + LIMIT - 1), str(first + 200 + LIMIT - 1), str(first + 300)]
        assert {q[pager["ascending"]["param"]] for q in seen} == {pager["ascending"]["value"]}
    else:
        assert [q.get(pager["cursor"]) for q in seen[1:]] == [str(100 + LIMIT - 1), str(200 + LIMIT - 1)]


@pytest.mark.parametrize("case", PAGED, ids=endpoint_id)
def test_iterates_every_page_async(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    seen: list[dict[str, str]] = []
    creds = {c: "x" for c in api.credentials}

    async def run() -> list[Any]:
        http = httpx.AsyncClient(transport=_pages_transport(api, ep, 2, seen))
        async with generated(api.id).AsyncClient(http_client=http, **creds) as client:
            return [item async for item in getattr(client, f"iter_{ep.name}")(**_iter_args(api, ep))]

    window = (ep.pager or {}).get("style") == "time_window"
    assert len(asyncio.run(run())) == LIMIT + 1 and len(seen) == 2 + window


ORDER_LISTS = [(api, ep) for api, ep in PAGED if api.stub["endpoints"].get(ep.name, {}).get("action") == "open_orders"]


@pytest.mark.parametrize("case", ORDER_LISTS, ids=endpoint_id)
def test_pages_through_the_stub(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    """23 resting orders come back, five per page, in five requests."""
    api, ep = case
    stub = stub_of(api)
    kind = api.stub["endpoints"][ep.name].get("args", {}).get("kind", "spot")  # the kind of market it lists
    market = next(m for m in markets_of(api) if m.get("kind", "spot") == kind)
    quantity = Decimal(market.get("min_quantity", market["lot_size"]))
    for _ in range(23):
        stub.place_order(
            api.stub["accounts"][0]["id"],
            symbol=market["symbol"],
            side="buy",
            type="limit",
            quantity=quantity,
            price=Decimal(market["price"]) / 2,
        )
    client = generated(api.id).Client(
        base_url="http://stub.invalid", http_client=httpx.Client(transport=stub.transport()), **stub.credentials
    )
    args = {**_iter_args(api, ep), next(p.python for p in ep.params if p.wire == (ep.pager or {})["limit"]): 5}
    assert len(list(getattr(client, f"iter_{ep.name}")(**args))) == 23
    assert len(stub.control.requests()) == 5
