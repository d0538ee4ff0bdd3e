"""Helpers for driving stubs generically: requests built from the spec, raw signed requests."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import itertools
import json
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import urlencode

import httpx
from conftest import generated

from benchmarks.limits import kwargs, markets_of, plain_get, wire_values
from exchange_bindings.runtime.auth import Credentials, sign
from exchange_bindings.runtime.codecs import Scope
from exchange_bindings.runtime.codecs.scaled import ScaleSet
from exchange_bindings.runtime.codecs.shape import apply
from exchange_bindings.runtime.sim import SimulatorError
from exchange_bindings.runtime.stub.actions import ACTIONS, run
from exchange_bindings.runtime.stub.template import Context, compile_template
from exchange_bindings.runtime.transports.websocket.keys import stream_keys
from generator import ir
from generator.loader import strict_validator

FORM = "application/x-www-form-urlencoded"


def stub_of(api: ir.ApiIR, seed: int = 0) -> Any:
    return generated(api.id, "stub").create_stub(seed=seed)


def demo_credentials(api: ir.ApiIR, account: int = 0) -> dict[str, str]:
    """A demo account's credentials from the spec (by default the first's): a fresh dict, the caller's to change."""
    return dict(api.stub["accounts"][account]["credentials"])


def demo_client(api: ir.ApiIR, stub: Any, account: int = 0, client_ip: str = "127.0.0.1", **credentials: str) -> Any:
    """A generated client of a stub (in-process, as if from `client_ip`), signed in as a demo account (or
    with `credentials`)."""
    http = httpx.Client(transport=stub.transport(client_ip=client_ip))
    chosen = credentials or demo_credentials(api, account)
    return generated(api.id).Client(base_url="http://stub.invalid", http_client=http, **chosen)


def available(driver: Any, client: Any, asset: str) -> Decimal:
    """An asset's available balance, read through the API's plainest balances endpoint (0 without one)."""
    rows, _ = driver.call(client, "balances")
    return sum((Decimal(r["available"]) for r in rows if r.get("asset") == asset), Decimal(0))


def public_endpoint(api: ir.ApiIR) -> ir.EndpointIR:
    """A GET without required parameters that the stub answers from the simulator: public where the
    API has one (callers sign in with `credentials_for` for an API whose every call is signed)."""
    return plain_get(api, mapped=True)


def trading_market(api: ir.ApiIR) -> dict[str, Any]:
    """The market generic order tests trade on: the first spot market, else (an API of perpetuals
    only) the first market."""
    markets = markets_of(api)
    return next((m for m in markets if m.get("kind", "spot") == "spot"), markets[0])


def control_order(api: ir.ApiIR) -> dict[str, Any]:
    """An order for the control surface (`POST /__stub__/orders`): the first demo account buys the
    least it can on the trading market, at its reference price."""
    market = trading_market(api)
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
        elif p.location == "query" and isinstance(value, list):  # repeated keys, or a comma list
            query += [(p.wire, str(v)) for v in value] if p.explode else [(p.wire, ",".join(map(str, value)))]
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
    api: ir.ApiIR, ep: ir.EndpointIR, wire: dict[str, Any], credentials: dict[str, str] | None, stub: Any = None
) -> httpx.Request:
    """A request as a third-party client would send it, signed (by the runtime's signer) with `credentials`
    when given (a session scheme's token comes from logging in to `stub`)."""
    request = build_request(api, ep, wire)
    if ep.auth is not None and credentials is not None:
        signed(api, ep, request, credentials, stub)
    return request


def is_session(api: ir.ApiIR, scheme: str | None) -> bool:
    """Whether requests of this scheme carry a session's token (got by logging in) rather than a signature."""
    return scheme is not None and api.config["auth"]["schemes"][scheme]["type"] == "jwt_session"


