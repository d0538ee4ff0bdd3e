"""The async clients' default HTTP stack: httpx's interface over aiohttp's pool and C parser.

Measured side by side (`nox -s bench`, benchmarks/peers.py): httpx's own async stack (httpcore on
anyio) spends most of a call in its pool's bookkeeping, and aiohttp does the same work in a fraction
(the figures are in the closing notes of issue 17). httpx-aiohttp is the transport that keeps httpx's
Request/Response, which the auth flows, retries and raw views are written against; `http_client=`
still takes any httpx.AsyncClient. aiohttp is imported on the first async client, never by a sync or
import-only user.
"""

from __future__ import annotations

import functools
from http.cookiejar import CookieJar
from typing import Any

import httpx


def new_async_http() -> httpx.AsyncClient:
    return _Http(transport=_transport_class()(), cookies=_NoCookies())


class _Http(httpx.AsyncClient):
    """The client's own httpx.AsyncClient: it has no base URL, parameters or cookies to merge into a
    request, so a request is built as given (httpx's merge re-parses every URL: a tenth of a call)."""

    def build_request(  # type: ignore[override]
        self, method: str, url: str, *, timeout: Any = httpx.USE_CLIENT_DEFAULT, extensions: Any = None, **given: Any
    ) -> httpx.Request:
        chosen = self.timeout if isinstance(timeout, httpx._client.UseClientDefault) else httpx.Timeout(timeout)
        return httpx.Request(method, url, extensions={**(extensions or {}), "timeout": chosen.as_dict()}, **given)

    async def send(self, request: httpx.Request, **options: Any) -> httpx.Response:
        """Straight to the transport, read whole: there is no auth, redirect, hook or cookie to apply
        (httpx's send costs a third of a call here)."""
        if options or self.is_closed:
            return await super().send(request, **options)
        response = await self._transport.handle_async_request(request)
        try:
            await response.aread()
        except BaseException:
            await response.aclose()
            raise
        return response


class _NoCookies(CookieJar):
    """Keeps no cookie: the auth schemes carry the ones they need (a session's refresh cookie) themselves."""

    def extract_cookies(self, response: Any, request: Any) -> None:
        return None


@functools.cache
def _transport_class() -> type[httpx.AsyncBaseTransport]:
    import aiohttp
    from httpx_aiohttp import AiohttpTransport

    class Transport(AiohttpTransport):
        """httpx-aiohttp maps every aiohttp connection error to ConnectTimeout, which says the request
        never left: a server that closed after reading an order would have it sent again. Connection
        failures before sending stay ConnectError/ConnectTimeout; the rest say the request may have gone."""

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            try:
                return await super().handle_async_request(request)
            except httpx.HTTPError as exc:
                raise _precise(exc, exc.__cause__, request) from exc.__cause__
            except aiohttp.ClientError as exc:  # what httpx-aiohttp leaves unmapped, e.g. a bad status line
                raise _precise(httpx.RemoteProtocolError(str(exc)), exc, request) from exc

    def _precise(exc: httpx.HTTPError, cause: Any, request: httpx.Request) -> httpx.HTTPError:
        message = str(exc)
        if isinstance(cause, aiohttp.ConnectionTimeoutError):
            return httpx.ConnectTimeout(message, request=request)
        if isinstance(cause, aiohttp.ClientConnectorError):
            return httpx.ConnectError(message, request=request)
        if isinstance(cause, aiohttp.ServerDisconnectedError | aiohttp.ClientOSError):
            return httpx.RemoteProtocolError(message, request=request)
        if isinstance(cause, aiohttp.ServerTimeoutError):
            return httpx.ReadTimeout(message, request=request)
        exc.request = request
        return exc

    return Transport
