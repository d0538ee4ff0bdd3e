"""How one call goes, sans I/O: its retry policy, client order ids, attempts, backoff, deadline and the
lookup of an order whose answer was lost (`Planner.plan`). The sync and async clients (client.py)
only drive the plan, so these decisions are made once."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Generator, Mapping
from email.utils import parsedate_to_datetime
from typing import Any, cast

import httpx
import msgspec

from .codecs.scaled import ScaleSet
from .config import ApiConfig, ClientOrderId, RetryPolicy
from .errors import (
    APIError,
    DecodeError,
    ExchangeError,
    HTTPStatusError,
    OutcomeUnknownError,
    RequestTimeoutError,
    TransportError,
)
from .limits import Limiter
from .lookup import Recovery
from .operation import Operation, PreparedCall, prepare

log = logging.getLogger("exchange_bindings")
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
Plan = Generator[httpx.Request | float, httpx.Response | None, Any]
"""One call, sans I/O (see `Planner.plan`)."""


class RetryEvent(msgspec.Struct, frozen=True):
    """What a retry hook receives: an attempt failed and the call will try again after `delay` s."""

    operation: str
    attempt: int  # the attempt that failed (1 = the first)
    error: ExchangeError
    delay: float


RetryHook = Callable[[RetryEvent], None]


class Planner:
    """The decisions of a call; the client's core (core.Core) provides its configuration and steps."""

    config: ApiConfig
    operations: Mapping[str, Operation[Any]]
    scales: ScaleSet
    timeout: httpx.Timeout
    deadline: float | None
    max_retries: int | None
    on_retry: RetryHook | None
    _policies: dict[str, RetryPolicy]

    # -- the steps (core.Core's) -------------------------------------------------------------------------
    def units(self, op: Operation[Any], values: Mapping[str, Any]) -> list[tuple[Limiter, int]]:
        raise NotImplementedError

    def admit(
        self, op: Operation[Any], units: list[tuple[Limiter, int]], started: float, deadline: float | None
    ) -> tuple[float, float]:
        raise NotImplementedError

    def observe(self, units: list[tuple[Limiter, int]], response: httpx.Response) -> None:
        raise NotImplementedError

    def build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Operation[Any],
        call: PreparedCall,
        timeout: float | httpx.Timeout | None,
        deadline_at: float | None,
    ) -> httpx.Request:
        raise NotImplementedError

    def exchange(self, op: Operation[Any], request: httpx.Request) -> Generator[httpx.Request, Any, httpx.Response]:
        raise NotImplementedError

    def outcome(self, op: Operation[Any], response: httpx.Response, values: Mapping[str, Any]) -> Any:
        raise NotImplementedError

    # -- the decisions ----------------------------------------------------------------------------------
    def policy(self, op: Operation[Any]) -> RetryPolicy:
        policy = self._policies.get(op.name)
        if policy is None:
            policy = op.retry or self.config.retry
            if self.max_retries is not None:
                policy = msgspec.structs.replace(policy, attempts=self.max_retries + 1)
            self._policies[op.name] = policy
        return policy

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
        log.info("%s: attempt %d failed (%s); retrying in %.2fs", op.name, attempt, type(error).__name__, wait)
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
        # an order the exchange would place again if resent: its fate is looked up, never guessed; so is one
        # it replays, when the spec names a lookup (confirmed before any resend; a refused repeat tells itself)
        replays = policy.duplicates == "replay" and policy.lookup is not None
        looked_up = carries_id and (not policy.repeats_safely or replays)
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
                error.attempts = attempt
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
            except APIError as exc:
                if not (query.single and exc.kind == "not_found"):
                    raise unknown(f"looking the order(s) up with {listing.name} failed: {exc}") from exc
                recovery.take(query, None, indices)  # the exchange knows no order with the id: absent
                continue
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
        phases = (base.connect, base.read, base.write, base.pool)
        if None not in phases and max(cast(tuple[float, ...], phases)) <= left:
            return base  # the deadline cuts no phase short (the common case: no new Timeout to build)
        # every phase (connect, read, write, pool) ends by the deadline
        return httpx.Timeout(
            connect=_capped(base.connect, left),
            read=_capped(base.read, left),
            write=_capped(base.write, left),
            pool=_capped(base.pool, left),
        )


def retry_after(response: httpx.Response) -> float | None:
    """Seconds a response's Retry-After asks to wait (a number, or an HTTP date); None without one."""
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
        return error.kind in policy.kinds or str(error.code) in policy.codes or error.status in policy.statuses
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


def _capped(phase: float | None, left: float) -> float:
    return left if phase is None else min(phase, left)
