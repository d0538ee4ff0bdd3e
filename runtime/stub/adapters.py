"""The carriers of a stub's requests: in-process httpx transports (no socket) and the ASGI application
that uvicorn serves (HTTP, and WebSocket for the streams). Each turns its request into a StubRequest
for `Stub.handle` and plays the answer back, latency and dropped connections included."""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import httpx

from .inbound import MAX_BODY, delay
from .messages import StubRequest, StubResponse

if TYPE_CHECKING:
    from .app import Stub

Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
_DRAIN = 64 * MAX_BODY  # bytes of an oversized body read and thrown away, so the client reads the refusal


# -- httpx ---------------------------------------------------------------------------------------------
def _from_httpx(request: httpx.Request, client_ip: str) -> StubRequest:
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


def _to_httpx(request: httpx.Request, response: StubResponse) -> httpx.Response:
    if response.drop:
        raise httpx.RemoteProtocolError("connection dropped by a scripted fault", request=request)
    content_type = {"Content-Type": response.content_type} if response.content_type else {}
    return httpx.Response(response.status, content=response.body, headers={**content_type, **response.headers})


def transport(stub: Stub, client_ip: str = "127.0.0.1") -> httpx.MockTransport:
    """An in-process transport for `httpx.Client` (no socket), as if from `client_ip`."""

    def handler(request: httpx.Request) -> httpx.Response:
        wait, finish = _handled(stub, request, client_ip)
        if wait:
            time.sleep(wait)
        return finish()

    return httpx.MockTransport(handler)


def async_transport(stub: Stub, client_ip: str = "127.0.0.1") -> httpx.MockTransport:
    """An in-process transport for `httpx.AsyncClient` (no socket), as if from `client_ip`."""

    async def handler(request: httpx.Request) -> httpx.Response:
        wait, finish = _handled(stub, request, client_ip)
        if wait:
            await asyncio.sleep(wait)
        return finish()

    return httpx.MockTransport(handler)


def _handled(stub: Stub, request: httpx.Request, client_ip: str) -> tuple[float, Callable[[], httpx.Response]]:
    """The stub's answer to an httpx request: how long to wait before giving it (its scripted latency,
    cut at the client's read timeout), and then the response (or the timeout the client would see)."""
    response = stub.handle(_from_httpx(request, client_ip))
    latency = delay(response.latency)
    read = _read_timeout(request) if latency else None

    def finish() -> httpx.Response:
        if read is not None and latency > read:
            raise httpx.ReadTimeout("no answer within the read timeout (scripted latency)", request=request)
        return _to_httpx(request, response)

    return min(latency, read if read is not None else latency), finish


def _read_timeout(request: httpx.Request) -> float | None:
    """The read timeout a client set on a request (in-process transports honour it as sockets would)."""
    timeout = request.extensions.get("timeout", {})
    read = timeout.get("read") if isinstance(timeout, dict) else None
    return float(read) if isinstance(read, int | float) else None


# -- ASGI ----------------------------------------------------------------------------------------------
async def asgi(stub: Stub, scope: dict[str, Any], receive: Receive, send: Send) -> None:
    """The ASGI application (HTTP, the streams' WebSockets; lifespan events are acknowledged)."""
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["type"] == "websocket":
        if stub.streams:
            path = scope["path"].rstrip("/") or "/"
            paths = stub.stream_paths()  # a path may hold a credential: /ws/{listenKey}
            name = next((n for n, p in paths.items() if p == path), None) or next(
                (n for n, p in paths.items() if "{" in p and _templated(p).fullmatch(path)), next(iter(stub.streams))
            )
            await stub.streams[name].serve(scope, receive, send)
        return
    if scope["type"] != "http":
        return
    if stub.event_streams:
        events = stub.event_streams.get(scope["path"].rstrip("/") or "/")
        if events is not None:  # an SSE stream: an endless response of its own
            await events.serve(scope, receive, send)
            return
    message = await receive()
    body, cut_short = message.get("body", b""), False
    if message.get("more_body") or message["type"] != "http.request":  # not whole at once (too big: handle refuses)
        read = await _read_body(receive, message)
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
    response = stub.handle(request)
    if cut_short:  # the rest of the body is still on its way: this connection cannot carry another request
        response.headers["Connection"] = "close"
    latency = delay(response.latency) if response.latency else 0.0
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
    if response.headers:
        out += [(k.lower().encode(), v.encode()) for k, v in response.headers.items()]
    await send({"type": "http.response.start", "status": response.status, "headers": out})
    await send({"type": "http.response.body", "body": response.body})


async def _read_body(receive: Receive, message: dict[str, Any]) -> tuple[bytes, bool] | None:
    """A request's body from its first message on (None: the client went away first). Past MAX_BODY
    bytes the rest is read and thrown away, up to _DRAIN bytes, so the client gets to read the refusal;
    True when it was cut short."""
    body, thrown = bytearray(), 0
    while True:
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
        message = await receive()


def _templated(path: str) -> re.Pattern[str]:
    """A stream path with {placeholders} (each one path segment) as a regex."""
    return re.compile(re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(path)))
