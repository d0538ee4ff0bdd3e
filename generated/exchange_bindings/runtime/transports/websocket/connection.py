"""Opening a stream's WebSocket: where it goes (the environment's URL, a credential in its path), what
the handshake carries (an auth scheme's headers or query parameters), the greeting a challenge login
signs, the heartbeat settings, and logs that never show a credential."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpx
import msgspec

from ...auth import Credentials
from ...config import ApiConfig
from ...errors import (
    ExchangeError,
    ExchangeServerError,
    ExchangeTimeoutError,
    RateLimitError,
    ServiceUnavailableError,
    StreamError,
    TransportError,
)
from .. import stream_url
from .config import WebSocketStream

log = logging.getLogger("exchange_bindings.stream")
# failures to keep a URL credential alive that say nothing about the credential (tried again later)
TRANSIENT = (TransportError, ExchangeServerError, ServiceUnavailableError, ExchangeTimeoutError, RateLimitError)
CredentialSource = Callable[[str, Mapping[str, Any]], Awaitable[Any]]  # (operation, arguments) -> its result


class RestOperations:
    """The API's REST operations, called by name: where a URL credential comes from and is kept alive."""

    def __init__(self, client: Any, operations: Mapping[str, Any]) -> None:
        self.client = client  # the API's AsyncClient (this stream's own: closed with it)
        self.operations = operations

    async def __call__(self, operation: str, values: Mapping[str, Any]) -> Any:
        return await self.client._call(self.operations[operation], dict(values))

    async def aclose(self) -> None:
        await self.client.aclose()


class _QuietFrames(logging.LoggerAdapter):  # type: ignore[type-arg]
    """The websockets library's logger for our connections, without its DEBUG log of every frame:
    that log would show the login frame (key and signature); `_send` logs messages masked instead."""

    def isEnabledFor(self, level: int) -> bool:
        return level > logging.DEBUG and self.logger.isEnabledFor(level)


_QUIET_FRAMES = _QuietFrames(logging.getLogger("websockets.client"), {})


