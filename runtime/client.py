"""HTTP base clients (sync and async twins): signing, timeouts, deadline, retries, typed errors."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from email.utils import parsedate_to_datetime
from typing import Any, Generic, TypeVar

import httpx

from .config import ApiConfig, RetryPolicy
from .errors import APIError, ExchangeError, HTTPStatusError, ParameterError, RequestTimeoutError, TransportError
from .operation import Operation, PreparedCall, interpret, prepare
from .signing import Credentials, Signer

log = logging.getLogger("exchange_bindings")
T = TypeVar("T")
H = TypeVar("H", httpx.Client, httpx.AsyncClient)
Self = TypeVar("Self")
DEFAULT_TIMEOUT = 10.0
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


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
        credentials: Mapping[str, str | None],
        *,
        base_url: str | None,
        environment: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int | None,
        deadline: float | None,
    ) -> None:
        self.config = config
        self.base_url = (base_url or config.base_url(environment)).rstrip("/")
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.deadline = deadline if deadline is not None else config.deadline
        self.max_retries = max_retries
        creds = Credentials(credentials)
        self.signers = {name: Signer(name, scheme, creds) for name, scheme in config.auth_schemes.items()}
        self._policies: dict[str, RetryPolicy] = {}

    def __repr__(self) -> str:
        return f"<{self.config.api} client {self.base_url}>"

    def policy(self, op: Operation[Any]) -> RetryPolicy:
        policy = self._policies.get(op.name)
        if policy is None:
            policy = RetryPolicy.from_spec(op.retry, self.config.retry) if op.retry else self.config.retry
            if self.max_retries is not None:
                policy = RetryPolicy.from_spec({"attempts": self.max_retries + 1}, policy)
            self._policies[op.name] = policy
        return policy

    def build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Operation[Any],
        call: PreparedCall,
        timeout: float | httpx.Timeout | None,
    ) -> httpx.Request:
        headers = call.headers
        if call.body is not None:
            headers = {**headers, "Content-Type": "application/json"}
        request = http.build_request(
            call.method,
            self.base_url + call.path,
            params=call.query or None,
            content=call.body,
            headers=headers or None,
            timeout=timeout if timeout is not None else self.timeout,
        )
        if op.auth is not None:
            signer = self.signers[op.auth]
            if signer.missing:
                raise ParameterError(
                    f"needs credentials {', '.join(signer.missing)} (a signed endpoint)", operation=op.name
                )
            signer.apply(request)
        return request

    def outcome(self, op: Operation[Any], response: httpx.Response) -> Any:
        # Retry-After is read only if the response turns out to be an error (any status)
        return interpret(self.config, op, response.status_code, response.content, lambda: _retry_after(response))

    def delay(
        self, op: Operation[Any], policy: RetryPolicy, attempt: int, error: ExchangeError, started: float
    ) -> float | None:
        """Seconds to wait before the next attempt, or None to give up and raise `error`."""
        if attempt >= policy.attempts or policy.idempotency == "never":
            return None
        retry_after: float | None = None
        # A request that may have reached the server is repeated only when that is harmless:
        # safe methods, or an endpoint the spec declares safe. A throttled request was not processed.
        unsafe = op.method not in _SAFE_METHODS and policy.idempotency != "safe"
        if isinstance(error, TransportError):
            if not policy.transport_errors or unsafe:
                return None
        elif isinstance(error, APIError):
            retryable = error.kind in policy.kinds or error.code in policy.codes or error.status in policy.statuses
            if not retryable or (unsafe and error.kind != "rate_limit"):
                return None
            retry_after = error.retry_after
        elif isinstance(error, HTTPStatusError):
            if error.status not in policy.statuses or (unsafe and error.status != 429):
                return None
        else:
            return None
        backoff = min(policy.max_delay, policy.initial * policy.multiplier ** (attempt - 1))
        wait = backoff * (1 - policy.jitter * random.random())
        if retry_after is not None:
            wait = max(wait, min(retry_after, policy.retry_after_cap))
        if self.deadline is not None and time.monotonic() - started + wait > self.deadline:
            return None
        log.debug("%s: attempt %d failed (%s); retrying in %.2fs", op.name, attempt, type(error).__name__, wait)
        return wait

    def plan(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Operation[Any],
        values: dict[str, Any],
        timeout: float | httpx.Timeout | None,
    ) -> Generator[httpx.Request | float, httpx.Response | None, Any]:
        """One call, sans I/O: yields a request to send (and gets its response, or the transport
        error thrown in) or seconds to wait before the next attempt; returns the decoded body.
        The sync and async clients only drive it, so retries, deadlines and errors are decided once."""
        call = prepare(op, values)  # bad arguments fail here, before anything is sent
        policy = self.policy(op)
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            try:
                request = self.build(http, op, call, self.remaining(started, timeout))
                try:
                    response = yield request
                except httpx.TransportError as exc:
                    raise _transport_error(exc, op) from exc
                assert response is not None
                return self.outcome(op, response)
            except (TransportError, APIError, HTTPStatusError) as error:
                wait = self.delay(op, policy, attempt, error, started)
                if wait is None:
                    raise
                yield wait

    def remaining(self, started: float, timeout: float | httpx.Timeout | None) -> float | httpx.Timeout | None:
        """The per-attempt timeout, cut short by the call's deadline."""
        if self.deadline is None:
            return timeout
        left = self.deadline - (time.monotonic() - started)
        if left <= 0:
            raise RequestTimeoutError(f"deadline of {self.deadline}s exceeded")
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


