"""Every endpoint of every API, called through Client and AsyncClient against an in-process
transport that answers the spec's examples: the request that goes out and the typed result."""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import parse_qsl, quote

import httpx
import msgspec
import pytest
from conftest import ENDPOINTS, canonical, endpoint_id, generated
from stub_support import FORM, basic_header, decoded, header_for, independent_signature, signing_message

from benchmarks.limits import kwargs
from exchange_bindings.runtime.auth import OPERATION
from generator import ir

CREDENTIALS = {
    **{"api_key": "test-key", "api_secret": "test-secret", "user_id": "1", "cookie": "c", "passphrase": "p"},
    "private_key": "k",  # a derived Basic password: given with the passphrase, unused
    **{"username": "test-user", "password": "test-password"},
}


def _cases() -> list[tuple[ir.ApiIR, ir.EndpointIR, int]]:
    return [(api, ep, i) for api, ep in ENDPOINTS for i in range(max(1, len(ep.examples)))]


def _call_values(api: ir.ApiIR, ep: ir.EndpointIR, example: dict[str, Any]) -> dict[str, Any]:
    """Wire values for the call: the example's params, else the spec's sample for required ones."""
    given = dict(example.get("params", {}))
    for p in ep.params:
        if p.wire not in given and p.required:
            given[p.wire] = p.sample
    return given


def _kwargs(api: ir.ApiIR, ep: ir.EndpointIR, wire: dict[str, Any]) -> dict[str, Any]:
    # Structs and Decimals as a user would pass them, built from the wire values (scaled integers unscaled).
    return kwargs(api, ep, wire)


def _expected_signature(api: ir.ApiIR, scheme: dict[str, Any], request: httpx.Request) -> str:
    """Recompute the signature from the spec's recipe alone (independent of the runtime)."""
    stamp = request.headers[header_for(scheme, "timestamp")]
    nonce = request.headers.get(header_for(scheme, "nonce") or "", "")
    message = signing_message(scheme, request, stamp, nonce)
    return independent_signature(scheme, CREDENTIALS[scheme["secret"]], message)


def _check_request(api: ir.ApiIR, ep: ir.EndpointIR, wire: dict[str, Any], request: httpx.Request) -> None:
    assert request.method == ep.method
    path = ep.path
    for p in ep.params:
        if p.location == "path":
            path = path.replace("{" + p.wire + "}", quote(str(wire[p.wire]), safe=""))
    assert request.url.path == path or request.url.raw_path.decode().split("?")[0] == path
    expected_query = {p.wire: wire[p.wire] for p in ep.params if p.location == "query" and p.wire in wire}
    sent_query: dict[str, Any] = {}
    for key, value in parse_qsl(request.url.query.decode(), keep_blank_values=True):
        # an array sent as repeated keys (explode) is every one of them
        repeated = isinstance(expected_query.get(key), list) and by_wire(ep, key).explode
        sent_query[key] = [*sent_query.get(key, []), value] if repeated else value
    assert canonical(sent_query) == canonical(
        {k: (str(v).lower() if isinstance(v, bool) else v) for k, v in expected_query.items()}
    )
    expected_body = {p.wire: wire[p.wire] for p in ep.params if p.location == "body" and p.wire in wire}
    if any(p.location == "body" for p in ep.params):
        form = ep.body_encoding == "form"
        content = dict(parse_qsl(request.content.decode())) if form else json.loads(request.content)
        sent = _without_generated_ids(ep, expected_body, content)
        assert canonical(sent) == canonical(expected_body)
        assert request.headers["content-type"] == (FORM if form else "application/json")
    else:
        assert request.content == b""
    if ep.auth is None:
        for scheme in api.config["auth"].get("schemes", {}).values():
            for header in scheme.get("headers", {}):
                assert header not in request.headers, "public endpoints are not signed"
        return
    scheme = api.config["auth"]["schemes"][ep.auth]
    if scheme["type"] == "api_key":  # the key as it is, in the first place the spec names
        assert request.headers[scheme["name"]] == CREDENTIALS[scheme["credentials"][0]]
        return
    if scheme["type"] == "jwt_session":  # the token of the login's answer
        login = next(e for e in api.endpoints if e.name == scheme["login"]["operation"]).examples[0]["response"]
        token = login[api.envelope["data"]] if api.envelope else login
        for part in scheme["token"].split("."):
            token = token[part]
        assert request.headers[scheme.get("header", "Authorization")] == scheme.get("prefix", "Bearer ") + token
        return
    if scheme["type"] == "basic":
        assert request.headers["Authorization"] == basic_header(scheme, CREDENTIALS)
        return
    assert scheme["type"] == "hmac"
    for header, template in scheme["headers"].items():
        assert request.headers[header], header
        if template.strip("{}") in CREDENTIALS:
            assert request.headers[header] == CREDENTIALS[template.strip("{}")]
    assert request.headers[header_for(scheme, "signature")] == _expected_signature(api, scheme, request)


