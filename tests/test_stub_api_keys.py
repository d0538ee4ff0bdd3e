"""An account's own API keys managed through the stub (seed 004's API-key management, issue 14): a key
created with the login session signs at once; its permissions, IP whitelist and status are enforced on
the next signed call; a deleted key is refused; its secret is answered once and never listed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import msgspec
import pytest
from conftest import APIS, generated
from stub_support import build_request, call_endpoint, expect_rejection, signed, stub_of

from exchange_bindings.runtime.errors import APIError

API = next(a for a in APIS.values() if any(m.get("action") == "create_api_key" for m in a.stub["endpoints"].values()))
ACTION = {m["action"]: name for name, m in API.stub["endpoints"].items() if "action" in m}
SESSION = next(n for n, s in API.config["auth"]["schemes"].items() if s["type"] == "jwt_session")
SESSION_CREDENTIALS = set(API.config["auth"]["schemes"][SESSION]["credentials"])
DEMO = API.stub["accounts"][0]["credentials"]
# a signed read without parameters, and the first order placement (the trade permission)
READ = next(
    ep for ep in API.endpoints if ep.auth not in (None, SESSION) and ep.method == "GET" and not ep.required_params
)
TRADE = next(ep for ep in API.endpoints if API.stub["endpoints"].get(ep.name, {}).get("action") == "place_order")


def _client(stub: Any, client_ip: str = "127.0.0.1", **credentials: str) -> Any:
    http = httpx.Client(transport=stub.transport(client_ip=client_ip))
    return generated(API.id).Client(base_url="http://stub.invalid", http_client=http, **credentials)


def _session(stub: Any) -> Any:
    return _client(stub, **{k: v for k, v in DEMO.items() if k in SESSION_CREDENTIALS})


def _manage(session: Any, action: str, **params: Any) -> Any:
    return getattr(session, ACTION[action])(**params)


def _created(stub: Any, session: Any, **params: Any) -> tuple[str, dict[str, str]]:
    """A new key's name and the credentials that sign with it (taken from create's answer)."""
    made = _manage(session, "create_api_key", label="test", **params)
    return made.api_key, {"api_key": made.api_key, "api_secret": made.api_secret}


def _refused(call: Callable[[], Any], reason: str) -> None:
    with pytest.raises(APIError) as raised:
        call()
    assert str(raised.value.code) == API.stub["rejections"][reason]


def _read(stub: Any, credentials: dict[str, str], client_ip: str = "127.0.0.1") -> Callable[[], Any]:
    return lambda: getattr(_client(stub, client_ip, **credentials), READ.name)()


def _trade(stub: Any, credentials: dict[str, str]) -> Callable[[], Any]:
    return lambda: call_endpoint(API, _client(stub, **credentials), TRADE)


def test_a_created_key_signs_reads_and_trades() -> None:
    stub = stub_of(API)
    _, creds = _created(stub, _session(stub), permissions=["READ", "TRADE"])
    _read(stub, creds)()
    _trade(stub, creds)()
    assert stub.control.log[-1].status == 200


def test_a_key_restricted_to_read_cannot_trade() -> None:
    stub = stub_of(API)
    session = _session(stub)
    key, creds = _created(stub, session, permissions=["READ", "TRADE"])
    _trade(stub, creds)()
    _manage(session, "update_api_key", api_key=key, permissions=["READ"])
    _read(stub, creds)()
    _refused(_trade(stub, creds), "missing_permission")


def test_an_ip_whitelist_without_the_client_refuses_it() -> None:
    stub = stub_of(API)
    session = _session(stub)
    key, creds = _created(stub, session, ip_whitelist=["127.0.0.1"])
    _read(stub, creds)()
    _manage(session, "update_api_key", api_key=key, ip_whitelist=["203.0.113.7"])
    _refused(_read(stub, creds), "ip_not_allowed")
    _read(stub, creds, client_ip="203.0.113.7")()


def test_a_disabled_key_is_refused_until_enabled() -> None:
    stub = stub_of(API)
    session = _session(stub)
    key, creds = _created(stub, session)
    _manage(session, "update_api_key", api_key=key, status="DISABLED")
    _refused(_read(stub, creds), "key_disabled")
    _manage(session, "update_api_key", api_key=key, status="ENABLED")
    _read(stub, creds)()


@pytest.mark.parametrize("action", ["delete_api_key", "delete_api_keys"])
def test_a_deleted_key_is_refused(action: str) -> None:
    stub = stub_of(API)
    session = _session(stub)
    key, creds = _created(stub, session)
    _read(stub, creds)()
    _manage(session, action, **({"api_key": key} if action == "delete_api_key" else {}))
    _refused(_read(stub, creds), "unknown_key")
    assert _manage(session, "api_keys") == []
    _refused(lambda: _manage(session, "update_api_key", api_key=key, label="gone"), "unknown_api_key")


def test_the_secret_is_answered_once_and_never_listed() -> None:
    stub = stub_of(API)
    session = _session(stub)
    key, creds = _created(stub, session, permissions=["READ", "TRADE"], ip_whitelist=["127.0.0.1"])
    listed = _manage(session, "api_keys")
    assert [k.api_key for k in listed] == [key]
    assert listed[0].permissions == ["READ", "TRADE"] and listed[0].ip_whitelist == ["127.0.0.1"]
    assert creds["api_secret"] not in msgspec.json.encode(listed).decode()
    updated = _manage(session, "update_api_key", api_key=key, label="renamed")
    assert creds["api_secret"] not in msgspec.json.encode(updated).decode()


# -- adversarial: what a key or another account must not be able to do --------------------------------
def _other_session(stub: Any) -> Any:
    other = API.stub["accounts"][1]["credentials"]
    return _client(stub, **{k: v for k, v in other.items() if k in SESSION_CREDENTIALS})


def test_a_key_cannot_grant_itself_more_permissions() -> None:
    """A read key signing the API-key management endpoints (JWT only; the client would not send it) is
    refused: it stays read-only and makes no key."""
    stub = stub_of(API)
    key, creds = _created(stub, _session(stub), permissions=["READ"])
    hmac_ep = next(e for e in API.endpoints if e.auth not in (None, SESSION))
    asks = {ACTION["update_api_key"]: {"apiKey": key, "permissions": ["READ", "TRADE"]}}
    asks[ACTION["create_api_key"]] = {"label": "escalate", "permissions": ["READ", "TRADE"]}
    with httpx.Client(transport=stub.transport()) as http:
        for name, params in asks.items():
            ep = next(e for e in API.endpoints if e.name == name)
            request = signed(API, hmac_ep, build_request(API, ep, params), creds)
            expect_rejection(API, http.send(request), "unknown_key")
    _refused(_trade(stub, creds), "missing_permission")
    assert [k.permissions for k in _manage(_session(stub), "api_keys")] == [["READ"]]


def test_an_account_cannot_manage_another_accounts_keys() -> None:
    stub = stub_of(API)
    key, creds = _created(stub, _session(stub), permissions=["READ", "TRADE"])
    intruder = _other_session(stub)
    assert _manage(intruder, "api_keys") == []  # not listed to another account
    _refused(lambda: _manage(intruder, "update_api_key", api_key=key, status="DISABLED"), "unknown_api_key")
    _refused(lambda: _manage(intruder, "update_api_key", api_key=key, ip_whitelist=["203.0.113.9"]), "unknown_api_key")
    _refused(lambda: _manage(intruder, "delete_api_key", api_key=key), "unknown_api_key")
    _manage(intruder, "delete_api_keys")  # deletes the intruder's own keys only
    _read(stub, creds)()
    _trade(stub, creds)()
    assert [k.api_key for k in _manage(_session(stub), "api_keys")] == [key]


def test_a_read_key_cannot_trade_or_cancel() -> None:
    stub = stub_of(API)
    _, creds = _created(stub, _session(stub), permissions=["READ"])
    _read(stub, creds)()
    _refused(_trade(stub, creds), "missing_permission")
    cancel = next(
        ep for ep in API.endpoints if API.stub["endpoints"].get(ep.name, {}).get("action", "").startswith("cancel_all")
    )
    _refused(lambda: call_endpoint(API, _client(stub, **creds), cancel), "missing_permission")


def test_an_ip_outside_the_whitelist_is_refused_from_creation() -> None:
    stub = stub_of(API)
    _, creds = _created(stub, _session(stub), permissions=["READ", "TRADE"], ip_whitelist=["198.51.100.1"])
    _refused(_read(stub, creds), "ip_not_allowed")
    _refused(lambda: call_endpoint(API, _client(stub, "203.0.113.50", **creds), TRADE), "ip_not_allowed")
    _read(stub, creds, client_ip="198.51.100.1")()
