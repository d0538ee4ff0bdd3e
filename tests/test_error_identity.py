"""Errors say which request failed: the operation, the attempts, and the exchange's own id of the request
where its answers carry one (spec `errors.request_id`: a header or a field of the error body), sync and
async, for every API (None where the spec names no request id); raw responses carry it too."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import APIS, ENDPOINTS, generated

from benchmarks.limits import kwargs, wire_values
from exchange_bindings import errors
from generator import ir

REQUEST_ID = "req-7f3a-0001"


def _failing(api: ir.ApiIR) -> httpx.MockTransport:
    """Refuses every request (HTTP 400), naming the request where the spec says the exchange does."""
    table = api.runtime.errors
    body: dict[str, Any] = {"message": "refused"}
    if table.request_id_field is not None:
        *parents, leaf = table.request_id_field.split(".")
        inner = body
        for part in parents:
            inner = inner.setdefault(part, {})
        inner[leaf] = REQUEST_ID
    headers = {table.request_id_header: REQUEST_ID} if table.request_id_header is not None else {}
    return httpx.MockTransport(lambda request: httpx.Response(400, json=body, headers=headers))


def _call(api: ir.ApiIR) -> tuple[ir.EndpointIR, dict[str, Any]]:
    ep = next(e for a, e in ENDPOINTS if a is api and e.method == "GET")
    return ep, kwargs(api, ep, wire_values(api, ep))


def _check(api: ir.ApiIR, ep: ir.EndpointIR, error: errors.ExchangeError) -> None:
    assert error.operation == ep.name and error.attempts == 1
    names_one = api.runtime.errors.request_id_header or api.runtime.errors.request_id_field
    assert error.request_id == (REQUEST_ID if names_one else None)
    assert (f"request id: {REQUEST_ID}" in getattr(error, "__notes__", [])) == bool(names_one)


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_errors_carry_the_operation_attempts_and_request_id_sync_and_async(api: ir.ApiIR) -> None:
    ep, args = _call(api)
    creds = {c: "x" for c in api.credentials}
    module = generated(api.id)
    with module.Client(http_client=httpx.Client(transport=_failing(api)), max_retries=0, **creds) as client:
        with pytest.raises(errors.ExchangeError) as caught:
            getattr(client, ep.name)(**args)
        _check(api, ep, caught.value)
        with pytest.raises(errors.ExchangeError) as caught:  # the raw view raises the same typed error
            getattr(client.with_raw_response, ep.name)(**args)
        _check(api, ep, caught.value)

    async def run() -> None:
        transport = _failing(api)
        async with module.AsyncClient(http_client=httpx.AsyncClient(transport=transport), max_retries=0, **creds) as c:
            with pytest.raises(errors.ExchangeError) as caught:
                await getattr(c, ep.name)(**args)
            _check(api, ep, caught.value)

    asyncio.run(run())


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_each_spec_says_whether_its_exchange_names_requests(api: ir.ApiIR) -> None:
    """A request id in the spec, or a comment that the docs name none (so nobody looks again)."""
    text = (Path(__file__).parent.parent / "spec" / api.id / "api.yaml").read_text()
    errors_section = text.split("\nerrors:\n", 1)[1]
    assert "request_id:" in errors_section.split("\n\n", 1)[0] or "# request_id: none" in errors_section


def test_the_errors_module_exports_every_error_class() -> None:
    """`exchange_bindings.errors` (the module, as `from exchange_bindings.errors import X` loads it, which then
    stands for `exchange_bindings.errors` everywhere) names every public error class of the runtime: a class
    left out of `__all__` (the stream errors were) would vanish for whoever imported the module that way."""
    import importlib
    import inspect

    from exchange_bindings.runtime import errors as runtime_errors

    module = importlib.import_module("exchange_bindings.errors")
    public = {
        name
        for name, value in vars(runtime_errors).items()
        if inspect.isclass(value)
        and issubclass(value, BaseException)
        and value.__module__ == runtime_errors.__name__
        and not name.startswith("_")
    }
    assert public - set(dir(module)) == set()
