"""The jwt_session plug-in end to end (tests/specs/auth_jwt): the generated client logs in with the
operation the spec names, carries the token, refreshes it before it expires and after a 401 (with the
refresh cookie, else by logging in again), forgets it on logout; the stub issues, verifies, expires and
revokes tokens. Sync and async; the call's deadline and typed errors hold; no token or password leaks."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import httpx
import pytest
from fixture_apis import fixture_api, module
from test_secrets_in_frames import _frame_locals

from exchange_bindings import errors

T0 = 1_700_000_000.0


class Clocks:
    """The client's clock and the stub's (ms), the stub's `skew` seconds ahead."""

    def __init__(self) -> None:
        self.now = T0
        self.skew = 0.0

    def client(self) -> float:
        return self.now

    def stub(self) -> int:
        return int((self.now + self.skew) * 1000)


def _setup(clocks: Clocks, *, asynchronous: bool = False, **options: Any) -> tuple[Any, Any, Any]:
    stub = module("auth_jwt", "stub").create_stub(seed=1, clock=clocks.stub)
    api = fixture_api("auth_jwt")
    if asynchronous:
        http: Any = httpx.AsyncClient(transport=stub.async_transport())
        client = api.AsyncClient(base_url="http://stub.invalid", http_client=http, **stub.credentials, **options)
    else:
        http = httpx.Client(transport=stub.transport())
        client = api.Client(base_url="http://stub.invalid", http_client=http, **stub.credentials, **options)
    auth = client._core.auths["session"]
    auth.clock = clocks.client
    return stub, client, auth


def _operations(stub: Any) -> list[tuple[str | None, int]]:
    return [(entry.operation, entry.status) for entry in stub.control.log]


def test_a_session_outlives_its_tokens_without_a_failed_call() -> None:
    clocks = Clocks()
    stub, client, auth = _setup(clocks)
    assert client.get_balances().account == "1"  # logs in first
    clocks.now = T0 + 30
    assert client.get_balances().account == "1"  # the token still has 30 s
    assert (auth.logins, auth.refreshes) == (1, 0)
    clocks.now = T0 + 55  # within 10 s of expiry: renewed before the call
    assert client.get_balances().account == "1"
    assert (auth.logins, auth.refreshes) == (1, 1)
    assert _operations(stub) == [
        ("login", 200),
        ("get_balances", 200),
        ("get_balances", 200),
        ("refresh_token", 200),
        ("get_balances", 200),
    ]
    clocks.now, clocks.skew = T0 + 70, 100.0  # the server thinks the token expired long ago: a 401
    stub.control.log.clear()
    assert client.get_balances().account == "1"
    assert _operations(stub) == [("get_balances", 401), ("refresh_token", 200), ("get_balances", 200)]
    assert (auth.logins, auth.refreshes) == (1, 2)


def test_a_revoked_refresh_cookie_means_logging_in_again() -> None:
    clocks = Clocks()
    stub, client, auth = _setup(clocks)
    client.get_balances()
    stub.verifier.checkers["session"].revoke()  # the server forgot every session
    stub.control.log.clear()
    assert client.get_balances().account == "1"
    assert _operations(stub) == [("get_balances", 401), ("refresh_token", 401), ("login", 200), ("get_balances", 200)]
    assert (auth.logins, auth.refreshes) == (2, 0)


def test_logout_ends_the_session_on_both_sides() -> None:
    clocks = Clocks()
    stub, client, auth = _setup(clocks)
    client.get_balances()
    token, cookie = auth._token, auth._cookie
    assert client.logout().done
    assert auth._token is None and auth._cookie is None and "closed" in repr(auth)
    with httpx.Client(transport=stub.transport(), base_url="http://stub.invalid") as http:
        assert http.get("/api/balances", headers={"Authorization": f"Bearer {token}"}).status_code == 401
        assert http.post("/api/auth/refresh", headers={"Cookie": f"refresh_token={cookie}"}).status_code == 401
    stub.control.log.clear()
    assert client.get_balances().account == "1"
    assert _operations(stub) == [("login", 200), ("get_balances", 200)]


def test_the_async_client_keeps_its_session_too() -> None:
    clocks = Clocks()
    stub, client, auth = _setup(clocks, asynchronous=True)

    async def run() -> list[str]:
        accounts = [(await client.get_balances()).account]
        clocks.now = T0 + 300  # expired: renewed with the cookie
        accounts.append((await client.get_balances()).account)
        clocks.skew = 1000.0  # and refused by the server: renewed again, the call sent again
        accounts.append((await client.get_balances()).account)
        await client.aclose()
        return accounts

    assert asyncio.run(run()) == ["1", "1", "1"]
    assert (auth.logins, auth.refreshes) == (1, 2)
    assert [s for _, s in _operations(stub)].count(401) == 1


def test_a_wrong_password_is_a_typed_error_that_shows_no_secret() -> None:
    clocks = Clocks()
    stub = module("auth_jwt", "stub").create_stub(seed=1, clock=clocks.stub)
    password = "not-the-password-8812"
    client = fixture_api("auth_jwt").Client(
        base_url="http://stub.invalid",
        http_client=httpx.Client(transport=stub.transport()),
        username="alice",
        password=password,
    )
    with pytest.raises(errors.AuthenticationError) as caught:
        client.get_balances()
    assert password not in str(caught.value) and password not in repr(caught.value)
    frames = [f for f in _frame_locals(caught.value).splitlines() if not f.startswith("test_")]  # but the test's
    assert password not in "\n".join(frames)
    assert [entry.body for entry in stub.control.log] == ["***"], "the stub's log keeps no password"


def test_no_token_or_password_in_reprs_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    clocks = Clocks()
    stub, client, auth = _setup(clocks)
    client.get_balances()
    clocks.now = T0 + 55
    client.get_balances()
    token, cookie = auth._token, auth._cookie
    assert token and cookie
    shown = caplog.text + repr(client) + repr(auth) + str(stub.control.requests())
    for secret in (token, cookie, stub.credentials["password"]):
        assert secret not in shown


def test_a_login_that_hangs_ends_by_the_calls_deadline() -> None:
    """The login is part of the call: it runs under the call's deadline, and a call whose own request
    never went out says so (not sent)."""
    clocks = Clocks()
    stub, client, _ = _setup(clocks, deadline=0.5)
    stub.control.add_fault(operation="login", latency=5.0)
    started = time.monotonic()
    with pytest.raises(errors.RequestTimeoutError) as caught:
        client.get_balances()
    assert time.monotonic() - started < 3.0
    assert caught.value.sent is False
    assert [entry.operation for entry in stub.control.log] == ["login"]