def signed(
    api: ir.ApiIR, ep: ir.EndpointIR, request: httpx.Request, credentials: dict[str, str], stub: Any = None
) -> httpx.Request:
    """`request` signed by the runtime's client side of the endpoint's auth scheme, or carrying the
    token (and refresh cookie) of a session opened on `stub` with `credentials`."""
    assert ep.auth is not None
    if is_session(api, ep.auth):
        assert stub is not None, "a session's token comes from the stub that issues it"
        with httpx.Client(transport=stub.transport()) as http:
            request.headers.update(session_headers(api, ep.auth, http, credentials))
        return request
    return sign(generated(api.id, "config").CONFIG.auth_schemes[ep.auth], Credentials(credentials), request)


def session_headers(api: ir.ApiIR, scheme_name: str, http: httpx.Client, credentials: dict[str, str]) -> dict[str, str]:
    """A session opened as a client following the docs would: the login endpoint called with the
    credentials its args name; its token in the scheme's header and its refresh cookie (nothing when
    the login is refused)."""
    scheme = api.config["auth"]["schemes"][scheme_name]
    login = next(e for e in api.endpoints if e.name == scheme["login"]["operation"])
    args = {k: credentials.get(str(v).strip("{}"), "") for k, v in scheme["login"]["args"].items()}
    response = http.send(build_request(api, login, args))
    if response.status_code >= 400:
        return {}
    token: Any = response.json()
    token = token[api.envelope["data"]] if api.envelope else token
    for part in scheme.get("token", "token").split("."):
        token = token[part]
    headers = {scheme.get("header", "Authorization"): scheme.get("prefix", "Bearer ") + token}
    name = scheme.get("refresh_cookie")
    jar: SimpleCookie = SimpleCookie()
    for header in response.headers.get_list("set-cookie"):
        jar.load(header)
    if name in jar:
        headers["Cookie"] = f"{name}={jar[name].value}"
    return headers


# refusals of the web server in front of an API: HTTP's own statuses, whatever status the API gives its errors
WEB_SERVER_STATUS = {"unknown_route": 404, "wrong_method": 405, "too_large": 413}


def typed_code(api: ir.ApiIR, code: Any) -> str | int | None:
    """A code of the spec's tables in the type the API gives its codes (an int where its envelope says so)."""
    typed: str | int | None = generated(api.id, "config").CONFIG.errors.code(code)
    return typed


def expect_rejection(api: ir.ApiIR, response: httpx.Response, reason: str, ep: ir.EndpointIR | None = None) -> None:
    """The response refuses the request for `reason`: that rejection's code and a message, in the API's
    error shape, under the status the API gives that kind of error (or the endpoint `ep`, its own)."""
    own = api.stub["endpoints"].get(ep.name, {}).get("rejections", {}).get(reason) if ep is not None else None
    code = api.stub["rejections"][reason]
    shaped = next((r for r in api.stub.get("error_responses", []) if reason in r["reasons"]), None)
    if shaped is not None and reason not in WEB_SERVER_STATUS:  # another of the API's error bodies (errors.shapes)
        status = own["status"] if isinstance(own, dict) else shaped["status"]
        assert response.status_code == status, (reason, response.status_code, response.text[:300])
        body = response.json()
        assert set(body) == set(shaped["body"]), (reason, body)
        shape = next(s for s in api.config["errors"]["shapes"] if s["when"] in body)  # one the clients read
        fields = shape.get("message_field", [])
        assert any(body.get(f) for f in ([fields] if isinstance(fields, str) else fields)), (reason, body)
        return
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
    assert body[table["code_field"]] == typed_code(api, code), (reason, body)  # a number where the API's are
    assert body[table["message_field"]]


