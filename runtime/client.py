"""HTTP base clients (sync and async twins): signing, timeouts, deadline, retries, typed errors."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from email.utils import parsedate_to_datetime
from typing import Any, Generic, TypeVar

import httpx
import msgspec

from . import deadline as hard_deadline
from .auth import OPERATION, Credentials
from .codecs import Scope
from .codecs.shape import apply
from .config import ApiConfig, ClientOrderId, RetryPolicy
from .errors import (
    APIError,
    DecodeError,
    ExchangeError,
    HTTPStatusError,
    OutcomeUnknownError,
    ParameterError,
    RequestTimeoutError,
    TransportError,
    scrub,
)
from .limits import LIMITERS, Limiter, LimitWait, Registry, cost_of, reserve_all, scope_key
from .lookup import Recovery
from .operation import Operation, PreparedCall, interpret, prepare

log = logging.getLogger("exchange_bindings")
T = TypeVar("T")
H = TypeVar("H", httpx.Client, httpx.AsyncClient)
Self = TypeVar("Self")
DEFAULT_TIMEOUT = 10.0
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
Plan = Generator[httpx.Request | float, httpx.Response | None, Any]
"""One call, sans I/O (see `_Core.plan`)."""


@dataclass(frozen=True)
class RetryEvent:
    """What a retry hook receives: an attempt failed and the call will try again after `delay` s."""

    operation: str
    attempt: int  # the attempt that failed (1 = the first)
    error: ExchangeError
    delay: float


LimitWaitHook = Callable[[LimitWait], None]
RetryHook = Callable[[RetryEvent], None]


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


class _Core:
    """What the sync and async clients share: configuration, request building, retry decisions."""

    def __init__(
        self,
        config: ApiConfig,
        operations: Mapping[str, Operation[Any]],
        credentials: Credentials,
        *,
        base_url: str | None,
        environment: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int | None,
        deadline: float | None,
        rate_limits: bool = True,
        on_limit_wait: LimitWaitHook | None = None,
        on_retry: RetryHook | None = None,
        limiters: Registry = LIMITERS,
    ) -> None:
        self.config = config
        self.operations = operations  # by name: the lookups of order placements call others
        self.base_url = (base_url or config.base_url(environment)).rstrip("/")
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.deadline = deadline if deadline is not None else config.deadline
        self.max_retries = max_retries
        schemes = config.auth_schemes
        # each scheme's client side (an httpx.Auth; a session's makes requests through `request` and `result`)
        self.auths = {name: scheme.client(credentials, self) for name, scheme in schemes.items() if scheme.rest}
        self.missing = {name: scheme.missing(credentials) for name, scheme in schemes.items()}
        self._policies: dict[str, RetryPolicy] = {}
        self.rate_limits = rate_limits
        self.on_limit_wait = on_limit_wait
        self.on_retry = on_retry
        self.limiters = limiters
        self._host = httpx.URL(self.base_url).netloc.decode("ascii")
        # whose budget account buckets count: the key (not the secret) of each auth scheme
        self._identity: dict[str | None, str | None] = {None: None}
        self._identity.update((name, scheme.identity(credentials)) for name, scheme in schemes.items())
        self._buckets: dict[str, list[tuple[Limiter, Any]]] = {}
        self.scales = config.scales.copy()  # this client's: refresh_scales() updates them

    def __repr__(self) -> str:
        return f"<{self.config.api} client {self.base_url}>"

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

    def policy(self, op: Operation[Any]) -> RetryPolicy:
        policy = self._policies.get(op.name)
        if policy is None:
            policy = RetryPolicy.from_spec(op.retry, self.config.retry) if op.retry else self.config.retry
            if self.max_retries is not None:
                policy = RetryPolicy.from_spec({"attempts": self.max_retries + 1}, policy)
            self._policies[op.name] = policy
        return policy

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
                key = scope_key(bucket.scope, self._host, self._identity.get(op.auth))
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
        log.debug("%s: waiting %.3fs for the %s rate limit", op.name, wait, limiter.bucket.name)
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

    def with_client_order_id(self, policy: RetryPolicy, values: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """The arguments with a client order id wherever the caller gave none (made once per call,
        so every attempt repeats the same one), and whether the request carries one."""
        coid = policy.client_order_id
        if coid is None or policy.idempotency != "client_order_id":
            return values, False
        if coid.field is None:
            if values.get(coid.param) is None:
                values = {**values, coid.param: coid.new()}
            return values, True
        items = values.get(coid.param)
        if not isinstance(items, list | tuple) or not items:
            return values, False
        return {**values, coid.param: [_with_id(item, coid) for item in items]}, True

    def build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Operation[Any],
        call: PreparedCall,
        timeout: float | httpx.Timeout | None,
        deadline_at: float | None,
    ) -> httpx.Request:
        if op.auth is not None and self.missing[op.auth]:
            raise ParameterError(
                f"needs credentials {', '.join(self.missing[op.auth])} (a signed endpoint)", operation=op.name
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
        with _buildable(op):
            return make(
                call.method,
                self.base_url + call.path,
                params=call.query or None,
                content=call.body,
                headers=_headers(call),
                extensions=extensions,
                **more,
            )

    def exchange(self, op: Operation[Any], request: httpx.Request) -> Generator[httpx.Request, Any, httpx.Response]:
        """Send a request through its auth scheme's flow (which may send a login or a refresh first, and
        the request again after a 401); return the last response."""
        flow = self.auths[op.auth].auth_flow(request) if op.auth is not None else _as_is(request)
        with _buildable(op):  # signing puts credentials in headers
            step = next(flow)
        while True:
            try:
                response = yield step
            except httpx.HTTPError as exc:  # a login's failure: the call's own request did not go
                raise _transport_error(exc, op, own=step is request) from exc
            try:
                step = flow.send(response)
            except StopIteration:
                return response  # type: ignore[no-any-return]

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
        return interpret(
            self.config,
            op,
            response.status_code,
            response.content,
            lambda: _retry_after(response),
            response.headers.get("location"),
            Scope(self.scales, (values,)),
        )

    def delay(
        self,
        op: Operation[Any],
        policy: RetryPolicy,
        attempt: int,
        error: ExchangeError,
        started: float,
        deadline: float | None = None,
        repeats_safely: bool = False,
    ) -> float | None:
        """Seconds to wait before the next attempt, or None to give up and raise `error`."""
        if attempt >= policy.attempts or policy.idempotency == "never":
            return None
        retry_after: float | None = None
        # A request that may have reached the server is repeated only when that is harmless:
        # safe methods, an endpoint the spec declares safe, or an order whose client order id the
        # exchange recognises (it replays or refuses the repeat). A throttled request was not
        # processed, and one whose connection never opened was not sent.
        unsafe = op.method not in _SAFE_METHODS and policy.idempotency != "safe" and not repeats_safely
        if not _retryable(policy, error):
            return None
        if isinstance(error, TransportError):
            if unsafe and error.sent:
                return None
        elif isinstance(error, APIError):
            if unsafe and error.kind != "rate_limit":
                return None
            retry_after = error.retry_after
        elif isinstance(error, HTTPStatusError) and unsafe and error.status != 429:
            return None
        backoff = min(policy.max_delay, policy.initial * policy.multiplier ** (attempt - 1))
        wait = backoff * (1 - policy.jitter * random.random())
        if retry_after is not None:
            wait = max(wait, min(retry_after, policy.retry_after_cap))
        if deadline is not None and time.monotonic() - started + wait > deadline:
            return None
        self.retrying(op, attempt, error, wait)
        return wait

    def retrying(self, op: Operation[Any], attempt: int, error: ExchangeError, wait: float) -> None:
        log.debug("%s: attempt %d failed (%s); retrying in %.2fs", op.name, attempt, type(error).__name__, wait)
        if self.on_retry is not None:
            self.on_retry(RetryEvent(op.name, attempt, error, wait))

    def plan(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Operation[Any],
        values: dict[str, Any],
        timeout: float | httpx.Timeout | None,
        deadline: float | None = None,
    ) -> Plan:
        """One call, sans I/O: yields a request to send (and gets its response, or the transport
        error thrown in) or seconds to wait (for a rate limit, or before the next attempt); returns
        the decoded body. The sync and async clients only drive it, so limits, retries, deadlines,
        lookups and errors are decided once."""
        policy = self.policy(op)
        values, carries_id = self.with_client_order_id(policy, values)
        call = prepare(op, values, self.scales)  # bad arguments fail here, before anything is sent
        deadline = deadline if deadline is not None else self.deadline
        units = self.units(op, values)
        started = time.monotonic()
        # an order the exchange would place again if resent: its fate is looked up, never guessed
        looked_up = carries_id and not policy.repeats_safely
        recovery: Recovery | None = None
        attempt = 0
        while True:
            attempt += 1
            if units:
                hold, booked = self.admit(op, units, started, deadline)
                if hold > 0:
                    try:
                        yield hold
                    except GeneratorExit:  # the call was abandoned while it waited: give the units back
                        for limiter, cost in units:
                            limiter.refund(cost, booked)
                        raise
                    woke = time.monotonic()
                    for limiter, cost in units:  # windows count the units from when they really go
                        limiter.restamp(cost, booked, woke)
            sent_at = time.monotonic()
            try:
                request = self.build(
                    http,
                    op,
                    call,
                    self.remaining(op, started, timeout, deadline),
                    None if deadline is None else started + deadline,
                )
                response = yield from self.exchange(op, request)
                self.observe(units, response)
                decoded = self.outcome(op, response, values)
                if recovery is None or not recovery.found:
                    return decoded
                return op.wrap(op.convert(recovery.merge(op.result(decoded))))  # with the orders found before
            except (TransportError, APIError, HTTPStatusError, DecodeError) as error:
                if isinstance(error, APIError) and error.kind == "rate_limit" and error.retry_after:
                    for limiter, _ in units:  # throttled anyway (another process?): hold every caller back
                        limiter.block(min(error.retry_after, policy.retry_after_cap))
                if looked_up and _may_have_landed(error):
                    recovery = recovery or Recovery(policy, values)
                    found = yield from self.recover(http, op, policy, recovery, error, sent_at, started, deadline)
                    if not recovery.pending:
                        return op.wrap(op.convert(found))
                    # proven absent, so sending again is safe: only what did not land goes again
                    call = prepare(op, recovery.values(values), self.scales)
                    if attempt >= policy.attempts:
                        error.add_note("looked up by client order id: not placed")
                        raise
                    self.retrying(op, attempt, error, 0.0)
                    continue
                wait = self.delay(op, policy, attempt, error, started, deadline, carries_id and policy.repeats_safely)
                if wait is None:
                    raise
                yield wait

    def recover(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Operation[Any],
        policy: RetryPolicy,
        recovery: Recovery,
        error: ExchangeError,
        sent_at: float,
        started: float,
        deadline: float | None,
    ) -> Generator[httpx.Request | float, httpx.Response | None, Any]:
        """Once the exchange can no longer act on the lost request, list the orders it carried;
        return the result built from them when all were found (else note what was found)."""
        lookup = policy.lookup

        def unknown(why: str) -> OutcomeUnknownError:
            pending = tuple(recovery.ids[i] for i in recovery.pending)
            return OutcomeUnknownError(why, pending, operation=op.name)

        if lookup is None:
            raise unknown("the answer was lost and the spec names no way to look the order up") from error
        settle = sent_at + lookup.settle - time.monotonic()
        if deadline is not None and time.monotonic() - started + max(settle, 0.0) >= deadline:
            raise unknown(
                f"the answer was lost and looking the order up would pass the deadline of {deadline:g}s"
            ) from error
        log.info("%s: the answer was lost (%s); looking the order(s) up", op.name, type(error).__name__)
        if settle > 0:
            yield settle
        for query, args, indices in recovery.queries():
            listing = self.operations[query.operation]
            left = None if deadline is None else deadline - (time.monotonic() - started)
            try:
                decoded = yield from self.plan(http, listing, args, None, left)
            except ExchangeError as exc:
                raise unknown(f"looking the order(s) up with {listing.name} failed: {exc}") from exc
            recovery.take(query, listing.result(decoded), indices)
        return recovery.complete() if not recovery.pending else None

    def remaining(
        self,
        op: Operation[Any],
        started: float,
        timeout: float | httpx.Timeout | None,
        deadline: float | None = None,
    ) -> float | httpx.Timeout | None:
        """The per-attempt timeout, cut short by the call's deadline."""
        if deadline is None:
            return timeout
        left = deadline - (time.monotonic() - started)
        if left <= 0:
            raise RequestTimeoutError(f"deadline of {deadline:g}s exceeded", operation=op.name, sent=False)
        base = timeout if timeout is not None else self.timeout
        if isinstance(base, int | float):
            return min(float(base), left)
        # every phase (connect, read, write, pool) ends by the deadline
        return httpx.Timeout(
            connect=_capped(base.connect, left),
            read=_capped(base.read, left),
            write=_capped(base.write, left),
            pool=_capped(base.pool, left),
        )


