"""A stub server of one API: checks requests as the exchange does and answers from the simulator.

Everything API-specific comes from the spec (passed in as `stub` data by the generated package):
markets and demo accounts, value words, rejection codes, the error shape, and per endpoint the
simulator action and the response template. The same `Stub` serves in-process (httpx transports,
no socket) and as an ASGI application (uvicorn).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import math
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx
import msgspec

from ..codecs import BODIES, ERROR_BODIES, Scope
from ..codecs.shape import apply
from ..config import ApiConfig, RetryPolicy, seconds
from ..limits import Limiter, Registry, check_all, cost_of
from ..operation import Operation
from ..signing import hmac_message, hmac_signature, same_signature, sign_parts
from .actions import ACTIONS, MARKET_DATA_ONLY, client_id, run
from .control import (
    CONTROL_PREFIX,
    Control,
    ControlError,
    Fault,
    LoggedRequest,
    NewAccount,
    NewKey,
    NewOrder,
    Push,
    Reset,
    Stall,
    checked,
    checked_market,
    given,
    serve,
)
from .inbound import MAX_BODY, delay, misread_decimal
from .simulator import DEFAULT_WALLET, Exchange, Market, SimulatorError
from .streams import StreamServer
from .template import Compiled, Context, compile_template, render

_ENCODER = msgspec.json.Encoder(decimal_format="number")


_GENERAL = {"login_required": "unknown_key"}  # rejection reasons that fall back to a broader one
# refusals of the web server in front of an API (before its code runs): HTTP's own statuses, whatever
# status the API gives its errors, with the API's error body
_HTTP_STATUS = {"unknown_route": 404, "wrong_method": 405, "too_large": 413}
_DRAIN = 64 * MAX_BODY  # bytes of an oversized body read and thrown away, so the client reads the refusal


@dataclass
class StubRequest:
    method: str
    path: str  # raw (percent-encoded), without the query
    query: str
    headers: dict[str, str]  # lower-case names
    body: bytes
    host: str
    client_ip: str = "127.0.0.1"


@dataclass
class StubResponse:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False
    latency: float = 0.0
    content_type: str | None = "application/json"


class Rejection(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}")


@dataclass
class _Key:
    account: str
    credentials: dict[str, str]
    permissions: frozenset[str]
    ips: frozenset[str] = frozenset()
    created_ms: int = 0


class Stub:
    """One API's stub: state (the simulator), request checking, responses, control surface."""

    def __init__(
        self,
        config: ApiConfig,
        operations: Mapping[str, Operation[Any]],
        spec: Mapping[str, Any],
        *,
        seed: int = 0,
        clock: Callable[[], int] | None = None,
    ) -> None:
        self.config = config
        self.operations = dict(operations)
        self.spec = spec
        self.clock = clock or (lambda: int(time.time() * 1000))
        self.control: Control = Control(self.operations)
        self._exact = {(op.method, op.path): op for op in self.operations.values() if "{" not in op.path}
        self._routes = [
            (op.method, re.compile("^" + re.sub(r"\\\{([^{}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(op.path)) + "$"), op)
            for op in self.operations.values()
            if "{" in op.path
        ]
        kind_status: dict[str, int] = {}
        for status, kind in sorted(config.errors.statuses.items()):
            kind_status.setdefault(kind, status)
        self._kind_status = kind_status
        # Templates and response schemas are compiled once per spec (stubs of one API share them);
        # requests only call them.
        self._compiled = _endpoint_templates(spec)
        # endpoints whose answer is a function of their parameters and the markets alone: public,
        # a market-data action, and no clock or account in the template
        self._market_data = frozenset(
            name
            for name, m in spec.get("endpoints", {}).items()
            if m.get("action") in MARKET_DATA_ONLY
            and not re.search(r"\{(now|account_id|exchange)\b", json.dumps(m.get("respond")))
        )
        self._rendered: dict[tuple[Any, ...], bytes] = {}
        self._examples = {name: _ENCODER.encode(body) for name, body in spec.get("examples", {}).items()}
        self._envelope = compile_template(spec["success_response"]) if "success_response" in spec else None
        self.limiters = Registry(margin=0.0)  # the exchange's own count: exact, no margin
        # one socket server per stream (an API may have several: spot and futures), by URL path
        self.streams = {
            name: StreamServer(
                config,
                st,
                spec,
                lambda: self.exchange,
                self._error_fields,
                lambda key: self.keys.get(key),
                self.limiters,
                lambda: self.control.limits,
            )
            for name, st in spec.get("streams", {}).items()
        }
        self.seed = seed
        self.reset(seed)

    # -- state ---------------------------------------------------------------------------
    def reset(self, seed: int | None = None, *, book_levels: int = 10, trades: int = 200) -> None:
        """Fresh simulator state from the spec's markets and accounts, deterministic for `seed`.

        `book_levels` resting market-maker orders per side and market, and `trades` public trades
        of history per market over the past day (0 and 0: empty books, no history), each bounded
        (control.MAX_BOOK_LEVELS, control.MAX_TRADES): a reset never holds the stub long.
        """
        asked = checked(Reset, {"seed": seed, "book_levels": book_levels, "trades": trades})
        self.seed = self.seed if asked.seed is None else asked.seed
        markets = [_market(m) for m in self.spec.get("markets", [])]
        kept = self.spec.get("closed_orders", {}).get("kept_for")
        self.exchange = Exchange(
            markets,
            seed=self.seed,
            clock=self.clock,
            wallets=self.spec.get("wallets", (DEFAULT_WALLET,)),
            retention_ms=None if kept is None else int(seconds(kept) * 1000),
        )
        self.exchange.listeners.append(self._on_event)
        self._rendered.clear()
        self.keys: dict[str, _Key] = {}
        for account in self.spec.get("accounts", []):
            self.add_account(
                account["id"],
                account.get("balances", {}),
                account.get("permissions", ()),
                account.get("credentials", {}),
                account.get("ips", ()),
                account.get("wallets"),
            )
        if asked.book_levels:
            self.exchange.seed_books(asked.book_levels)
        if asked.trades:
            self.exchange.seed_history(asked.trades)
        self.control.clear_faults()
        self.control.log.clear()
        self.limiters.clear()

    def add_account(
        self,
        account_id: str,
        balances: Mapping[str, Any],
        permissions: Any = (),
        credentials: Mapping[str, str] | None = None,
        ips: Any = (),
        wallets: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> None:
        """A new account with `balances` in the default wallet and, by wallet name, in `wallets`; with
        `credentials`, its API key (bound to `ips`)."""
        new = checked(
            NewAccount,
            {
                "id": account_id,
                "balances": balances,
                "permissions": permissions,
                "credentials": credentials or None,
                "ips": ips,
                "wallets": wallets or {},
            },
        )
        if new.id in self.exchange.accounts:
            raise ControlError("id", f"account {new.id} exists")
        unknown = sorted(set(new.wallets) - set(self.exchange.wallets))
        if unknown:
            raise ControlError(
                "wallets", f"no wallet {', '.join(unknown)} (wallets: {', '.join(self.exchange.wallets)})"
            )
        if new.credentials is not None:
            self._check_key(new.id, new.credentials, new.ips)
        self.exchange.add_account(
            new.id,
            {a: Decimal(v) for a, v in new.balances.items()},
            new.permissions,
            {w: {a: Decimal(v) for a, v in assets.items()} for w, assets in new.wallets.items()},
        )
        if new.credentials is not None:
            self._store_key(new.id, new.credentials, new.permissions, new.ips, None)

    def add_key(
        self,
        account_id: str,
        credentials: Mapping[str, str],
        permissions: Any = (),
        ips: Any = (),
        created_ms: int | None = None,
    ) -> None:
        """Another API key of an account, under the spec's key rules (how many keys and IPs)."""
        new = checked(
            NewKey,
            {
                "account": account_id,
                "credentials": credentials,
                "permissions": permissions,
                "ips": ips,
                "created_ms": created_ms,
            },
        )
        if new.account not in self.exchange.accounts:
            raise ControlError("account", f"no account {new.account}")
        self._check_key(new.account, new.credentials, new.ips)
        self._store_key(new.account, new.credentials, new.permissions, new.ips, new.created_ms)

    def _check_key(self, account_id: str, credentials: Mapping[str, str], ips: list[str]) -> None:
        """A key may be added: it has every credential the API signs with, is not another account's, and
        keeps to the spec's key rules."""
        needed = {c for scheme in self.config.auth_schemes.values() for c in scheme.get("credentials", ())}
        missing = sorted(needed - set(credentials))
        if missing:
            raise ControlError("credentials", f"missing {', '.join(missing)}")
        held = self.keys.get(credentials.get(self._key_name(), ""))
        if held is not None and held.account != account_id:
            raise ControlError("credentials", "this key belongs to another account")
        rules = self.spec.get("key_rules", {})
        owned = sum(1 for k in self.keys.values() if k.account == account_id)
        if owned >= rules.get("max_keys_per_account", owned + 1):
            raise SimulatorError("too_many_keys", f"an account has at most {rules['max_keys_per_account']} API keys")
        if len(ips) > rules.get("max_ips_per_key", len(ips)):
            raise SimulatorError("too_many_ips", f"a key is bound to at most {rules['max_ips_per_key']} IP addresses")

    def _store_key(
        self, account_id: str, credentials: Mapping[str, str], permissions: Any, ips: Any, created_ms: int | None
    ) -> None:
        created = self.clock() if created_ms is None else created_ms
        key = credentials.get(self._key_name(), "")
        self.keys[key] = _Key(account_id, dict(credentials), frozenset(permissions), frozenset(ips), created)

    def _on_event(self, kind: str, payload: Any) -> None:
        for server in self.streams.values():
            server.on_event(kind, payload)

    def stream_paths(self) -> dict[str, str]:
        """Each stream's path (the spec's URL path), by stream name."""
        return {
            name: "/" + self.config.base_url(None, server.spec["server"]).split("://", 1)[1].partition("/")[2]
            for name, server in self.streams.items()
        }

    def stream_path(self, name: str | None = None) -> str | None:
        """The path a stream is served on (by default the first; another path gets the first stream)."""
        paths = self.stream_paths()
        return paths.get(name or next(iter(paths), ""))

    def ws_push(self, message: Any, count: int = 1) -> int:
        """Send an arbitrary message (`count` times) to every stream connection; returns how many got it."""
        count = checked(Push, {"count": count}).count
        return sum(server.push(message, count) for server in self.streams.values())

    def ws_drop(self) -> int:
        """Close every stream connection abruptly (clients should reconnect)."""
        return sum(server.drop() for server in self.streams.values())

    def ws_stall(self, seconds: float) -> int:
        """Hold back everything sent on the stream connections for `seconds` (a silent stream)."""
        seconds = checked(Stall, {"seconds": seconds}).seconds
        return sum(server.stall(seconds) for server in self.streams.values())

    def add_market(self, **market: Any) -> None:
        """Another market (symbol, base, quote, kind, tick_size, lot_size, min_quantity, price, ...); a
        listed market never changes, so its symbol must be new."""
        self.exchange.add_market(_market(checked_market(market, self.exchange, self.spec.get("markets", []))))

    def place_order(self, account_id: str, **order: Any) -> Any:
        """Seed an order as `account_id` (symbol, side, type, quantity, price, ... in simulator terms)."""
        args = given(checked(NewOrder, {**order, "account": account_id}))
        return run(ACTIONS["place_order"], self.exchange, args.pop("account"), args)

    @property
    def credentials(self) -> dict[str, str]:
        """The demo account's credentials: keyword arguments of the generated clients."""
        accounts = self.spec.get("accounts", [])
        return dict(accounts[0].get("credentials", {})) if accounts else {}

    def _key_name(self) -> str:
        """The credential that identifies an account (the one that is not the secret)."""
        for scheme in self.config.auth_schemes.values():
            secret = scheme.get("secret")
            name: str = next(c for c in scheme["credentials"] if c != secret)
            return name
        return "api_key"

    # -- the request path ------------------------------------------------------------------
    def handle(self, request: StubRequest) -> StubResponse:
        if len(request.body) > MAX_BODY:  # refused unread (and unlogged), whatever it is for
            return self._reject("too_large", f"the body is longer than {MAX_BODY} bytes")
        if request.path.startswith(CONTROL_PREFIX):
            return self._control(request)
        op, path_params, allowed = self._route(request)
        fault = self.control.take_fault(op.name if op else None)
        account: str | None = None
        answers = fault is not None and (fault.status is not None or fault.code is not None or fault.drop)
        headers: dict[str, str] = {}
        try:
            if fault is not None and answers and not fault.process:
                response = self._fault_response(fault)
            elif allowed:
                headers["Allow"] = ", ".join(allowed)
                raise Rejection("wrong_method", f"{request.path} does not take {request.method}; it takes {allowed}")
            elif op is None:
                raise Rejection("unknown_route", f"no endpoint {request.method} {request.path}")
            else:
                account = self._authenticate(op, request)
                params = self._params(op, request, path_params)
                self._throttle(op, account, request.client_ip, params, headers)
                response = self._answer(op, account, params)
        except Rejection as rejection:
            response = self._reject(rejection.reason, rejection.detail)
        except SimulatorError as error:
            response = self._reject(error.reason, error.message)
        if headers:
            response.headers.update(headers)
        if fault is not None and answers and fault.process:  # processed, then the answer is lost or replaced
            response = self._fault_response(fault)
        if fault is not None:
            response.latency = fault.latency
        self.control.record(
            LoggedRequest(
                request.method,
                request.path,
                request.query,
                op.name if op else None,
                account,
                response.status,
                request.body.decode("utf-8", "replace"),
                fault is not None,
            )
        )
        return response

    def _throttle(
        self,
        op: Operation[Any],
        account: str | None,
        client_ip: str,
        params: Mapping[str, Any],
        headers: dict[str, str],
    ) -> None:
        """Count the request in the buckets the spec charges it to; refuse it as the API does
        (its code, status and, where the API sends them, Retry-After and budget headers)."""
        if not op.cost:
            return
        limits = self.config.limits
        units: list[tuple[Limiter, int]] = []
        for name, cost in cost_of(op.cost, params).items():
            bucket = limits.buckets.get(name)
            if bucket is None or bucket.transport != "rest":
                continue
            key = client_ip if bucket.scope == "ip" else account
            if key is not None:
                units.append((self.limiters.get(self.config.api, bucket, key), cost))
        if not units or not self.control.limits:
            return
        wait, full = check_all(units, time.monotonic())
        reported = next((lim for lim, _ in units if lim.bucket.scope == limits.reports), None)
        if limits.remaining_header is not None and reported is not None:
            headers[limits.remaining_header] = str(reported.remaining())
            if limits.limit_header is not None:
                headers[limits.limit_header] = str(reported.bucket.limit)
        if wait > 0:
            if limits.retry_after:
                headers["Retry-After"] = str(max(1, math.ceil(wait)))
            assert full is not None
            raise Rejection("rate_limited", f"the {full.bucket.name} limit is reached; retry in {wait:.3f}s")

    def _route(self, request: StubRequest) -> tuple[Operation[Any] | None, dict[str, str], list[str]]:
        """The endpoint and its path parameters (percent-encoded); with none, the methods the path takes."""
        exact = self._exact.get((request.method, request.path))
        if exact is not None:
            return exact, {}, []
        for method, pattern, op in self._routes:
            if method == request.method:
                match = pattern.match(request.path)
                if match:
                    return op, match.groupdict(), []
        allowed = {method for method, path in self._exact if path == request.path}
        allowed |= {method for method, pattern, _ in self._routes if pattern.match(request.path)}
        return None, {}, sorted(allowed)

    def _authenticate(self, op: Operation[Any], request: StubRequest) -> str | None:
        if op.auth is None:
            return None
        scheme = self.config.auth_schemes[op.auth]
        if scheme["type"] != "hmac":
            raise Rejection("unknown_key", f"auth scheme type {scheme['type']} is not served by the stub yet")
        fields: dict[str, str] = {}
        for header, template in scheme["headers"].items():
            name = template.strip("{}") if template.startswith("{") and template.endswith("}") else None
            if name is not None:
                value = request.headers.get(header.lower())
                if value is None:
                    raise Rejection("unknown_key", f"missing header {header}")
                fields[name] = value
        key = self.keys.get(fields.get(self._key_name(), ""))
        if key is None:
            raise Rejection("unknown_key", "unknown API key")
        self._check_key_rules(key, request.client_ip)
        window = scheme.get("window")
        if window is not None and not _fresh(
            fields.get("timestamp", ""), scheme["timestamp"], seconds(window), self.clock()
        ):
            raise Rejection("stale_timestamp", "timestamp outside the allowed window")
        parts = sign_parts(
            request.method, request.host, request.path, request.query, request.body.decode("utf-8", "replace")
        )
        parts["timestamp"] = fields.get("timestamp", "")
        parts["nonce"] = fields.get("nonce", "")
        secret = key.credentials[scheme["secret"]]
        message = hmac_message(scheme, parts)
        given = fields.get("signature", "")
        accepted = [hmac_signature(scheme, secret, message)]
        if "sha256_with_secret" in scheme.get("also_accept", ()):  # the older scheme clients in the wild still send
            accepted.append(hashlib.sha256((message + secret).encode()).hexdigest())
        if not any(same_signature(signature, given) for signature in accepted):
            raise Rejection("bad_signature", "signature does not match the request")
        if op.permission is not None and op.permission not in key.permissions:
            raise Rejection("missing_permission", f"the API key lacks the {op.permission} permission")
        return key.account

    def _check_key_rules(self, key: _Key, client_ip: str) -> None:
        rules = self.spec.get("key_rules", {})
        if key.ips and rules.get("ip_whitelist") and client_ip not in key.ips:
            raise Rejection("ip_not_allowed", f"the API key may not be used from {client_ip}")
        lifetime = rules.get("expire_without_ip")
        if lifetime is not None and not key.ips and self.clock() - key.created_ms > seconds(lifetime) * 1000:
            raise Rejection("key_expired", "the API key, bound to no IP address, has expired: renew it")

    def _params(self, op: Operation[Any], request: StubRequest, path_params: dict[str, str]) -> dict[str, Any]:
        try:  # percent-encoded bytes that are not UTF-8 text are refused, not replaced
            query = dict(parse_qsl(request.query, keep_blank_values=True, errors="strict"))
            path_params = {k: unquote(v, errors="strict") for k, v in path_params.items()}
        except UnicodeDecodeError as exc:
            raise Rejection("invalid_parameter", f"a parameter is not UTF-8 text: {exc.reason}") from None
        body: Any = {}
        encoding = BODIES[op.body_encoding]
        if request.body.strip():
            try:
                body = encoding.decode(request.body)  # JSON (numbers exactly as written), or a form
            except ValueError as exc:
                raise Rejection("invalid_parameter", str(exc)) from None
        sources = {"path": path_params, "query": query, "body": body, "header": request.headers}
        values: dict[str, Any] = {}
        coded: list[Any] = []
        for param in op.params:
            source = sources[param.location]
            key = param.wire.lower() if param.location == "header" else param.wire
            if key not in source or source[key] is None:
                if param.required:
                    raise Rejection("missing_parameter", f"{param.wire} is required")
                continue
            raw = source[key]
            limit = op.max_items.get(param.wire)
            if limit is not None and isinstance(raw, list) and len(raw) > limit:
                raise Rejection("too_many_items", f"{param.wire} takes at most {limit} items")
            if param.codec is not None:  # read by its codecs, once every parameter is known (scale keys)
                coded.append(param)
                values[param.wire] = raw
                continue
            try:
                msgspec.convert(
                    raw, param.type, strict=param.location == "body" and encoding.typed and not param.decimal
                )
            except msgspec.ValidationError as exc:
                raise Rejection("invalid_parameter", f"{param.wire}: {exc}") from None
            misread = misread_decimal(raw, param.type)
            if misread is not None:
                raise Rejection("invalid_parameter", f"{param.wire}: {misread} is not a number")
            values[param.wire] = raw
        return self._accept(coded, values, encoding.typed) if coded else values

    def _accept(self, params: list[Any], values: dict[str, Any], typed: bool) -> dict[str, Any]:
        """Parameters read by their codecs: checked as a client would read them (a scaled integer, a
        time in any form the exchange takes), then in the simulator's terms (Decimal, milliseconds)."""
        scope = Scope(self.config.scales, (values,))
        accepted = dict(values)
        for param in params:
            raw = values[param.wire]
            try:
                msgspec.convert(apply(param.codec, raw, "decode", scope), param.type, strict=typed)
                accepted[param.wire] = apply(param.codec, raw, "accept", scope)
            except (ValueError, msgspec.ValidationError) as exc:
                raise Rejection("invalid_parameter", f"{param.wire}: {exc}") from None
        return accepted

    def _answer(self, op: Operation[Any], account: str | None, params: dict[str, Any]) -> StubResponse:
        compiled = self._compiled.get(op.name)
        if compiled is None:  # no simulator mapping: the documented example, after all the checks
            return self._succeeded(op, self._examples[op.name], None)
        args_of, respond = compiled
        mapping = self.spec["endpoints"][op.name]
        now = self.clock()
        ctx = Context(
            {"params": params, "now": now, "account_id": account, "exchange": self.exchange},
            self.spec.get("values", {}),
        )
        window = mapping.get("recv_window")
        if window is not None:
            self._check_window(window, params, now)
        cached = (op.name, id(self.exchange), len(self.exchange.markets), _frozen(params))
        if op.name in self._market_data:  # rendered once per set of markets (see MARKET_DATA_ONLY)
            body = self._rendered.get(cached)
            if body is not None:
                return self._succeeded(op, body, None)
        action = ACTIONS[mapping["action"]]
        batch = mapping.get("batch")
        policy = RetryPolicy.from_spec(op.retry, self.config.retry) if op.retry else self.config.retry
        # a repeated client order id: placed again, answered with the order placed, or refused (the spec's)
        coid = policy.client_order_id if policy.duplicates != "accept" else None
        if batch is not None:
            results = []
            items = params.get(batch, [])
            for item in items.split(",") if isinstance(items, str) else items:  # a list, or a comma list
                try:
                    args = _arguments(args_of, ctx.child(item=item))
                    seen = item.get(coid.field) if coid and coid.field and isinstance(item, dict) else None
                    placed = self._once(account, seen, partial(run, action, self.exchange, account, args), policy)
                    results.append({"ok": True, "result": placed, "item": item})
                except SimulatorError as error:
                    results.append(
                        {"ok": False, "item": item, "error": self._error_fields(error.reason, error.message)}
                    )
            result: Any = results
        else:
            args = _arguments(args_of, ctx)
            seen = params.get(coid.param) if coid and not coid.field else None
            result = self._once(account, seen, lambda: run(action, self.exchange, account, args), policy)
        has_next = None
        pages = self.spec.get("pagination", {}).get(op.name)
        if pages is not None and pages["style"] == "page" and isinstance(result, list):
            result, has_next = _page(result, params, pages)
        data = respond(ctx.child(result=result))
        if op.reader is not None:  # scaled amounts, times: written with the fields around them
            try:
                data = apply(op.reader, data, "render", Scope(self.config.scales, (params,)))
            except ValueError as exc:  # e.g. an asset whose scale the spec does not give
                raise Rejection("invalid_parameter", str(exc)) from None
        body = _ENCODER.encode(self._success(data, has_next))
        if op.name in self._market_data:
            if len(self._rendered) >= 1024:  # bounded: arbitrary parameters must not grow it forever
                self._rendered.clear()
            self._rendered[cached] = body
        return self._succeeded(op, body, data)

    def _succeeded(self, op: Operation[Any], body: bytes, data: Any) -> StubResponse:
        """The answer of a success: 200 with the body, 201 with Location (the result's field the spec
        names), or 204 with nothing."""
        success = op.success
        if success is None or success.status == 200:
            return StubResponse(200, body)
        if success.status == 204:
            return StubResponse(204, b"", content_type=None)
        where = data.get(success.location) if isinstance(data, dict) and success.location else None
        return StubResponse(success.status, body, {"Location": str(where)} if where is not None else {})

    def _once(self, account: str | None, client_order_id: Any, place: Callable[[], Any], policy: RetryPolicy) -> Any:
        """Place an order, unless the spec says the exchange recognises a repeated client order id:
        then the account's order with that id is the answer (replay), or the repeat is refused."""
        known = client_id(client_order_id)
        placed = self.exchange.order_by_client_id(account, known) if account and known is not None else None
        if placed is None:
            return place()
        if policy.duplicates == "reject":
            raise SimulatorError("duplicate_client_order_id", f"client order id {client_order_id} was already used")
        return placed

    def _success(self, data: Any, has_next: bool | None) -> Any:
        """The body around a result: the API's envelope if it has one (keys without a value are dropped)."""
        if self._envelope is None:
            return data
        body = self._envelope(Context({"data": data, "has_next": has_next}, {}))
        # parts of the envelope that found nothing to say (no page list, no has_next) are left out;
        # the data itself stays, even when it is an empty object
        if not isinstance(body, dict):
            return body
        return {k: v for k, v in body.items() if v not in (None, {}) or (v is data and data is not None)}

    def _check_window(self, window: Mapping[str, Any], params: dict[str, Any], now: int) -> None:
        stamp = params.get(window["timestamp"])
        if stamp is None:
            return  # without a timestamp the request is never rejected for lateness
        allowed = params.get(window["window"], window.get("default_ms", 1000))
        if now > int(stamp) + int(allowed):
            raise Rejection("stale_timestamp", f"timestamp {stamp} + {allowed} ms is in the past")

    # -- errors ----------------------------------------------------------------------------
    def _error_fields(self, reason: str, detail: str, codes: Mapping[str, str] | None = None) -> dict[str, Any]:
        """The code and message of a rejection: from `codes` (a stream's own), else the API's; a
        reason without a code of its own takes its more general one's."""
        tables = (codes or {}, self.spec.get("rejections", {}))
        code = next((t[r] for r in (reason, _GENERAL.get(reason)) if r for t in tables if r in t), None)
        message = detail if code is None else self.spec.get("messages", {}).get(code, detail)
        return {"code": code, "message": message, "detail": detail, "reason": reason}

    def _reject(self, reason: str, detail: str) -> StubResponse:
        fields = self._error_fields(reason, detail)
        kind = self.config.errors.codes.get(fields["code"] or "") if fields["code"] else None
        return self._error_response(_HTTP_STATUS.get(reason) or self._error_status(kind), fields)

    def _error_status(self, kind: str | None) -> int:
        """An error's HTTP status: the API's fixed one (errors under 200), else the one its kind gets."""
        status: int = self.spec.get("error_status") or self._kind_status.get(kind or "", 400)
        return status

    def _error_response(
        self, status: int, fields: Mapping[str, Any], headers: dict[str, str] | None = None
    ) -> StubResponse:
        kind = ERROR_BODIES[self.config.errors.body]
        if kind.content_type != "application/json":  # text/plain: the message; or no body at all
            text = str(fields.get("message") or "").encode() if kind.content_type else b""
            return StubResponse(status, text, headers or {}, content_type=kind.content_type)
        template = self.spec.get("error_response", {"code": "{code}", "message": "{message}"})
        body = _compact(render(template, Context({k: v for k, v in fields.items() if v is not None}, {})))
        return StubResponse(status, _ENCODER.encode(body), headers or {})

    def _fault_response(self, fault: Fault) -> StubResponse:
        if fault.drop:
            return StubResponse(0, b"", drop=True)
        headers = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
        if fault.code is not None:
            kind = self.config.errors.codes.get(fault.code)
            status = fault.status or self._error_status(kind)
            message = fault.message or self.spec.get("messages", {}).get(fault.code, "scripted fault")
            return self._error_response(status, {"code": fault.code, "message": message}, headers)
        return StubResponse(fault.status or 500, fault.message.encode() if fault.message else b"", headers)

    # -- control surface over HTTP -------------------------------------------------------------
    def _control(self, request: StubRequest) -> StubResponse:
        return StubResponse(*serve(self, request))

    def state(self) -> dict[str, Any]:
        ex = self.exchange
        return {
            "accounts": {
                a.id: {
                    "balances": {k: {"total": b.total, "reserved": b.reserved} for k, b in a.balances.items()},
                    # every wallet of APIs with several (spot, futures, ...), margin held included
                    "wallets": {
                        name: {k: {"total": b.total, "reserved": b.reserved, "margin": b.margin} for k, b in w.items()}
                        for name, w in a.wallets.items()
                    },
                    "positions": {s: p.quantity for s, p in a.positions.items()},
                }
                for a in ex.accounts.values()
                if a.id != ex.MAKER
            },
            "open_orders": [
                {
                    "id": o.id,
                    "account": o.account,
                    "market": o.market,
                    "side": o.side,
                    "price": o.price,
                    "remaining": o.remaining,
                }
                for o in ex.orders.values()
                if o.is_open and o.account != ex.MAKER
            ],
        }

    # -- adapters --------------------------------------------------------------------------
    def _from_httpx(self, request: httpx.Request, client_ip: str) -> StubRequest:
        raw_path, _, query = request.url.raw_path.decode("latin-1").partition("?")
        return StubRequest(
            request.method,
            raw_path,
            query,
            {k.lower(): v for k, v in request.headers.items()},
            request.read(),
            request.headers.get("host", ""),
            client_ip,
        )

    def _to_httpx(self, request: httpx.Request, response: StubResponse) -> httpx.Response:
        if response.drop:
            raise httpx.RemoteProtocolError("connection dropped by a scripted fault", request=request)
        content_type = {"Content-Type": response.content_type} if response.content_type else {}
        return httpx.Response(response.status, content=response.body, headers={**content_type, **response.headers})

    def transport(self, client_ip: str = "127.0.0.1") -> httpx.MockTransport:
        """An in-process transport for `httpx.Client` (no socket), as if from `client_ip`."""

        def handler(request: httpx.Request) -> httpx.Response:
            response = self.handle(self._from_httpx(request, client_ip))
            latency = delay(response.latency)
            if latency:
                read = _read_timeout(request)
                time.sleep(min(latency, read if read is not None else latency))
                if read is not None and latency > read:
                    raise httpx.ReadTimeout("no answer within the read timeout (scripted latency)", request=request)
            return self._to_httpx(request, response)

        return httpx.MockTransport(handler)

    def async_transport(self, client_ip: str = "127.0.0.1") -> httpx.MockTransport:
        """An in-process transport for `httpx.AsyncClient` (no socket), as if from `client_ip`."""

        async def handler(request: httpx.Request) -> httpx.Response:
            response = self.handle(self._from_httpx(request, client_ip))
            latency = delay(response.latency)
            if latency:
                read = _read_timeout(request)
                await asyncio.sleep(min(latency, read if read is not None else latency))
                if read is not None and latency > read:
                    raise httpx.ReadTimeout("no answer within the read timeout (scripted latency)", request=request)
            return self._to_httpx(request, response)

        return httpx.MockTransport(handler)

    async def __call__(
        self,
        scope: dict[str, Any],
        receive: Callable[[], Awaitable[dict[str, Any]]],
        send: Callable[[dict[str, Any]], Awaitable[None]],
    ) -> None:
        """The ASGI application (HTTP only; lifespan events are acknowledged)."""
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] == "websocket":
            if self.streams:
                by_path = {path: name for name, path in self.stream_paths().items()}
                name = by_path.get(scope["path"].rstrip("/") or "/", next(iter(self.streams)))
                await self.streams[name].serve(scope, receive, send)
            return
        if scope["type"] != "http":
            return
        read = await _read_body(receive)
        if read is None:  # the client left before it finished its request
            return
        body, cut_short = read
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        raw_path = scope.get("raw_path") or scope["path"].encode()
        request = StubRequest(
            scope["method"],
            raw_path.decode("latin-1").partition("?")[0],
            scope.get("query_string", b"").decode("latin-1"),
            headers,
            body,
            headers.get("host", ""),
            (scope.get("client") or ("127.0.0.1", 0))[0],
        )
        response = self.handle(request)
        if cut_short:  # the rest of the body is still on its way: this connection cannot carry another request
            response.headers["Connection"] = "close"
        latency = delay(response.latency)
        if latency:
            with contextlib.suppress(asyncio.CancelledError):  # the server is shutting down: answer now, not never
                await asyncio.sleep(latency)
        if response.drop:  # promise a body and end early: the client sees a broken connection
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
            await send({"type": "http.response.body", "body": b"{", "more_body": False})
            return
        out = [(b"content-length", str(len(response.body)).encode())]
        if response.content_type:
            out.append((b"content-type", response.content_type.encode()))
        out += [(k.lower().encode(), v.encode()) for k, v in response.headers.items()]
        await send({"type": "http.response.start", "status": response.status, "headers": out})
        await send({"type": "http.response.body", "body": response.body})


async def _read_body(receive: Callable[[], Awaitable[dict[str, Any]]]) -> tuple[bytes, bool] | None:
    """A request's body (None: the client went away first). Past MAX_BODY bytes the rest is read and
    thrown away, up to _DRAIN bytes, so the client gets to read the refusal; True when it was cut short."""
    body, thrown = bytearray(), 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk = message.get("body", b"")
        room = max(0, MAX_BODY + 1 - len(body))  # one byte more than allowed is enough to refuse it
        body += chunk[:room]
        thrown += max(0, len(chunk) - room)
        if not message.get("more_body"):
            return bytes(body), False
        if thrown > _DRAIN:
            return bytes(body), True


def _read_timeout(request: httpx.Request) -> float | None:
    """The read timeout a client set on a request (in-process transports honour it as sockets would)."""
    timeout = request.extensions.get("timeout", {})
    read = timeout.get("read") if isinstance(timeout, dict) else None
    return float(read) if isinstance(read, int | float) else None


_TEMPLATES: dict[int, tuple[Mapping[str, Any], dict[str, tuple[Compiled, Compiled]]]] = {}


def _endpoint_templates(spec: Mapping[str, Any]) -> dict[str, tuple[Compiled, Compiled]]:
    """Each mapped endpoint's compiled argument and response templates, cached by spec (the spec is kept
    with them, so its id is not reused)."""
    cached = _TEMPLATES.get(id(spec))
    if cached is None or cached[0] is not spec:
        schemas = spec.get("schemas", {})
        compiled = {
            name: (
                compile_template(m.get("args", {})),
                compile_template(m.get("respond"), spec["responses"][name], schemas),
            )
            for name, m in spec.get("endpoints", {}).items()
            if m.get("action", "example") != "example"
        }
        cached = _TEMPLATES[id(spec)] = (spec, compiled)
    return cached[1]


def _frozen(params: Mapping[str, Any]) -> str:
    """Request parameters as one hashable key."""
    return json.dumps(params, sort_keys=True, default=str)


def _compact(body: Any) -> Any:
    """A body's top-level keys whose template found nothing to say are left out."""
    return {k: v for k, v in body.items() if v is not None} if isinstance(body, dict) else body


def _page(result: list[Any], params: Mapping[str, Any], pages: Mapping[str, Any]) -> tuple[list[Any], bool]:
    """One page of a list, as page/limit endpoints serve it, and whether another follows."""
    page = max(int(params.get(pages.get("page", "page")) or 1), 1)
    limit = int(params.get(pages.get("limit", "limit")) or pages.get("default_limit", 10))
    start = (page - 1) * limit
    return result[start : start + limit], len(result) > start + limit


def _arguments(args_of: Compiled, ctx: Context) -> dict[str, Any]:
    """The action's arguments from the request; a value that cannot be read is a rejection."""
    try:
        args: dict[str, Any] = args_of(ctx)
    except (TypeError, ValueError, ArithmeticError, KeyError) as exc:
        raise SimulatorError("invalid_parameter", f"{type(exc).__name__}: {exc}") from None
    return args


def _market(data: Mapping[str, Any]) -> Market:
    """A simulator market from the spec: known fields typed, the rest kept for templates."""
    decimals = {"tick_size", "lot_size", "min_quantity", "price", "leverage", "maker_fee", "taker_fee", "max_leverage"}
    texts = {"symbol", "base", "quote", "kind", "wallet"}
    return Market(
        symbol=data["symbol"],
        base=data["base"],
        quote=data["quote"],
        kind=data.get("kind", "spot"),
        wallet=data.get("wallet"),
        listed_ms=int(data.get("listed_ms", 0)),
        extra={k: v for k, v in data.items() if k not in decimals | texts | {"listed_ms"}},
        **{k: Decimal(str(v)) for k, v in data.items() if k in decimals},
    )


def _fresh(stamp: str, style: str, window: float, now_ms: int) -> bool:
    try:
        if style in ("unix_ms", "unix_s"):
            if not (stamp.isascii() and stamp.isdigit()):  # int() would also read " 1" and other digits
                return False
            moment = int(stamp) * (1 if style == "unix_ms" else 1000)
        else:
            from datetime import UTC, datetime

            moment = int(datetime.fromisoformat(stamp).replace(tzinfo=UTC).timestamp() * 1000)
    except (ValueError, OverflowError):
        return False
    return abs(now_ms - moment) <= window * 1000
