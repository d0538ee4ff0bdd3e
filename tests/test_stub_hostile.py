"""Hostile requests to the stubs' REST side, raw, in-process and over a real socket: no 5xx and no dropped
connection for any input; what the exchange refuses (deep or huge bodies, text that is not UTF-8, numbers
with spaces, unknown markets, unknown paths, wrong methods) is refused in its own error shape and status;
connections that owe the server bytes and send none are closed; absurd latencies never hang a request."""

from __future__ import annotations

import json
import random
import re
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import APIS, ENDPOINTS, endpoint_id
from stub_support import (
    build_request,
    demo_credentials,
    expect_rejection,
    is_session,
    signature_header,
    signed,
    stub_of,
)

from benchmarks.limits import wire_values
from exchange_bindings.runtime.stub import dispatch
from exchange_bindings.runtime.stub.actions import MARKET_DATA_ONLY
from exchange_bindings.runtime.stub.builders import ControlError
from exchange_bindings.runtime.stub.inbound import MAX_BODY
from exchange_bindings.runtime.stub.serve import ServerThread
from generator import ir

WHERE = ["in_process", "socket"]
IDLE = 0.5  # the socket servers' idle timeout here
MARK = "HOSTILE-VALUE"  # stands in for a hostile value until the request is built


_SESSION_STUBS: dict[str, Any] = {}  # by API: the stub whose sessions sign requests (the module's)


@pytest.fixture(scope="module")
def stubs() -> Iterator[dict[str, tuple[Any, str]]]:
    """Per API a stub (rate limits off: these tests send many requests) and its real socket's URL."""
    running = {}
    for api in APIS.values():
        stub = stub_of(api)
        stub.control.limits = False
        _SESSION_STUBS[api.id] = stub
        server = ServerThread(stub, idle_timeout=IDLE)
        running[api.id] = (stub, server, server.start())
    yield {k: (v[0], v[2]) for k, v in running.items()}
    for _, server, _ in running.values():
        server.stop()


# a new connection for every request: a kept one could be closed by the server's idle timeout as it is reused
_HTTP = httpx.Client(timeout=30, limits=httpx.Limits(max_keepalive_connections=0))


def _send(stubs: dict[str, Any], api: ir.ApiIR, request: httpx.Request, where: str) -> httpx.Response:
    """Send a request built against any base URL, in-process or to the API's socket server."""
    stub, url = stubs[api.id]
    if where == "in_process":
        with httpx.Client(transport=stub.transport()) as http:
            return http.send(request)
    target = httpx.URL(url).copy_with(raw_path=request.url.raw_path)
    moved = httpx.Request(request.method, target, headers=request.headers, content=request.content)  # Host kept
    return _HTTP.send(moved)


def _sign(api: ir.ApiIR, ep: ir.EndpointIR, request: httpx.Request) -> httpx.Request:
    if ep.auth is not None:
        signed(api, ep, request, demo_credentials(api), _SESSION_STUBS.get(api.id))
    return request


def _hostile(api: ir.ApiIR, ep: ir.EndpointIR, param: ir.ParamIR, raw: str, *, encoded: str | None = None) -> Any:
    """A signed request of valid values but `param`, which is `raw` in a JSON body (JSON text) or
    `encoded` in the URL (percent-encoded text)."""
    request = build_request(api, ep, {**wire_values(api, ep), param.wire: MARK})
    url = str(request.url).replace(MARK, encoded if encoded is not None else raw)
    content = request.content.replace(f'"{MARK}"'.encode(), raw.encode())
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return _sign(api, ep, httpx.Request(request.method, url, content=content or None, headers=headers))


def _with_body(api: ir.ApiIR, ep: ir.EndpointIR, content: bytes) -> httpx.Request:
    request = build_request(api, ep, wire_values(api, ep))
    return _sign(api, ep, httpx.Request(request.method, request.url, content=content))


def _with_header(request: httpx.Request, name: str, value: bytes) -> httpx.Request:
    """The request with a header set to raw bytes (httpx's own setter takes text only)."""
    headers = [(k, v) for k, v in request.headers.raw if k.lower() != name.lower().encode()]
    return httpx.Request(
        request.method, request.url, headers=[*headers, (name.encode(), value)], content=request.content
    )