def _may_have_landed(error: ExchangeError) -> bool:
    """Whether the exchange may have acted on a request that failed this way: its answer was lost
    (after sending) or unreadable, or the server failed or timed out; not an answered refusal."""
    if isinstance(error, TransportError):
        return error.sent
    if isinstance(error, APIError):
        return (error.status or 0) >= 500 or error.kind == "timeout"
    if isinstance(error, HTTPStatusError):
        return error.status >= 500
    return isinstance(error, DecodeError)


def _retryable(policy: RetryPolicy, error: ExchangeError) -> bool:
    if isinstance(error, TransportError):
        return policy.transport_errors
    if isinstance(error, APIError):
        return error.kind in policy.kinds or error.code in policy.codes or error.status in policy.statuses
    return isinstance(error, HTTPStatusError) and error.status in policy.statuses


def _with_id(item: Any, coid: ClientOrderId) -> Any:
    """One order of a batch with its client order id (the caller's own, or a new one)."""
    assert coid.field is not None
    if isinstance(item, dict):
        return item if item.get(coid.field) is not None else {**item, coid.field: coid.new()}
    if isinstance(item, msgspec.Struct):
        for info in msgspec.structs.fields(item):
            if info.encode_name == coid.field:
                if getattr(item, info.name) not in (None, msgspec.UNSET):
                    return item
                return msgspec.structs.replace(item, **{info.name: coid.new()})
    return item


