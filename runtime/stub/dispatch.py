"""A checked request answered from the simulator: the endpoint's action run in the venue the request
names, through the spec's argument and response templates, in the API's envelope, one page at a time.

Per endpoint (the spec's `stub` mapping): `action` (actions.ACTIONS), `args` and `respond` templates,
`batch` (a parameter whose items each run the action), `recv_window`, and `venues` for APIs hosting
several: `each` runs the action in the named venue or, when none is named, in every venue (the result
is a list of `{venue, result}`); `first` answers from the first venue where the action succeeds;
`default` runs it in the default venue whatever the request names (the action concerns the router, not
a venue). Templates see the request's `host` (the stub's own address, as the client reached it). A
repeated client order id is placed again, answered with the order already placed, or refused, as the
spec's retry policy says the exchange does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

import msgspec

from ..codecs import Scope
from ..codecs.bodies import TEXT_PLAIN
from ..codecs.scaled import ScaleSet
from ..codecs.shape import apply
from ..config import ApiConfig, RetryPolicy
from ..operation import Operation, Pager
from ..sim import Exchange, SimulatorError
from ..sim.venues import Venues
from .actions import ACTIONS, MARKET_DATA_ONLY, PLACED, client_id, run
from .config import EndpointStub, RecvWindow, StubConfig
from .messages import Rejection, StubResponse
from .refusals import Refusals
from .template import Compiled, Context, compile_template

_ENCODER = msgspec.json.Encoder(decimal_format="number")
_RENDERED = 1024  # market-data answers kept (arbitrary parameters must not grow the cache forever)
_SHOWN = (b"9876543210123", b"9876543210456")  # times that stand for a request's in kept answers


class Dispatcher:
    """One API's endpoint mappings, compiled once per spec (stubs of one API share them)."""

    def __init__(
        self,
        config: ApiConfig,
        setup: StubConfig,
        refusals: Refusals,
        clock: Callable[[], int],
        scales: ScaleSet | None = None,
    ) -> None:
        self.config = config
        self.setup = setup
        self.refusals = refusals
        self.clock = clock
        self.scales = scales if scales is not None else ScaleSet(config.scales)
        self.tables: Mapping[str, Mapping[str, Any]] = setup.values
        self.venue_param: str | None = setup.venues.param
        self._compiled = _endpoint_templates(setup)
        # endpoints whose answer is a function of their parameters, the markets and the clock alone: a
        # market-data action, and neither the account, the exchange's state nor the stub's own address
        # named in its templates (anywhere: erring on the side of rendering); by whether the clock may show
        self._market_data = {
            name: shows_time(m.respond) or shows_time(m.args)
            for name, m in setup.endpoints.items()
            if m.action in MARKET_DATA_ONLY
            and not re.search(r"\b(account_id|exchange|host)\b", json.dumps([m.respond, m.args]))
        }
        self._rendered: dict[tuple[Any, ...], tuple[Any, bytes | None]] = {}  # by the markets they show
        self._examples = {name: _ENCODER.encode(body) for name, body in setup.examples.items()}
        self._envelope = compile_template(setup.success_response) if setup.success_response is not None else None

    def forget(self) -> None:
        """Drop the rendered market data (the markets are new)."""
        self._rendered.clear()

    def answer(
        self, op: Operation[Any], account: str | None, params: dict[str, Any], venues: Venues, host: str = ""
    ) -> StubResponse:
        compiled = self._compiled.get(op.name)
        if compiled is None:  # no simulator mapping: the documented example, after all the checks
            return _succeeded(op, self._examples[op.name], None)
        mapping = self.setup.endpoints[op.name]
        now = self.clock()
        if mapping.recv_window is not None:
            _check_window(mapping.recv_window, params, now)
        spread = mapping.venues
        given = params.get(self.venue_param) if self.venue_param is not None and spread != "default" else None
        chosen = list(venues) if spread in ("each", "first") and given in (None, "") else [venues.select(given)]
        render = partial(self._render, op, mapping, account, params, chosen, host)  # the answer at a time
        clocked = self._market_data.get(op.name)
        if clocked is None:
            return _succeeded(op, *render(now))
        # market data: kept rendered per set of markets and parameters (they choose the venues), with the
        # time it shows written in per request
        key = (op.name, _frozen(params) if params else ())
        listed = [(id(ex), len(ex.markets)) for _, ex in chosen]  # markets are only ever added
        kept = self._rendered.get(key)
        if kept is None or kept[0] != listed:
            if len(self._rendered) >= _RENDERED:
                self._rendered.clear()
            kept = self._rendered[key] = (listed, _timeless(render, clocked))
        body = kept[1]
        if body is None or type(now) is not int:  # the time is not shown as its digits: rendered each time
            return _succeeded(op, *render(now))
        return _succeeded(op, body.replace(_SHOWN[0], b"%d" % now) if clocked else body, None)

    def _render(
        self,
        op: Operation[Any],
        mapping: EndpointStub,
        account: str | None,
        params: dict[str, Any],
        chosen: list[tuple[str, Exchange]],
        host: str,
        now: int,
    ) -> tuple[bytes, Any]:
        """The action's answer in the venues chosen, through the response template, as a body (and the data in it)."""
        respond = self._compiled[op.name][1]
        if mapping.venues == "each":
            ctx = Context(
                {"params": params, "now": now, "account_id": account, "venue": None, "exchange": None, "host": host},
                self.tables,
            )
            run_in = partial(self._run, op, mapping, account, params)
            result: Any = [{"venue": v, "result": run_in(ctx.child(venue=v, exchange=ex), ex)} for v, ex in chosen]
        else:
            ctx, result = self._first(op, mapping, account, params, now, chosen, host)
        has_next = None
        pages = mapping.pager
        if pages is not None and isinstance(result, list):
            result, has_next = _page(result, params, pages)
        data = respond(ctx.child(result=result))
        if op.reader is not None:  # scaled amounts, times: written with the fields around them
            try:
                data = apply(op.reader, data, "render", Scope(self.scales, (params,)))
            except ValueError as exc:  # e.g. an asset whose scale the spec does not give
                raise Rejection("invalid_parameter", str(exc)) from None
        return _ENCODER.encode(self._success(data, has_next)), data

    def _run(
        self,
        op: Operation[Any],
        mapping: EndpointStub,
        account: str | None,
        params: dict[str, Any],
        ctx: Context,
        exchange: Exchange,
    ) -> Any:
        """The action's result in one venue (a batch: each item's, with its outcome)."""
        action, args_of = ACTIONS[mapping.action], self._compiled[op.name][0]
        policy = op.retry or self.config.retry
        # a repeated client order id: placed again, answered with the order placed, or refused (the spec's)
        coid = policy.client_order_id if policy.duplicates != "accept" else None
        batch = mapping.batch
        if batch is None:
            args = _arguments(args_of, ctx)
            seen = params.get(coid.param) if coid and not coid.field else None
            placed = PLACED.get(mapping.action)
            return _once(exchange, account, seen, lambda: run(action, exchange, account, args), policy, placed)
        results = []
        items = params.get(batch, [])
        for item in items.split(",") if isinstance(items, str) else items:  # a list, or a comma list
            try:
                args = _arguments(args_of, ctx.child(item=item))
                seen = item.get(coid.field) if coid and coid.field and isinstance(item, dict) else None
                placed = _once(exchange, account, seen, partial(run, action, exchange, account, args), policy)
                results.append({"ok": True, "result": placed, "item": item})
            except SimulatorError as error:
                results.append({"ok": False, "item": item, "error": self.refusals.fields(error.reason, error.message)})
        return results

    def _first(
        self,
        op: Operation[Any],
        mapping: EndpointStub,
        account: str | None,
        params: dict[str, Any],
        now: int,
        chosen: list[tuple[str, Exchange]],
        host: str,
    ) -> tuple[Context, Any]:
        """The answer of the first venue where the action succeeds, and its context (the venue named
        there); where none does, the first refusal."""
        refused: SimulatorError | None = None
        for venue, exchange in chosen:
            values = {"params": params, "now": now, "account_id": account, "venue": venue, "exchange": exchange}
            ctx = Context({**values, "host": host}, self.tables)
            try:
                return ctx, self._run(op, mapping, account, params, ctx, exchange)
            except SimulatorError as error:
                refused = refused or error
        assert refused is not None
        raise refused

    def respond(self, op: Operation[Any], data: Any, headers: dict[str, str]) -> StubResponse:
        """An answer made elsewhere (a session's login, by its auth scheme) in the API's envelope; the
        documented example when there is none."""
        if data is None:
            return StubResponse(200, self._examples[op.name], headers)
        return StubResponse(200, _ENCODER.encode(self._success(data, None)), headers)

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


