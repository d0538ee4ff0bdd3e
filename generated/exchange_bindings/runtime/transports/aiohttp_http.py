"""The async clients' default HTTP stack: httpx's Request/Response over aiohttp's pool and C parser.

Measured side by side (`nox -s bench`, benchmarks/peers.py): httpx's own async stack (httpcore on
anyio) spends most of a call in its pool's bookkeeping, and aiohttp does the same work in a fraction;
so does this transport against a general adapter (httpx-aiohttp), which streams every body through
httpx's chunk iterators. The auth flows, retries and raw views are written against httpx's
Request/Response, so those stay; `http_client=` still takes any httpx.AsyncClient. aiohttp is
imported by the first request of an async client, never by a sync or import-only user.

What a failure says matters more than speed: a connection refused or not made in time left nothing
(ConnectError, ConnectTimeout: safe to resend), every later failure may have reached the exchange.
"""

from __future__ import annotations

import time
import urllib.request
from collections.abc import Mapping
from http.cookiejar import CookieJar
from typing import TYPE_CHECKING, Any

import httpx

from ..deadline import deadline_of

if TYPE_CHECKING:
    import aiohttp


def new_async_http() -> httpx.AsyncClient:
    return _Http(transport=AiohttpTransport(), cookies=_NoCookies())


class _Http(httpx.AsyncClient):
    """The client's own httpx.AsyncClient: it has no base URL, parameters or cookies to merge into a
    request, so a request is built as given (httpx's merge re-parses every URL: a tenth of a call)."""

    bounds_deadlines = True  # its transport ends each request by the call's deadline (aiohttp's total timeout)

    def build_request(  # type: ignore[override]
        self,
        method: str,
        url: Any,
        *,
        content: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: Any = httpx.USE_CLIENT_DEFAULT,
        extensions: Any = None,
        **given: Any,
    ) -> httpx.Request:
        extensions = {} if extensions is None else extensions  # the client's own, made for this request
        extensions["timeout"] = self._phases(timeout)
        plain = FITS and not given and isinstance(url, httpx.URL) and isinstance(content, bytes | None)
        if not plain or (headers and not _OWN_HEADERS.isdisjoint(k.lower() for k in headers)):
            return httpx.Request(method, url, content=content, headers=headers, extensions=extensions, **given)
        # the request httpx.Request would build, its framing headers written here (its own pass over the
        # headers, three membership tests and two Headers objects, cost as much as the rest of the request)
        fields = [("Host", url.netloc.decode("ascii"))]
        if not content and method in _FRAMED:
            fields.append(("Content-Length", "0"))
        if headers:
            if not all(k.isascii() and v.isascii() for k, v in headers.items()):
                httpx.Headers(headers)  # raises what httpx raises for a header it cannot send
            fields.extend(headers.items())
        if content:
            fields.append(("Content-Length", str(len(content))))
        return _Outgoing(method.upper(), url, fields, content or b"", extensions)

    _last: tuple[Any, dict[str, float | None]] = (None, {})  # the Timeout seen last, and its phases

    def _phases(self, timeout: Any) -> dict[str, float | None]:
        """The request's timeout extension, as httpx writes it (a number is every phase's). A client's
        Timeout comes again and again: its phases are written once (the transport only reads them)."""
        if isinstance(timeout, int | float):
            return {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}
        if timeout is self._last[0]:
            return self._last[1]
        chosen = self.timeout if isinstance(timeout, httpx._client.UseClientDefault) else httpx.Timeout(timeout)
        self._last = (timeout, chosen.as_dict())
        return self._last[1]

    async def send(self, request: httpx.Request, **options: Any) -> httpx.Response:
        """Straight to the transport, which answers read whole: there is no auth, redirect, hook or cookie
        to apply (httpx's send costs a third of a call here)."""
        if options or self.is_closed:
            return await super().send(request, **options)
        return await self._transport.handle_async_request(request)