def _headers(call: PreparedCall) -> dict[str, str] | None:
    headers = {**call.headers, "Content-Type": call.content_type} if call.content_type is not None else call.headers
    return headers or None


def _as_is(request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
    """The flow of a public endpoint: the request, unchanged."""
    yield request


@contextlib.contextmanager
def _buildable(op: Operation[Any]) -> Iterator[None]:
    """A base URL, credential or header httpx cannot send is the caller's mistake: a ParameterError."""
    try:
        yield
    except (httpx.InvalidURL, UnicodeError) as exc:
        raise ParameterError(f"cannot build the request: {type(exc).__name__}: {exc}", operation=op.name) from None


def _capped(phase: float | None, left: float) -> float:
    return left if phase is None else min(phase, left)


_UNSENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)  # nothing of the request left


def _transport_error(exc: httpx.HTTPError, op: Operation[Any], own: bool = True) -> ExchangeError:
    """The typed error of an httpx failure (the request may have been sent unless it says not, or the
    failed request was not the call's `own`)."""
    if isinstance(exc, httpx.DecodingError):  # e.g. Content-Encoding: gzip on a body that is not
        return DecodeError(f"the body does not decode ({exc})", b"", operation=op.name)
    sent = own and not isinstance(exc, _UNSENT)
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(f"timed out ({type(exc).__name__})", operation=op.name, sent=sent)
    return TransportError(f"{type(exc).__name__}: {exc}", operation=op.name, sent=sent)