def _param_id(case: tuple[ir.ApiIR, ir.EndpointIR, ir.ParamIR]) -> str:
    return f"{case[0].id}.{case[1].name}.{case[2].wire}"


def _strings(p: ir.ParamIR) -> bool:
    kind = p.schema.get("type")
    return kind == "string" or (isinstance(kind, list) and "string" in kind)


BODIED = [(api, ep) for api, ep in ENDPOINTS if any(p.location == "body" for p in ep.params)]
STRINGS = [
    (api, ep, p) for api, ep in ENDPOINTS for p in ep.params if p.location not in ("header", "client") and _strings(p)
]


# -- bodies: nesting and size ----------------------------------------------------------------------------
DEEP = 100_000


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("case", BODIED, ids=endpoint_id)
def test_deep_json_is_refused(case: tuple[ir.ApiIR, ir.EndpointIR], where: str, stubs: dict[str, Any]) -> None:
    api, ep = case
    name = next(p.wire for p in ep.params if p.location == "body")
    for content in (b"[" * DEEP + b"]" * DEEP, b'{"%s": ' % name.encode() + b"[" * DEEP + b"]" * DEEP + b"}"):
        expect_rejection(api, _send(stubs, api, _with_body(api, ep, content), where), "invalid_parameter")


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("case", BODIED, ids=endpoint_id)
def test_oversized_body_is_refused(case: tuple[ir.ApiIR, ir.EndpointIR], where: str, stubs: dict[str, Any]) -> None:
    api, ep = case
    content = b'{"padding": "' + b"x" * MAX_BODY + b'"}'
    expect_rejection(api, _send(stubs, api, _with_body(api, ep, content), where), "too_large")


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_fifty_megabytes_over_the_socket(api: ir.ApiIR, stubs: dict[str, Any]) -> None:
    """The client reads the refusal (the rest of the body is read and thrown away), not a reset."""
    ep = next(ep for a, ep in BODIED if a is api)
    content = b'{"padding": "' + b"x" * (50 << 20) + b'"}'
    expect_rejection(api, _send(stubs, api, _with_body(api, ep, content), "socket"), "too_large")


def _asgi(stub: Any, request: httpx.Request, messages: list[dict[str, Any]]) -> httpx.Response | None:
    """What the stub's ASGI application answers when the request's body arrives as `messages` (None: it
    sent nothing)."""
    import asyncio

    scope = {
        "type": "http",
        "method": request.method,
        "path": request.url.path,
        "raw_path": request.url.raw_path.split(b"?")[0],
        "query_string": request.url.query,
        "headers": [(k.lower(), v) for k, v in request.headers.raw],
        "client": ("127.0.0.1", 1),
    }
    inbox, sent = list(messages), []

    async def receive() -> dict[str, Any]:
        return inbox.pop(0) if inbox else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(stub(scope, receive, send))
    if not sent:
        return None
    return httpx.Response(sent[0]["status"], headers=sent[0]["headers"], content=sent[1]["body"])


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_a_body_as_asgi_delivers_it(api: ir.ApiIR) -> None:
    """However the server hands the body over (whole in one message, in pieces, too big in one message, or
    not at all because the client left), the stub reads what a client sent: the log holds the whole body,
    an oversized one is refused, and a client gone first is answered nothing."""
    ep = next(ep for a, ep in BODIED if a is api)
    stub = stub_of(api)
    stub.control.limits = False
    content = b'{"padding": "' + b"x" * 1000 + b'"}'
    request = _with_body(api, ep, content)
    whole = _asgi(stub, request, [{"type": "http.request", "body": content, "more_body": False}])
    logged_whole = stub.control.log[-1].body
    pieces = [
        {"type": "http.request", "body": content[i : i + 300], "more_body": i + 300 < len(content)}
        for i in range(0, len(content), 300)
    ]
    in_pieces = _asgi(stub, request, pieces)
    assert whole is not None and in_pieces is not None and in_pieces.status_code == whole.status_code
    first, second = stub.control.log[-2], stub.control.log[-1]  # answered alike (an error body may carry an id)
    assert (second.body, second.code, second.refused) == (first.body, first.code, first.refused)
    assert first.body == logged_whole == content.decode()
    huge = b'{"padding": "' + b"x" * MAX_BODY + b'"}'
    answered = _asgi(stub, request, [{"type": "http.request", "body": huge, "more_body": False}])
    assert answered is not None
    expect_rejection(api, answered, "too_large")
    logged = len(stub.control.log)
    assert _asgi(stub, request, [{"type": "http.disconnect"}]) is None
    assert len(stub.control.log) == logged  # nothing handled for a client that left


