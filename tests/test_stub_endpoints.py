"""Every endpoint of every API through Client and AsyncClient against its stub, decoded strictly."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import msgspec
import pytest
from conftest import ENDPOINTS, canonical, endpoint_id, generated
from stub_support import assert_strict, decoded, seed_example_order, stub_of

from benchmarks.limits import kwargs, wire_values
from generator import ir
from generator.loader import body_schema


def _strict(api: ir.ApiIR, ep: ir.EndpointIR, body: bytes, result: Any) -> None:
    """Strict: the body matches the spec exactly (no unknown field, enums closed) and survives decoding; a
    204 answer has no body, and the call returns None."""
    if _success_status(api, ep) == 204 or (ep.success is not None and ep.success.body == "empty"):
        assert (body, result) == (b"", None)
        return
    if ep.success is not None and ep.success.body == "text":  # text/plain: the result is the text
        assert body and result == body.decode()
        return
    data = json.loads(body)
    assert_strict(api, body_schema(api.envelope, ep.response_schema), data)
    expected = decoded(api, ep, data[api.envelope["data"]] if api.envelope else data, wire_values(api, ep))
    assert canonical(msgspec.to_builtins(result)) == canonical(expected)


def _recording(transport: httpx.MockTransport, bodies: list[bytes]) -> httpx.MockTransport:
    handler = transport.handler

    def sync(request: httpx.Request) -> httpx.Response:
        response = handler(request)
        bodies.append(response.content)
        return response

    async def async_(request: httpx.Request) -> httpx.Response:
        response = await handler(request)
        bodies.append(response.content)
        return response

    return httpx.MockTransport(async_ if asyncio.iscoroutinefunction(handler) else sync)


def _success_status(api: ir.ApiIR, ep: ir.EndpointIR) -> int:
    success = generated(api.id, "operations").OPERATIONS[ep.name].success
    return 200 if success is None else int(success.status)


@pytest.mark.parametrize("case", ENDPOINTS, ids=endpoint_id)
def test_sync_client_against_stub(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    stub = stub_of(api)
    seed_example_order(api, ep, stub, wire_values(api, ep))
    bodies: list[bytes] = []
    http = httpx.Client(transport=_recording(stub.transport(), bodies))
    with generated(api.id).Client(base_url="http://stub.invalid", http_client=http, **stub.credentials) as client:
        result = getattr(client, ep.name)(**kwargs(api, ep, wire_values(api, ep)))
    assert stub.control.requests()[-1]["status"] == _success_status(api, ep)
    _strict(api, ep, bodies[-1], result)


@pytest.mark.parametrize("case", ENDPOINTS, ids=endpoint_id)
def test_async_client_against_stub(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    stub = stub_of(api)
    seed_example_order(api, ep, stub, wire_values(api, ep))
    bodies: list[bytes] = []

    async def run() -> Any:
        http = httpx.AsyncClient(transport=_recording(stub.async_transport(), bodies))
        async with generated(api.id).AsyncClient(
            base_url="http://stub.invalid", http_client=http, **stub.credentials
        ) as client:
            return await getattr(client, ep.name)(**kwargs(api, ep, wire_values(api, ep)))

    result = asyncio.run(run())
    _strict(api, ep, bodies[-1], result)