def decoded(api: ir.ApiIR, ep: ir.EndpointIR, data: Any, params: dict[str, Any]) -> Any:
    """A wire result as a client returns it: scaled integers as the Decimals they stand for (scale keys
    from the result itself, then the request's params)."""
    op = generated(api.id, "operations").OPERATIONS[ep.name]
    if op.reader is None:
        return data
    return apply(op.reader, data, "decode", Scope(ScaleSet(generated(api.id, "config").CONFIG.scales), (params,)))


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
    if action == "fill":
        _seed_fill(api, ep, stub, wire)
        return
    if action in SUB_ACCOUNT_ACTIONS:
        seed_example_sub_accounts(api, mapping, stub, wire)
    if action == "cancel_withdrawal":
        seed_example_withdrawal(api, mapping, stub, wire)
    if action == "repay":
        seed_example_loan(api, mapping, stub, wire)
    if action in ("offer_loan", "repay_offer_loan"):
        seed_example_offer_loan(api, mapping, stub, wire)
    if action in ("renew_stream_key", "close_stream_key"):  # the listen key an example names is live
        args = compile_template(mapping.get("args", {}))(Context({"params": wire}, api.stub.get("values", {})))
        keys = stream_keys(stub.exchange)
        keys.held[str(args["key"])] = (api.stub["accounts"][0]["id"], stub.exchange.clock() + 60_000)
    if action in ("update_api_key", "delete_api_key"):  # the API key an example names is the account's
        seed_example_api_key(api, mapping, stub, wire)
    if action == "strategy":  # the strategy order an example names is the account's
        seed_example_strategy(api, mapping, stub, wire)
    if action == "redeem":  # the flexAsset an example redeems is held
        args = compile_template(mapping.get("args", {}))(Context({"params": wire}, api.stub.get("values", {})))
        stub.exchange.funds.mint(api.stub["accounts"][0]["id"], args["asset"], Decimal(str(args["quantity"])))
    if action == "repay_against":  # the collateral an example regains is locked
        args = compile_template(mapping.get("args", {}))(Context({"params": wire}, api.stub.get("values", {})))
        stub.exchange.borrowing.borrow(
            api.stub["accounts"][0]["id"], args["asset"], args["collateral_asset"], Decimal(args["collateral"]) * 2
        )
    if action in ("request_delivery", "cancel_delivery", "redeem_amm", "close_borrow"):
        seed_example_delivery(api, mapping, stub, wire)
    if "batch" in mapping or action not in ("order", "cancel_order", "modify_order", *POSITION_ACTIONS):
        return
    args = compile_template(mapping.get("args", {}))(Context({"params": wire}, api.stub.get("values", {})))
    venue = stub.venue_config.venue_of(wire.get((api.stub.get("venues") or {}).get("param")))
    if args.get("symbol") is None and (args.get("order_id") or args.get("client_order_id")) is not None:
        # an order named by its ids alone (on a router: in the request's venue, or the first)
        market = next(m for m in markets_of(api, venue) if m.get("kind", "spot") == "spot")
        reference, tick = Decimal(market["price"]), Decimal(market["tick_size"])
        stub.place_order(
            api.stub["accounts"][0]["id"],
            symbol=market["symbol"],
            side="buy",
            type="limit",
            quantity=max(Decimal(market.get("min_quantity", market["lot_size"])), Decimal(market["lot_size"])),
            price=reference / 2 - reference / 2 % tick,
            client_order_id=args.get("client_order_id"),
            venue=venue,
            **({"order_id": int(args["order_id"])} if args.get("order_id") is not None else {}),
        )
        return
    market = next((m for m in markets_of(api) if m["symbol"] == args.get("symbol")), None)
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


# sub-account actions that act on existing sub-accounts (and keys): their example's must exist first
SUB_ACCOUNT_ACTIONS = (
    "freeze_sub_account",
    "sub_account_keys",
    "add_sub_account_key",
    "sub_account_key",
    "edit_sub_account_key",
    "delete_sub_account_key",
    "sub_account_balances",
    "sub_account_transfer",
)


def seed_example_sub_accounts(api: ir.ApiIR, mapping: dict[str, Any], stub: Any, wire: dict[str, Any]) -> None:
    """The sub-accounts an example names exist (of the first demo account, with every permission the
    spec's create endpoint grants by default); the one a transfer takes from holds the amount; the key
    an example names exists."""
    args = compile_template(mapping.get("args", {}))(Context({"params": wire}, api.stub.get("values", {})))
    owner = api.stub["accounts"][0]["id"]
    subs = stub.exchange.subaccounts
    named = [args[n] for n in ("name", "from_name", "to_name") if args.get(n)] or ["example-sub"]
    for name in named:
        created = compile_template(_create_mapping(api).get("args", {}))(Context({"params": {}}, {}))
        subs.create(owner, name, created.get("permissions") or [])
    if args.get("from_name") and args.get("amount"):
        subs.ledger.account(subs.of(owner, args["from_name"]).account).balance(
            args["asset"], args["from_wallet"]
        ).total += Decimal(args["amount"])
    if args.get("key_id") is not None and mapping["action"] != "add_sub_account_key":
        subs.add_key(owner, named[0], ["read"], key_id=int(args["key_id"]))


