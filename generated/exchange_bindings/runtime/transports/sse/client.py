"""The client of an SSE stream, on httpx and httpx-sse: typed events from an async iterator, and a blocking twin.

What it guarantees (see the package docstring for what the server promises):

- each event arrives as a `ServerEvent`: its name, its id, its data decoded into the type the spec gives that
  name (events the spec does not name are counted in `unknown` and skipped; data that does not decode
  raises `EventDecodeError` with the raw text, and iteration can go on);
- after a drop, a silent connection (no byte, keep-alives included, for `watchdog` seconds) or a server
  error, it reconnects with backoff and jitter, never sooner than the server's `retry:`, and resumes after the
  last id received (`Last-Event-ID`): no event lost, none twice;
- when the server cannot resume (HTTP 410: the id is older than its history), iteration raises
  `EventsLostError` once, then goes on with live events;
- a refused connection (credentials, permissions, any other 4xx) raises its typed error: from `connect()`,
  or from iteration when a reconnect is refused; iteration then ends;
- events wait in a bounded queue; when the consumer falls behind, the oldest are dropped and counted in
  `dropped` (as the WebSocket streams do).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx
import msgspec
from httpx_sse import EventSource, SSEError

from ...auth import Credentials
from ...blocking import Blocking
from ...codecs import Scope
from ...codecs.number import EXACT
from ...codecs.scaled import ScaleSet
from ...codecs.shape import apply
from ...config import ApiConfig
from ...errors import ExchangeError, ParameterError, StreamError, StreamStalledError, api_error, scrub
from .. import stream_url
from ..queue import DropOldest
from . import EventDef, SseConfig

log = logging.getLogger("exchange_bindings.sse")
M = TypeVar("M")
R = TypeVar("R")
_END = object()
_BACKOFF = 0.05  # seconds before the first reconnect when the server announced no `retry:`
_HTTP_KINDS = {401: "authentication", 403: "permission"}  # what these statuses mean whatever the API's table says


@dataclass(frozen=True)
class ServerEvent(Generic[M]):
    """One event of the stream: `name` (the SSE event type), `data` (typed), `id`, and `raw` (the data as sent)."""

    name: str
    data: M
    id: str | None
    raw: str


class EventsLostError(StreamError):
    """The server could not resume after `last_event_id` (it no longer holds the events after it): they are
    lost. Resynchronise through REST; the stream goes on with live events."""

    def __init__(self, message: str, last_event_id: str | None) -> None:
        self.last_event_id = last_event_id
        super().__init__(message)


class EventDecodeError(StreamError):
    """An event's data does not match the type its name has in the spec; `raw` holds it unchanged."""

    def __init__(self, name: str, event_id: str | None, raw: str, detail: str) -> None:
        self.name, self.event_id, self.raw = name, event_id, raw
        super().__init__(f"event {name} (id {event_id}) does not decode ({detail}): {raw[:500]}")


class _Refused(Exception):
    """A connection the server refused (carries the typed error; `final`: do not try again)."""

    def __init__(self, error: ExchangeError, *, final: bool) -> None:
        super().__init__(str(error))
        self.error, self.final = error, final