def _capped(phase: float | None, left: float) -> float:
    return left if phase is None else min(phase, left)


def _transport_error(exc: httpx.TransportError, op: Operation[Any]) -> TransportError:
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(f"timed out ({type(exc).__name__})", operation=op.name)
    return TransportError(f"{type(exc).__name__}: {exc}", operation=op.name)


class _APIClientBase(Generic[H]):
    """What `Client` and `AsyncClient` share: configuration, credentials and the HTTP client."""

    _new_http: Callable[[], H]  # the HTTP client made when the caller brings none

    def __init__(
        self,
        config: ApiConfig,
        credentials: Mapping[str, str | None],
        *,
        base_url: str | None = None,
        environment: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: H | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        self._core = _Core(
            config,
            credentials,
            base_url=base_url,
            environment=environment,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        self._owns_http = http_client is None  # a client the caller passed in is the caller's to close
        self._http: H = http_client if http_client is not None else type(self)._new_http()

    @property
    def base_url(self) -> str:
        return self._core.base_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._core.base_url!r})"


class SyncAPIClient(_APIClientBase[httpx.Client]):
    """Base of every generated `Client`."""

    _new_http = httpx.Client

    def _call(self, op: Operation[T], values: dict[str, Any], timeout: float | httpx.Timeout | None = None) -> T:
        return op.result(self._fetch(op, values, timeout))

    def _fetch(self, op: Operation[Any], values: dict[str, Any], timeout: float | httpx.Timeout | None) -> Any:
        """Send the request (with retries) and return the decoded body."""
        plan = self._core.plan(self._http, op, values, timeout)
        try:
            step = next(plan)
            while True:
                if isinstance(step, httpx.Request):
                    try:
                        response = self._http.send(step)
                    except httpx.TransportError as exc:
                        step = plan.throw(exc)
                        continue
                    step = plan.send(response)
                else:
                    time.sleep(step)
                    step = plan.send(None)
        except StopIteration as done:
            return done.value

    def _pages(
        self, op: Operation[list[T]], values: dict[str, Any], timeout: float | httpx.Timeout | None = None
    ) -> Iterator[T]:
        """Every item of a paginated list, page after page (each page is one call, with its retries)."""
        current: dict[str, Any] | None = values
        while current is not None:
            decoded = self._fetch(op, current, timeout)
            yield from op.result(decoded)
            current = op.next_values(current, decoded)

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

    async def _call(self, op: Operation[T], values: dict[str, Any], timeout: float | httpx.Timeout | None = None) -> T:
        return op.result(await self._fetch(op, values, timeout))

    async def _fetch(self, op: Operation[Any], values: dict[str, Any], timeout: float | httpx.Timeout | None) -> Any:
        """Send the request (with retries) and return the decoded body."""
        plan = self._core.plan(self._http, op, values, timeout)
        try:
            step = next(plan)
            while True:
                if isinstance(step, httpx.Request):
                    try:
                        response = await self._http.send(step)
                    except httpx.TransportError as exc:
                        step = plan.throw(exc)
                        continue
                    step = plan.send(response)
                else:
                    await asyncio.sleep(step)
                    step = plan.send(None)
        except StopIteration as done:
            return done.value

    async def _pages(
        self, op: Operation[list[T]], values: dict[str, Any], timeout: float | httpx.Timeout | None = None
    ) -> AsyncIterator[T]:
        """Every item of a paginated list, page after page (each page is one call, with its retries)."""
        current: dict[str, Any] | None = values
        while current is not None:
            decoded = await self._fetch(op, current, timeout)
            for item in op.result(decoded):
                yield item
            current = op.next_values(current, decoded)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: Self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
