"""The stub side of an SSE stream: simulator events rendered as the stream's named events, numbered, kept in
a bounded history, and served to every connection that may see them (resuming after `Last-Event-ID`).

Each event of the spec has a `stub` mapping, as WebSocket channels do: `push_on` (the simulator events that
raise it), an optional `when` (a template expression: the event is sent only when it is true), an optional
simulator `action` with `args`, and a `respond` template (a top-level `$each` renders one event per item),
whose data the API's codecs then write as the exchange does (scaled integers, times). Private events
(`auth: true`) go to the connections of the account the simulator event concerns; `owner_fields` (a
template naming an account, and the fields only it sees) splits a public event: each owner's connections
get it with their own fields, every other connection without them, all under one id.

Served over a socket (the ASGI app) only: an in-process httpx transport cannot stream an endless body.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import msgspec

from ...auth import Refused
from ...codecs import Scope
from ...codecs.scaled import ScaleSet
from ...codecs.shape import Shape, apply
from ...config import ApiConfig
from ...sim import Exchange, SimulatorError
from ...stub.actions import ACTIONS, run
from ...stub.owners import Owners, compile_owners, owners_in, seen_by
from ...stub.template import Compiled, Context, Tables, compile_template
from ...stub.verify import Verifier
from . import EventStub, SseStub

Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
_ENCODER = msgspec.json.Encoder(decimal_format="number")  # decimals the schema wants as strings are strings by now
_KEEPALIVE = b":\n\n"
_HEADERS = [(b"content-type", b"text/event-stream; charset=utf-8"), (b"cache-control", b"no-store")]


class Answer(Protocol):
    status: int
    body: bytes
    headers: dict[str, str]


# status, rejection reason, detail -> a refusal in the API's error shape
Refuse = Callable[[int, str, str], Answer]


class _Refused(Exception):
    def __init__(self, status: int, reason: str, detail: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status, self.reason, self.detail, self.headers = status, reason, detail, dict(headers or {})


@dataclass(frozen=True)
class _Entry:
    id: int
    account: str | None  # None: every connection may see it (but those of `others`)
    frame: bytes  # the event as it goes on the wire
    others: frozenset[str] = frozenset()  # accounts that receive their own view of it instead (same id)

    def visible_to(self, account: str | None) -> bool:
        if self.account is None:
            return account not in self.others
        return self.account == account


@dataclass(frozen=True)
class _Template:
    name: str
    push_on: frozenset[str]
    private: bool
    when: Compiled | None
    action: str | None
    args: Compiled | None
    respond: Compiled
    many: bool  # the template renders a list: one event per item
    codecs: Shape | None  # where the codecs write its data
    owners: Owners  # (account template, the fields only it sees)


class _Incoming:
    """An SSE request as the auth plug-ins' stub side reads requests."""

    def __init__(self, scope: Mapping[str, Any], headers: dict[str, str]) -> None:
        self.method = scope["method"]
        self.path = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1").partition("?")[0]
        self.query = scope.get("query_string", b"").decode("latin-1")
        self.headers = headers
        self.body = b""
        self.host = headers.get("host", "")


class _Connection:
    """One client: its account, and the frames waiting to be sent (bounded: a client that falls further
    behind than the history is cut off; it resumes from its last id, or learns what it lost)."""

    def __init__(self, account: str | None, limit: int) -> None:
        self.account = account
        self.limit = limit
        self.loop = asyncio.get_running_loop()
        self.queue: asyncio.Queue[bytes | None] = asyncio.Queue()
        self.gone = asyncio.Event()
        self.stalled_until = 0.0

    def sees(self, entry: _Entry) -> bool:
        return entry.visible_to(self.account)

    def offer(self, frame: bytes) -> None:
        if self.queue.qsize() >= self.limit:
            self.end()
        elif not self.gone.is_set():
            self.queue.put_nowait(frame)

    def end(self) -> None:
        self.gone.set()
        self.queue.put_nowait(None)

    def later(self, action: Callable[..., None], *args: Any) -> None:
        """Run `action` on the connection's event loop (events come from any thread)."""
        with contextlib.suppress(RuntimeError):  # the loop has closed: the connection is gone
            self.loop.call_soon_threadsafe(action, *args)


