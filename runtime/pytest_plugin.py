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
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from .sim import Exchange
from .stub.app import Stub
from .stub.control import Control


class StubHandle:
    """A running stub with clients bound to it and its control surface."""

    def __init__(self, api: str, stub: Stub, url: str | None = None, module: ModuleType | None = None) -> None:
        self.api = api
        self.stub = stub
        self.url = url or "http://stub.invalid"
        self.in_process = url is None
        self._module = module or importlib.import_module(f"exchange_bindings.{api}")  # the API's package
        self._closers: list[Any] = []

    @property
    def control(self) -> Control:
        return self.stub.control

    @property
    def credentials(self) -> dict[str, str]:
        return self.stub.credentials

    @property
    def venues(self) -> list[str]:
        """The stub's venues, the default first (a stub of one exchange: one)."""
        return list(self.stub.venue_config.ids)

    def venue(self, name: str | None = None) -> Exchange:
        """A venue's simulated exchange (by default the default venue's)."""
        return self.stub.venue(name)

    def state(self, venue: str | None = None) -> dict[str, Any]:
        """Balances, positions and open orders in a venue (by default the default one)."""
        return self.stub.state(venue)

    def client(self, **options: Any) -> Any:
        """The API's `Client`, signed in as the demo account unless credentials are given."""
        if self.in_process:
            options.setdefault("http_client", httpx.Client(transport=self.stub.transport()))
        client = self._module.Client(base_url=self.url, **{**self.credentials, **options})
        self._closers.append(client.close)
        if self.in_process:
            self._closers.append(options["http_client"].close)
        return client

    def async_client(self, **options: Any) -> Any:
        """The API's `AsyncClient`; close it with `await client.aclose()` (or use `async with`)."""
        if self.in_process:
            options.setdefault("http_client", httpx.AsyncClient(transport=self.stub.async_transport()))
        return self._module.AsyncClient(base_url=self.url, **{**self.credentials, **options})

    def close(self) -> None:
        for close in reversed(self._closers):
            close()


def _create(api: str, seed: int) -> Stub:
    stub: Stub = importlib.import_module(f"exchange_bindings.{api}.stub").create_stub(seed=seed)
    return stub


@pytest.fixture
def exchange_stub() -> Iterator[Any]:
    """Factory: `exchange_stub(api, seed=0)` gives an in-process StubHandle."""
    handles: list[StubHandle] = []

    def make(api: str, seed: int = 0) -> StubHandle:
        handles.append(StubHandle(api, _create(api, seed)))
        return handles[-1]

    yield make
    for handle in handles:
        handle.close()


@pytest.fixture
def exchange_stub_server() -> Iterator[Any]:
    """Factory: `exchange_stub_server(api, seed=0)` gives a StubHandle served on 127.0.0.1."""
    from .stub.serve import ServerThread

    running: list[tuple[StubHandle, ServerThread]] = []

    def make(api: str, seed: int = 0) -> StubHandle:
        stub = _create(api, seed)
        server = ServerThread(stub)
        handle = StubHandle(api, stub, server.start())
        running.append((handle, server))
        return handle

    yield make
    for handle, server in running:
        handle.close()
        server.stop()