# -- text and numbers --------------------------------------------------------------------------------------
@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("case", STRINGS, ids=_param_id)
def test_text_that_is_not_unicode_is_refused(
    case: tuple[ir.ApiIR, ir.EndpointIR, ir.ParamIR], where: str, stubs: dict[str, Any]
) -> None:
    """A lone surrogate, escaped in a JSON body or percent-encoded (as UTF-8 would, invalidly) in the URL."""
    api, ep, param = case
    request = _hostile(api, ep, param, r'"\ud800"', encoded="%ED%A0%80")
    expect_rejection(api, _send(stubs, api, request, where), "invalid_parameter")


def _decimal_fields(api: ir.ApiIR, schema: dict[str, Any]) -> list[str]:
    """The decimal fields of a batch item's schema."""
    ref = schema.get("items", {}).get("$ref", "")
    props = api.schemas.get(ref.removeprefix("#/schemas/"), {}).get("properties", {})
    return [name for name, sub in props.items() if sub.get("format") == "decimal"]


SPACED = [
    (api, ep, p.wire, None)
    for api, ep in ENDPOINTS
    for p in ep.params
    if p.location in ("body", "query") and p.schema.get("format") == "decimal"
] + [
    (api, ep, p.wire, field)
    for api, ep in ENDPOINTS
    for p in ep.params
    if p.location == "body" and p.schema.get("type") == "array"
    for field in _decimal_fields(api, p.schema)
]


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("case", SPACED, ids=lambda c: f"{c[0].id}.{c[1].name}.{c[2]}{'.' + c[3] if c[3] else ''}")
def test_numbers_with_spaces_are_refused(case: tuple[Any, ...], where: str, stubs: dict[str, Any]) -> None:
    api, ep, name, field = case
    wire = wire_values(api, ep)
    good = str(wire[name][0].get(field, "1") if field else wire.get(name, "1"))
    for bad in (f" {good}", f"{good} ", f"{good[:1]} {good[1:]}", "NaN", "1_0"):
        value = [{**wire[name][0], field: bad}] if field else bad
        request = _sign(api, ep, build_request(api, ep, {**wire, name: value}))
        expect_rejection(api, _send(stubs, api, request, where), "invalid_parameter")


# -- headers -----------------------------------------------------------------------------------------------
SIGNED = [(api, ep) for api, ep in ENDPOINTS if ep.auth is not None]


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("case", SIGNED, ids=endpoint_id)
def test_non_ascii_signature_is_refused(
    case: tuple[ir.ApiIR, ir.EndpointIR], where: str, stubs: dict[str, Any]
) -> None:
    api, ep = case
    scheme = api.config["auth"]["schemes"][ep.auth]
    if scheme["type"] == "api_key":  # the key is the signature: a key no account has
        header, reason = scheme["name"], "unknown_key"
    elif is_session(api, ep.auth):  # a token instead of a signature: not one of the server's
        header, reason = scheme.get("header", "Authorization"), "unknown_key"
    else:
        header, reason = signature_header(scheme), "bad_signature"
    for value in ("é".encode(), b"\xff\xfe", b"abc\xe2\x82\xac"):
        request = _with_header(_sign(api, ep, build_request(api, ep, wire_values(api, ep))), header, value)
        expect_rejection(api, _send(stubs, api, request, where), reason)


# -- markets -----------------------------------------------------------------------------------------------
def _market_params(api: ir.ApiIR, ep: ir.EndpointIR) -> list[ir.ParamIR]:
    """The params an endpoint's stub reads as a market (its `symbol` argument), unless the spec lists the
    markets they take (an enum: another value is refused as invalid before any market is looked up)."""
    template = str(api.stub["endpoints"].get(ep.name, {}).get("args", {}).get("symbol", ""))
    names = set(re.findall(r"\{params\.(\w+)", template))
    return [p for p in ep.params if p.wire in names and "enum" not in p.schema]