class Connection:
    """The socket of one stream client, and what it takes to open it."""

    def __init__(
        self,
        config: ApiConfig,
        stream: WebSocketStream,
        credentials: Credentials,
        url: str | None,
        environment: str | None,
        watchdog: float | None,
        credential_source: CredentialSource | None,
    ) -> None:
        self.config = config
        self.stream = stream
        self.credentials = credentials
        # what the DEBUG log of messages masks: the credentials and the signatures made of them
        self._secrets: list[str] = [v for v in credentials.values() if v]
        self.url = url or stream_url(config, stream.server, stream.path, environment)
        heartbeat = stream.heartbeat
        interval = heartbeat.interval
        self.watchdog = watchdog if watchdog is not None else heartbeat.timeout
        if interval is not None and self.watchdog is not None:
            interval = min(interval, self.watchdog / 3)  # a few heartbeats per watchdog period
        self.ping_interval = interval if heartbeat.kind == "ws_ping" else None
        # heartbeat messages (a ping command) are answered, so silence then always means a dead link
        self.ping_command = heartbeat.command if heartbeat.kind == "message" else None
        self.ping_every = interval
        self._credential_source = credential_source
        self._url_credential: Any = None  # the credential the URL carries (a listen key), once obtained
        self._keeper: asyncio.Task[None] | None = None
        self._key_failure: StreamError | None = None  # the URL credential could not be kept alive: why
        self._ws: Any = None
        self._last_message = time.monotonic()
        self._greeting: asyncio.Future[bytes] | None = None  # the nonce a challenge login signs

    async def _dial(self, *, renew: bool = False) -> Any:
        from websockets.asyncio.client import connect

        url, headers = await self._handshake(renew)
        try:
            ws = await connect(
                url,
                additional_headers=headers,
                ping_interval=self.ping_interval,
                ping_timeout=self.watchdog,
                compression=None,
                max_size=None,
                logger=_QUIET_FRAMES,
            )
        except (OSError, TimeoutError) as exc:
            raise StreamError(f"cannot connect to {self.url}: {exc}") from exc
        except Exception as exc:  # the server refused the handshake (a bad key, an expired listen key)
            raise StreamError(f"the server refused the connection to {self.url}: {exc}") from None
        self._last_message = time.monotonic()
        login = self.stream.login
        if login is not None and login.challenge is not None:
            self._greeting = asyncio.get_running_loop().create_future()
        return ws

    async def _handshake(self, renew: bool) -> tuple[str, dict[str, str]]:
        """The URL to open (with its credential) and the headers the handshake carries."""
        url = self.url
        held = self.stream.url_credential
        if held is not None:
            if self._url_credential is None or renew:
                self._url_credential = await self._obtain()
            url = url.replace("{" + held.field + "}", str(self._url_credential))
        handshake = self.stream.handshake
        if handshake is None:
            return url, {}
        scheme = self.config.auth_schemes[handshake.scheme]
        if not self.credentials.has(scheme.credentials):
            return url, {}
        url, added = signed_handshake(scheme, self.credentials, url)
        self._secrets += [v for v in added.values() if v]
        return url, added

    async def _obtain(self) -> Any:
        """A fresh URL credential (a listen key) from the REST operation the spec names."""
        held = self.stream.url_credential
        assert held is not None
        if self._credential_source is None:
            raise StreamError(f"this stream needs a {held.field} from {held.create}: give the stream a REST client")
        result = msgspec.to_builtins(await self._credential_source(held.create, {}))  # by wire names
        value = result.get(held.field) if isinstance(result, Mapping) else None
        if value is None:
            raise StreamError(f"{held.create} answered no {held.field}")
        self._secrets.append(str(value))
        if held.keep_alive is not None and held.every and self._keeper is None:
            self._keeper = asyncio.create_task(self._keep_alive())
        return value

    async def _keep_alive(self) -> None:
        """Extend the URL credential every `every` seconds. A refusal means the key is gone (expired,
        closed): the connection riding on it is ended at once, so a reconnect obtains a new key (or, with
        reconnecting off, the stream ends with this error) instead of waiting for the server to notice. A
        failure to reach the server is reported and tried again at the next turn (the key may still live)."""
        held = self.stream.url_credential
        assert held is not None and held.keep_alive is not None and held.every is not None
        assert self._credential_source is not None
        while True:
            await asyncio.sleep(held.every)
            key = self._url_credential
            if key is None:  # a reconnect is obtaining one
                continue
            try:
                await self._credential_source(held.keep_alive, {held.field: key})
            except ExchangeError as exc:
                if self._url_credential != key:  # a reconnect obtained another meanwhile: that one counts
                    continue
                log.warning("stream %s: keeping its %s alive failed: %s", self.url, held.field, exc)
                if isinstance(exc, TRANSIENT):
                    continue
                self._url_credential = None
                self._key_failure = StreamError(f"keeping the {held.field} alive failed: {exc}")
                if self._ws is not None:
                    await self._ws.close()

    def _greeted(self, message: Mapping[str, Any]) -> bool:
        """Whether `message` is the greeting that carries a challenge login's nonce (and take it)."""
        login = self.stream.login
        if self._greeting is None or self._greeting.done() or login is None or login.challenge is None:
            return False
        nonce = login.challenge.nonce(message)
        if nonce is None:
            return False
        self._greeting.set_result(nonce)
        return True

    async def _nonce(self, timeout: float) -> bytes | None:
        """The greeting's nonce (None when the login signs none)."""
        if self._greeting is None:
            return None
        return await asyncio.wait_for(asyncio.shield(self._greeting), timeout)

    def _masked(self, text: str) -> str:
        for secret in sorted(self._secrets, key=len, reverse=True):  # a short one may be part of a longer
            text = text.replace(secret, "***")
        return text

    async def _hang_up(self) -> None:
        if self._keeper is not None:
            self._keeper.cancel()
        if self._ws is not None:
            await self._ws.close()
        close = getattr(self._credential_source, "aclose", None)
        if close is not None:
            await close()


def signed_handshake(scheme: Any, credentials: Credentials, url: str) -> tuple[str, dict[str, str]]:
    """A WebSocket URL and the headers its handshake carries, as the auth `scheme`'s client side puts
    `credentials` on a request (a header, a query parameter)."""
    request = httpx.Request("GET", url.replace("ws", "http", 1))
    before = dict(request.headers)
    flow = scheme.client(credentials).auth_flow(request)
    signed = next(flow)  # schemes that only decorate the request: one step
    with contextlib.suppress(StopIteration):
        flow.close()
    added = {k: v for k, v in signed.headers.items() if before.get(k) != v}
    return str(signed.url).replace("http", "ws", 1), added
