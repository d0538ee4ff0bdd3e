"""A login session against the stub of the API that has one (seed 004's): tokens that expire under load are renewed without a failed
call, the caller's own login and refresh open and renew the session, the logout needs the token and the
refresh cookie, and API-key management takes a session only (seed 004: "API Key management endpoints
only accept JWT"; logout "JWT + Cookie")."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest
from conftest import APIS, generated
from stub_support import build_request, expect_rejection, session_headers, signed

from exchange_bindings.runtime.config import seconds
from exchange_bindings.runtime.errors import APIError

API = next(a for a in APIS.values() if any(s["type"] == "jwt_session" for s in a.config["auth"]["schemes"].values()))
SESSION = next(n for n, s in API.config["auth"]["schemes"].items() if s["type"] == "jwt_session")
SCHEME = API.config["auth"]["schemes"][SESSION]
T0 = 1_800_000_000.0


class Clock:
    """One clock for the client (s) and the stub (ms), moved by the test."""

    def __init__(self) -> None:
        self.now = T0
        self.lock = threading.Lock()

    def client(self) -> float:
        return self.now

    def stub(self) -> int:
        return int(self.now * 1000)


def _setup(clock: Clock, **credentials: str) -> tuple[Any, Any, Any]:
    stub = generated(API.id, "stub").create_stub(seed=1, clock=clock.stub)
    stub.control.limits = False  # many calls; the login bucket is not what these tests are about
    given = credentials or stub.credentials
    client = generated(API.id).Client(
        base_url="http://stub.invalid", http_client=httpx.Client(transport=stub.transport()), **given
    )
    auth = client._core.auths[SESSION]
    auth.clock = clock.client
    return stub, client, auth


def _endpoint(name: str) -> Any:
    return next(ep for ep in API.endpoints if ep.name == name)


def test_tokens_expire_under_load_without_a_failed_call() -> None:
    clock = Clock()
    stub, client, auth = _setup(clock)
    lifetime = 15 * 60
    failures: list[BaseException] = []

    def work() -> None:
        for _ in range(10):
            try:
                client.list_api_keys()
            except BaseException as error:  # any failed call fails the test
                failures.append(error)

    for step in range(4):  # each round starts past the previous token's life
        clock.now = T0 + step * (lifetime + 1)
        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert not failures, failures[:3]
    # each round renews (threads that meet the expiry together may each renew: a rotated cookie makes
    # the later ones log in again), and at least one renewal used the refresh cookie
    assert 4 <= auth.logins + auth.refreshes <= 4 * 8 and auth.refreshes >= 1
    statuses = [(e.operation, e.status) for e in stub.control.log]
    calls = [status for op, status in statuses if op == "list_api_keys"]
    assert len(calls) == 4 * 8 * 10 and set(calls) == {200}  # no call met an expired token


def test_a_token_the_server_expired_is_refreshed_after_its_401() -> None:
    clock = Clock()
    stub, client, auth = _setup(clock)
    client.list_api_keys()
    auth._expires_at = float("inf")  # the client believes its token lives on
    clock.now = T0 + 15 * 60 + 1
    client.list_api_keys()
    statuses = [(e.operation, e.status) for e in stub.control.log]
    code = API.stub["rejections"]["token_expired"]
    assert ("list_api_keys", 401) in statuses and statuses[-1] == ("list_api_keys", 200)
    assert API.config["errors"]["codes"][code]["kind"] == "authentication" and auth.refreshes == 1


def test_the_callers_own_login_and_refresh_open_and_renew_the_session() -> None:
    clock = Clock()
    stub, client, auth = _setup(clock)
    session = client.refresh_token()  # no session yet: logs in for the cookie, then refreshes
    assert session.token_type == "Bearer" and session.expires_in == 15 * 60
    assert (auth.logins, auth.refreshes) == (1, 0)
    assert auth._token == session.access_token
    client.list_api_keys()  # on the refreshed token: no other login
    assert [e.operation for e in stub.control.log] == ["login", "refresh_token", "list_api_keys"]
    account = API.stub["accounts"][1]["credentials"]
    other = client.login(username=account["username"], password=account["password"])
    assert auth._token == other.access_token  # the caller's login is the session now


def test_logout_needs_the_token_and_the_cookie_and_ends_the_session() -> None:
    clock = Clock()
    stub, client, auth = _setup(clock)
    creds = stub.credentials
    with httpx.Client(transport=stub.transport()) as http:
        headers = session_headers(API, SESSION, http, creds)
        without_cookie = build_request(API, _endpoint("logout"), {})
        without_cookie.headers[SCHEME["header"]] = headers[SCHEME["header"]]
        expect_rejection(API, http.send(without_cookie), "refresh_required")
    client.list_api_keys()
    client.logout()
    assert auth._token is None
    client.list_api_keys()  # a new session
    assert auth.logins == 2


@pytest.mark.parametrize("name", ["create_api_key", "list_api_keys", "update_api_key", "delete_api_key"])
def test_api_key_management_takes_no_api_key(name: str) -> None:
    """An HMAC-signed request (a valid API key) to a JWT-only endpoint is refused."""
    clock = Clock()
    stub, _, _ = _setup(clock)
    ep = _endpoint(name)
    request = build_request(API, ep, {p.wire: p.sample for p in ep.required_params})
    hmac_ep = next(e for e in API.endpoints if e.auth == "hmac")
    signed(API, hmac_ep, request, stub.credentials)
    with httpx.Client(transport=stub.transport()) as http:
        expect_rejection(API, http.send(request), "unknown_key")


def test_a_session_user_calls_the_signed_endpoints_too() -> None:
    """Seed 004: private endpoints "can use JWT or API Key signing": a client given only a username and
    password trades and reads through its session; one given only an API key signs; the stub takes both."""
    clock = Clock()
    clock.now = time.time()  # the API key's signature carries the machine's time
    demo = API.stub["accounts"][0]["credentials"]
    scheme_credentials = {c for c in SCHEME["credentials"]}
    stub, by_session, auth = _setup(clock, **{k: v for k, v in demo.items() if k in scheme_credentials})
    signed_eps = [ep for ep in API.endpoints if ep.auth is not None and ep.auth != SESSION]
    read = next(ep for ep in signed_eps if ep.method == "GET" and not ep.required_params)
    getattr(by_session, read.name)()
    assert auth.logins == 1 and stub.control.log[-1].status == 200 and stub.control.log[-1].account is not None
    by_key = generated(API.id).Client(
        base_url="http://stub.invalid",
        http_client=httpx.Client(transport=stub.transport()),
        **{k: v for k, v in demo.items() if k not in scheme_credentials},
    )
    getattr(by_key, read.name)()
    assert stub.control.log[-1].status == 200 and stub.control.log[-1].account == stub.control.log[-2].account
    assert [e.operation for e in stub.control.log].count("login") == 1  # the key signed: no session


def test_an_expired_token_on_a_signed_endpoint_is_refused_so_the_client_refreshes() -> None:
    clock = Clock()
    demo = API.stub["accounts"][0]["credentials"]
    stub, client, auth = _setup(clock, **{k: v for k, v in demo.items() if k in SCHEME["credentials"]})
    read = next(
        ep for ep in API.endpoints if ep.auth not in (None, SESSION) and ep.method == "GET" and not ep.required_params
    )
    getattr(client, read.name)()
    auth._expires_at = float("inf")
    clock.now = T0 + 15 * 60 + 1
    getattr(client, read.name)()
    statuses = [(e.operation, e.status) for e in stub.control.log]
    assert (read.name, 401) in statuses and statuses[-1] == (read.name, 200) and auth.refreshes == 1


def _ticket_endpoints() -> list[dict[str, Any]]:
    return list(SCHEME.get("tickets", ()))


def test_tokens_expire_under_load_on_an_async_client_without_a_failed_call() -> None:
    """Many concurrent calls on one AsyncClient across each expiry (the token's life shortened through the
    stub's control surface): no call fails, and the calls that meet an expiry share one renewal."""
    clock = Clock()
    stub = generated(API.id, "stub").create_stub(seed=1, clock=clock.stub)
    stub.control.limits = False
    assert stub.session_lifetime(120) == 1  # the stub option: one session scheme's tokens live 120 s
    http = httpx.AsyncClient(transport=stub.async_transport())
    client = generated(API.id).AsyncClient(base_url="http://stub.invalid", http_client=http, **stub.credentials)
    auth = client._core.auths[SESSION]
    auth.clock = clock.client
    results: list[Any] = []

    async def rounds() -> None:
        for step in range(4):  # each round starts past the previous token's life
            clock.now = T0 + step * 121
            results.extend(await asyncio.gather(*(client.list_api_keys() for _ in range(40)), return_exceptions=True))

    asyncio.run(rounds())
    assert not [r for r in results if isinstance(r, BaseException)], results[:3]
    assert (auth.logins, auth.refreshes) == (1, 3)  # one renewal per expiry, by the refresh cookie after the first
    calls = [e.status for e in stub.control.log if e.operation == "list_api_keys"]
    assert len(calls) == 4 * 40 and set(calls) == {200}
    session = [
        e for e in stub.control.log if e.operation in (SCHEME["login"]["operation"], SCHEME["refresh"]["operation"])
    ]
    assert len(session) == 4


@pytest.mark.parametrize("ticket", _ticket_endpoints(), ids=lambda t: t["operation"])
def test_a_ticket_opens_a_session_once(ticket: dict[str, Any]) -> None:
    """A seeded ticket (the documented example) opens a session of its account that JWT-only endpoints
    take; the same ticket is refused the second time; a ticket the stub issues opens a session
    of the account it names."""
    clock = Clock()
    stub = generated(API.id, "stub").create_stub(seed=1, clock=clock.stub)
    client = generated(API.id).Client(
        base_url="http://stub.invalid", http_client=httpx.Client(transport=stub.transport())
    )
    operation, param = ticket["operation"], ticket["param"]
    call = getattr(client, operation)
    arg = next(p.python for p in _endpoint(operation).params if p.wire == param)
    ((seeded, login),) = ticket["seed"].items()
    opened = call(**{arg: seeded})
    assert client.list_api_keys() == [] and client._core.auths[SESSION]._token == opened.access_token
    account = next(a for a in API.stub["accounts"] if a["credentials"][SCHEME["credentials"][0]] == login)
    assert stub.control.log[-1].account == account["id"]
    with pytest.raises(APIError) as raised:
        call(**{arg: seeded})
    assert str(raised.value.code) == API.stub["rejections"]["ticket_invalid"]
    other = API.stub["accounts"][1]
    issued = stub.issue_ticket(operation, other["id"])
    call(**{arg: issued})
    client.list_api_keys()
    assert stub.control.log[-1].account == other["id"]


def test_a_ticket_with_a_lifetime_expires() -> None:
    ticket = next(t for t in _ticket_endpoints() if "lifetime" in t)
    clock = Clock()
    stub = generated(API.id, "stub").create_stub(seed=1, clock=clock.stub)
    client = generated(API.id).Client(
        base_url="http://stub.invalid", http_client=httpx.Client(transport=stub.transport())
    )
    arg = next(p.python for p in _endpoint(ticket["operation"]).params if p.wire == ticket["param"])
    issued = stub.issue_ticket(ticket["operation"], API.stub["accounts"][0]["id"])
    clock.now += seconds(ticket["lifetime"])
    with pytest.raises(APIError) as raised:
        getattr(client, ticket["operation"])(**{arg: issued})
    assert str(raised.value.code) == API.stub["rejections"]["ticket_invalid"]
    fresh = stub.issue_ticket(ticket["operation"], API.stub["accounts"][0]["id"])
    clock.now += seconds(ticket["lifetime"]) - 1
    assert getattr(client, ticket["operation"])(**{arg: fresh}).access_token
