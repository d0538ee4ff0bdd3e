"""A call's deadline, enforced on every socket operation, whatever the server does.

httpx's timeouts bound each read, so a server that trickles a byte at a time (in the headers or
the body) can hold a call forever. The sync client therefore wraps the network backend of its
HTTP transports: every connect, read and write waits at most until the deadline of the call under
way in this thread (a context variable the client sets around each send). Async calls are bounded
by `asyncio.timeout` instead, which works with any transport (the default one, transports/aiohttp_http.py,
ends each request by the deadline itself). httpcore is imported when a client is
armed, as httpx itself does, so that importing the package does not load it.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import httpcore

log = logging.getLogger("exchange_bindings")

EXTENSION = "exchange_bindings.deadline"
"""The request extension that carries a call's deadline (a `time.monotonic()` moment)."""

_AT: ContextVar[float | None] = ContextVar("exchange_bindings_deadline", default=None)


def deadline_of(request: httpx.Request) -> float | None:
    at = request.extensions.get(EXTENSION)
    return at if isinstance(at, float) else None


@contextlib.contextmanager
def until(at: float | None) -> Iterator[None]:
    """Socket operations of this thread end by `at` (monotonic seconds) while the block runs."""
    token = _AT.set(at)
    try:
        yield
    finally:
        _AT.reset(token)


async def bounded(request: httpx.Request, send: Callable[[httpx.Request], Awaitable[httpx.Response]]) -> httpx.Response:
    """`send(request)`, with the whole answer by the call's deadline (whatever the server trickles)."""
    at = deadline_of(request)
    if at is None:
        return await send(request)
    import asyncio  # loaded by the running loop: importing the package does not load it

    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() + at - time.monotonic()):
            return await send(request)
    except TimeoutError:
        raise httpx.ReadTimeout("no complete answer by the call's deadline", request=request) from None


def _cap(timeout: float | None, error: str) -> float | None:
    """`timeout` shortened to what is left of the deadline; httpcore's `error` when nothing is."""
    at = _AT.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        import httpcore  # loaded already: the transport calling us is httpcore's

        raise getattr(httpcore, error)("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


# httpcore's network interfaces, implemented by delegation (httpcore calls them by name): subclassing
# its classes would load httpcore with this module
class _Stream:
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _cap(timeout, "ReadTimeout"))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _cap(timeout, "WriteTimeout"))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> _Stream:
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, _cap(timeout, "ConnectTimeout")))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend:
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _Stream:
        timeout = _cap(timeout, "ConnectTimeout")
        return _Stream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> _Stream:
        timeout = _cap(timeout, "ConnectTimeout")
        return _Stream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def arm(client: httpx.Client) -> bool:
    """Make every HTTP transport of `client` (its own, and those mounted for proxies) honour call
    deadlines; False when a transport is not httpx's own (a mock, or a custom one), which then
    keeps only the per-phase timeouts."""
    import httpcore  # httpx's own transport has loaded it by now

    armed = True
    transports = [client._transport, *client._mounts.values()]  # no public way to reach them
    for transport in transports:
        pool = getattr(transport, "_pool", None) if isinstance(transport, httpx.HTTPTransport) else None
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, _Backend):
            continue
        if isinstance(backend, httpcore.NetworkBackend):
            pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
        elif transport is not None:
            armed = False
    if not armed:
        log.debug("%r: a transport that is not httpx's own: deadlines bound each phase, not each byte", client)
    return armed