class AsyncEventStream(AsyncIterator[ServerEvent[M]]):
    """One SSE stream of an API, as its spec describes it (`async with` connects; `async for` reads).

    `M` is the type of every event's data: the union of the types the spec gives the events' names."""

    def __init__(
        self,
        config: ApiConfig,
        stream: SseConfig,
        events: Mapping[str, EventDef],
        credentials: Credentials,
        *,
        url: str | None = None,
        environment: str | None = None,
        reconnect: bool = True,
        max_backoff: float = 5.0,
        watchdog: float | None = None,
        queue_size: int = 1000,
        last_event_id: str | None = None,
        connect_timeout: float = 10.0,
    ) -> None:
        self.config = config
        self.stream = stream
        self.events = events
        self.url = url or stream_url(config, stream.server, stream.path, environment)
        self.reconnect = reconnect
        self.max_backoff = max_backoff
        self.watchdog = watchdog if watchdog is not None else stream.watchdog
        self.connect_timeout = connect_timeout
        self.last_event_id = last_event_id  # where a reconnect resumes (None: live events only)
        self.retry: float | None = None  # the reconnection delay the server announced
        self.reconnects = self.stalls = self.unknown = 0
        self.scales = ScaleSet(config.scales)  # the factors its scaled fields use
        self._auth: httpx.Auth | None = None
        scheme = config.auth_schemes.get(stream.auth_scheme or "")
        missing = scheme.missing(credentials) if scheme is not None else ()
        if scheme is not None and not missing:
            self._auth = scheme.client(credentials)
        elif scheme is not None and stream.auth_required:
            raise ParameterError(f"this stream needs credentials: {', '.join(missing)}")
        self._queue = DropOldest(queue_size)
        self._http: httpx.AsyncClient | None = None
        self._task: asyncio.Task[None] | None = None
        self._opened: asyncio.Future[None] | None = None
        self._attempt = 0  # reconnects tried since the last connection that opened

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self.url!r})"

    # -- the connection -------------------------------------------------------------------------
    async def connect(self) -> None:
        """Open the stream; raise the typed error of a refusal, or StreamError when the server cannot be reached."""
        timeout = httpx.Timeout(self.connect_timeout, read=self.watchdog)
        self._http = httpx.AsyncClient(timeout=timeout, follow_redirects=True)  # as EventSource does
        self._opened = asyncio.get_running_loop().create_future()
        self._task = asyncio.create_task(self._run())
        try:
            await asyncio.shield(self._opened)
        except BaseException as exc:
            await self.close()
            scrub(exc)
            raise

    async def _run(self) -> None:
        """Read events; on a drop, reconnect and resume until closed, refused, or (reconnect off) dropped."""
        assert self._opened is not None
        while True:
            try:
                await self._read()
                problem: BaseException = StreamError("the server ended the stream")
            except _Refused as refused:
                if isinstance(refused.error, EventsLostError):  # at once, without an id: live events from now on
                    self._offer(refused.error)
                    self.reconnects += self._opened.done()
                    continue
                if refused.final or not self._opened.done():
                    self._fail(refused.error)
                    return
                problem = refused.error
            except httpx.TimeoutException as exc:  # connect timeout, or silence past the watchdog
                self.stalls += isinstance(exc, httpx.ReadTimeout)
                problem = (
                    StreamStalledError(f"no byte for {self.watchdog}s") if self.watchdog else StreamError(str(exc))
                )
            except (httpx.HTTPError, OSError) as exc:
                problem = StreamError(f"{self.url}: {exc}")
            if not self._opened.done() or not self.reconnect:
                self._fail(problem)
                return
            self._attempt += 1
            delay = self._delay(self._attempt)
            log.info("stream %s dropped (%s); reconnecting in %.2fs", self.url, problem, delay)
            await asyncio.sleep(delay)
            self.reconnects += 1

    def _delay(self, attempt: int) -> float:
        """Backoff with jitter (attempt 1, 2, ... since the last connection that opened), never sooner than the
        server's `retry:`."""
        backoff = min(self.max_backoff, _BACKOFF * 2.0 ** (attempt - 1))
        return max(self.retry or 0.0, backoff) * (1 + random.random() / 2)

    async def _read(self) -> None:
        assert self._http is not None and self._opened is not None
        headers = {"Accept": "text/event-stream", "Cache-Control": "no-store"}
        if self.last_event_id:
            headers["Last-Event-ID"] = self.last_event_id
        async with self._http.stream("GET", self.url, headers=headers, auth=self._auth) as response:
            if response.status_code != 200:
                raise await self._refusal(response)
            self._attempt = 0
            if not self._opened.done():
                self._opened.set_result(None)
            try:
                async for sse in EventSource(response).aiter_sse():
                    self._dispatch(sse.event, sse.data, sse.id, sse.retry)
            except SSEError as exc:  # not an event stream
                raise _Refused(StreamError(f"{self.url}: {exc}"), final=True) from None

    async def _refusal(self, response: httpx.Response) -> _Refused:
        body = b""
        with contextlib.suppress(httpx.HTTPError):
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > 65536:
                    break
        status = response.status_code
        if status == 204:  # W3C: the server tells the client not to reconnect
            return _Refused(StreamError(f"{self.url}: HTTP 204, the server has no stream for this client"), final=True)
        if status == 410 and self.last_event_id:
            lost = EventsLostError(f"the server cannot resume after event {self.last_event_id}", self.last_event_id)
            self.last_event_id = None
            return _Refused(lost, final=False)
        table = self.config.errors
        try:
            data = msgspec.json.decode(body)
        except (msgspec.DecodeError, RecursionError):
            data = None
        fields = data if isinstance(data, dict) else {}
        code = fields.get(table.code_field or "")
        message = fields.get(table.message_field or "")
        kind = table.codes.get(str(code)) or _HTTP_KINDS.get(status) or table.statuses.get(status)
        text = str(message or f"HTTP {status}")
        error = api_error(kind, table.code(code), text, status=status, body=body)
        return _Refused(error, final=400 <= status < 500 and status not in (408, 429))

    def _dispatch(self, name: str, data: str, event_id: str, retry: int | None) -> None:
        """One message of the stream, as the W3C rules read it: ids stick, empty data dispatches nothing."""
        if retry is not None:
            self.retry = retry / 1000
        self.last_event_id = event_id or None
        if not data:
            return
        name = name or "message"
        definition = self.events.get(name)
        if definition is None:
            self.unknown += 1
            log.debug("stream %s: an event the spec does not name: %s", self.url, name)
            return
        try:
            typed = self._typed(definition, data)
        except (msgspec.DecodeError, RecursionError, ValueError) as exc:  # ValueError: a codec's
            self._offer(EventDecodeError(name, event_id or None, data, str(exc)))
            return
        self._offer(ServerEvent(name, typed, event_id or None, data))

    def _typed(self, definition: EventDef, data: str) -> Any:
        """An event's data in its type; the codecs read their fields first (scaled integers, times)."""
        if definition.codecs is None:
            return msgspec.json.decode(data, type=definition.message, strict=False)
        plain = apply(definition.codecs, EXACT.decode(data), "decode", Scope(self.scales))
        return msgspec.convert(plain, definition.message, strict=False)

    def _offer(self, item: Any) -> None:
        self._queue.offer(item)

    @property
    def dropped(self) -> int:
        """Events dropped because the consumer fell behind (the oldest go first)."""
        return self._queue.dropped

    def _fail(self, error: BaseException) -> None:
        if self._opened is not None and not self._opened.done():
            self._opened.set_exception(error)
            return
        self._offer(error)
        self._offer(_END)

    # -- iteration ---------------------------------------------------------------------------------
    def __aiter__(self) -> AsyncEventStream[M]:
        return self

    async def __anext__(self) -> ServerEvent[M]:
        item = await self._queue.get()
        if item is _END:
            self._queue.put_nowait(_END)
            raise StopAsyncIteration
        if isinstance(item, BaseException):
            raise item
        event: ServerEvent[M] = item
        return event

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        if self._http is not None:
            await self._http.aclose()
        if self._opened is not None and not self._opened.done():
            self._opened.cancel()
        self._offer(_END)

    async def __aenter__(self: R) -> R:
        await self.connect()  # type: ignore[attr-defined]
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class SyncEventStream(Blocking[AsyncEventStream[M]], Iterator[ServerEvent[M]]):
    """Runs an AsyncEventStream on its own event loop thread: `with` connects, `for` reads (blocking)."""

    def __init__(self, make: Callable[[], AsyncEventStream[M]]) -> None:
        super().__init__(make, "exchange-bindings-sse")

    def next(self, timeout: float | None = None) -> ServerEvent[M]:
        """The next event, waiting at most `timeout` seconds (TimeoutError)."""
        return self._run(self.stream.__anext__(), timeout)

    def __iter__(self) -> SyncEventStream[M]:
        return self

    def __next__(self) -> ServerEvent[M]:
        try:
            return self.next()
        except StopAsyncIteration:
            raise StopIteration from None

    @property
    def last_event_id(self) -> str | None:
        return self.stream.last_event_id

    @property
    def reconnects(self) -> int:
        return self.stream.reconnects

    @property
    def dropped(self) -> int:
        return self.stream.dropped