MARKETS = [(api, ep, p) for api, ep in ENDPOINTS for p in _market_params(api, ep)]


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("case", MARKETS, ids=_param_id)
def test_unknown_markets_are_refused(
    case: tuple[ir.ApiIR, ir.EndpointIR, ir.ParamIR], where: str, stubs: dict[str, Any]
) -> None:
    api, ep, param = case
    batch = "batch" in api.stub["endpoints"][ep.name]
    # names no market has; where markets are named by numbers (asset ids), a number none has
    unknown: tuple[Any, ...] = (987654321,) if param.schema.get("type") == "integer" else ("€", "NO-SUCH-MARKET")
    for market in unknown:
        request = _sign(api, ep, build_request(api, ep, {**wire_values(api, ep), param.wire: market}))
        response = _send(stubs, api, request, where)
        if not batch:
            expect_rejection(api, response, "unknown_market")
            continue
        # a batch is answered item by item: each item is refused
        items = response.json()[api.envelope["data"]] if api.envelope else response.json()
        codes = [str(item.get(api.config["errors"]["code_field"])) for item in items]
        assert codes and set(codes) == {api.stub["rejections"]["unknown_market"]}, response.text[:300]


# -- routes ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_unknown_paths_get_404_in_the_error_shape(api: ir.ApiIR, where: str, stubs: dict[str, Any]) -> None:
    for path in ("/", "/no/such/endpoint", "/v2/%E2%82%AC", "/%ff%fe", "/v2/" + "x" * 2000):
        for method in ("GET", "POST", "DELETE"):
            response = _send(stubs, api, httpx.Request(method, "http://stub.invalid" + path), where)
            expect_rejection(api, response, "unknown_route")


def _paths(api: ir.ApiIR) -> dict[str, set[str]]:
    methods: dict[str, set[str]] = {}
    for ep in api.endpoints:
        methods.setdefault(ep.path, set()).add(ep.method)
    return methods


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("case", ENDPOINTS, ids=endpoint_id)
def test_wrong_methods_get_405(case: tuple[ir.ApiIR, ir.EndpointIR], where: str, stubs: dict[str, Any]) -> None:
    api, ep = case
    allowed = _paths(api)[ep.path]
    wrong = next(m for m in ("PATCH", "PUT", "DELETE", "POST", "GET") if m not in allowed)
    request = build_request(api, ep, wire_values(api, ep))
    response = _send(stubs, api, httpx.Request(wrong, request.url, content=request.content), where)
    expect_rejection(api, response, "wrong_method")
    assert ep.method in response.headers["Allow"].replace(" ", "").split(",")


# -- fuzz ----------------------------------------------------------------------------------------------------
def _junk_json(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth > 3 or roll < 0.4:
        return rng.choice(
            [None, True, 0, -1, 10**30, 1.5, "", " 1", "1 ", "€", "\u0000", "x" * rng.randint(0, 3000), "NaN", "1e400"]
        )
    if roll < 0.7:
        return [_junk_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {rng.choice(["a", "market", "amount", "orders", "€", ""]): _junk_json(rng, depth + 1) for _ in range(3)}


def _junk_body(rng: random.Random, ep: ir.EndpointIR, wire: dict[str, Any]) -> bytes:
    roll = rng.random()
    if roll < 0.15:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 300)))
    if roll < 0.25:
        depth = rng.choice([40, 999, 5000])
        return b"[" * depth + b"]" * depth
    if roll < 0.35:
        return rng.choice([b'"\\ud800"', b'{"a": "\\udfff"}', b"NaN", b"1e400", b"{", b'{"a":1e999}'])
    body = {p.wire: wire.get(p.wire) for p in ep.params if p.location == "body" and p.wire in wire}
    if body:
        body[rng.choice(list(body))] = _junk_json(rng)
    else:
        body = _junk_json(rng)
    return json.dumps(body).encode()


