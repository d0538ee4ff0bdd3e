"""Bad requests get the exchange's own error shape, status and code; nothing produces a 500."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest
from conftest import APIS, ENDPOINTS, endpoint_id
from stub_support import (
    build_request,
    demo_credentials,
    expect_rejection,
    independent_signature,
    raw_request,
    secret_credential,
    seed_example_order,
    signing_message,
    stub_of,
)

from benchmarks.limits import wire_values
from generator import ir

SIGNED = [c for c in ENDPOINTS if c[1].auth is not None]
# endpoints whose scheme signs with a secret (a bare API key has no signature to get wrong)
WITH_SECRET = [(api, ep) for api, ep in SIGNED if "secret" in api.config["auth"]["schemes"][ep.auth]]


def _send(stub: Any, request: httpx.Request) -> httpx.Response:
    with httpx.Client(transport=stub.transport()) as http:
        return http.send(request)


@pytest.mark.parametrize("case", WITH_SECRET, ids=endpoint_id)
def test_bad_signature(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    creds = demo_credentials(api)
    creds[secret_credential(api.config["auth"]["schemes"][ep.auth])] = "not-the-secret"
    stub = stub_of(api)
    expect_rejection(api, _send(stub, raw_request(api, ep, wire_values(api, ep), creds)), "bad_signature")


@pytest.mark.parametrize("case", SIGNED, ids=endpoint_id)
def test_unknown_key_and_unsigned(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    stub = stub_of(api)
    creds = {k: "nobody" for k in demo_credentials(api)}
    expect_rejection(api, _send(stub, raw_request(api, ep, wire_values(api, ep), creds, stub)), "unknown_key")
    expect_rejection(api, _send(stub, raw_request(api, ep, wire_values(api, ep), None)), "unknown_key")


PERMISSION_CASES = [
    (api, ep, account)
    for api, ep in SIGNED
    for account in api.stub["accounts"]
    if ep.permission is not None and ep.permission not in account.get("permissions", [])
]


@pytest.mark.parametrize("case", PERMISSION_CASES, ids=lambda c: f"{c[0].id}.{c[1].name}:{c[2]['id']}")
def test_missing_permission(case: tuple[ir.ApiIR, ir.EndpointIR, dict[str, Any]]) -> None:
    api, ep, account = case
    stub = stub_of(api)
    expect_rejection(
        api, _send(stub, raw_request(api, ep, wire_values(api, ep), account["credentials"], stub)), "missing_permission"
    )


def test_some_endpoint_needs_a_permission_the_read_only_account_lacks() -> None:
    assert PERMISSION_CASES, "the spec's demo accounts must let tests reach a missing-permission rejection"


WINDOWED = [(api, ep) for api, ep in ENDPOINTS if "recv_window" in api.stub["endpoints"].get(ep.name, {})]


@pytest.mark.parametrize("case", WINDOWED, ids=endpoint_id)
def test_stale_timestamp(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    window = api.stub["endpoints"][ep.name]["recv_window"]
    wire = wire_values(api, ep)
    wire[window["timestamp"]] = int(time.time() * 1000) - 60_000
    wire[window["window"]] = 5_000
    stub = stub_of(api)
    expect_rejection(api, _send(stub, raw_request(api, ep, wire, demo_credentials(api))), "stale_timestamp")
    assert stub.state()["open_orders"] == [], "a stale request changes nothing"


MISSING = [(api, ep, p) for api, ep in ENDPOINTS for p in ep.required_params if p.location != "path"]


@pytest.mark.parametrize("case", MISSING, ids=lambda c: f"{c[0].id}.{c[1].name}.{c[2].wire}")
def test_missing_parameter(case: tuple[ir.ApiIR, ir.EndpointIR, ir.ParamIR]) -> None:
    api, ep, param = case
    wire = wire_values(api, ep)
    del wire[param.wire]
    stub = stub_of(api)
    expect_rejection(api, _send(stub, raw_request(api, ep, wire, demo_credentials(api), stub)), "missing_parameter", ep)
    _logged_at_fault(stub, "missing_parameter", param)


def _any_text_list(p: ir.ParamIR) -> bool:
    """A query list of free text (repeated keys): any text is a valid list of one."""
    items = p.schema.get("items", {})
    return (
        p.location == "query"
        and p.schema.get("type") == "array"
        and items.get("type") == "string"
        and "enum" not in items
    )


WRONG_TYPE = [
    (api, ep, p)
    for api, ep in ENDPOINTS
    for p in ep.params
    if p.location not in ("path", "client")  # a client-only argument never reaches the stub
    and not _any_text_list(p)
    and (
        p.schema.get("type") in ("integer", "array", "number")
        or "enum" in p.schema
        or p.schema.get("format") == "decimal"
    )
]


@pytest.mark.parametrize("case", WRONG_TYPE, ids=lambda c: f"{c[0].id}.{c[1].name}.{c[2].wire}")
def test_wrong_type(case: tuple[ir.ApiIR, ir.EndpointIR, ir.ParamIR]) -> None:
    api, ep, param = case
    wire = {**wire_values(api, ep), param.wire: "not-a-valid-value"}
    stub = stub_of(api)
    expect_rejection(api, _send(stub, raw_request(api, ep, wire, demo_credentials(api), stub)), "invalid_parameter")
    _logged_at_fault(stub, "invalid_parameter", param)


def _logged_at_fault(stub: Any, reason: str, param: ir.ParamIR) -> None:
    """The request log says which check refused the request, and which parameter it found at fault."""
    entry = stub.control.requests()[-1]
    assert entry["refused"].startswith(f"{reason}: ") and entry["parameter"] == param.wire, entry


GARBAGE: list[Any] = [None, 0, -1, 10**30, "", "x" * 5000, [], {}, [None], {"a": {"b": None}}, 1.5e308, True]


@pytest.mark.parametrize("case", ENDPOINTS, ids=endpoint_id)
def test_malformed_requests_never_500(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    """Every parameter (and batch item field) replaced by junk, plus broken bodies: 200 or 4xx, in JSON."""
    api, ep = case
    stub = stub_of(api)
    creds = demo_credentials(api)
    base = wire_values(api, ep)
    variants: list[dict[str, Any]] = []
    for name, value in base.items():
        for junk in GARBAGE:
            variants.append({**base, name: junk})
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for field in value[0]:
                for junk in GARBAGE[:6]:
                    variants.append({**base, name: [{**value[0], field: junk}]})
    requests = [raw_request(api, ep, v, creds, stub) for v in variants]
    if any(p.location == "body" for p in ep.params):
        for content in (b"{not json", b"[1, 2]", b'"text"', b"\xff\xfe"):
            request = raw_request(api, ep, base, None)
            requests.append(
                httpx.Request(
                    request.method, request.url, content=content, headers={"Content-Type": "application/json"}
                )
            )
    for request in requests:
        response = _send(stub, request)
        assert response.status_code < 500, (request.url, request.content[:200], response.text[:300])
        if api.config["errors"].get("body", "json") == "json":  # else text/plain or nothing
            json.loads(response.content)


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_unknown_route(api: ir.ApiIR) -> None:
    response = _send(stub_of(api), httpx.Request("GET", "http://stub.invalid/no/such/endpoint"))
    assert response.status_code == 404
    expect_rejection(api, response, "unknown_route")


HEADER_WINDOWED = [
    (api, ep) for api, ep in SIGNED if "window" in api.config["auth"]["schemes"][ep.auth] and not ep.required_params
]


@pytest.mark.parametrize("case", HEADER_WINDOWED, ids=endpoint_id)
def test_stale_header_timestamp(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    """A signature made longer ago than the scheme's window is refused, even though it is correct."""
    from exchange_bindings.runtime.config import seconds

    api, ep = case
    scheme = api.config["auth"]["schemes"][ep.auth]
    assert scheme["timestamp"] == "unix_ms", "this test signs millisecond timestamps"
    stub = stub_of(api)
    seed_example_order(api, ep, stub, wire_values(api, ep))  # what the example names exists
    creds = demo_credentials(api)
    for age_ms, fresh in ((seconds(scheme["window"]) * 1000 + 60_000, False), (0, True)):
        request = build_request(api, ep, wire_values(api, ep))
        stamp = str(int(time.time() * 1000 - age_ms))
        signature = independent_signature(scheme, creds[scheme["secret"]], signing_message(scheme, request, stamp))
        for header, template in scheme["headers"].items():
            request.headers[header] = template.format_map({**creds, "timestamp": stamp, "signature": signature})
        response = _send(stub, request)
        if fresh:
            assert response.json().get(api.config["errors"]["code_field"]) in (
                None,
                *api.config["errors"].get("success_when", {}).get("values", []),
            )
        else:
            expect_rejection(api, response, "stale_timestamp")


def test_some_scheme_has_a_header_window() -> None:
    assert HEADER_WINDOWED, "no API declares a header timestamp window: the stub's window check would go untested"
