"""API-key rules from the spec, enforced by the stubs with the exchange's own codes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from conftest import APIS, generated
from stub_support import raw_request, stub_of

from benchmarks.limits import wire_values
from exchange_bindings.runtime.sim import SimulatorError
from generator import ir
from generator.naming import snake

RULED = [api for api in APIS.values() if api.stub.get("key_rules")]
DAY_MS = 24 * 60 * 60 * 1000


def _signed_get(api: ir.ApiIR) -> ir.EndpointIR:
    return next(
        ep for ep in api.endpoints if ep.method == "GET" and ep.auth is not None and ep.examples and not ep.params
    )


def _new_key(api: ir.ApiIR, name: str) -> dict[str, str]:
    return {c: f"{name}-{snake(c)}" for c in api.stub["accounts"][0]["credentials"]}


def _send(api: ir.ApiIR, stub: Any, creds: dict[str, str], client_ip: str = "127.0.0.1") -> httpx.Response:
    ep = _signed_get(api)
    with httpx.Client(transport=stub.transport(client_ip=client_ip)) as http:
        return http.send(raw_request(api, ep, wire_values(api, ep), creds))


def _code(api: ir.ApiIR, response: httpx.Response) -> str | None:
    body = response.json()
    code = body.get(api.config["errors"]["code_field"])
    return None if code is None else str(code)


def _ok(api: ir.ApiIR, response: httpx.Response) -> bool:
    success = api.config["errors"].get("success_when")
    return response.status_code < 400 and (
        success is None or response.json().get(success["field"]) in success["values"]
    )


@pytest.mark.parametrize("api", RULED, ids=lambda a: a.id)
def test_key_bound_to_ips_works_only_from_them(api: ir.ApiIR) -> None:
    stub = stub_of(api)
    account = api.stub["accounts"][0]
    creds = _new_key(api, "whitelisted")
    stub.add_key(account["id"], creds, account["permissions"], ips=["10.9.8.7"])
    refused = _send(api, stub, creds)
    assert not _ok(api, refused) and _code(api, refused) == api.stub["rejections"]["ip_not_allowed"]
    assert _ok(api, _send(api, stub, creds, client_ip="10.9.8.7"))


@pytest.mark.parametrize("api", RULED, ids=lambda a: a.id)
def test_key_without_ip_expires(api: ir.ApiIR) -> None:
    rules = api.stub["key_rules"]
    stub = stub_of(api)
    account = api.stub["accounts"][0]
    now = stub.clock()
    from exchange_bindings.runtime.config import seconds

    lifetime_ms = int(seconds(rules["expire_without_ip"]) * 1000)
    old, young, bound = _new_key(api, "old"), _new_key(api, "young"), _new_key(api, "bound")
    stub.add_key(account["id"], old, account["permissions"], created_ms=now - lifetime_ms - DAY_MS)
    stub.add_key(account["id"], young, account["permissions"], created_ms=now - lifetime_ms + DAY_MS)
    stub.add_key(account["id"], bound, account["permissions"], ips=["127.0.0.1"], created_ms=now - 3 * lifetime_ms)
    expired = _send(api, stub, old)
    assert not _ok(api, expired) and _code(api, expired) == api.stub["rejections"]["key_expired"]
    assert _ok(api, _send(api, stub, young))
    assert _ok(api, _send(api, stub, bound))  # keys bound to an IP do not expire


@pytest.mark.parametrize("api", RULED, ids=lambda a: a.id)
def test_key_and_ip_limits(api: ir.ApiIR) -> None:
    rules = api.stub["key_rules"]
    stub = stub_of(api)
    account = api.stub["accounts"][0]
    owned = sum(1 for k in stub.keys.values() if k.account == account["id"])
    for i in range(rules["max_keys_per_account"] - owned):
        stub.add_key(account["id"], _new_key(api, f"k{i}"), account["permissions"])
    with pytest.raises(SimulatorError) as too_many:
        stub.add_key(account["id"], _new_key(api, "one-too-many"), account["permissions"])
    assert too_many.value.reason == "too_many_keys"
    other = api.stub["accounts"][1]
    ips = [f"10.0.0.{i}" for i in range(rules["max_ips_per_key"] + 1)]
    with pytest.raises(SimulatorError) as too_many_ips:
        stub.add_key(other["id"], _new_key(api, "ips"), other["permissions"], ips=ips)
    assert too_many_ips.value.reason == "too_many_ips"
    stub.add_key(other["id"], _new_key(api, "ips"), other["permissions"], ips=ips[:-1])


@pytest.mark.parametrize("api", RULED, ids=lambda a: a.id)
def test_key_rules_over_http_control(api: ir.ApiIR) -> None:
    stub = stub_of(api)
    account = api.stub["accounts"][0]
    with httpx.Client(transport=stub.transport(), base_url="http://stub.invalid/__stub__") as control:
        ips = [f"10.1.0.{i}" for i in range(api.stub["key_rules"]["max_ips_per_key"] + 1)]
        refused = control.post(
            "/keys", json={"account": account["id"], "credentials": _new_key(api, "http"), "ips": ips}
        )
        assert refused.status_code == 400 and "too_many_ips" in refused.text
        accepted = control.post(
            "/keys",
            json={
                "account": account["id"],
                "credentials": _new_key(api, "http"),
                "permissions": account["permissions"],
            },
        )
        assert accepted.status_code == 200
    client = generated(api.id).Client(
        base_url="http://stub.invalid", http_client=httpx.Client(transport=stub.transport()), **_new_key(api, "http")
    )
    ep = _signed_get(api)
    getattr(client, ep.name)()