def _junk_path(rng: random.Random, ep: ir.EndpointIR) -> str:
    roll = rng.random()
    if roll < 0.5:
        return ep.path.replace("{", "").replace("}", "") if "{" in ep.path else ep.path
    if roll < 0.7:
        return re.sub(r"\{\w+\}", lambda _: rng.choice(["%ED%A0%80", "%ff", "€", "..", "%00", "a" * 500]), ep.path)
    return "/" + "/".join(rng.choice(["v2", "%2F", "%ff", "€", "..", "", "x" * 100]) for _ in range(rng.randint(0, 5)))


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_fuzz_never_5xx_never_dropped(api: ir.ApiIR, where: str, stubs: dict[str, Any]) -> None:
    """Seeded random hostile methods, paths, queries, headers and bodies, half of them correctly signed."""
    rng = random.Random(f"{api.id}-{where}")
    schemes = api.config["auth"]["schemes"].values()
    headers = sorted(
        {h for s in schemes for h in s.get("headers", {})} | {"Authorization" for s in schemes if s["type"] == "basic"}
    )
    json_errors = api.config["errors"].get("body", "json") == "json"
    bodies_not_json = any(e.success is not None and e.success.body != "json" for e in api.endpoints)
    for _ in range(300):
        ep = rng.choice(api.endpoints)
        wire = wire_values(api, ep)
        base = build_request(api, ep, wire)
        path = _junk_path(rng, ep)
        query = rng.choice(["", base.url.query.decode(), "a=%ff&b=%ED%A0%80", "market=%20BTC", "limit=-1&page=1e400"])
        url = "http://stub.invalid" + path + ("?" + query if query else "")
        method = rng.choice([ep.method, ep.method, "GET", "POST", "DELETE", "PUT", "HEAD", "OPTIONS"])
        request = httpx.Request(method, url, content=_junk_body(rng, ep, wire))
        if rng.random() < 0.5 and request.content.isascii():  # (clients sign text)
            _sign(api, ep, request)
        for header in rng.sample(headers, k=min(len(headers), rng.randint(0, 2))):
            value = rng.choice([b"\xff", "é".encode(), b"", b"1" * 300, b"1 1", "١٢٣".encode()])
            request = _with_header(request, header, value)
        response = _send(stubs, api, request, where)
        assert response.status_code < 500, (method, url, request.content[:200], response.text[:300])
        if method != "HEAD" and (json_errors or response.status_code < 400):
            plain = response.headers.get("content-type", "").startswith("text/plain") or not response.content
            if not (response.status_code < 400 and plain and bodies_not_json):  # (a text or an empty success)
                response.json()


# -- connections that owe bytes, and latencies ----------------------------------------------------------------
def _closed_by_server(sock: socket.socket, within: float) -> bool:
    """Whether the server closes the connection (reading only what it might say first) within `within` s."""
    sock.settimeout(within)
    try:
        while sock.recv(65536):
            pass
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True
    return True


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
@pytest.mark.parametrize("sent", [b"", b"POST /v2/x HTTP/1.1\r\nHost: a\r\n", b"half"], ids=["silent", "head", "body"])
def test_connections_owing_bytes_are_closed(api: ir.ApiIR, sent: bytes, stubs: dict[str, Any]) -> None:
    """A connection that never speaks, stops inside a request's head, or inside its body is closed."""
    url = httpx.URL(stubs[api.id][1])
    if sent == b"half":
        sent = b"POST /v2/x HTTP/1.1\r\nHost: a\r\nContent-Length: 1000\r\n\r\n{"
    with socket.create_connection((url.host, url.port)) as sock:
        sock.sendall(sent)
        started = time.monotonic()
        assert _closed_by_server(sock, IDLE + 5), "the server kept a connection that owes it bytes"
        assert time.monotonic() - started >= IDLE * 0.8  # by the idle timeout, not at once