class _Written:
    """Headers made into httpx.Headers when first asked for, from those `_written` (most calls never ask)."""

    _written: Any
    _headers: httpx.Headers | None

    @property
    def headers(self) -> httpx.Headers:
        if self._headers is None:
            self._headers = httpx.Headers(self._written)
        return self._headers

    @headers.setter
    def headers(self, value: httpx.Headers) -> None:
        self._headers = value


class _Outgoing(_Written, httpx.Request):
    """An httpx.Request read whole, its headers made into httpx.Headers when first asked for: an auth
    flow asks (it signs them); a public call's go to aiohttp as written."""

    def __init__(
        self, method: str, url: httpx.URL, fields: list[tuple[str, str]], content: bytes, extensions: dict[str, Any]
    ) -> None:  # what httpx.Request.__init__ and read() set for a body given whole (FITS checks it)
        self.method = method
        self.url = url
        self._written = fields
        self._headers = None
        self.extensions = extensions
        self.stream = httpx.ByteStream(content)
        self._content = content

    def fields(self) -> list[tuple[str, str]] | None:
        """The headers as aiohttp takes them (None: only the Host, which aiohttp writes the same)."""
        if self._headers is None:
            return self._written if len(self._written) > 1 else None
        return _fields(self._headers)


def _fields(headers: httpx.Headers) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in headers.raw]


class _Answer(_Written, httpx.Response):
    """An httpx.Response read whole, its headers parsed from aiohttp's raw list when first asked for (most
    calls read only the status and the body)."""

    def __init__(self, status: int, raw: Any, body: bytes, request: httpx.Request, extensions: dict[str, Any]) -> None:
        if FITS:  # what httpx.Response.__init__ sets for a stream given whole, set here
            self.status_code = status
            self._request = request
            self.next_request = None
            self.extensions = extensions
            self.history = []
            self.default_encoding = "utf-8"
            self.stream = httpx.ByteStream(body)
            self._num_bytes_downloaded = len(body)
        else:
            super().__init__(status, stream=httpx.ByteStream(body), request=request, extensions=extensions)
        self._written = raw
        self._headers = None  # (httpx's __init__ set an empty one)
        # read already (httpx's own read would stream it through its iterators again: 4x the cost)
        self._content = body
        self.is_stream_consumed = self.is_closed = True


def _fits() -> bool:
    """Whether this httpx's Request and Response keep the attributes _Outgoing and _Answer set in place
    of their __init__ (with an httpx that keeps others, requests are httpx.Request's own and answers
    take httpx's __init__)."""
    request = httpx.Request("GET", "http://127.0.0.1/")
    request.read()
    response = httpx.Response(200, stream=httpx.ByteStream(b""), request=request)
    response._content = b""  # as read (reading also keeps its decoder, which a read answer never asks for)
    made = {"method", "url", "headers", "extensions", "stream", "_content"}
    answered = {"status_code", "headers", "_request", "next_request", "extensions", "history", "is_closed"}
    answered |= {"is_stream_consumed", "default_encoding", "stream", "_num_bytes_downloaded", "_content"}
    return set(vars(request)) == made and set(vars(response)) == answered


FITS = _fits()
_OWN_HEADERS = frozenset({"host", "content-length", "transfer-encoding"})  # httpx's to write
_FRAMED = frozenset({"POST", "PUT", "PATCH"})  # methods that say Content-Length: 0 without a body