class _APIClientBase(Generic[H]):
    """What `Client` and `AsyncClient` share: configuration, credentials and the HTTP client."""

    _new_http: Callable[[], H]  # the HTTP client made when the caller brings none

    def __init__(
        self,
        config: ApiConfig,
        operations: Mapping[str, Operation[Any]],
        credentials: Credentials,
        *,
        base_url: str | None = None,
        environment: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: H | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        rate_limits: bool = True,
        on_limit_wait: LimitWaitHook | None = None,
        on_retry: RetryHook | None = None,
    ) -> None:
        try:
            self._core = _Core(
                config,
                operations,
                credentials,
                base_url=base_url,
                environment=environment,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                rate_limits=rate_limits,
                on_limit_wait=on_limit_wait,
                on_retry=on_retry,
            )
        except BaseException as exc:
            scrub(exc)
            raise
        self._owns_http = http_client is None  # a client the caller passed in is the caller's to close
        self._http: H = http_client if http_client is not None else type(self)._new_http()
        if isinstance(self._http, httpx.Client):
            hard_deadline.arm(self._http)

    @property
    def base_url(self) -> str:
        return self._core.base_url

    def __repr__(self) -> str:
        core = getattr(self, "_core", None)  # None while a failed __init__ is shown (pytest -l, tracebacks)
        return f"{type(self).__name__}(base_url={core.base_url if core else None!r})"