def _timeless(render: Callable[[int], tuple[bytes, Any]], clocked: bool) -> bytes | None:
    """A market-data answer with the time it shows (`clocked`) as _SHOWN[0]'s digits, for the time of each
    request to replace: rendered at two times, the answers differ in those digits alone (else None)."""
    first = render(int(_SHOWN[0]))[0]
    if not clocked:
        return first
    second = render(int(_SHOWN[1]))[0]
    return first if _SHOWN[0] in first and first.replace(*_SHOWN) == second else None


def _succeeded(op: Operation[Any], body: bytes, data: Any) -> StubResponse:
    """The answer of a success: 200 with the body, 201 with Location (the result's field the spec
    names; an answer without it created nothing, e.g. a market order, and is 200), or 204 with nothing."""
    success = op.success
    if success is not None and success.body == "text":  # the result's text, bare (the body holds it as JSON)
        text = data if isinstance(data, str) else msgspec.json.decode(body) if body else ""
        return StubResponse(success.status, str(text).encode(), content_type=TEXT_PLAIN)
    if success is not None and success.body == "empty":
        return StubResponse(success.status, b"", content_type=None)
    if success is None or success.status == 200:
        return StubResponse(200, body)
    if success.status == 204:
        return StubResponse(204, b"", content_type=None)
    where = data.get(success.location) if isinstance(data, dict) and success.location else None
    if success.location and where is None and isinstance(data, dict) and data:
        return StubResponse(200, body)
    return StubResponse(success.status, body, {"Location": str(where)} if where is not None else {})


