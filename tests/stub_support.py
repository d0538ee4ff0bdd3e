"""Helpers for driving stubs generically: requests built from the spec, raw signed requests."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

import httpx
from conftest import generated

from benchmarks.limits import kwargs, wire_values
from exchange_bindings.runtime.auth import Credentials, sign
from exchange_bindings.runtime.codecs import Scope
from exchange_bindings.runtime.codecs.shape import apply
from exchange_bindings.runtime.stub.template import Context, compile_template
from generator import ir
from generator.loader import strict_validator

FORM = "application/x-www-form-urlencoded"


def stub_of(api: ir.ApiIR, seed: int = 0) -> Any:
    return generated(api.id, "stub").create_stub(seed=seed)


def public_endpoint(api: ir.ApiIR) -> ir.EndpointIR:
    """A public GET without required parameters that the stub answers from the simulator."""
    return next(
        ep
        for ep in api.endpoints
        if ep.method == "GET" and ep.auth is None and not ep.required_params and ep.name in api.stub["endpoints"]
    )


def control_order(api: ir.ApiIR) -> dict[str, Any]:
    """An order for the control surface (`POST /__stub__/orders`): the first demo account buys the
    least it can on the first spot market, at its reference price."""
    market = next(m for m in api.stub["markets"] if m.get("kind", "spot") == "spot")
    return {
        "account": api.stub["accounts"][0]["id"],
        "symbol": market["symbol"],
        "side": "buy",
        "type": "limit",
        "quantity": market.get("min_quantity", market["lot_size"]),
        "price": market["price"],
    }


def call_endpoint(api: ir.ApiIR, client: Any, ep: ir.EndpointIR) -> Any:
    """`ep` called through a generated client with its documented example values."""
    return getattr(client, ep.name)(**kwargs(api, ep, wire_values(api, ep)))


def build_request(
    api: ir.ApiIR,
    ep: ir.EndpointIR,
    wire: dict[str, Any],
    *,
    reverse_query: bool = False,
    base: str = "http://stub.invalid",
) -> httpx.Request:
    """An unsigned request for these wire values, laid out as the endpoint documents (query keys
    reversed on demand, as a client with its own ordering might send them)."""
    path = ep.path
    query: list[tuple[str, str]] = []
    body: dict[str, Any] = {}
    for p in ep.params:
        if p.wire not in wire:
            continue
        value = wire[p.wire]
        if p.location == "path":
            path = path.replace("{" + p.wire + "}", str(value))
        elif p.location == "query":
            query.append((p.wire, str(value).lower() if isinstance(value, bool) else str(value)))
        else:
            body[p.wire] = value
    has_body = any(p.location == "body" for p in ep.params)
    form = ep.body_encoding == "form"
    return httpx.Request(
        ep.method,
        base + path,
        params=(list(reversed(query)) if reverse_query else query) or None,
        content=(urlencode(body).encode() if form else json.dumps(body).encode()) if has_body else None,
        headers={"Content-Type": FORM if form else "application/json"} if has_body else {},
    )


def raw_request(
    api: ir.ApiIR, ep: ir.EndpointIR, wire: dict[str, Any], credentials: dict[str, str] | None
) -> httpx.Request:
    """A request as a third-party client would send it, signed (by the runtime's signer) with `credentials` when given."""
    request = build_request(api, ep, wire)
    if ep.auth is not None and credentials is not None:
        signed(api, ep, request, credentials)
    return request


def signed(api: ir.ApiIR, ep: ir.EndpointIR, request: httpx.Request, credentials: dict[str, str]) -> httpx.Request:
    """`request` signed by the runtime's client side of the endpoint's auth scheme."""
    assert ep.auth is not None
    return sign(generated(api.id, "config").CONFIG.auth_schemes[ep.auth], Credentials(credentials), request)


# refusals of the web server in front of an API: HTTP's own statuses, whatever status the API gives its errors
WEB_SERVER_STATUS = {"unknown_route": 404, "wrong_method": 405, "too_large": 413}


def expect_rejection(api: ir.ApiIR, response: httpx.Response, reason: str) -> None:
    """The response refuses the request for `reason`: that rejection's code and a message, in the API's
    error shape, under the status the API gives that kind of error."""
    code = api.stub["rejections"][reason]
    kind = api.config["errors"]["codes"][code]["kind"]
    statuses = [int(s) for s, k in api.config["errors"].get("statuses", {}).items() if k == kind]
    status = WEB_SERVER_STATUS.get(reason) or api.stub.get("error_status", min(statuses) if statuses else 400)
    assert response.status_code == status, (reason, response.status_code, response.text[:300])
    table = api.config["errors"]
    if table.get("body", "json") != "json":  # text/plain (the code's message) or nothing: the status tells
        message = api.config["errors"]["codes"][code]["message"] if table["body"] == "text" else ""
        assert response.text == message, (reason, response.text[:300])
        return
    body = response.json()
    assert str(body[table["code_field"]]) == code, (reason, body)
    assert body[table["message_field"]]


def decoded(api: ir.ApiIR, ep: ir.EndpointIR, data: Any, params: dict[str, Any]) -> Any:
    """A wire result as a client returns it: scaled integers as the Decimals they stand for (scale keys
    from the result itself, then the request's params)."""
    op = generated(api.id, "client").OPERATIONS[ep.name]
    if op.reader is None:
        return data
    return apply(op.reader, data, "decode", Scope(generated(api.id, "config").CONFIG.scales, (params,)))


def assert_strict(api: ir.ApiIR, schema: dict[str, Any], data: Any) -> None:
    """`data` (wire JSON) is exactly what the spec's schema says: no unknown field, closed enums, right types."""
    problems = [e.message for e in strict_validator(schema, api.schemas).iter_errors(data)]
    assert not problems, problems[:3]


def seed_example_order(api: ir.ApiIR, ep: ir.EndpointIR, stub: Any, wire: dict[str, Any]) -> None:
    """Endpoints that act on one order (status, cancel, modify) or untriggered stop order find the one
    their example names; endpoints that act on a position (close it, adjust its margin, its take-profits
    and stop-losses) find one, opened by crossing the first two demo accounts (isolated, where the
    margin is adjusted), with the take-profit or stop-loss their example names."""
    mapping = api.stub["endpoints"].get(ep.name, {})
    action = mapping.get("action")
    if "batch" in mapping or action not in ("order", "cancel_order", "modify_order", "fill", *POSITION_ACTIONS):
        return
    if action == "fill":
        _seed_fill(api, ep, stub, wire)
        return
    args = compile_template(mapping.get("args", {}))(Context({"params": wire}, api.stub.get("values", {})))
    # the market named, or the first where the endpoint names none (an order found by its id alone)
    named = args.get("symbol")
    market = next((m for m in api.stub["markets"] if named in (None, m["symbol"])), None)
    if market is None:
        return
    account, other = (a["id"] for a in api.stub["accounts"][:2])
    reference, tick = Decimal(market["price"]), Decimal(market.get("tick_size", "0.01"))
    quantity = max(Decimal(market.get("min_quantity", market["lot_size"])), Decimal(market["lot_size"]))
    if action in POSITION_ACTIONS:
        if action == "adjust_margin":
            stub.exchange.set_leverage(account, market["symbol"], Decimal(market.get("leverage", "10")), "isolated")
        for who, side in ((other, "sell"), (account, "buy")):
            stub.place_order(who, symbol=market["symbol"], side=side, type="limit", quantity=quantity, price=reference)
        if action != "set_position_stop" and args.get("order_id") is not None:  # the take-profit/stop-loss named
            rises = args["purpose"] == "take_profit"
            stop = reference * Decimal("1.1" if rises else "0.9")
            stub.exchange.set_position_stop(
                account, market["symbol"], args["purpose"], stop - stop % tick, order_id=int(args["order_id"])
            )
        return
    if args.get("order_id") is None:
        return
    price = reference / 2 - reference / 2 % tick
    stop = str(args.get("stop")).lower() == "true"
    stub.place_order(
        account,
        symbol=market["symbol"],
        side="buy",
        type="stop_limit" if stop else "limit",
        quantity=quantity,
        price=price,
        order_id=int(args["order_id"]),
        **({"stop_price": reference * 2 - reference * 2 % tick, "trigger": "auto"} if stop else {}),
    )


def _seed_fill(api: ir.ApiIR, ep: ir.EndpointIR, stub: Any, wire: dict[str, Any]) -> None:
    """A trade of the first demo account at the moment the example names (its start_ms, read by the
    params' codecs as the stub reads them), made by crossing the first two accounts on the first market."""
    scope = Scope(generated(api.id, "config").CONFIG.scales, (wire,))
    params = {
        p.wire: apply(p.codec, wire[p.wire], "accept", scope) if p.codec is not None else wire[p.wire]
        for p in generated(api.id, "client").OPERATIONS[ep.name].params
        if p.wire in wire
    }
    args = compile_template(api.stub["endpoints"][ep.name].get("args", {}))(Context({"params": params}, {}))
    market = api.stub["markets"][0]
    quantity, price = Decimal(market.get("min_quantity", market["lot_size"])), Decimal(market["price"])
    account, other = (a["id"] for a in api.stub["accounts"][:2])
    saved = stub.exchange.clock
    stub.exchange.clock = lambda: int(args["start_ms"])
    try:
        for who, side in ((other, "sell"), (account, "buy")):
            stub.place_order(who, symbol=market["symbol"], side=side, type="limit", quantity=quantity, price=price)
    finally:
        stub.exchange.clock = saved


POSITION_ACTIONS = (
    "close_position",
    "adjust_margin",
    "set_position_stop",
    "modify_position_stop",
    "cancel_position_stop",
)


def signature_header(scheme: dict[str, Any]) -> str:
    """The header that carries a request's proof of identity: the signature, or Basic credentials."""
    if scheme["type"] == "basic":
        return "Authorization"
    return next(h for h, t in scheme["headers"].items() if t == "{signature}")


def secret_credential(scheme: dict[str, Any]) -> str:
    """The credential only the account holder knows: the HMAC secret, or the Basic password's."""
    return str(scheme.get("secret") or scheme["password"].strip("{}"))


def basic_header(scheme: dict[str, Any], credentials: dict[str, str]) -> str:
    """RFC 7617 from the spec's templates alone: 'Basic ' + base64(username:password)."""
    pair = f"{scheme['username']}:{scheme['password']}".format_map(credentials)
    return "Basic " + base64.b64encode(pair.encode()).decode()


def header_for(scheme: dict[str, Any], field: str) -> str:
    """The header a scheme puts `{field}` in ('' when it has none)."""
    return next((h for h, t in scheme.get("headers", {}).items() if t == "{" + field + "}"), "")


def signing_message(scheme: dict[str, Any], request: httpx.Request, timestamp: str, nonce: str = "") -> str:
    """The message a scheme signs for `request`, built from the spec's recipe alone (not the runtime)."""
    path, _, query = request.url.raw_path.decode().partition("?")
    body = request.content.decode()
    parts = {
        "timestamp": timestamp,
        "nonce": nonce,
        "method": request.method,
        "host": request.url.netloc.decode(),
        "path": path,
        "query": query,
        "path_query": path + ("?" + query if query else ""),
        "body": body,
        "payload": body if body else query,
    }
    pieces = (p["literal"] if isinstance(p, dict) else parts[p] for p in scheme["message"]["parts"])
    return str(scheme["message"].get("join", "")).join(pieces)


def independent_signature(scheme: dict[str, Any], secret: str, message: str, *, legacy: bool = False) -> str:
    """HMAC per the spec (or the older SHA-256 of message + secret), written without the runtime."""
    if legacy:
        return hashlib.sha256((message + secret).encode()).hexdigest()
    digest = hmac.new(secret.encode(), message.encode(), scheme["algorithm"]).digest()
    return base64.b64encode(digest).decode() if scheme["encoding"] == "base64" else digest.hex()