def seed_example_api_key(api: ir.ApiIR, mapping: dict[str, Any], stub: Any, wire: dict[str, Any]) -> None:
    """The API key an example names: one of the first demo account's, with its permissions, managed by it."""
    args = compile_template(mapping.get("args", {}))(Context({"params": wire}, api.stub.get("values", {})))
    account = api.stub["accounts"][0]
    credentials = {c: f"example-{c}" for c in account["credentials"]}
    credentials[stub.verifier.key_name] = str(args["key"])
    stub.add_key(account["id"], credentials, account["permissions"])
    stub.exchange.api_keys.adopt(account["id"], str(args["key"]), account["permissions"])


def seed_example_strategy(api: ir.ApiIR, mapping: dict[str, Any], stub: Any, wire: dict[str, Any]) -> None:
    """The strategy order an example names: the API's own placement example, placed by the first demo account
    under that example's id (or client id)."""
    values = api.stub.get("values", {})
    wanted = compile_template(mapping.get("args", {}))(Context({"params": wire}, values))
    placing = next(
        ep for ep in api.endpoints if api.stub["endpoints"].get(ep.name, {}).get("action") == "place_strategy"
    )
    args = compile_template(api.stub["endpoints"][placing.name]["args"])(
        Context({"params": wire_values(api, placing)}, values)
    )
    args.update({k: wanted[k] for k in ("strategy_id", "client_id") if wanted.get(k) is not None})
    run(ACTIONS["place_strategy"], stub.exchange, api.stub["accounts"][0]["id"], args)


def seed_example_withdrawal(api: ir.ApiIR, mapping: dict[str, Any], stub: Any, wire: dict[str, Any]) -> None:
    """The pending withdrawal an example names: the first demo account's, of twice the least a withdrawal
    on the first open chain may be (funded by a deposit)."""
    args = compile_template(mapping.get("args", {}))(Context({"params": wire}, api.stub.get("values", {})))
    funds = stub.exchange.funds
    chain = next(c for c in funds.config.chains if c.withdraw_enabled)
    amount = max(chain.min_withdraw, chain.withdraw_fee) * 2 or Decimal(1)
    owner = api.stub["accounts"][0]["id"]
    funds.deposit(owner, chain.asset, amount * 2, chain.chain)
    funds.withdraw(owner, chain.asset, amount, "address", chain.chain, withdrawal_id=int(args["withdrawal_id"]))


def seed_example_loan(api: ir.ApiIR, mapping: dict[str, Any], stub: Any, wire: dict[str, Any]) -> None:
    """The loan an example repays: the first demo account's, of twice the amount (at least the minimum)."""
    args = compile_template(mapping.get("args", {}))(Context({"params": wire}, api.stub.get("values", {})))
    loans = stub.exchange.loans
    terms = loans.terms(args["symbol"], args["asset"])
    amount = max(terms.min_amount, Decimal(args["amount"]) * 2)
    loan_id = None if args.get("loan_id") is None else int(args["loan_id"])
    loans.borrow(api.stub["accounts"][0]["id"], args["symbol"], args["asset"], amount, loan_id=loan_id)


def seed_example_offer_loan(api: ir.ApiIR, mapping: dict[str, Any], stub: Any, wire: dict[str, Any]) -> None:
    """The loan against an offer an example names: the first demo account's, against the first offer it
    has the collateral for, of twice the example's amount (at least the offer's minimum)."""
    args = compile_template(mapping.get("args", {}))(Context({"params": wire}, api.stub.get("values", {})))
    lending, owner = stub.exchange.lending, api.stub["accounts"][0]["id"]
    for offer in lending.config.offers:
        amount = max(offer.min_amount or 0, Decimal(str(args.get("amount") or 1)) * 2)
        try:
            lending.borrow(owner, offer.id, amount, loan_id=int(args["loan_id"]))
            return
        except SimulatorError:
            continue
    raise AssertionError("no offer lends to the first demo account")


