"""pytest fixtures for testing against the stub servers (registered by the package's entry point).

def test_place(exchange_stub):
    stub = exchange_stub(api_id, seed=1)      # in-process, no socket; api_id as in exchange_bindings.APIS
    client = stub.client()                             # signed in as the demo account
    ...
    assert stub.control.requests()[-1]["status"] == 200

def test_over_http(exchange_stub_server):
    server = exchange_stub_server(api_id)     # uvicorn on 127.0.0.1, a free port
    client = server.client()                           # a real socket

A stub of an order router hosts several venues: `stub.venues` names them, `stub.venue(name)` is one's
simulated exchange and `stub.state(name)` its balances and open orders (the default venue without a name).

The handle carries the whole control surface, typed: `reset`, `add_fault(Fault(...))`, `add_account(NewAccount(...))`,
`add_key`, `add_market(NewMarket(...))`, `place_order(NewOrder(...))`, `requests()`, `limits(...)`, the socket
controls; each API's `stub.Handle` types its clients (`stub: <api>.stub.Handle = exchange_stub("<api>")`).
A fault added and never used by the end of the test is reported as an `UnusedFaultWarning`. Async tests
run under anyio's pytest plugin (installed with httpx): mark them `@pytest.mark.anyio`.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Iterator
from typing import Any, Protocol

import pytest

from .stub.app import Stub
from .stub.builders import unknown_name
from .stub.handle import StubHandle, UnusedFaultWarning


class StubFactory(Protocol):
    """What the fixtures give: `exchange_stub(api, seed=0)`, a handle; annotate it with the API's own
    `Handle` (`stub: <api>.stub.Handle = exchange_stub("<api>")`) and its clients are typed."""

    def __call__(self, api: str, seed: int = 0) -> StubHandle[Any, Any]: ...


def _create(api: str, seed: int) -> Stub:
    known: list[str] = importlib.import_module("exchange_bindings").APIS
    if api not in known:
        raise LookupError(f"exchange_bindings: {unknown_name('API', api, known)}")
    stub: Stub = importlib.import_module(f"exchange_bindings.{api}.stub").create_stub(seed=seed)
    return stub


def _finish(handle: StubHandle[Any, Any]) -> None:
    handle.close()
    for fault in handle.unused_faults():
        warnings.warn(UnusedFaultWarning(f"{handle.api}: a fault no request met: {fault}"), stacklevel=1)


@pytest.fixture
def exchange_stub() -> Iterator[StubFactory]:
    """Factory: `exchange_stub(api, seed=0)` gives an in-process StubHandle."""
    handles: list[StubHandle[Any, Any]] = []

    def make(api: str, seed: int = 0) -> StubHandle[Any, Any]:
        handles.append(StubHandle(api, _create(api, seed)))
        return handles[-1]

    yield make
    for handle in handles:
        _finish(handle)


@pytest.fixture
def exchange_stub_server() -> Iterator[StubFactory]:
    """Factory: `exchange_stub_server(api, seed=0)` gives a StubHandle served on 127.0.0.1."""
    from .stub.serve import ServerThread

    running: list[tuple[StubHandle[Any, Any], ServerThread]] = []

    def make(api: str, seed: int = 0) -> StubHandle[Any, Any]:
        stub = _create(api, seed)
        server = ServerThread(stub)
        handle: StubHandle[Any, Any] = StubHandle(api, stub, server.start())
        running.append((handle, server))
        return handle

    yield make
    for handle, server in running:
        _finish(handle)
        server.stop()