def _once(
    exchange: Exchange,
    account: str | None,
    client_order_id: Any,
    place: Callable[[], Any],
    policy: RetryPolicy,
    placed_with: Callable[[Exchange, str, int | str], Any] | None = None,
) -> Any:
    """Place an order, unless the spec says the exchange recognises a repeated client order id:
    then the account's order with that id (or what `placed_with` finds) is the answer (replay), or the
    repeat is refused."""
    known = client_id(client_order_id)
    find = placed_with or (lambda ex, owner, value: ex.order_by_client_id(owner, value))
    placed = find(exchange, account, known) if account and known is not None else None
    if placed is None:
        return place()
    if policy.duplicates == "reject":
        raise SimulatorError("duplicate_client_order_id", f"client order id {client_order_id} was already used")
    return placed


def _check_window(window: RecvWindow, params: dict[str, Any], now: int) -> None:
    stamp = params.get(window.timestamp)
    if stamp is None:
        return  # without a timestamp the request is never rejected for lateness
    allowed = params.get(window.window, window.default_ms)
    if now > int(stamp) + int(allowed):
        raise Rejection("stale_timestamp", f"timestamp {stamp} + {allowed} ms is in the past")


_TEMPLATES: dict[int, tuple[StubConfig, dict[str, tuple[Compiled, Compiled]]]] = {}


def _endpoint_templates(setup: StubConfig) -> dict[str, tuple[Compiled, Compiled]]:
    """Each mapped endpoint's compiled argument and response templates, cached by configuration (it is
    kept with them, so its id is not reused)."""
    cached = _TEMPLATES.get(id(setup))
    if cached is None or cached[0] is not setup:
        compiled = {
            name: (compile_template(m.args), compile_template(m.respond, m.response, setup.schemas))
            for name, m in setup.endpoints.items()
        }
        cached = _TEMPLATES[id(setup)] = (setup, compiled)
    return cached[1]


def shows_time(template: Any) -> bool:
    """Whether a response template may show the clock: `now` anywhere in it (a value, a filter's
    argument, a directive), erring on the side of yes."""
    return re.search(r"\bnow\b", json.dumps(template)) is not None


def _frozen(params: Mapping[str, Any]) -> Any:
    """Request parameters as one hashable key (text and numbers as they are, anything else as JSON)."""
    if all(type(v) in _HASHABLE for v in params.values()):
        return tuple(sorted(params.items()))
    return json.dumps(params, sort_keys=True, default=str)


_HASHABLE = frozenset({str, int, type(None)})  # not bool: True and 1 are one key in a tuple, not in JSON


def _page(result: list[Any], params: Mapping[str, Any], pages: Pager) -> tuple[list[Any], bool]:
    """One page of a list, as page/limit endpoints serve it, and whether another follows."""
    page = max(int(params.get(pages.page or "page") or 1), 1)
    limit = int(params.get(pages.limit or "limit") or pages.default_limit)
    start = (page - 1) * limit
    return result[start : start + limit], len(result) > start + limit


def _arguments(args_of: Compiled, ctx: Context) -> dict[str, Any]:
    """The action's arguments from the request; a value that cannot be read is a rejection."""
    try:
        args: dict[str, Any] = args_of(ctx)
    except (TypeError, ValueError, ArithmeticError, KeyError) as exc:
        raise SimulatorError("invalid_parameter", f"{type(exc).__name__}: {exc}") from None
    return args