class SyncAPIClient(_APIClientBase[httpx.Client]):
    """Base of every generated `Client`."""

    _new_http = httpx.Client

    def _call(
        self,
        op: Operation[T],
        values: dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> T:
        try:
            return op.result(self._fetch(op, values, timeout, deadline))
        except BaseException as exc:
            scrub(exc)
            raise

    def _fetch(
        self,
        op: Operation[Any],
        values: dict[str, Any],
        timeout: float | httpx.Timeout | None,
        deadline: float | None = None,
    ) -> Any:
        """Send the request (with limits, retries and lookups) and return the decoded body."""
        plan = self._core.plan(self._http, op, values, timeout, deadline)
        try:
            step = next(plan)
            while True:
                if isinstance(step, httpx.Request):
                    try:
                        with hard_deadline.until(hard_deadline.deadline_of(step)):
                            response = self._http.send(step)
                    except httpx.HTTPError as exc:
                        step = plan.throw(exc)
                        continue
                    step = plan.send(response)
                else:
                    time.sleep(step)
                    step = plan.send(None)
        except StopIteration as done:
            return done.value

    def _pages(
        self,
        op: Operation[list[T]],
        values: dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Iterator[T]:
        """Every item of a paginated list, page after page (each page is one call, with its retries)."""
        current: dict[str, Any] | None = values
        try:
            while current is not None:
                decoded = self._fetch(op, current, timeout, deadline)
                yield from op.result(decoded)
                current = op.next_values(current, decoded)
        except Exception as exc:
            scrub(exc)
            raise

    def refresh_scales(self) -> dict[str, int]:
        """Learn the current scale factors and ticks from the endpoints the spec names (e.g. the asset
        and market lists); how many entries each scale's answer listed."""
        try:
            return {name: self._core.take_scales(name, self._call(op, {})) for name, op in self._core.scale_refreshes()}
        except BaseException as exc:
            scrub(exc)
            raise

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self: Self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(_APIClientBase[httpx.AsyncClient]):
    """Base of every generated `AsyncClient`."""

    _new_http = httpx.AsyncClient

    async def _call(
        self,
        op: Operation[T],
        values: dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> T:
        try:
            return op.result(await self._fetch(op, values, timeout, deadline))
        except BaseException as exc:
            scrub(exc)
            raise

    async def _fetch(
        self,
        op: Operation[Any],
        values: dict[str, Any],
        timeout: float | httpx.Timeout | None,
        deadline: float | None = None,
    ) -> Any:
        """Send the request (with limits, retries and lookups) and return the decoded body."""
        plan = self._core.plan(self._http, op, values, timeout, deadline)
        try:
            step = next(plan)
            while True:
                if isinstance(step, httpx.Request):
                    try:
                        response = await self._send(step)
                    except httpx.HTTPError as exc:
                        step = plan.throw(exc)
                        continue
                    step = plan.send(response)
                else:
                    await asyncio.sleep(step)
                    step = plan.send(None)
        except StopIteration as done:
            return done.value

    async def _send(self, request: httpx.Request) -> httpx.Response:
        """Send, and have the whole answer by the call's deadline (whatever the server trickles)."""
        at = hard_deadline.deadline_of(request)
        if at is None:
            return await self._http.send(request)
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + at - time.monotonic()):
                return await self._http.send(request)
        except TimeoutError:
            raise httpx.ReadTimeout("no complete answer by the call's deadline", request=request) from None

    async def _pages(
        self,
        op: Operation[list[T]],
        values: dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> AsyncIterator[T]:
        """Every item of a paginated list, page after page (each page is one call, with its retries)."""
        current: dict[str, Any] | None = values
        try:
            while current is not None:
                decoded = await self._fetch(op, current, timeout, deadline)
                for item in op.result(decoded):
                    yield item
                current = op.next_values(current, decoded)
        except Exception as exc:
            scrub(exc)
            raise

    async def refresh_scales(self) -> dict[str, int]:
        """Learn the current scale factors and ticks from the endpoints the spec names (e.g. the asset
        and market lists); how many entries each scale's answer listed."""
        try:
            return {
                name: self._core.take_scales(name, await self._call(op, {}))
                for name, op in self._core.scale_refreshes()
            }
        except BaseException as exc:
            scrub(exc)
            raise

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: Self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