def _create_mapping(api: ir.ApiIR) -> dict[str, Any]:
    return next(m for m in api.stub["endpoints"].values() if m.get("action") == "create_sub_account")


def _seed_fill(api: ir.ApiIR, ep: ir.EndpointIR, stub: Any, wire: dict[str, Any]) -> None:
    """A trade of the first demo account at the moment the example names (its start_ms, read by the
    params' codecs as the stub reads them), made by crossing the first two accounts on the first market."""
    scope = Scope(ScaleSet(generated(api.id, "config").CONFIG.scales), (wire,))
    params = {
        p.wire: apply(p.codec, wire[p.wire], "accept", scope) if p.codec is not None else wire[p.wire]
        for p in generated(api.id, "operations").OPERATIONS[ep.name].params
        if p.wire in wire
    }
    args = compile_template(api.stub["endpoints"][ep.name].get("args", {}))(Context({"params": params}, {}))
    market = markets_of(api)[0]
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


@contextlib.contextmanager
def served_cli(api: str, *options: str) -> Iterator[dict[str, Any]]:
    """`python -m exchange_bindings serve <api> --json` on 127.0.0.1 (a port of its own), in its own process:
    what it prints (URLs and credentials); stopped by its pid."""
    command = [sys.executable, "-m", "exchange_bindings", "serve", api, "--host", "127.0.0.1", "--port", "0"]
    process = subprocess.Popen(
        [*command, *options, "--json"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        assert process.stdout is not None
        info: dict[str, Any] = json.loads(process.stdout.readline())
        yield info
    finally:
        process.terminate()  # SIGTERM: it stops by itself
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def open_long(api: ir.ApiIR, stub: Any, symbol: str, quantity: Decimal) -> None:
    """The first demo account long `quantity` in a perpetual market, bought from the second at its reference price."""
    account, other = (a["id"] for a in api.stub["accounts"][:2])
    price = Decimal(next(m for m in markets_of(api) if m["symbol"] == symbol)["price"])
    for who, side in ((other, "sell"), (account, "buy")):
        stub.place_order(who, symbol=symbol, side=side, type="limit", quantity=quantity, price=price)


def seed_example_delivery(api: ir.ApiIR, mapping: dict[str, Any], stub: Any, wire: dict[str, Any]) -> None:
    """What a delivery, AMM or borrow-closing example acts on exists: the position it delivers (a long),
    the pending delivery order it cancels, the AMM it redeems, the collateral it sells (twice as much)."""
    args = compile_template(mapping.get("args", {}))(Context({"params": wire}, api.stub.get("values", {})))
    ex, owner, action = stub.exchange, api.stub["accounts"][0]["id"], mapping["action"]
    perpetual = next(m for m in markets_of(api) if m.get("kind") == "perpetual")
    lot = Decimal(perpetual["lot_size"])
    if action == "request_delivery":
        open_long(api, stub, args["symbol"], Decimal(str(args["quantity"])))
    elif action == "cancel_delivery":
        open_long(api, stub, perpetual["symbol"], lot)
        ex.delivery.ids = itertools.count(int(args["order_id"]))
        ex.delivery.request(owner, perpetual["symbol"], lot)
    elif action == "redeem_amm":
        price = Decimal(perpetual["price"])
        ex.amm_bots.create(
            owner,
            perpetual["symbol"],
            "neutral",
            price / 2,
            price * 2,
            {perpetual["quote"]: price},
            token=args["token"],
        )
    elif action == "close_borrow":
        market = next(m for m in markets_of(api) if m["symbol"] == args["symbol"])
        ex.borrowing.borrow(owner, market["quote"], market["base"], Decimal(str(args["quantity"])) * 2)
