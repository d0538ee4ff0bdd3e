"""The WebSocket stream client: one asynchronous implementation (`AsyncStream`) and a synchronous twin
(`SyncStream`, sync.py) that runs it on a private event loop thread. What they guarantee:

- commands are correlated with their replies (by tag, or by a key of the payload such as a client
  order id); a failed reply raises the typed error of its code; a command in flight when the
  connection drops raises `CommandOutcomeUnknown` and is never sent again (read the order channel to
  learn what happened);
- `subscribe_*` returns an iterator of typed messages; after a reconnect (backoff with jitter) the
  stream logs in again and resubscribes everything, and iterators keep delivering;
- heartbeats as the spec says (WebSocket pings, a ping command, or the server's own messages); a
  watchdog treats a connection that stays silent longer than the spec's timeout as dead and reconnects;
- each subscription has a bounded queue; when a consumer falls behind, the oldest messages are
  dropped and counted in `Subscription.dropped` (the newest state wins: book snapshots, tickers);
- payloads, replies and pushes go through the API's codecs (scaled integers, times, exact decimals).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import random
import time
import zlib
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

import msgspec

from ...auth import Credentials
from ...codecs import Scope
from ...codecs.checks import checked
from ...codecs.conform import conformer, invalid_value
from ...codecs.number import EXACT
from ...codecs.scaled import ScaleSet
from ...codecs.shape import Shape, apply
from ...config import ApiConfig
from ...errors import (
    APIError,
    CommandOutcomeUnknown,
    DecodeError,
    ExchangeError,
    LoginRequiredError,
    ParameterError,
    StreamError,
    StreamStalledError,
    api_error,
    scrub,
)
from ...limits import StreamLimits
from ...operation import payload_as_sent
from . import framing as wire
from .config import Channel, Command, WebSocketStream
from .connection import Connection
from .state import StreamState
from .subscriptions import Subscription, argument, item

log = logging.getLogger("exchange_bindings.stream")
R = TypeVar("R")
_KEPT = (Decimal, datetime, date)  # left to the conformer and the codecs by to_builtins
OWED_FOR = 10  # command timeouts a timed-out command's late answer is watched for (then: given up)


@dataclass(frozen=True)
class Types:
    """The generated models a stream's messages decode into (the configuration itself holds no types)."""

    replies: Mapping[str, Any] = field(default_factory=dict)  # command name -> reply struct
    payloads: Mapping[str, Any] = field(default_factory=dict)  # command name -> payload struct
    messages: Mapping[str, Any] = field(default_factory=dict)  # channel name -> push struct


