"""A stub server of one API: checks requests as the exchange does and answers from the simulator.

Everything API-specific comes from the spec (as a typed StubConfig, stub/config.py, that the generated
package builds): markets and demo accounts, value words, rejection codes, the error shape, and per
endpoint the simulator action and the response template. A stub hosts one or more venues (sim/venues.py), each a
simulated exchange. The same `Stub` serves in-process (httpx transports, no socket) and as an ASGI
application (uvicorn); the steps of a request are modules of their own: routing (routing.py), checks
(here), the answer (dispatch.py), refusals (refusals.py), the carriers (adapters.py), the control
surface (control.py).
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import partial
from typing import Any

import httpx

from ..auth.jwt_session import JwtChecker
from ..codecs.scaled import ScaleSet
from ..config import ApiConfig
from ..limits import Limiter, Registry, check_all, cost_of
from ..operation import Operation
from ..sim import Exchange, SimulatorError
from ..sim.venues import Venue, Venues
from ..transports import stream_url
from ..transports.sse.server import EventStreamServer
from ..transports.websocket.keys import stream_keys
from ..transports.websocket.server import StreamServer
from ..transports.websocket.subscriptions import pattern_regex
from . import adapters
from .actions import ACTIONS, run
from .builders import (
    ControlError,
    Fault,
    KeyValidity,
    NewAccount,
    NewKey,
    NewOrder,
    Push,
    Reset,
    Stall,
    checked,
    checked_market,
    given,
)
from .config import StubConfig
from .control import CONTROL_PREFIX, Control, LoggedRequest, serve, state
from .dispatch import Dispatcher
from .inbound import MAX_BODY, load_json
from .messages import Rejection, StubRequest, StubResponse
from .records import attach
from .refusals import Refusals
from .routing import Router, read_params
from .verify import Key, Verifier

__all__ = ["Rejection", "Stub", "StubRequest", "StubResponse"]


log = logging.getLogger("exchange_bindings.stub")


class Stub:
    """One API's stub: its venues (each a simulated exchange), request checking, responses, control surface."""

    def __init__(
        self,
        config: ApiConfig,
        operations: Mapping[str, Operation[Any]],
        setup: StubConfig,
        *,
        seed: int = 0,
        clock: Callable[[], int] | None = None,
        environment: str | None = None,
    ) -> None:
        self.config = config
        if environment is not None and environment not in config.environments:
            raise ValueError(f"{config.api}: unknown environment {environment!r}; one of {sorted(config.environments)}")
        self.operations = dict(operations)
        self.setup = setup
        self.clock = clock or (lambda: int(time.time() * 1000))
        self.control: Control = Control(self.operations)
        self.router = Router(self.operations.values())
        self.scales = ScaleSet(config.scales)
        self.refusals = Refusals(config, setup)
        self.dispatcher = Dispatcher(config, setup, self.refusals, self.clock, self.scales)
        self.venue_config = setup.venues
        self.control.venues = frozenset(self.venue_config.ids) if self.venue_config.param else frozenset()
        self.control.integer_codes = config.errors.integer_codes
        self.limiters = Registry(margin=0.0)  # the exchange's own count: exact, no margin
        self._pings: tuple[float, float] | None = None  # ws_ping's: beats the streams' specs
        self.verifier = Verifier(config, setup.key_rules, self.clock)  # keys, and each auth scheme's checks
        if environment in config.unauthenticated and setup.accounts:  # served as a deployment that
            self.verifier.open_as = setup.accounts[0].id  # authenticates nobody: requests need no key
        # one server per stream (an API may have several: spot and futures), by URL path
        self.streams: dict[str, StreamServer | EventStreamServer] = {
            name: StreamServer(
                config,
                st,
                setup.values,
                setup.schemas,
                setup.venues.param,
                lambda: self.venues,
                self.refusals.fields,
                lambda: self.verifier,
                self.limiters,
                lambda: self.control.limits,
                self._endpoint_answer,
            )
            for name, st in setup.streams.items()
        }
        self.streams.update(
            (
                name,
                EventStreamServer(
                    name,
                    config,
                    st,
                    setup.values,
                    setup.schemas,
                    self.venue,
                    self.verifier,
                    lambda status, reason, detail: self.refusals.response(status, self.refusals.fields(reason, detail)),
                ),
            )
            for name, st in setup.event_streams.items()
        )
        self.event_streams = {  # SSE streams by path: the ASGI adapter hands them their requests
            path: server
            for name, path in self.stream_paths().items()
            if isinstance(server := self.streams[name], EventStreamServer)
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
        self.venues = Venues(self.venue_config, self._exchange)
        attach((exchange for _, exchange in self.venues), self.setup.records)
        self.dispatcher.forget()
        self.verifier.reset()
        for account in self.setup.accounts:
            self.add_account(
                account.id,
                account.funds.balances,
                account.permissions,
                account.credentials,
                account.ips,
                account.funds.wallets,
                {venue: {"balances": f.balances, "wallets": f.wallets} for venue, f in account.venues.items()},
            )
        for _, exchange in self.venues:
            # The opening books and history are the state streams start from, not news: told to no
            # stream (rendering 1,200 orders' events into the event streams' replay buffers took seconds).
            with exchange.quiet():
                if asked.book_levels:
                    exchange.seed_books(asked.book_levels)
                if asked.trades:
                    exchange.seed_history(asked.trades)
        self.control.clear_faults()
        self.control.log.clear()
        self.limiters.clear()

    def _exchange(self, venue: Venue) -> Exchange:
        """A venue's simulated exchange, fresh from the spec."""
        exchange = Exchange(
            list(venue.markets),
            seed=self.seed,
            clock=self.clock,
            wallets=self.setup.wallets,
            retention_ms=self.setup.retention_ms,
            keyring=self.verifier,  # sub-accounts' keys are checked where every key is
            funds=self.setup.funds,
            loans=self.setup.loans,
            borrowing=self.setup.borrowing,
            lending=self.setup.lending,
            funding=self.setup.funding,
            marks=self.setup.marks,
            rounding=self.setup.rounding,
            delivery=self.setup.delivery,
            amm_bots=self.setup.amm_bots,
            amm=self.setup.amm,
            referrals=self.setup.referrals,
            basis=self.setup.basis,
            settlement=self.setup.settlement,
        )
        exchange.listeners.append(partial(self._on_event, venue.id))
        return exchange

    @property
    def exchange(self) -> Exchange:
        """The default venue's simulated exchange (a stub of one venue: its only one)."""
        return self.venues.default

    def venue(self, name: Any = None) -> Exchange:
        """A venue's simulated exchange, by the value a request names it with (None: the default venue);
        an unknown one is refused as a ControlError."""
        return self._venue(name)[1]

    def add_account(
        self,
        account_id: str,
        balances: Mapping[str, Any],
        permissions: Any = (),
        credentials: Mapping[str, str] | None = None,
        ips: Any = (),
        wallets: Mapping[str, Mapping[str, Any]] | None = None,
        venues: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> None:
        """A new account, in every venue, with `balances` in the default wallet and, by wallet name, in
        `wallets` (in a venue named in `venues`, that venue's own `balances` and `wallets` instead); with
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
                "venues": venues or {},
            },
        )
        if new.id in self.exchange.accounts:
            raise ControlError("id", f"account {new.id} exists")
        strange = sorted(set(new.venues) - set(self.venue_config.ids))
        if strange:
            raise ControlError("venues", f"no venue {', '.join(strange)} (venues: {', '.join(self.venue_config.ids)})")
        named = set(new.wallets).union(*(funds.wallets for funds in new.venues.values()))
        unknown = sorted(named - set(self.exchange.wallets))
        if unknown:
            raise ControlError(
                "wallets", f"no wallet {', '.join(unknown)} (wallets: {', '.join(self.exchange.wallets)})"
            )
        if new.credentials is not None:
            self.verifier.check_key(new.id, new.credentials, new.ips)
        for venue, exchange in self.venues:
            funds = new.venues.get(venue, new)
            exchange.add_account(
                new.id,
                {a: Decimal(v) for a, v in funds.balances.items()},
                new.permissions,
                {w: {a: Decimal(v) for a, v in assets.items()} for w, assets in funds.wallets.items()},
            )
        if new.credentials is not None:
            self.verifier.store_key(new.id, new.credentials, new.permissions, new.ips, None)
            for _, exchange in self.venues:  # its public names (a login name), for profiles and rankings
                exchange.account(new.id).names.update(self.verifier.names(new.credentials))

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
        self.verifier.check_key(new.account, new.credentials, new.ips)
        self.verifier.store_key(new.account, new.credentials, new.permissions, new.ips, new.created_ms)

    @property
    def keys(self) -> dict[str, Key]:
        """The API keys, by the credential that identifies them."""
        return self.verifier.keys

    def _on_event(self, venue: str, kind: str, payload: Any) -> None:
        for server in self.streams.values():
            server.on_event(kind, payload, venue)

    def stream_paths(self) -> dict[str, str]:
        """Each stream's path (the spec's URL path), by stream name."""
        return {
            name: "/" + stream_url(self.config, *_where(server)).split("://", 1)[1].partition("/")[2]
            for name, server in self.streams.items()
        }

    def stream_transport(self, name: str) -> str:
        """The transport a stream is served over (a key of transports.TRANSPORTS)."""
        return "sse" if isinstance(self.streams[name], EventStreamServer) else "websocket"

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

    def ws_key_validity(self, seconds: float) -> int:
        """Stream URL credentials (listen keys) issued or renewed from now until the next reset live
        `seconds` instead of the spec's validity (tests see them expire); returns the venues changed."""
        validity_ms = max(1, round(checked(KeyValidity, {"seconds": seconds}).seconds * 1000))
        for _, exchange in self.venues:
            stream_keys(exchange).validity_ms = validity_ms
        return len(list(self.venues))

    def ws_ping(self, interval: float | None, timeout: float = 1.0) -> None:
        """Stream connections accepted from now on are pinged every `interval` seconds and closed when a
        pong is not back within `timeout`, whatever their spec says (tests shorten the wait); None: as
        the spec says again."""
        if interval is None:
            self._pings = None
            return
        every, within = (checked(KeyValidity, {"seconds": s}).seconds for s in (interval, timeout))
        self._pings = (every, within)

    def ws_pings(self, path: str) -> tuple[float, float] | None:
        """How the server pings a stream connection on `path`: (every, pong within) seconds, as the
        stream's spec says (None: it does not say)."""
        for name, server in self.streams.items():
            where = pattern_regex(self.stream_paths()[name].rstrip("/"))
            if isinstance(server, StreamServer) and where.fullmatch(path.rstrip("/")):
                return self._pings or server.stream.heartbeat.server_pings
        return None

    def session_lifetime(self, seconds: float) -> int:
        """Session tokens issued from now until the next reset live `seconds` instead of the spec's
        lifetime (tests see them expire); returns the session schemes changed."""
        lifetime = checked(KeyValidity, {"seconds": seconds}).seconds
        checkers = [c for c in self.verifier.checkers.values() if isinstance(c, JwtChecker)]
        for checker in checkers:
            checker.lifetime = lifetime
        return len(checkers)

    def issue_ticket(self, operation: str, account_id: str) -> str:
        """A one-time ticket for a session scheme's ticket endpoint `operation`, opening a session of the account."""
        for name, checker in self.verifier.checkers.items():
            if isinstance(checker, JwtChecker) and any(t.operation == operation for t in checker.scheme.tickets):
                login = self.exchange.account(account_id).names.get(name)
                if login is None:
                    raise ControlError("account", f"account {account_id} has no {name} credentials")
                return checker.issue_ticket(operation, login)
        raise ControlError("operation", f"{operation} takes no session ticket")

    def add_market(self, **market: Any) -> None:
        """Another market (symbol, base, quote, kind, tick_size, lot_size, min_quantity, price, ...) in
        `venue` (by default the default one); a listed market never changes, so its symbol must be new."""
        venue, exchange = self._venue(market.get("venue"))
        fields = {k: v for k, v in market.items() if k != "venue"}
        exchange.add_market(checked_market(fields, exchange, self.venue_config.markets(venue)))

    def place_order(self, account_id: str, **order: Any) -> Any:
        """Seed an order as `account_id` (symbol, side, type, quantity, price, ... in simulator terms) in
        `venue` (by default the default one)."""
        args = given(checked(NewOrder, {**order, "account": account_id}))
        exchange = self.venue(args.pop("venue", None))
        return run(ACTIONS["place_order"], exchange, args.pop("account"), args)

    def _endpoint_answer(self, name: str, account: str | None, params: dict[str, Any]) -> Any:
        """What a REST endpoint's stub mapping answers `params` (a stream command that runs it): its body.
        Refusals raise (Rejection, SimulatorError)."""
        return load_json(self.dispatcher.answer(self.operations[name], account, params, self.venues).body)

    def _venue(self, name: Any) -> tuple[str, Exchange]:
        """The venue a control action names (None: the default), refused as a ControlError if unknown."""
        try:
            return self.venues.select(name)
        except SimulatorError as error:
            raise ControlError("venue", error.message) from None

    @property
    def credentials(self) -> dict[str, str]:
        """The demo account's credentials: keyword arguments of the generated clients."""
        accounts = self.setup.accounts
        return dict(accounts[0].credentials) if accounts else {}

    # -- the request path ------------------------------------------------------------------
    def _caller(self, op: Operation[Any], request: StubRequest) -> str:
        """The account a signed endpoint's request comes from; served open (no auth), a request without
        a valid key is the first demo account's (Verifier.open_as)."""
        assert op.auth is not None
        return self.verifier.authenticate(op.auth, op.permission, request, request.client_ip)

    def handle(self, request: StubRequest) -> StubResponse:
        started = time.perf_counter()
        if len(request.body) > MAX_BODY:  # refused unread (and unlogged), whatever it is for
            return self.refusals.reject("too_large", f"the body is longer than {MAX_BODY} bytes")
        if request.path.startswith(CONTROL_PREFIX):
            return StubResponse(*serve(self, request))
        op, path_params, allowed = self.router.route(request.method, request.path)
        fault = self.control.take_fault(op.name if op else None)
        account: str | None = None
        answers = fault is not None and (fault.status is not None or fault.code is not None or fault.drop)
        headers: dict[str, str] = {}
        try:
            if fault is not None and answers and not fault.process:
                response = self.refusals.fault(fault)
            elif allowed:
                headers["Allow"] = ", ".join(allowed)
                raise Rejection("wrong_method", f"{request.path} does not take {request.method}; it takes {allowed}")
            elif op is None:
                raise Rejection("unknown_route", f"no endpoint {request.method} {request.path}")
            else:
                if op.auth is not None:
                    account = self._caller(op, request)
                params = read_params(op, request, path_params, self.scales)
                fault = fault or self._venue_fault(op.name, params)
                if fault is not None and fault.venue is not None:  # that exchange is unreachable, or slow
                    response = self.refusals.fault(fault)
                else:
                    self._throttle(op, account, request.client_ip, params, headers)
                    if op.name in self.verifier.sessions:  # a session's login, refresh or logout
                        response = self._session(op, request, params)
                    else:
                        response = self.dispatcher.answer(op, account, params, self.venues, request.host)
        except Rejection as rejection:
            response = self.refusals.reject(rejection.reason, rejection.detail, self._codes(op), rejection.parameter)
        except SimulatorError as error:
            response = self.refusals.reject(error.reason, error.message, self._codes(op))
        if headers:
            response.headers.update(headers)
        if fault is not None and answers and fault.process:  # processed, then the answer is lost or replaced
            response = self.refusals.fault(fault)
        if fault is not None:
            response.latency = fault.latency
        entry = LoggedRequest(
            request.method,
            request.path,
            request.query,
            op.name if op else None,
            account,
            response.status,
            "***" if op and op.name in self.verifier.sessions else request.body.decode("utf-8", "replace"),
            fault is not None,
            code=response.code,
            refused=response.refused,
            parameter=response.parameter,
        )
        self.control.record(entry)
        if log.isEnabledFor(logging.DEBUG):  # `serve --log-level debug`: one line per request
            _log_line(entry, response, (time.perf_counter() - started) * 1000)
        return response

    def _codes(self, op: Operation[Any] | None) -> Mapping[str, str] | None:
        """The endpoint's own codes for rejection reasons (spec: the endpoint stub's `rejections`)."""
        mapping = self.setup.endpoints.get(op.name) if op is not None else None
        return mapping.rejections if mapping is not None else None

    def _venue_fault(self, operation: str, params: Mapping[str, Any]) -> Fault | None:
        """A fault scripted for the venue this request names (none for requests that name none)."""
        named = params.get(self.venue_config.param) if self.venue_config.param else None
        if not named or not any(f.venue for f in self.control.faults):
            return None
        try:
            return self.control.take_fault(operation, self.venue_config.venue_of(named))
        except SimulatorError:  # an unknown venue: refused as usual
            return None

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
        if not op.cost or not self.control.limits:  # free, or the limits are switched off: nothing counted
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
        if not units:
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

    def _session(self, op: Operation[Any], request: StubRequest, params: dict[str, Any]) -> StubResponse:
        """A session operation, answered by its auth scheme (the documented example, when it says nothing)."""
        answer = self.verifier.answer(op.name, request, params, request.client_ip)
        return self.dispatcher.respond(op, answer.data, answer.headers)

    def state(self, venue: str | None = None) -> dict[str, Any]:
        """Balances, positions and open orders of every account in a venue (by default the default one)."""
        return state(self, venue)

    # -- carriers --------------------------------------------------------------------------
    def transport(self, client_ip: str = "127.0.0.1") -> httpx.MockTransport:
        """An in-process transport for `httpx.Client` (no socket), as if from `client_ip`."""
        return adapters.transport(self, client_ip)

    def async_transport(self, client_ip: str = "127.0.0.1") -> httpx.MockTransport:
        """An in-process transport for `httpx.AsyncClient` (no socket), as if from `client_ip`."""
        return adapters.async_transport(self, client_ip)

    __call__ = adapters.asgi  # the ASGI application (HTTP, the streams' WebSockets, lifespan events)


def _log_line(entry: LoggedRequest, response: StubResponse, ms: float) -> None:
    """A request in one line: method, path, operation, account, status, exchange code, why it was
    refused, how long the stub took (and a scripted fault's latency, which comes on top)."""
    log.debug(
        "%s %s%s %s account=%s -> %s%s%s%s %.1f ms%s",
        entry.method,
        entry.path,
        "?" + entry.query if entry.query else "",
        entry.operation or "-",
        entry.account or "-",
        "dropped" if response.drop else response.status,
        f" code={response.code}" if response.code is not None else "",
        f" ({response.refused})" if response.refused else "",
        f" param={response.parameter}" if response.parameter else "",
        ms,
        f" [fault, latency {response.latency:g} s]" if entry.fault else "",
    )


def _where(server: StreamServer | EventStreamServer) -> tuple[str, str | None]:
    """A stream's server (a key of the environment's URLs) and path."""
    if isinstance(server, EventStreamServer):
        return server.config.server, server.config.path
    return server.stream.server, server.stream.path