class _NoCookies(CookieJar):
    """Keeps no cookie: the auth schemes carry the ones they need (a session's refresh cookie) themselves."""

    def extract_cookies(self, response: Any, request: Any) -> None:
        return None


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Sends an httpx.Request with aiohttp and answers an httpx.Response already read whole (decoded as
    its Content-Encoding says, like httpx's own). Keeps httpx's defaults: certifi's certificates, proxies
    from the environment, 100 connections, keep-alive for 5 s."""

    def __init__(self, limits: httpx.Limits | None = None) -> None:
        self.limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=20)  # httpx's own
        self._session: aiohttp.ClientSession | None = None

    def _open(self) -> aiohttp.ClientSession:
        import aiohttp

        connector = aiohttp.TCPConnector(
            limit=self.limits.max_connections or 0,
            keepalive_timeout=self.limits.keepalive_expiry or 0,
            ssl=httpx.create_ssl_context(),
        )
        # aiohttp looks proxies up on every request when trusting the environment: only when it has some
        trust_env = bool(urllib.request.getproxies())
        self._session = aiohttp.ClientSession(
            connector=connector, cookie_jar=aiohttp.DummyCookieJar(), trust_env=trust_env
        )
        # aiohttp sends a GET, PUT or DELETE again, unasked, when a kept-alive connection breaks after it
        # went: a cancel the exchange had done would come back "unknown order". Whether to resend is the
        # retry policy's decision (no public switch: aiohttp's own test client turns it off the same way)
        self._session._retry_connection = False
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import aiohttp

        session = self._session or self._open()
        content = request.content
        try:
            async with session.request(
                request.method,
                str(request.url),
                headers=request.fields() if isinstance(request, _Outgoing) else _fields(request.headers),
                data=content or None,
                allow_redirects=False,
                timeout=_timeout(deadline_of(request), request.extensions.get("timeout") or {}),
            ) as answer:
                body = await answer.read()
        except aiohttp.ClientError as exc:
            raise _precise(exc, request) from exc
        except ValueError as exc:  # aiohttp refused to write it (a header with a line break): nothing left
            raise httpx.LocalProtocolError(str(exc), request=request) from exc
        except TimeoutError as exc:  # aiohttp's total timeout: the request may have gone
            raise httpx.ReadTimeout("no complete answer by the call's deadline", request=request) from exc
        reason = {"http_version": b"HTTP/1.1", "reason_phrase": (answer.reason or "").encode()}
        return _Answer(answer.status, answer.raw_headers, body, request, reason)

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()


def _timeout(at: float | None, phases: Mapping[str, float | None]) -> aiohttp.ClientTimeout:
    """httpx's per-phase timeouts in aiohttp's terms, and the call's deadline (a monotonic moment) as
    the total: the whole answer by then, however slowly the server trickles it. aiohttp's `connect`
    includes waiting for a pooled connection; httpx's write has no match (the deadline bounds it).
    aiohttp rounds timeouts of 5 s and more up to whole seconds unless told not to: never."""
    import aiohttp

    total = None if at is None else max(at - time.monotonic(), 1e-3)  # 0 would mean none
    return aiohttp.ClientTimeout(
        total=total,
        connect=phases.get("pool"),
        sock_connect=phases.get("connect"),
        sock_read=phases.get("read"),
        ceil_threshold=_NEVER,
    )


_NEVER = float("inf")


def _precise(exc: aiohttp.ClientError, request: httpx.Request) -> httpx.HTTPError:
    """The httpx error of an aiohttp failure, kept apart by whether the request may have left."""
    import aiohttp

    message = f"{type(exc).__name__}: {exc}"
    if isinstance(exc.__cause__, aiohttp.http_exceptions.ContentEncodingError):  # a body that does not decode
        return httpx.DecodingError(message, request=request)
    kinds: Mapping[type[BaseException], type[httpx.RequestError]] = {
        aiohttp.ConnectionTimeoutError: httpx.ConnectTimeout,  # before SocketTimeoutError's parent
        aiohttp.ClientConnectorError: httpx.ConnectError,  # before ClientOSError, its parent
        aiohttp.ServerTimeoutError: httpx.ReadTimeout,
        aiohttp.InvalidURL: httpx.UnsupportedProtocol,
    }
    for kind, error in kinds.items():
        if isinstance(exc, kind):
            return error(message, request=request)
    return httpx.RemoteProtocolError(message, request=request)  # disconnected, reset, a broken answer
