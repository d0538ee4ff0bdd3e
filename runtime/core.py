"""The call machinery a client drives: limits, request building, signing, decoding, typed errors (the
retry decisions are retrying.Planner's). Loaded with the first client (client.py), not the import."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
import msgspec

from . import deadline as hard_deadline
from . import environ
from .auth import OPERATION
from .codecs import Scope
from .codecs.scaled import ScaleSet
from .codecs.shape import apply
from .config import ApiConfig, RetryPolicy
from .credentials import Credentials
from .errors import ExchangeError, ParameterError, RequestTimeoutError
from .http_errors import buildable, transport_error
from .known import strict_values
from .limits import LIMITERS, Limiter, LimitWait, Registry, cost_of, reserve_all, scope_key
from .operation import Operation, PreparedCall, interpret, prepare, request_id
from .raw import SENT, LastResponse, RawResponse, Sending
from .retrying import Planner, RetryHook, retry_after
from .urls import Base

if TYPE_CHECKING:
    from .client import LimitWaitHook

log = logging.getLogger("exchange_bindings")
LONG_WAIT = 1.0  # seconds: a rate-limit wait this long is logged at INFO (shorter ones at DEBUG)
T = TypeVar("T")


class Core(Planner):
    """What the sync and async clients share: configuration, limits, request building, signing, decoding
    (the retry decisions are the Planner's, retrying.py)."""

    def __init__(
        self,
        config: ApiConfig,
        operations: Mapping[str, Operation[Any]],
        credentials: Credentials,
        *,
        base_url: str | None,
        environment: str | None,
        timeout: float | httpx.Timeout,
        hosts: Mapping[Any, str] | None = None,
        max_retries: int | None,
        deadline: float | None,
        rate_limits: bool = True,
        on_limit_wait: LimitWaitHook | None = None,
        on_retry: RetryHook | None = None,
        limiters: Registry = LIMITERS,
        strict: bool = False,
    ) -> None:
        self.config = config
        self.strict = strict  # refuse enumerated values the spec does not list (known.py)
        self.operations = operations  # by name: the lookups of order placements call others
        self.base_url = (base_url or config.base_url(environment)).rstrip("/")
        self.hosts = config.host_urls(environment, hosts, base_url)  # where `server: <name>` endpoints go
        # a deployment that authenticates nobody (self-hosted): every endpoint goes unsigned
        self.open = (environment or config.default_environment) in config.unauthenticated
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.deadline = deadline if deadline is not None else config.deadline
        self.max_retries = max_retries
        schemes = config.auth_schemes
        # each scheme's client side (an httpx.Auth; a session's makes requests through `request` and `result`)
        self.auths = {name: scheme.client(credentials, self) for name, scheme in schemes.items() if scheme.rest}
        self.missing = {name: scheme.missing(credentials) for name, scheme in schemes.items()}
        # a session's own operations (its login, refresh) go through its flow too: their answers are the session
        self.owners = {op: name for name, s in schemes.items() if name in self.auths for op in _owned(s)}
        self._policies: dict[str, RetryPolicy] = {}
        self.rate_limits = rate_limits
        self.on_limit_wait = on_limit_wait
        self.on_retry = on_retry
        self.limiters = limiters
        self._host = httpx.URL(self.base_url).netloc.decode("ascii")
        self._bases: dict[str | None, Base] = {None: Base(self.base_url)}
        self._bases.update((name, Base(url)) for name, url in self.hosts.items())
        # whose budget account buckets count: the key (not the secret) of each auth scheme
        self._identity: dict[str | None, str | None] = {None: None}
        self._identity.update((name, scheme.identity(credentials)) for name, scheme in schemes.items())
        self._buckets: dict[str, list[tuple[Limiter, Any]]] = {}
        self.scales = ScaleSet(config.scales)  # this client's: refresh_scales() updates them

    def __repr__(self) -> str:
        return f"<{self.config.api} client {self.base_url}>"

    def last_response(self, op: Operation[Any]) -> LastResponse:
        """Where a call keeps the last response to its own request (for the raw view)."""
        return LastResponse(op.name)

    def raw(self, response: httpx.Response | None, result: T) -> RawResponse[T]:
        """A call's result with the response it came in (the raw view's answer)."""
        return RawResponse.of(response, result, self.config.errors)

    def scale_refreshes(self) -> list[tuple[str, Operation[Any]]]:
        """Each refreshable scale, with the operation whose answer lists its factors and ticks."""
        return [
            (name, self.operations[scale.refresh.operation])
            for name, scale in self.scales.scales.items()
            if scale.refresh is not None
        ]

    def take_scales(self, name: str, result: Any) -> int:
        """Update a scale from its refresh operation's result; how many items it listed."""
        refresh = self.scales.scales[name].refresh
        assert refresh is not None
        items: Any = msgspec.to_builtins(result, builtin_types=(Decimal,))
        reader = self.operations[refresh.operation].reader
        if reader is not None:  # a tick that is itself a scaled field: back to wire units, as the scales hold them
            items = apply(reader, items, "render", Scope(self.scales))
        for part in filter(None, refresh.items.split(".")):
            items = items.get(part) if isinstance(items, dict) else None
        return self.scales.update(name, items if isinstance(items, list) else [])

    def buckets(self, op: Operation[Any]) -> list[tuple[Limiter, Any]]:
        """The limiters an operation draws on, with its cost in each (resolved once per operation)."""
        found = self._buckets.get(op.name)
        if found is None:
            found = []
            limits = self.config.limits
            for name, amount in op.cost.items():
                bucket = limits.buckets.get(name)
                if bucket is None or bucket.transport != "rest":
                    continue
                key = scope_key(bucket.scope, self._host, self._identity.get(self.scheme(op)))
                if key is not None:
                    found.append((self.limiters.get(self.config.api, bucket, key), amount))
            self._buckets[op.name] = found
        return found

    def units(self, op: Operation[Any], values: Mapping[str, Any]) -> list[tuple[Limiter, int]]:
        if not self.rate_limits or not op.cost:
            return []
        found = self.buckets(op)
        if not found:
            return []
        costs = cost_of({limiter.bucket.name: amount for limiter, amount in found}, values)
        return [(limiter, costs[limiter.bucket.name]) for limiter, _ in found if limiter.bucket.name in costs]

    def admit(
        self, op: Operation[Any], units: list[tuple[Limiter, int]], started: float, deadline: float | None
    ) -> tuple[float, float]:
        """Book the call's units in every bucket it draws on; (seconds to wait first, booked moment)."""
        now = time.monotonic()
        at, limiter = reserve_all(units, now)
        wait = at - now
        if wait <= 0:
            return 0.0, at
        if deadline is not None and now - started + wait > deadline:
            for lim, cost in units:
                lim.refund(cost, at)
            raise RequestTimeoutError(
                f"the {limiter.bucket.name} rate limit would hold the call {wait:.2f}s, past its deadline of {deadline:g}s",
                operation=op.name,
                sent=False,
            )
        log.log(
            logging.INFO if wait >= LONG_WAIT else logging.DEBUG,
            "%s: waiting %.3fs for the %s rate limit",
            op.name,
            wait,
            limiter.bucket.name,
        )
        if self.on_limit_wait is not None:
            self.on_limit_wait(LimitWait(op.name, limiter.bucket.name, wait))
        return wait, at

    def observe(self, units: list[tuple[Limiter, int]], response: httpx.Response) -> None:
        """Resynchronise from the budget a server reports in its headers, where the spec names them."""
        header = self.config.limits.remaining_header
        if header is None or not units:
            return
        value = response.headers.get(header)
        if value is None:
            return
        try:
            remaining = int(value)
        except ValueError:
            return
        reports = self.config.limits.reports
        for limiter, _ in units:
            if limiter.bucket.scope == reports:
                limiter.sync(remaining)

    def build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Operation[Any],
        call: PreparedCall,
        timeout: float | httpx.Timeout | None,
        deadline_at: float | None,
    ) -> httpx.Request:
        scheme = self.scheme(op)
        if scheme is not None and self.lacking(scheme):
            lacking = self.lacking(scheme)
            variables = ", ".join(environ.variable(self.config.api, c) for c in lacking)
            raise ParameterError(
                f"needs credentials {', '.join(lacking)} (a signed endpoint): pass them to the client, or set {variables}",
                operation=op.name,
            )
        extensions: dict[str, Any] = {OPERATION: op.name}
        if deadline_at is not None:
            extensions[hard_deadline.EXTENSION] = deadline_at
        return self._new(
            http.build_request, op, call, extensions, timeout=timeout if timeout is not None else self.timeout
        )

    def _new(
        self,
        make: Callable[..., httpx.Request],
        op: Operation[Any],
        call: PreparedCall,
        extensions: dict[str, Any],
        **more: Any,
    ) -> httpx.Request:
        with buildable(op):
            return make(
                call.method,
                self._bases[op.server].join(call.path, call.query),
                content=call.body,
                headers=_headers(call),
                extensions=extensions,
                **more,
            )

    def exchange(self, op: Operation[Any], request: httpx.Request) -> Generator[httpx.Request, Any, httpx.Response]:
        """Send a request through its auth scheme's flow (which may send a login or a refresh first, and
        the request again after a 401); return the last response."""
        auth = self.scheme(op) or self.owners.get(op.name)
        flow = self.auths[auth].auth_flow(request) if auth is not None else None
        # what the flow adds is masked in raw views (without a flow, nothing is added)
        unsigned = list(request.headers.raw) if flow is not None else None
        url = request.url
        step = request
        if flow is not None:
            with buildable(op):  # signing puts credentials in headers
                step = next(flow)
        debug = log.isEnabledFor(logging.DEBUG)
        while True:
            sent = time.monotonic()
            if debug:  # no query: keys and signatures go there
                log.debug("%s: %s %s", op.name, step.method, step.url.path)
            try:
                response = yield step
            except httpx.HTTPError as exc:  # a login's failure: the call's own request did not go
                log.debug("%s: %s %s failed: %s", op.name, step.method, step.url.path, type(exc).__name__)
                error = transport_error(exc, op, own=step is request)
                raise error from (None if isinstance(error, ParameterError) else exc)  # (its cause shows the key)
            elapsed = time.monotonic() - sent
            if debug:
                log.debug(
                    "%s: %s %s -> %d in %.3fs", op.name, step.method, step.url.path, response.status_code, elapsed
                )
            if flow is not None:
                try:
                    step = flow.send(response)
                    continue
                except StopIteration:
                    pass
            response.extensions[SENT] = Sending(url, unsigned, elapsed)
            return response  # type: ignore[no-any-return]

    def scheme(self, op: Operation[Any]) -> str | None:
        """The scheme that signs `op` here (None: public, or a deployment that authenticates nobody): its
        own, else an alternative that can, else its own."""
        if op.auth is None or self.open:
            return None
        options = (op.auth, *self.config.auth_alternatives.get(op.auth, ()))
        return next((a for a in options if not self.lacking(a)), op.auth)

    def lacking(self, scheme: str) -> tuple[str, ...]:
        """The credentials a scheme lacks here (none while its session is open: a ticket may have opened it)."""
        return () if getattr(self.auths.get(scheme), "open", False) else self.missing[scheme]

    # -- what a scheme's flow sends of its own (a session's login, refresh) ----------------------------
    def request(self, operation: str, values: Mapping[str, Any], like: httpx.Request) -> httpx.Request:
        op = self.operations[operation]
        # with the call's timeout and deadline
        return self._new(httpx.Request, op, prepare(op, dict(values)), {**like.extensions, OPERATION: op.name})

    def result(self, operation: str, response: httpx.Response) -> Any:
        op = self.operations[operation]
        return msgspec.to_builtins(op.result(self.outcome(op, response, {})))

    def outcome(self, op: Operation[Any], response: httpx.Response, values: Mapping[str, Any]) -> Any:
        # Retry-After is read only if the response turns out to be an error (any status)
        try:
            if self.strict:
                with strict_values():
                    return self._interpret(op, response, values)
            return self._interpret(op, response, values)
        except ExchangeError as error:  # with the exchange's id of the request, for a support ticket
            error.request_id = request_id(self.config.errors, response.headers, response.content)
            if error.request_id is not None:
                error.add_note(f"request id: {error.request_id}")
            raise

    def _interpret(self, op: Operation[Any], response: httpx.Response, values: Mapping[str, Any]) -> Any:
        return interpret(
            self.config,
            op,
            response.status_code,
            response.content,
            lambda: retry_after(response),
            response.headers.get("location") if op.success is not None and op.success.location else None,
            Scope(self.scales, (values,)) if op.reader is not None else None,
        )


def _headers(call: PreparedCall) -> dict[str, str] | None:
    headers = {**call.headers, "Content-Type": call.content_type} if call.content_type is not None else call.headers
    return headers or None


def _owned(scheme: Any) -> tuple[str, ...]:
    """The operations a scheme makes of its own (a session's login and refresh; none for signing schemes)."""
    return tuple(getattr(scheme, "operations", ()))
