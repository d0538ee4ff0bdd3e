"""HTTP base clients (sync and async twins): signing, timeouts, deadline, retries, typed errors.

A client drives its core (core.py: limits, request building, signing, decoding), which loads with the
first client: importing an API loads its client classes, not the call machinery (nor msgspec). A call's
plan (retries, lookups, deadline) is retrying.Planner's."""

from __future__ import annotations

import functools
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from . import deadline as hard_deadline
from . import environ
from .credentials import Credentials
from .errors import scrub
from .lazy import attributes

if TYPE_CHECKING:
    from .config import ApiConfig
    from .core import Core
    from .limits import LimitWait
    from .operation import Operation
    from .raw import RawResponses
    from .retrying import RetryEvent

T = TypeVar("T")
H = TypeVar("H", httpx.Client, httpx.AsyncClient)
Self = TypeVar("Self")
DEFAULT_TIMEOUT = 10.0
__all__ = [
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "DecimalLike",
    "LimitWait",
    "LimitWaitHook",
    "RetryEvent",
    "RetryHook",
    "SyncAPIClient",
]

DecimalLike = Decimal | str | int
"""Money as the caller may give it; never a float (a float is rejected before sending)."""

if TYPE_CHECKING:
    from .retrying import RetryHook

    LimitWaitHook = Callable[[LimitWait], None]
else:  # what a hook is given (limits.py, retrying.py) loads with the first client, or when named here
    LimitWaitHook = RetryHook = Callable[[Any], None]
    __getattr__, __dir__ = attributes(
        globals(), {"LimitWait": ".limits:LimitWait", "RetryEvent": ".retrying:RetryEvent"}
    )


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
        hosts: Mapping[Any, str] | None = None,  # by server name (the generated clients list theirs as Literals)
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: H | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        rate_limits: bool = True,
        on_limit_wait: LimitWaitHook | None = None,
        on_retry: RetryHook | None = None,
        strict: bool = False,
    ) -> None:
        environ.switch_logging()
        names = {c for scheme in config.auth_schemes.values() for c in scheme.credentials}
        from .core import Core  # the call machinery: loaded by the first client, not the import

        try:
            self._core: Core = Core(
                config,
                operations,
                environ.credentials(config.api, credentials, sorted(names)),
                base_url=base_url,
                environment=environ.environment(config.api, environment),
                hosts=hosts,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                rate_limits=rate_limits,
                on_limit_wait=on_limit_wait,
                on_retry=on_retry,
                strict=strict,
            )
        except BaseException as exc:
            scrub(exc)
            raise
        self._operations = self._core.operations  # the generated methods' table, one lookup away
        self._owns_http = http_client is None  # a client the caller passed in is the caller's to close
        self._http: H = http_client if http_client is not None else type(self)._new_http()
        if isinstance(self._http, httpx.Client):
            hard_deadline.arm(self._http)
        # whether its sends end by the call's deadline themselves (the default async stack's do)
        self._bounds = getattr(self._http, "bounds_deadlines", False)

    @property
    def base_url(self) -> str:
        return self._core.base_url

    _raw = False  # the with_raw_response view's copy answers RawResponse (raw.py)

    @functools.cached_property
    def with_raw_response(self) -> RawResponses:
        """Every method, returning the HTTP response behind its result (`RawResponse`: status, headers,
        body, elapsed, the request as sent with secrets masked; `.parse()` is the typed result)."""
        from .raw import RawResponses

        return RawResponses(self, frozenset(self._core.operations))

    def _answer(self, op: Operation[T], decoded: Any, response: httpx.Response | None) -> T:
        """The call's result, or (for the raw view) the response with it."""
        result = op.result(decoded)
        return cast(T, self._core.raw(response, result)) if self._raw else result

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
            return self._answer(op, *self._fetch(op, values, timeout, deadline))
        except BaseException as exc:
            scrub(exc)
            raise

    def _fetch(
        self,
        op: Operation[Any],
        values: dict[str, Any],
        timeout: float | httpx.Timeout | None,
        deadline: float | None = None,
    ) -> tuple[Any, httpx.Response | None]:
        """Send the request (with limits, retries and lookups); the decoded body and the response it came in."""
        plan = self._core.plan(self._http, op, values, timeout, deadline)
        last = self._core.last_response(op)
        try:
            step = next(plan)
            while True:
                if isinstance(step, httpx.Request):
                    try:
                        with hard_deadline.until(hard_deadline.deadline_of(step)):
                            response = last.take(self._http.send(step))
                    except httpx.HTTPError as exc:
                        step = plan.throw(exc)
                        continue
                    step = plan.send(response)
                else:
                    time.sleep(step)
                    step = plan.send(None)
        except StopIteration as done:
            return done.value, last.response

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
                decoded, response = self._fetch(op, current, timeout, deadline)
                if self._raw:  # the raw view: a RawResponse per page
                    yield self._answer(op, decoded, response)  # type: ignore[misc]
                else:
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

    @staticmethod
    def _new_http() -> httpx.AsyncClient:
        from .transports.aiohttp_http import new_async_http  # loaded by the first async client

        return new_async_http()

    async def _call(
        self,
        op: Operation[T],
        values: dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> T:
        try:
            return self._answer(op, *await self._fetch(op, values, timeout, deadline))
        except BaseException as exc:
            scrub(exc)
            raise

    async def _fetch(
        self,
        op: Operation[Any],
        values: dict[str, Any],
        timeout: float | httpx.Timeout | None,
        deadline: float | None = None,
    ) -> tuple[Any, httpx.Response | None]:
        """Send the request (with limits, retries and lookups); the decoded body and the response it came in."""
        plan = self._core.plan(self._http, op, values, timeout, deadline)
        last = self._core.last_response(op)
        try:
            step = next(plan)
            while True:
                if isinstance(step, httpx.Request):
                    try:
                        response = last.take(
                            await (
                                self._http.send(step) if self._bounds else hard_deadline.bounded(step, self._http.send)
                            )
                        )
                    except httpx.HTTPError as exc:
                        step = plan.throw(exc)
                        continue
                    step = plan.send(response)
                else:
                    import asyncio  # loaded by the running loop: a sync user's import does not pay for it

                    await asyncio.sleep(step)
                    step = plan.send(None)
        except StopIteration as done:
            return done.value, last.response

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
                decoded, response = await self._fetch(op, current, timeout, deadline)
                if self._raw:  # the raw view: a RawResponse per page
                    yield self._answer(op, decoded, response)  # type: ignore[misc]
                else:
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