def by_wire(ep: ir.EndpointIR, wire: str) -> ir.ParamIR:
    return next(p for p in ep.params if p.wire == wire)


def _without_generated_ids(ep: ir.EndpointIR, expected: dict[str, Any], sent: dict[str, Any]) -> dict[str, Any]:
    """The sent body less the client order ids the client made up where the call gave none
    (each checked to be a valid id of the endpoint's kind)."""
    coid = (ep.retry or {}).get("client_order_id")
    if coid is None:
        return sent
    made: list[Any] = []
    if "field" not in coid:
        if coid["param"] not in expected:
            made.append(sent.pop(coid["param"]))
    else:
        for given, item in zip(expected.get(coid["param"], []), sent.get(coid["param"], []), strict=True):
            if coid["field"] not in given:
                made.append(item.pop(coid["field"]))
    for value in made:
        if coid["kind"] == "integer":
            assert isinstance(value, int) and 1 <= value <= coid["maximum"]
        else:
            assert isinstance(value, str) and 0 < len(value) <= coid["max_length"] and value.isalnum()
    return sent


def _transport(
    api: ir.ApiIR, ep: ir.EndpointIR, example: dict[str, Any], seen: list[httpx.Request]
) -> httpx.MockTransport:
    """Answers the call with the example; what an auth scheme sends of its own (a session's login)
    with that operation's first example. `seen` gets the call's own requests."""
    by_name = {e.name: e for e in api.endpoints}

    def handle(request: httpx.Request) -> httpx.Response:
        name = request.extensions.get(OPERATION, ep.name)
        answer = example if name == ep.name else by_name[name].examples[0]
        if name == ep.name:
            seen.append(request)
        return _answer(by_name[name], answer)

    return httpx.MockTransport(handle)


def _answer(ep: ir.EndpointIR, example: dict[str, Any]) -> httpx.Response:
    """An example as the endpoint answers it: JSON, or its text (text/plain), or nothing (an empty 200)."""
    body = ep.success.body if ep.success is not None else "json"
    status = example.get("status", 200)
    if body == "text":
        return httpx.Response(status, content=str(example["response"]).encode(), headers={"content-type": "text/plain"})
    if body == "empty":
        return httpx.Response(status)
    content = json.dumps(example["response"]).encode()
    return httpx.Response(status, content=content, headers={"content-type": "application/json"})


def _check_result(api: ir.ApiIR, ep: ir.EndpointIR, example: dict[str, Any], result: Any) -> None:
    # Strict: every field of the example survives the typed round trip (none ignored or renamed); scaled
    # integers arrive as the Decimals they stand for.
    expected = example["response"][api.envelope["data"]] if api.envelope else example["response"]
    expected = decoded(api, ep, expected, example.get("params", {}))
    assert canonical(msgspec.to_builtins(result)) == canonical(expected)


@pytest.mark.parametrize("case", _cases(), ids=lambda c: f"{c[0].id}.{c[1].name}[{c[2]}]")
def test_sync_client(case: tuple[ir.ApiIR, ir.EndpointIR, int]) -> None:
    api, ep, index = case
    if not ep.examples:
        pytest.fail(f"{api.id}.{ep.name} has no example response in the spec")
    example = ep.examples[index]
    wire = _call_values(api, ep, example)
    seen: list[httpx.Request] = []
    module = generated(api.id)
    creds = {c: CREDENTIALS[c] for c in api.credentials}
    with module.Client(**creds, http_client=httpx.Client(transport=_transport(api, ep, example, seen))) as client:
        result = getattr(client, ep.name)(**_kwargs(api, ep, wire))
    assert len(seen) == 1
    _check_request(api, ep, wire, seen[0])
    _check_result(api, ep, example, result)


@pytest.mark.parametrize("case", ENDPOINTS, ids=endpoint_id)
def test_async_client(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    example = ep.examples[0] if ep.examples else pytest.fail("no example")
    wire = _call_values(api, ep, example)
    seen: list[httpx.Request] = []
    module = generated(api.id)
    creds = {c: CREDENTIALS[c] for c in api.credentials}

    async def run() -> Any:
        async with module.AsyncClient(
            **creds, http_client=httpx.AsyncClient(transport=_transport(api, ep, example, seen))
        ) as client:
            return await getattr(client, ep.name)(**_kwargs(api, ep, wire))

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_request(api, ep, wire, seen[0])
    _check_result(api, ep, example, result)
