"""Clients we did not write: requests built and signed from the spec's recipe alone (as a client
following the exchange's docs would), with query keys in their own order, and the older signature
the spec says the exchange still accepts. Every endpoint of every API, against its stub."""

from __future__ import annotations

import time

import httpx
import pytest
from conftest import ENDPOINTS, endpoint_id
from stub_support import (
    basic_header,
    build_request,
    independent_signature,
    is_session,
    seed_example_order,
    session_headers,
    signing_message,
    stub_of,
)

from benchmarks.limits import wire_values
from generator import ir


def _foreign(api: ir.ApiIR, ep: ir.EndpointIR, http: httpx.Client, *, legacy: bool = False) -> httpx.Request:
    """The request, query keys reversed, signed without the runtime (or with the token and cookie of a
    session opened through `http`, for a session's endpoints and its refresh)."""
    request = build_request(api, ep, wire_values(api, ep), reverse_query=True)
    creds = api.stub["accounts"][0]["credentials"]
    scheme = api.config["auth"]["schemes"][ep.auth] if ep.auth is not None else {}
    refreshed = next(
        (n for n, s in api.config["auth"]["schemes"].items() if s.get("refresh", {}).get("operation") == ep.name), None
    )
    if is_session(api, ep.auth) or refreshed is not None:
        headers = session_headers(api, ep.auth or refreshed or "", http, creds)
        request.headers.update(headers if ep.auth else {k: v for k, v in headers.items() if k == "Cookie"})
    elif scheme.get("type") == "api_key":  # the key, as it is, where the docs put it first
        request.headers[scheme["name"]] = creds[scheme["credentials"][0]]
    elif scheme.get("type") == "basic":
        request.headers["Authorization"] = basic_header(scheme, creds)
        return request
    elif ep.auth is not None:
        stamp = (
            str(int(time.time() * 1000))
            if scheme["timestamp"] == "unix_ms"
            else time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
        )
        nonce = str(int(time.time() * 1000))
        signature = independent_signature(
            scheme, creds[scheme["secret"]], signing_message(scheme, request, stamp, nonce), legacy=legacy
        )
        values = {**creds, "timestamp": stamp, "nonce": nonce, "signature": signature}
        for header, template in scheme["headers"].items():
            request.headers[header] = template.format_map(values)
    return request


def _accepted(api: ir.ApiIR, response: httpx.Response) -> bool:
    table = api.config["errors"]
    if response.status_code >= 400:
        return False
    if response.status_code == 204 or not response.content:  # No Content, or an empty 200 the spec declares
        return not response.content
    if not response.headers.get("content-type", "").startswith("application/json"):  # a text answer (a PEM)
        return True
    body = response.json()
    if not isinstance(body, dict):
        return True
    if "success_when" in table and table["success_when"]["field"] in body:
        return body[table["success_when"]["field"]] in table["success_when"]["values"]
    if "failure_when" in table:
        return body.get(table["failure_when"]["field"]) not in table["failure_when"]["values"]
    return True


@pytest.mark.parametrize("case", ENDPOINTS, ids=endpoint_id)
def test_docs_following_client_is_served(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    stub = stub_of(api)
    seed_example_order(api, ep, stub, wire_values(api, ep))
    with httpx.Client(transport=stub.transport()) as http:
        response = http.send(_foreign(api, ep, http))
    assert _accepted(api, response), response.text[:300]


# endpoints that take a signature (an older one is then a variant the spec may accept)
SIGNED = [
    (api, ep) for api, ep in ENDPOINTS if ep.auth is not None and "secret" in api.config["auth"]["schemes"][ep.auth]
]


@pytest.mark.parametrize("case", SIGNED, ids=endpoint_id)
def test_older_signature_accepted_only_where_the_spec_says(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    scheme = api.config["auth"]["schemes"][ep.auth]
    stub = stub_of(api)
    seed_example_order(api, ep, stub, wire_values(api, ep))
    with httpx.Client(transport=stub.transport()) as http:
        response = http.send(_foreign(api, ep, http, legacy=True))
    assert _accepted(api, response) == ("sha256_with_secret" in scheme.get("also_accept", [])), response.text[:300]
