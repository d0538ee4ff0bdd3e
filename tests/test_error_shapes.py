"""APIs with several error bodies (spec errors.shapes) and success bodies that are not JSON (success.body), on
both sides: each refusal the stub answers in one of the shapes reaches both clients as that shape's class of the
API's package AND its kind's class, with its code, message and request id; text and empty successes arrive as the
text and None, and the stub sends them as text/plain and as nothing."""

from __future__ import annotations

import asyncio
import importlib
import json

import httpx
import pytest
from conftest import APIS, generated
from stub_support import stub_of

from exchange_bindings.runtime.errors import ERROR_KINDS, APIError, ShapedError
from generator import ir
from generator.typed.api import shape_class

BASE = "http://stub.invalid"
SHAPED = [api for api in APIS.values() if api.runtime is not None and api.runtime.errors.shapes]
PLAIN = [
    (api, ep) for api in APIS.values() for ep in api.endpoints if ep.success is not None and ep.success.body != "json"
]


def test_some_api_has_several_error_bodies_and_plain_successes() -> None:
    assert SHAPED and {ep.success.body for _, ep in PLAIN if ep.success is not None} == {"text", "empty"}


def _refusals(api: ir.ApiIR) -> list[str]:
    """A reason of each error body the stub answers: its usual one's, and each of error_responses'."""
    setup = api.stub_config
    assert setup is not None
    return ["order_not_found", *(shaped.reasons[0] for shaped in setup.error_responses)]


def _open_call(api: ir.ApiIR) -> ir.EndpointIR:
    """An endpoint any refusal can answer: one that needs no argument."""
    return next(ep for ep in api.endpoints if not any(p.required for p in ep.params))


def _both_clients(api: ir.ApiIR, ep: ir.EndpointIR, transport: httpx.MockTransport) -> list[BaseException]:
    """What the call raised through the sync client and through the async one."""
    module = generated(api.id)
    creds = {c: "x" for c in api.credentials}
    raised: list[BaseException] = []
    with module.Client(base_url=BASE, max_retries=0, http_client=httpx.Client(transport=transport), **creds) as client:
        with pytest.raises(APIError) as sync:
            getattr(client, ep.name)()
        raised.append(sync.value)

    async def run() -> None:
        http = httpx.AsyncClient(transport=transport)
        async with module.AsyncClient(base_url=BASE, max_retries=0, http_client=http, **creds) as client:
            with pytest.raises(APIError) as refused:
                await getattr(client, ep.name)()
            raised.append(refused.value)

    asyncio.run(run())
    return raised


@pytest.mark.parametrize("api", SHAPED, ids=lambda a: a.id)
def test_every_error_body_of_the_stub_is_its_shape_and_its_kind(api: ir.ApiIR) -> None:
    assert api.runtime is not None
    table = api.runtime.errors
    stub = stub_of(api)
    ep = _open_call(api)
    seen_shapes = set()
    for reason in _refusals(api):
        answer = stub.refusals.reject(reason, f"refused: {reason}")
        body = json.loads(answer.body)
        shape = next(s for s in table.shapes if s.when in body)  # the stub's body is one of the API's shapes
        seen_shapes.add(shape.name)
        transport = httpx.MockTransport(lambda _, a=answer: httpx.Response(a.status, content=a.body))
        package = importlib.import_module(f"exchange_bindings.{api.id}")
        for error in _both_clients(api, ep, transport):
            assert isinstance(error, getattr(package, shape_class(shape.name)) and ShapedError)
            kind = table.codes.get(str(error.code)) if error.code is not None else table.statuses.get(answer.status)
            assert isinstance(error, ERROR_KINDS[kind or ""]), (reason, type(error).__mro__)
            assert error.status == answer.status and error.fields == body and error.message
            assert error.code == (body.get(shape.code_field) if shape.code_field else None)
            if table.request_id_field is not None and table.request_id_field in body:
                assert error.request_id == body[table.request_id_field]
    assert len(seen_shapes) > 1  # several bodies, each read as its own


@pytest.mark.parametrize("api", SHAPED, ids=lambda a: a.id)
def test_a_venue_fault_reaches_both_clients_as_its_shape(api: ir.ApiIR) -> None:
    """An exchange unreachable or slow (a fault of one venue): the status the API gives it, typed."""
    assert api.runtime is not None
    table = api.runtime.errors
    stub = stub_of(api)
    venues = list(stub.venue_config.ids)
    ep = next(e for e in api.endpoints if any(p.wire == stub.venue_config.param for p in e.params))
    for code, kind in table.codes.items():
        if kind not in ("unavailable", "timeout"):
            continue
        stub.control.add_fault(code=code, venue=venues[1], times=None)
        module = generated(api.id)
        with module.Client(
            base_url=BASE, max_retries=0, http_client=httpx.Client(transport=stub.transport()), **stub.credentials
        ) as client:
            getattr(client, ep.name)(**{stub.venue_config.param: venues[0]})  # another venue still answers
            with pytest.raises(ERROR_KINDS[kind]) as refused:
                getattr(client, ep.name)(**{stub.venue_config.param: venues[1]})
        assert refused.value.code == code and isinstance(refused.value, ShapedError)
        assert refused.value.status in {s for s, k in table.statuses.items() if k == kind}
        stub.control.clear_faults()


@pytest.mark.parametrize("case", PLAIN, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_text_and_empty_successes_on_both_sides(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    assert ep.success is not None
    stub = stub_of(api)
    module = generated(api.id)
    args = {p.python: p.sample for p in ep.params if p.required}
    http = httpx.Client(transport=stub.transport(), base_url=BASE)
    with module.Client(base_url=BASE, http_client=http, **stub.credentials) as client:
        raw = getattr(client.with_raw_response, ep.name)(**args)
    if ep.success.body == "text":
        assert raw.headers["content-type"].startswith("text/plain")
        assert isinstance(raw.parse(), str) and raw.parse() == raw.text and raw.parse()
    else:
        assert raw.content == b"" and raw.parse() is None