class EventStreamServer:
    """One SSE stream of a stub."""

    def __init__(
        self,
        name: str,
        config: ApiConfig,
        stream: SseStub,
        tables: Tables,  # the stub's value words
        schemas: Mapping[str, Any],  # the API's structs, by name (the events' schemas refer to them)
        exchange: Callable[[str | None], Exchange],  # a venue's simulated exchange (None: the default)
        verifier: Verifier,
        refuse: Refuse,
    ) -> None:
        self.name = name
        self.config = stream.config
        self.scheme = config.auth_schemes.get(self.config.auth_scheme or "")
        self.tables = tables
        self.exchange = exchange
        self.verifier = verifier  # the stub's keys, and each auth scheme's stub side
        self.refuse = refuse
        self.scales = ScaleSet(config.scales)  # the factors and ticks its scaled fields use
        self.templates = [_template(event, schemas) for event in stream.events]
        self.kinds = frozenset().union(*(t.push_on for t in self.templates))
        self.connections: list[_Connection] = []
        self._lock = threading.Lock()  # events come from REST handlers and tests' threads alike
        self._history: deque[_Entry] = deque(maxlen=self.config.history)
        self._last = time.time_ns() // 1000  # ids of an earlier run of this server are all smaller
        self._lost = self._last  # the newest id no longer in the history: resuming after it is possible

    # -- events ------------------------------------------------------------------------------------
    def on_event(self, kind: str, payload: Any, venue: str | None = None) -> None:
        """A simulator event (of a venue: None, the default one): render the stream's events it raises,
        number them, send them."""
        if kind not in self.kinds:
            return
        value = payload.get("account") if isinstance(payload, dict) else getattr(payload, "account", None)
        account = None if value is None else str(value)
        exchange = self.exchange(venue)
        for template in self.templates:
            if kind not in template.push_on or (template.private and account is None):
                continue
            owner = account if template.private else None
            ctx = Context({"event": payload, "now": exchange.clock(), "account_id": owner}, self.tables)
            try:
                if template.when is not None and not template.when(ctx):
                    continue
                if template.action is not None and template.args is not None:
                    ctx = ctx.child(result=run(ACTIONS[template.action], exchange, owner, template.args(ctx)))
                rendered = template.respond(ctx)
                owners = owners_in(template.owners, ctx)
            except SimulatorError:
                continue
            for data in rendered if template.many else [rendered]:
                if data is not None:
                    self._publish(template.name, owner, self._written(template.codecs, data), owners)

    def _written(self, shape: Shape | None, data: Any) -> Any:
        return data if shape is None else apply(shape, data, "render", Scope(self.scales))

    def _publish(self, name: str, account: str | None, data: Any, owners: Mapping[str, frozenset[str]]) -> None:
        """One event under one id: to `account` (None: everyone), each of `owners` getting its own fields
        and the others none of them."""
        hidden = account is None and any(owners.values())
        views = [(account, seen_by(data, owners, None) if hidden else data)]
        if hidden:
            views += [(a, seen_by(data, owners, a)) for a in owners]
        with self._lock:
            self._last += 1
            head = f"id: {self._last}\nevent: {name}\ndata: ".encode()
            others = frozenset(owners) if hidden else frozenset()
            entries = [_Entry(self._last, a, head + _ENCODER.encode(v) + b"\n\n", others) for a, v in views]
            for entry in entries:
                if len(self._history) == self._history.maxlen:
                    self._lost = self._history[0].id
                self._history.append(entry)
            targets = [(c, e) for e in entries for c in self.connections if c.sees(e)]
        for connection, entry in targets:
            connection.later(connection.offer, entry.frame)

    def _resume(self, last_event_id: str | None, connection: _Connection) -> list[bytes]:
        """Register a connection; the kept events after `last_event_id` that it may see (atomically: none
        missed, none twice), then the newest id alone: where the client resumes if it loses the connection
        before another event reaches it."""
        after = None
        if last_event_id is not None and last_event_id.strip():
            if not last_event_id.strip().isdigit():
                raise _Refused(400, "invalid_parameter", f"Last-Event-ID {last_event_id!r} is not an event id")
            after = int(last_event_id)
        with self._lock:
            if after is not None and not self._lost <= after <= self._last:
                raise _Refused(
                    410,
                    "history_lost",
                    f"cannot resume after event {after}: the stream keeps events {self._lost + 1} to {self._last}",
                )
            self.connections.append(connection)
            kept = [] if after is None else [e for e in self._history if e.id > after]
            return [*(e.frame for e in kept if connection.sees(e)), f"id: {self._last}\n\n".encode()]

    def ids(self, account: str | None) -> list[str]:
        """The ids of the kept events a connection of `account` (None: anonymous) receives, oldest first."""
        with self._lock:
            return [str(e.id) for e in self._history if e.visible_to(account)]

    # -- a connection ----------------------------------------------------------------------------
    async def serve(self, scope: Mapping[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":  # an SSE path does not take WebSockets
            await receive()
            await send({"type": "websocket.close", "code": 1008})
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        connection: _Connection | None = None
        try:
            if scope["method"] != "GET":
                raise _Refused(405, "wrong_method", f"{scope['path']} takes GET", {"Allow": "GET"})
            account = self._account(scope, headers)
            connection = _Connection(account, self.config.history)
            backlog = self._resume(headers.get("last-event-id"), connection)
        except _Refused as refused:
            answer = self.refuse(refused.status, refused.reason, refused.detail)
            out = [(b"content-type", b"application/json"), (b"content-length", str(len(answer.body)).encode())]
            out += [(k.lower().encode(), v.encode()) for k, v in {**answer.headers, **refused.headers}.items()]
            await send({"type": "http.response.start", "status": answer.status, "headers": out})
            await send({"type": "http.response.body", "body": answer.body})
            return
        watcher = asyncio.create_task(_until_gone(receive, connection))
        try:
            await send({"type": "http.response.start", "status": 200, "headers": _HEADERS})
            retry = b"" if self.config.retry is None else f"retry: {round(self.config.retry * 1000)}\n".encode()
            await send(
                {"type": "http.response.body", "body": retry + _KEEPALIVE + b"".join(backlog), "more_body": True}
            )
            await self._write(connection, send)
        finally:
            watcher.cancel()
            with self._lock:
                self.connections.remove(connection)

    async def _write(self, connection: _Connection, send: Send) -> None:
        """Send frames as they come, a keep-alive comment when idle; a stall holds everything back."""
        while True:
            try:
                frame = await asyncio.wait_for(connection.queue.get(), self.config.keepalive)
            except TimeoutError:
                frame = _KEEPALIVE
            frames = [frame]
            while frames[-1] is not None and not connection.queue.empty():
                frames.append(connection.queue.get_nowait())
            wait = connection.stalled_until - connection.loop.time()
            if wait > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(connection.gone.wait(), wait)
            if connection.gone.is_set() or None in frames:
                await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            await send({"type": "http.response.body", "body": b"".join(f for f in frames if f), "more_body": True})

    def _account(self, scope: Mapping[str, Any], headers: dict[str, str]) -> str | None:
        """The account the request authenticates as, by the stream's auth scheme (None: anonymous, where
        the stream allows it and the request carries no credentials)."""
        name = self.config.auth_scheme
        if name is None:
            return None
        request = _Incoming(scope, headers)
        client_ip = (scope.get("client") or ("127.0.0.1", 0))[0]
        try:
            return self.verifier.authenticate(name, None, request, client_ip)
        except Refused as refused:
            if refused.reason == "no_credentials" and not self.config.auth_required:
                return None
            raise _Refused(401, refused.reason, refused.detail, self._challenge()) from None

    def _challenge(self) -> dict[str, str]:
        basic = self.scheme is not None and self.scheme.type == "basic"
        return {"WWW-Authenticate": f'Basic realm="{self.name}"'} if basic else {}

    # -- control ---------------------------------------------------------------------------------
    def push(self, message: Any, count: int = 1) -> int:
        """Send `message` as the data of an unnamed event without id (outside the history) to every connection."""
        frame = b"data: " + _ENCODER.encode(message) + b"\n\n"
        for connection in list(self.connections):
            for _ in range(count):
                connection.later(connection.offer, frame)
        return len(self.connections)

    def drop(self) -> int:
        """End every connection (clients reconnect and resume)."""
        connections = list(self.connections)
        for connection in connections:
            connection.later(connection.end)
        return len(connections)

    def stall(self, seconds: float) -> int:
        """Hold back everything (events and keep-alives) for `seconds`."""
        for connection in self.connections:
            connection.stalled_until = connection.loop.time() + seconds
        return len(self.connections)


async def _until_gone(receive: Receive, connection: _Connection) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass
    connection.end()


def _template(event: EventStub, schemas: Mapping[str, Any]) -> _Template:
    message = {"type": "array", "items": event.message} if event.many else event.message
    return _Template(
        name=event.name,
        push_on=event.push_on,
        private=event.private,
        when=compile_template(event.when) if event.when is not None else None,
        action=event.action,
        args=compile_template(event.args if event.args is not None else {}) if event.action is not None else None,
        respond=compile_template(event.respond, message, schemas),
        many=event.many,
        codecs=event.codecs,
        owners=compile_owners(event.owner_fields),
    )