@pytest.mark.parametrize("protocol", ["httptools", "h11"])
def test_both_parsers_close_connections_owing_bytes(protocol: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The `stub` extra serves on httptools; h11, the fallback where it is missing, keeps the same bounds."""
    from exchange_bindings.runtime.stub import http11

    assert http11.PROTOCOL.__name__ == "BoundedHttpToolsProtocol"  # the extra installs httptools
    if protocol == "h11":
        monkeypatch.setattr(http11, "PROTOCOL", http11.BoundedH11Protocol)
    api = next(iter(APIS.values()))
    with ServerThread(stub_of(api), idle_timeout=IDLE) as url:
        for sent in (b"", b"GET / HTTP/1.1\r\nHost: a\r\n", b"POST / HTTP/1.1\r\nContent-Length: 9\r\n\r\n{"):
            with socket.create_connection((httpx.URL(url).host, httpx.URL(url).port)) as sock:
                sock.sendall(sent)
                assert _closed_by_server(sock, IDLE + 5), (protocol, sent)
        assert httpx.get(url + "/no/such/endpoint").status_code == 404  # and it answers


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_absurd_latencies_never_hang_or_fail(api: ir.ApiIR) -> None:
    """NaN, negative and endless latencies are refused; the longest allowed runs into the client's timeout."""
    stub = stub_of(api)
    for latency in (float("nan"), -1.0, -float("inf"), float("inf"), 1e400):
        with pytest.raises(ControlError, match="latency"):
            stub.control.add_fault(latency=latency)
        with httpx.Client(transport=stub.transport(), base_url="http://stub.invalid") as http:
            started = time.monotonic()
            assert http.get("/no/such/endpoint").status_code == 404
            assert time.monotonic() - started < 5
    stub.control.add_fault(latency=300.0)
    with httpx.Client(transport=stub.transport(), timeout=0.2) as http, pytest.raises(httpx.ReadTimeout):
        http.get("http://stub.invalid/no/such/endpoint")


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_a_server_stops_while_the_longest_latency_sleeps(api: ir.ApiIR) -> None:
    stub = stub_of(api)
    server = ServerThread(stub)
    url = server.start()
    stub.control.add_fault(latency=300.0)
    with httpx.Client(timeout=0.5) as http, pytest.raises(httpx.ReadTimeout):
        http.get(url + "/no/such/endpoint")
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 2 + 1.5, "stopping waited on a sleeping latency"


# -- kept market data under hostile parameters ---------------------------------------------------------
PUBLIC_MARKET_DATA = [
    (api, ep)
    for api in APIS.values()
    for ep in api.endpoints
    if api.stub["endpoints"].get(ep.name, {}).get("action") in MARKET_DATA_ONLY
    and not ep.required_params
    and ep.auth is None
]


def _fixed_clock_stub(api: ir.ApiIR) -> Any:
    from conftest import generated

    stub = generated(api.id, "stub").create_stub(seed=1, clock=lambda: 1_700_000_000_000)
    stub.control.limits = False
    return stub


@pytest.mark.parametrize("case", PUBLIC_MARKET_DATA, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_parameters_the_endpoint_does_not_take_keep_no_answers(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    """A client varying a query parameter the endpoint does not declare 2,000 times gets the same answer
    each time, and the stub keeps one rendered answer for them all, not one per junk value."""
    api, ep = case
    stub = _fixed_clock_stub(api)
    http = httpx.Client(base_url="http://stub", transport=stub.transport())
    answers = {http.get(ep.path, params={"junk": str(i)}).content for i in range(2000)}
    assert len(answers) == 1 and http.get(ep.path).content in answers
    assert len(stub.dispatcher._rendered) == 1


@pytest.mark.parametrize("case", PUBLIC_MARKET_DATA, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_kept_answers_past_their_bound_are_dropped_and_still_right(
    case: tuple[ir.ApiIR, ir.EndpointIR], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Parameters a caller may vary without end never grow the kept answers past their bound, and an
    answer rendered again after they were dropped is the answer of a stub that keeps none."""
    api, ep = case
    monkeypatch.setattr(dispatch, "_RENDERED", 4)
    stub, fresh = _fixed_clock_stub(api), _fixed_clock_stub(api)
    op = stub.operations[ep.name]
    sizes = []
    for i in [*range(20), *range(20)]:  # each set of parameters asked for again after it was dropped
        params = {"zz": i}
        kept = stub.dispatcher.answer(op, None, dict(params), stub.venues)
        sizes.append(len(stub.dispatcher._rendered))
        fresh.dispatcher.forget()  # renders anew: it keeps nothing
        assert kept.body == fresh.dispatcher.answer(op, None, dict(params), fresh.venues).body
    assert max(sizes) <= 4 and min(sizes) >= 1
