"""The handle a test holds on a stub: its clients, bound to it, and its whole control surface, typed.

Each API's stub module names its typed handle `Handle` (`StubHandle[Client, AsyncClient]`); the pytest
plugin's fixtures make them. Nothing here needs pytest.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import ModuleType
from typing import Any, Generic, TypeVar

import httpx
import msgspec

from ..sim import Exchange, Order
from ..sim.funds import Deposit
from . import views
from .app import Stub
from .builders import Fault, NewAccount, NewDeposit, NewMarket, NewOrder, NewPrice, NewReferral, checked, given
from .control import Control, LoggedRequest

C = TypeVar("C")  # the API's Client
A = TypeVar("A")  # and its AsyncClient


class UnusedFaultWarning(UserWarning):
    """A test scripted a fault that no request met: the test did not exercise what it meant to."""


class StubHandle(Generic[C, A]):
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

    def client(self, **options: Any) -> C:
        """The API's `Client`, signed in as the demo account unless credentials are given."""
        if self.in_process:
            options.setdefault("http_client", httpx.Client(transport=self.stub.transport()))
        client: C = self._module.Client(base_url=self.url, **{**self.credentials, **options})
        self._closers.append(client.close)  # type: ignore[attr-defined]
        if self.in_process:
            self._closers.append(options["http_client"].close)
        return client

    def async_client(self, **options: Any) -> A:
        """The API's `AsyncClient`; close it with `await client.aclose()` (or use `async with`)."""
        if self.in_process:
            options.setdefault("http_client", httpx.AsyncClient(transport=self.stub.async_transport()))
        client: A = self._module.AsyncClient(base_url=self.url, **{**self.credentials, **options})
        return client

    # -- the control surface, typed (the same checks as over HTTP; a refusal raises ControlError) ------
    def reset(self, seed: int | None = None, *, book_levels: int = 10, trades: int = 200) -> None:
        """Fresh, deterministic state (`seed`: by default the stub's)."""
        self.stub.reset(seed, book_levels=book_levels, trades=trades)

    def add_fault(self, fault: Fault) -> Fault:
        """Script a fault (`Fault(times=1, operation=None, status=, code=, latency=, drop=, ...)`)."""
        return self.control.add_fault(**_fields(fault))

    def clear_faults(self) -> None:
        self.control.clear_faults()

    def unused_faults(self) -> list[Fault]:
        """Faults added that no request met yet."""
        return self.control.unused_faults()

    def requests(self) -> list[LoggedRequest]:
        """The requests received, newest last: status, exchange code and the check that refused it."""
        return [LoggedRequest(**entry) for entry in self.control.requests()]

    def limits(self, enforce: bool) -> None:
        """Enforce the spec's rate limits (the default) or not."""
        self.control.limits = enforce

    def add_account(self, account: NewAccount) -> None:
        """Another account, in every venue, with its balances, wallets and key."""
        venues = {name: _fields(funds) for name, funds in account.venues.items()}
        self.stub.add_account(
            account.id, account.balances, account.permissions, account.credentials, account.ips, account.wallets, venues
        )

    def add_key(
        self,
        account_id: str,
        credentials: Mapping[str, str],
        permissions: tuple[str, ...] = (),
        ips: tuple[str, ...] = (),
        created_ms: int | None = None,
    ) -> None:
        """Another API key of an account, under the spec's key rules."""
        self.stub.add_key(account_id, credentials, permissions, ips, created_ms)

    def add_market(self, market: NewMarket, venue: str | None = None) -> None:
        """Another market (a new symbol) in `venue` (by default the default one)."""
        self.stub.add_market(**given(market), **({"venue": venue} if venue is not None else {}))

    def place_order(self, order: NewOrder) -> Order:
        """Seed an order as `order.account` (it rests or trades), in simulator terms."""
        fields = given(order)
        placed: Order = self.stub.place_order(fields.pop("account"), **fields)
        return placed

    def deposit(self, deposit: NewDeposit) -> Deposit:
        """Funds arriving for `deposit.account` (on a chain, or from another user without one), credited at once."""
        return views.deposit(self.stub, checked(NewDeposit, _fields(deposit)))

    def set_index(self, price: NewPrice) -> dict[str, Any]:
        """Move a market's index price (its mark price follows; stops watching them trigger); the
        market's index and mark after it. Refused by a stub whose spec has no mark prices."""
        return views.move_index(self.stub, checked(NewPrice, _fields(price)))

    def refer(self, referral: NewReferral) -> None:
        """Make `referral.referrer` the referrer of `referral.referee` (its fees earn the referrer rebates)."""
        views.refer(self.stub, checked(NewReferral, _fields(referral)))

    def ws_push(self, message: Any, count: int = 1) -> int:
        """Send a message to every stream connection; how many got it."""
        return self.stub.ws_push(message, count)

    def ws_drop(self) -> int:
        """Close every stream connection abruptly."""
        return self.stub.ws_drop()

    def ws_stall(self, seconds: float) -> int:
        """Hold back everything sent on the stream connections for `seconds`."""
        return self.stub.ws_stall(seconds)

    def ws_keys(self, seconds: float) -> int:
        """Stream URL credentials (listen keys) issued or renewed from now until the next reset live `seconds`;
        how many venues it changed."""
        return self.stub.ws_key_validity(seconds)

    def close(self) -> None:
        for close in reversed(self._closers):
            close()


def _fields(struct: msgspec.Struct) -> dict[str, Any]:
    return msgspec.structs.asdict(struct)
