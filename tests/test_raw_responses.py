"""Raw responses (runtime/raw.py): `client.with_raw_response.<method>(...)` for every endpoint, sync and async,
gives the status, headers, body, elapsed time and the request as sent (secrets masked), and `.parse()` the
typed result the plain method returns; `iter_` methods give one raw response per page."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import httpx
import msgspec
import pytest
from conftest import APIS, ENDPOINTS, canonical, endpoint_id, generated
from stub_support import call_endpoint, demo_client, public_endpoint, stub_of
from test_endpoints import _call_values, _check_result, _kwargs, _transport
from test_pagination import LIMIT, PAGED, _iter_args, _pages_transport

from benchmarks.misbehaving import Misbehaving
from exchange_bindings import errors
from exchange_bindings.runtime.raw import MASK, RawResponse
from generator import ir

CREDENTIALS = {name: f"credential-{name}-value" for name in {c for api in APIS.values() for c in api.credentials}}
BUDGET = "x-test-budget-left"  # a header as an exchange reports its rate-limit budget


def _with_budget(inner: httpx.MockTransport) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        answer = inner.handler(request)  # type: ignore[attr-defined]
        assert isinstance(answer, httpx.Response)
        answer.headers[BUDGET] = "41"
        return answer

    return httpx.MockTransport(handle)


def _check_raw(api: ir.ApiIR, ep: ir.EndpointIR, raw: Any, seen: list[httpx.Request], example: dict[str, Any]) -> None:
    assert isinstance(raw, RawResponse)
    assert raw.status_code == example.get("status", 200)
    assert raw.headers[BUDGET] == "41"
    body = ep.success.body if ep.success is not None else "json"
    as_sent = raw.content.decode() if body == "text" else None if body == "empty" else msgspec.json.decode(raw.content)
    assert as_sent == example["response"] and (body != "empty" or raw.content == b"")  # the body as it came
    assert isinstance(raw.elapsed, timedelta) and raw.elapsed >= timedelta(0)
    sent = seen[-1]
    assert raw.request.method == ep.method == sent.method
    assert httpx.URL(raw.request.url).path == sent.url.path
    shown = repr((raw.request.url, raw.request.headers.multi_items()))
    for name in api.credentials:  # no credential in plain sight
        assert CREDENTIALS[name] not in shown
    assert set(raw.request.headers) == set(sent.headers)
    for header, value in sent.headers.items():  # each as sent, or masked
        assert raw.request.headers[header] in (value, MASK), header
    if ep.auth is None:  # nothing to hide
        assert raw.request.headers == sent.headers and raw.request.url == str(sent.url)
    else:  # what the signing added (keys, signatures, tokens) is masked
        assert MASK in raw.request.headers.values() or MASK in raw.request.url
    _check_result(api, ep, example, raw.parse())


@pytest.mark.parametrize("case", ENDPOINTS, ids=endpoint_id)
def test_every_method_has_a_raw_response_sync_and_async(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    example = ep.examples[0]
    wire = _call_values(api, ep, example)
    module = generated(api.id)
    creds = {c: CREDENTIALS[c] for c in api.credentials}
    seen: list[httpx.Request] = []
    transport = _with_budget(_transport(api, ep, example, seen))
    with module.Client(**creds, http_client=httpx.Client(transport=transport)) as client:
        raw = getattr(client.with_raw_response, ep.name)(**_kwargs(api, ep, wire))
        plain = getattr(client, ep.name)(**_kwargs(api, ep, wire))  # the client itself still answers typed
    _check_raw(api, ep, raw, seen[:1], example)
    assert canonical(msgspec.to_builtins(raw.parse())) == canonical(msgspec.to_builtins(plain))

    async def run() -> Any:
        async with module.AsyncClient(**creds, http_client=httpx.AsyncClient(transport=transport)) as client:
            return await getattr(client.with_raw_response, ep.name)(**_kwargs(api, ep, wire))

    seen.clear()
    _check_raw(api, ep, asyncio.run(run()), seen, example)


@pytest.mark.parametrize("case", PAGED, ids=endpoint_id)
def test_iter_methods_give_each_page_raw_sync_and_async(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    creds = {c: "x" for c in api.credentials}
    module = generated(api.id)
    seen: list[dict[str, str]] = []
    with module.Client(http_client=httpx.Client(transport=_pages_transport(api, ep, 3, seen)), **creds) as client:
        pages = list(getattr(client.with_raw_response, f"iter_{ep.name}")(**_iter_args(api, ep)))
    window = (ep.pager or {}).get("style") == "time_window"
    assert all(isinstance(page, RawResponse) and page.status_code == 200 for page in pages)
    assert [len(page.parse()) for page in pages] == [LIMIT, LIMIT, 1] + [0] * window
    assert len(pages) == len(seen)

    async def run() -> list[Any]:
        async with module.AsyncClient(
            http_client=httpx.AsyncClient(transport=_pages_transport(api, ep, 3, seen)), **creds
        ) as client:
            return [page async for page in getattr(client.with_raw_response, f"iter_{ep.name}")(**_iter_args(api, ep))]

    seen.clear()
    pages = asyncio.run(run())
    assert [len(page.parse()) for page in pages] == [LIMIT, LIMIT, 1] + [0] * window
    assert len(pages) == len(seen) and all(isinstance(page, RawResponse) for page in pages)


def test_the_raw_view_offers_only_the_api_methods() -> None:
    api = ENDPOINTS[0][0]
    with generated(api.id).Client(**{c: "x" for c in api.credentials}) as client:
        view = client.with_raw_response
        assert {ep.name for ep in api.endpoints} <= set(dir(view))
        with pytest.raises(AttributeError):
            view.close  # noqa: B018


REPORTING = [api for api in APIS.values() if api.runtime is not None and api.runtime.limits.remaining_header]


@pytest.mark.parametrize("api", REPORTING, ids=lambda a: a.id)
def test_a_rate_limit_header_is_read_from_the_raw_response_sync_and_async(api: ir.ApiIR) -> None:
    """The budget the exchange reports (the stub reports it as the spec says) is in the raw headers."""
    assert api.runtime is not None
    header = api.runtime.limits.remaining_header
    ep = next(
        e
        for e in api.endpoints
        if e.method == "GET" and e.auth and not e.required_params and e.name in api.stub["endpoints"]
    )
    stub = stub_of(api, seed=1)
    credentials = dict(api.stub["accounts"][0]["credentials"])
    module = generated(api.id)
    with module.Client(
        base_url="http://stub.invalid", http_client=httpx.Client(transport=stub.transport()), **credentials
    ) as client:
        first = int(getattr(client.with_raw_response, ep.name)().headers[header])
        second = int(getattr(client.with_raw_response, ep.name)().headers[header])
    assert second < first  # the budget as it shrinks

    async def run() -> str:
        http = httpx.AsyncClient(transport=stub.async_transport())
        async with module.AsyncClient(base_url="http://stub.invalid", http_client=http, **credentials) as client:
            raw = await getattr(client.with_raw_response, ep.name)()
            return str(raw.headers[header])

    assert int(asyncio.run(run())) < second


def _raw_call(client: Any, api: ir.ApiIR, ep: ir.EndpointIR) -> Any:
    """`ep` through the client's raw view, with its documented example values."""
    return call_endpoint(api, client.with_raw_response, ep)


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_a_retried_call_gives_the_final_attempts_raw_response(api: ir.ApiIR) -> None:
    """A first attempt answered 503 and retried: the raw response is the retry's (status, body, request)."""
    ep = public_endpoint(api)
    stub = stub_of(api)
    stub.control.add_fault(times=1, status=503, retry_after=0, message="first attempt")
    with demo_client(api, stub) as client:
        raw = _raw_call(client, api, ep)
    first, final = stub.control.requests()
    assert (first["status"], first["fault"], final["status"], final["fault"]) == (503, True, 200, False)
    assert raw.status_code == 200 and b"first attempt" not in raw.content
    assert raw.content.startswith(b"{") or raw.content.startswith(b"[")  # the stub's answer, decoded by parse()
    assert raw.parse() is not None
    assert httpx.URL(raw.request.url).path == final["path"]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_a_truncated_body_raises_a_typed_error_through_the_raw_view(api: ir.ApiIR, mode: str) -> None:
    """A body cut short (the connection closes before Content-Length is met) is a TransportError naming the
    endpoint, not a RawResponse holding half a body nor an httpx exception."""
    ep = public_endpoint(api)
    module = generated(api.id)
    creds = {c: CREDENTIALS[c] for c in api.credentials}
    with Misbehaving("truncated") as server:
        if mode == "sync":
            with (
                module.Client(base_url=server.url, max_retries=0, **creds) as client,
                pytest.raises(errors.ExchangeError) as caught,
            ):
                _raw_call(client, api, ep)
        else:

            async def run() -> None:
                async with module.AsyncClient(base_url=server.url, max_retries=0, **creds) as client:
                    await _raw_call(client, api, ep)

            with pytest.raises(errors.ExchangeError) as caught:
                asyncio.run(run())
    assert isinstance(caught.value, errors.TransportError) and caught.value.operation == ep.name, repr(caught.value)
    assert any(w in str(caught.value) for w in ("incomplete", "not completed", "closed")), str(caught.value)


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_a_body_cut_mid_json_raises_a_decode_error_keeping_the_body(api: ir.ApiIR) -> None:
    """A complete HTTP answer whose JSON stops halfway: a DecodeError naming the endpoint, with the body."""
    ep = public_endpoint(api)
    body = msgspec.json.encode(ep.examples[0]["response"])
    half = body[: len(body) // 2]
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=half))
    creds = {c: CREDENTIALS[c] for c in api.credentials}
    http = httpx.Client(transport=transport)
    with (
        generated(api.id).Client(http_client=http, max_retries=0, **creds) as client,
        pytest.raises(errors.DecodeError) as caught,
    ):
        _raw_call(client, api, ep)
    assert caught.value.operation == ep.name and caught.value.body == half