class AsyncStream(Connection):
    """One WebSocket connection to an API, as its spec describes it."""

    def __init__(
        self,
        config: ApiConfig,
        stream: WebSocketStream,
        types: Types,
        credentials: Credentials,
        *,
        url: str | None = None,
        environment: str | None = None,
        reconnect: bool = True,
        max_backoff: float = 5.0,
        command_timeout: float = 10.0,
        watchdog: float | None = None,
        queue_size: int = 1000,
        credential_source: Callable[[str, Mapping[str, Any]], Awaitable[Any]] | None = None,
    ) -> None:
        super().__init__(config, stream, credentials, url, environment, watchdog, credential_source)
        self.types = types
        self.scales = ScaleSet(config.scales)  # the factors and ticks its scaled fields use
        # payloads leave as their schema says: decimals as JSON numbers or as fixed-point strings
        self._shape = {
            name: conformer(dict(c.data), dict(stream.schemas)) for name, c in stream.commands.items() if c.data
        }
        self.reconnect = reconnect
        self.max_backoff = max_backoff
        self.command_timeout = command_timeout
        self.queue_size = queue_size
        self.subscriptions: list[Subscription[Any]] = []
        self._latest: dict[str, Any] = {}  # pushed streams: the latest message of each channel, for late subscribers
        self.reconnects = 0
        self._tags = itertools.count(1)
        self._pending: dict[str, tuple[asyncio.Future[list[Any]], int, list[Any], Command | None]] = {}
        # keys of commands that timed out: their late answer (the first message that would have answered
        # them) is not taken as the answer of a later command with the same key -> (until when, command)
        self._owed: dict[str, tuple[float, Command | None]] = {}
        self._reader: asyncio.Task[None] | None = None
        self._pinger: asyncio.Task[None] | None = None
        self._closing = False
        self._connected = asyncio.Event()  # a socket is open
        self._ready = asyncio.Event()  # logged in and resubscribed: user commands may go
        self._stalled: StreamStalledError | None = None
        # flat APIs: every field a pending command's answer may carry its key in
        self._keys = tuple(
            dict.fromkeys(f for c in stream.commands.values() for f in wire.correlation_fields(stream.framing, c))
        )
        self._by_table = {t: c for c in stream.channels.values() for t in c.tables}
        self.state = StreamState(stream.state, self._typed_push)  # the views the pushes keep (spec `state`)
        self.stalls = 0
        login = stream.login
        login_scheme = config.auth_schemes[login.scheme] if login is not None else None
        self.limits = StreamLimits(  # the spec's message limits: waited for before sending
            config.api,
            config.limits.buckets,
            stream.rate_limits,
            stream.costs,
            self.url,
            login_scheme.identity(credentials) if login_scheme is not None else None,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self.url!r})"

    # -- connection ---------------------------------------------------------------------------
    async def connect(self) -> None:
        """Open the connection, log in (with credentials) and wait until commands can be sent."""
        try:
            await self.limits.connect()
            self._ws = await self._dial()
            self._reader = asyncio.create_task(self._run())
            if self.ping_command is not None and self.ping_every:
                self._pinger = asyncio.create_task(self._ping())
            await self._restore()
        except BaseException as exc:
            scrub(exc)
            raise

    async def _ping(self) -> None:
        assert self.ping_command is not None and self.ping_every
        while not self._closing:
            await asyncio.sleep(self.ping_every)
            if self._ready.is_set():
                try:
                    await self._command(self.ping_command, {}, internal=True)
                except (ExchangeError, OSError, TimeoutError) as exc:  # the watchdog decides about the link
                    log.debug("heartbeat failed: %s", exc)

    async def _restore(self) -> None:
        """After (re)connecting: log in, resubscribe, then let commands through."""
        self._connected.set()
        login = self.stream.login
        if login is not None and self.credentials.has(self.config.auth_schemes[login.scheme].credentials):
            await self.login()
        channels: dict[str, Channel] = {}
        for subscription in list(self.subscriptions):
            if self.stream.pushed:
                continue
            if subscription.channel.subscription is None:
                await self._subscribe_arg(subscription.arg, internal=True)
            else:
                channels[subscription.channel.name] = subscription.channel
        for channel in channels.values():  # channels with their own commands: once, with every item
            await self._subscribe_items(channel, internal=True)
        self._ready.set()

    async def login(self) -> Any:
        login = self.stream.login
        assert login is not None
        try:
            nonce = await self._nonce(self.command_timeout)
            data, secrets = login.payload(self.config.auth_schemes[login.scheme], self.credentials, nonce)
            # the credentials stay masked however often the stream logs in again; of signatures, the latest
            kept = [v for v in self.credentials.values() if v]
            self._secrets = kept + [v for v in self._secrets if v not in kept][-4:] + list(secrets)
            reply = await self._command(login.command, data, internal=True)
        except TimeoutError:
            raise StreamError(f"no greeting with a login nonce within {self.command_timeout}s") from None
        except BaseException as exc:  # the frames below held the signed login: none keeps its locals
            scrub(exc)
            raise
        self.limits.logged_in = True
        return reply

    async def _run(self) -> None:
        """Read and dispatch messages; on a drop, fail what was in flight and reconnect."""
        from websockets.exceptions import ConnectionClosed

        while not self._closing:
            watchdog = asyncio.create_task(self._watch()) if self.watchdog else None
            try:
                async for raw in self._ws:
                    self._last_message = time.monotonic()
                    self._dispatch(raw)
            except ConnectionClosed:
                pass
            finally:
                if watchdog is not None:
                    watchdog.cancel()
            if self._closing:
                return
            self._connected.clear()
            self._ready.clear()
            self._fail_pending(CommandOutcomeUnknown("the connection dropped before the reply"))
            self._owed.clear()  # a new connection carries no answer to the old one's commands
            if not self.reconnect:
                self._end_subscriptions(self._stalled or self._key_failure or StreamError(self._ended()))
                return
            for attempt in itertools.count(1):
                delay = min(self.max_backoff, 0.05 * 2**attempt) * (0.5 + random.random() / 2)
                log.info("stream %s dropped; reconnecting in %.2fs", self.url, delay)
                await asyncio.sleep(delay)
                try:
                    await self.limits.connect()
                    # a URL credential the server ended the connection over (expired, closed) is obtained
                    # again at once: creating it answers the live one, extended, or a new one
                    self._ws = await self._dial(renew=attempt > 1 or self.stream.url_credential is not None)
                    break
                except (StreamError, ExchangeError) as exc:
                    log.info("reconnect failed: %s", exc)
            self.state.clear()  # what the last connection left is not known to hold: its snapshots will say
            self._key_failure = None
            self.reconnects += 1
            asyncio.get_running_loop().create_task(self._restore_logged())

    def _ended(self) -> str:
        """Why the connection is over, as far as the client can tell (the server's close code and reason)."""
        code, reason = getattr(self._ws, "close_code", None), getattr(self._ws, "close_reason", None)
        said = "the connection dropped" if code is None else f"the server closed the connection (code {code}"
        said += "" if code is None else (f": {reason})" if reason else ")")
        held = self.stream.url_credential
        if held is not None and code is not None:  # the server ends a stream whose key expired or was closed
            said += f"; its {held.field} may have expired or been closed"
        return said + "; reconnecting is off"

    async def _restore_logged(self) -> None:
        try:
            await self._restore()
        except (ExchangeError, OSError) as exc:  # the reader sees the connection fail and retries
            log.warning("restoring the stream failed: %s", exc)
            with contextlib.suppress(Exception):
                await self._ws.close()

    async def _watch(self) -> None:
        assert self.watchdog is not None
        while True:
            await asyncio.sleep(self.watchdog / 4)
            # only a server that promises traffic (periodic channels, answered pings, its own heartbeat)
            # makes silence suspicious; a quiet order channel is normal (ping timeouts catch dead links)
            periodic = (
                self.ping_command is not None
                or self.stream.heartbeat.kind == "server"
                or any(s.channel.interval is not None for s in self.subscriptions)
            )
            if periodic and time.monotonic() - self._last_message > self.watchdog:
                log.warning("stream %s silent for %.1fs: treating it as dead", self.url, self.watchdog)
                self.stalls += 1
                self._stalled = StreamStalledError(f"no message for {self.watchdog}s")
                await self._ws.close()
                return

    # -- messages -------------------------------------------------------------------------------
    def _dispatch(self, raw: str | bytes) -> None:
        inflate = wire.INFLATERS.get(self.stream.compression)
        if inflate is not None and isinstance(raw, bytes):
            try:
                raw = inflate(raw)
            except (OSError, EOFError, zlib.error):
                log.warning("stream %s: a frame that does not decompress: %r", self.url, raw[:50])
                return
        try:
            message = EXACT.decode(raw)  # numbers exactly as written
        except (msgspec.DecodeError, RecursionError):
            log.warning("stream %s: not JSON (or nested too deeply): %r", self.url, raw[:200])
            return
        if not isinstance(message, dict) or self._greeted(message):
            return
        framing = self.stream.framing
        self._answer(message)
        table = message.get(framing.push_channel) if framing.push_channel is not None else None
        if table is not None:
            if self.stream.pushed:
                self._latest[str(table)] = message
            if self.state:
                self.state.apply(str(table), message)
            data = message if framing.data is None else message.get(framing.data)
            for subscription in self.subscriptions:
                if table in subscription.channel.tables and subscription.matches(data):
                    subscription._offer(message)
            if framing.correlate is None:
                return
        tag = message.get(framing.tag) if framing.tag is not None else None
        if tag is not None and str(tag) in self._pending:
            self._resolve(str(tag), message)

    def _answer(self, message: Mapping[str, Any]) -> None:
        """A flat API's reply: the first answer or refusal carrying a pending command's key."""
        for key in wire.answer_keys(self.stream.framing, message, self._keys):
            slot = f"key:{key}"
            owed = self._owed.get(slot)
            if owed is not None and self._answers(owed[1], message):
                del self._owed[slot]
                if owed[0] > time.monotonic():  # the timed-out command's, not a later one's
                    log.info("stream %s: a late answer to a command that timed out (%s): dropped", self.url, key)
                    return
            pending = self._pending.get(slot)
            if pending is not None and self._answers(pending[3], message):
                self._resolve(slot, message)
                return

    def _answers(self, command: Command | None, message: Mapping[str, Any]) -> bool:
        """Whether a message carrying a command's key answers it: a refusal, or a push of its answer types."""
        framing = self.stream.framing
        kind = message.get(framing.push_channel or "")
        return not wire.ok(framing, message) or command is None or not command.answers or kind in command.answers

    def _typed_push(self, kind: str, message: Mapping[str, Any]) -> Any:
        """A push as its channel's type (for the state views); None when it does not decode."""
        channel = self._by_table.get(kind)
        if channel is None:
            return None
        try:
            decoded = self._codecs(channel.message_codecs, message, "decode")
            return msgspec.convert(decoded, self.types.messages.get(channel.name, Any), strict=False)
        except (ValueError, msgspec.ValidationError) as exc:
            log.warning("stream %s: a %s push that does not decode: %s", self.url, kind, exc)
            return None

    def _resolve(self, key: str, message: Any) -> None:
        future, expected, replies, _ = self._pending[key]
        replies.append(message)
        if len(replies) >= expected and not future.done():
            future.set_result(replies)

    def _fail_pending(self, error: BaseException) -> None:
        for future, _, _, _ in self._pending.values():
            if not future.done():
                future.set_exception(error)
        self._pending.clear()

    def _end_subscriptions(self, error: BaseException) -> None:
        for subscription in self.subscriptions:
            subscription._offer(error)

    def _error(self, name: str, reply: Mapping[str, Any]) -> APIError:
        framing = self.stream.framing
        code = reply.get(framing.reply_code or "")
        code_text = None if code is None else str(code)
        message = str(reply.get(framing.reply_message or "", "command failed"))
        return api_error(
            self.config.errors.codes.get(code_text or ""),
            self.config.errors.code(code),
            message,
            operation=name,
            body=msgspec.json.encode(reply),
        )

    async def _send(
        self,
        name: str,
        op: str,
        payload: Mapping[str, Any] | None,
        expected: int,
        *,
        internal: bool = False,
        command: Command | None = None,
        fields: Mapping[str, Any] | None = None,
    ) -> list[Any]:
        # commands wait until login and resubscription are done; those themselves only need a connection
        await asyncio.wait_for((self._connected if internal else self._ready).wait(), self.command_timeout)
        framing = self.stream.framing
        number = next(self._tags)
        answer_key = wire.command_key(framing, command, payload) if framing.correlate is not None else None
        key = str(number) if answer_key is None else f"key:{answer_key}"
        if key in self._pending:
            raise ParameterError(f"a command with {answer_key} is already waiting for its answer", operation=name)
        future: asyncio.Future[list[Any]] = asyncio.get_running_loop().create_future()
        self._pending[key] = (future, expected, [], command)
        message = wire.command(framing, op, wire.tag_value(framing, number), payload, fields)
        try:
            await self.limits.message(name, expected)
            text = wire.ENCODER.encode(message).decode()
            if log.isEnabledFor(logging.DEBUG):
                log.debug("stream %s > %s", self.url, self._masked(text))
            await self._ws.send(text)
            return await asyncio.wait_for(future, self.command_timeout)
        except TimeoutError:
            if answer_key is not None:  # its answer may still come: it must not answer the next with this key
                now = time.monotonic()
                self._owed = {k: v for k, v in self._owed.items() if v[0] > now}  # (those given up on go)
                self._owed[key] = (now + OWED_FOR * self.command_timeout, command)
            raise CommandOutcomeUnknown(f"no reply within {self.command_timeout}s", operation=name) from None
        except OSError as exc:
            raise CommandOutcomeUnknown(f"sending failed: {exc}", operation=name) from exc
        finally:
            self._pending.pop(key, None)

    async def command(self, name: str, data: Any = None) -> Any:
        """Send a command; return its typed reply (a list of them for a batch); raise its error."""
        return await self._command(name, data)

    def _codecs(self, shape: Shape | None, value: Any, direction: str, request: Any = None) -> Any:
        """`value` through the codecs; a scale's key may also be a field of the command (`request`)."""
        around = (request,) if isinstance(request, Mapping) else ()
        return value if shape is None else apply(shape, value, direction, Scope(self.scales, around))

    def _payload(self, definition: Command, data: Any) -> Any:
        """A command's payload as the wire wants it; bad input fails here, before anything is sent
        (floats where money goes, unlisted values, at any depth; values the codecs cannot write)."""
        payload_type = self.types.payloads.get(definition.name)
        try:
            if payload_type is not None:
                target: Any = list.__class_getitem__(payload_type) if definition.batch else payload_type
                data = checked(data, target, strict=False)
            plain = msgspec.to_builtins(data, builtin_types=_KEPT)
            items = [
                payload_as_sent(i, definition.signs, definition.client_fields, definition.name)
                for i in (plain if definition.batch else [plain])
            ]
            shape = self._shape.get(definition.name)
            items = [self._codecs(definition.payload_codecs, shape(i) if shape else i, "encode") for i in items]
        except ParameterError:
            raise
        except ValueError as exc:
            raise ParameterError(f"invalid payload: {exc}", operation=definition.name) from None
        items = [wire.numbers(i) for i in items]
        return items if definition.batch else items[0]

    async def _command(self, name: str, data: Any = None, *, internal: bool = False) -> Any:
        definition = self.stream.commands[name]
        framing = self.stream.framing
        plain = self._payload(definition, data) if data is not None else None
        fields: dict[str, Any] = {}
        if definition.batch:
            fields[framing.batch_data or "data"] = items = list(plain or [])
            payload, expected = None, len(items)
        else:
            payload, expected = plain, 1
        from websockets.exceptions import ConnectionClosed

        try:
            replies = await self._send(
                name, definition.op, payload, expected, internal=internal, command=definition, fields=fields
            )
        except ConnectionClosed as exc:
            raise CommandOutcomeUnknown("the connection closed while sending", operation=name) from exc
        failures = [r for r in replies if wire.failed(framing, definition, r)]
        if failures and not definition.batch:
            raise self._error(name, failures[0])
        reply_type = self.types.replies.get(name, Any)
        sent = list(plain or []) if definition.batch else [plain]  # each reply's command (a batch: per item)
        try:  # a failure's fields may be missing or empty: the codecs read successes only
            decoded = [
                r if r in failures else self._codecs(definition.reply_codecs, r, "decode", sent[min(i, len(sent) - 1)])
                for i, r in enumerate(replies)
            ]
            typed = [msgspec.convert(r, reply_type, strict=False) for r in decoded]
        except (ValueError, msgspec.ValidationError) as exc:
            raise DecodeError(str(exc), msgspec.json.encode(replies), operation=name) from None
        return typed if definition.batch else typed[0]

    async def _subscribe_arg(self, arg: str, *, internal: bool = False) -> None:
        name = self.stream.subscribe
        assert name is not None
        fields = {self.stream.framing.args: [arg]}
        replies = await self._send(name, self.stream.commands[name].op, None, 1, internal=internal, fields=fields)
        if not wire.ok(self.stream.framing, replies[0]):
            raise self._error(name, replies[0])

    async def _subscribe_items(self, channel: Channel, *, internal: bool = False) -> None:
        """Subscribe a channel with its own commands to every item its subscriptions want, in one
        request (whether the server adds to or replaces earlier lists, the result is the same)."""
        assert channel.subscription is not None
        items = [item(channel, s.values) for s in self.subscriptions if s.channel.name == channel.name]
        wanted = [] if any(i is None for i in items) else list({msgspec.json.encode(i): i for i in items}.values())
        await self._list_command(channel.subscription.subscribe, channel.subscription.list, wanted, internal)

    async def _list_command(self, op: str, field: str, items: list[Any], internal: bool = False) -> None:
        replies = await self._send(op, op, {field: items}, 1, internal=internal)
        if not wire.ok(self.stream.framing, replies[0]):
            raise self._error(op, replies[0])

    async def subscribe(self, channel: str, /, **values: Any) -> Subscription[Any]:
        definition = self.stream.channels[channel]
        values = {k: v for k, v in values.items() if v is not None}
        for name, value in values.items():
            problem = invalid_value(name, value, dict(definition.schema_of(name)))
            if problem:
                raise ParameterError(problem, operation=f"subscribe_{channel}")
        if self.stream.pushed and self.stream.login is not None and definition.auth and not self.limits.logged_in:
            # nothing is asked of a server that pushes (it never sends a private channel before the login):
            # refused here, by a local error, not one that looks like the exchange's answer
            raise LoginRequiredError("log in first: this channel is private", operation=f"subscribe_{channel}")
        arg = argument(definition, values)
        subscription: Subscription[Any] = Subscription(
            definition,
            arg,
            values,
            self.queue_size,
            self.types.messages.get(channel, Any),
            lambda raw: self._codecs(definition.message_codecs, raw, "decode"),
        )
        self.subscriptions.append(subscription)
        try:
            if self.stream.pushed:  # everything flows from the start: it begins with what came before it
                for table in definition.tables:
                    if table in self._latest and subscription.matches(self._latest[table]):
                        subscription._offer(self._latest[table])
            elif definition.subscription is None:
                await self._subscribe_arg(arg)
            else:
                await self._subscribe_items(definition)
        except BaseException:
            self.subscriptions.remove(subscription)
            raise
        return subscription

    async def unsubscribe(self, subscription: Subscription[Any]) -> None:
        self.subscriptions.remove(subscription)
        channel = subscription.channel
        if self.stream.pushed:
            pass
        elif channel.subscription is None:
            name = self.stream.unsubscribe
            assert name is not None
            fields = {self.stream.framing.args: [subscription.arg]}
            await self._send(name, self.stream.commands[name].op, None, 1, fields=fields)
        else:
            same = [s for s in self.subscriptions if s.channel.name == channel.name]
            entry = item(channel, subscription.values, unsubscribe=True)
            if not any(item(channel, s.values, unsubscribe=True) == entry for s in same):
                spec = channel.subscription
                await self._list_command(spec.unsubscribe, spec.list, [] if entry is None else [entry])
                if same and entry is None:  # an empty list dropped them all: the others come back
                    await self._subscribe_items(channel)
        subscription.close()

    async def close(self) -> None:
        self._closing = True
        await self._hang_up()
        if self._pinger is not None:
            self._pinger.cancel()
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._reader
        self._fail_pending(StreamError("the stream was closed"))
        for subscription in self.subscriptions:
            subscription.close()

    async def __aenter__(self: R) -> R:
        await self.connect()  # type: ignore[attr-defined]
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
