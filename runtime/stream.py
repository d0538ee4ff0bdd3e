"""WebSocket stream clients, configured by the spec's `streams` section (generic JSON framing).

One asynchronous implementation (`AsyncStream`) and a synchronous twin (`SyncStream`) that runs it
on a private event loop thread. What they guarantee:

- commands are correlated with their replies by tag; a failed reply raises the typed error of
  its code; a command in flight when the connection drops raises `CommandOutcomeUnknown` and is
  never sent again (read the order channel to learn what happened);
- `subscribe_*` returns an iterator of typed messages; after a reconnect (backoff with jitter)
  the stream logs in again and resubscribes everything, and iterators keep delivering;
- heartbeats are WebSocket pings (per the spec); a watchdog treats a connection that stays silent
  longer than the spec's timeout as dead and reconnects;
- each subscription has a bounded queue; when a consumer falls behind, the oldest messages are
  dropped and counted in `Subscription.dropped` (the newest state wins: book snapshots, tickers).
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import itertools
import logging
import random
import re
import time
import zlib
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

import msgspec

from .auth import Credentials
from .auth.login import StreamLogin
from .blocking import Blocking
from .codecs.checks import checked
from .codecs.conform import conformer, invalid_value
from .codecs.number import EXACT, number
from .config import ApiConfig, seconds
from .errors import APIError, ExchangeError, OutcomeUnknownError, ParameterError, api_error, scrub
from .limits import StreamLimits

log = logging.getLogger("exchange_bindings.stream")
_ENCODER = msgspec.json.Encoder(decimal_format="number")  # string-typed decimals are already strings
PLACEHOLDER = re.compile(r"\{(\w+)\}")  # "{name}" in subscription item templates
M = TypeVar("M")
R = TypeVar("R")
_CLOSED = object()


def _numbers(value: Any) -> Any:
    """A conformed payload with the Decimals its schema wants as JSON numbers written digit for digit."""
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, dict):
        return {k: _numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_numbers(v) for v in value]
    return value


def _inflate_raw(raw: bytes) -> bytes:
    return zlib.decompress(raw, -zlib.MAX_WBITS)


class _QuietFrames(logging.LoggerAdapter):  # type: ignore[type-arg]
    """The websockets library's logger for our connections, without its DEBUG log of every frame:
    that log would show the login frame (key and signature); `_send` logs messages masked instead."""

    def isEnabledFor(self, level: int) -> bool:
        return level > logging.DEBUG and self.logger.isEnabledFor(level)


_QUIET_FRAMES = _QuietFrames(logging.getLogger("websockets.client"), {})


class StreamError(ExchangeError):
    """The stream could not be opened, or was closed."""


class CommandOutcomeUnknown(StreamError, OutcomeUnknownError):
    """The connection dropped after the command was sent and before its reply: it may or may not
    have been carried out. It is never sent again automatically."""


class StreamStalledError(StreamError):
    """Nothing arrived for longer than the watchdog allows, and reconnecting is off."""


@dataclass(frozen=True)
class CommandDef:
    name: str
    op: str
    reply: Any
    batch: bool = False
    auth: bool = False
    data: dict[str, Any] | None = None  # the payload's schema (one item's, for a batch)
    data_type: Any = None  # the payload's struct, which validates it before anything is sent


@dataclass(frozen=True)
class ChannelDef:
    name: str
    pattern: str
    tables: tuple[str, ...]  # values of the push's channel field
    message: Any
    params: tuple[str, ...] = ()
    auth: bool = False
    interval: float | str | None = None  # periodic channels push at least this often (a spec duration)
    subscription: Mapping[str, Any] | None = None  # the channel's own subscribe/unsubscribe commands
    schemas: Mapping[str, Any] | None = None  # each param's schema, to refuse bad values before sending

    @property
    def keys(self) -> tuple[str, ...] | None:
        """The params that say whose pushes a subscription gets (None: all of them)."""
        return None if self.subscription is None else subscription_keys(self.subscription)

    @property
    def period(self) -> float | None:
        return None if self.interval is None else seconds(self.interval)

    def arg(self, values: Mapping[str, Any]) -> str:
        return self.pattern.format_map({k: values.get(k) for k in self.params})

    def item(self, values: Mapping[str, Any], *, unsubscribe: bool = False) -> Any:
        """One entry of the subscription list for these values (None: all, an empty list)."""
        assert self.subscription is not None
        template = self.subscription["item"]
        if unsubscribe:
            template = self.subscription.get("unsubscribe_item", template)
        return _fill(template, values)


def subscription_keys(subscription: Mapping[str, Any]) -> tuple[str, ...]:
    """The params in a channel's unsubscribe item: they identify a subscription (and its pushes)."""
    item = subscription.get("unsubscribe_item", subscription["item"])
    return tuple(PLACEHOLDER.findall(msgspec.json.encode(item).decode()))


def _fill(template: Any, values: Mapping[str, Any]) -> Any:
    """A template over values: a whole placeholder keeps the value's type; None if a value is missing."""
    if isinstance(template, list):
        items = [_fill(t, values) for t in template]
        return None if any(i is None for i in items) else items
    if isinstance(template, dict):
        filled = {k: _fill(t, values) for k, t in template.items()}
        return None if any(v is None for v in filled.values()) else filled
    if not isinstance(template, str):
        return template
    whole = PLACEHOLDER.fullmatch(template)
    if whole:
        return values.get(whole.group(1))
    names = PLACEHOLDER.findall(template)
    if any(values.get(n) is None for n in names):
        return None
    return template.format_map({n: values[n] for n in names})


def _found(data: Any, name: str, depth: int = 2) -> list[Any]:
    """Values of field `name` in a push's data: at the top, or in nested objects and lists."""
    if isinstance(data, list):
        return [v for item in data for v in _found(item, name, depth)]
    if not isinstance(data, dict):
        return []
    if name in data:
        return [data[name]]
    if depth == 0:
        return []
    return [v for item in data.values() if isinstance(item, dict | list) for v in _found(item, name, depth - 1)]


class Subscription(Generic[M], AsyncIterator[M]):
    """Typed messages of one channel subscription, in order, from a bounded queue."""

    def __init__(self, channel: ChannelDef, arg: str, values: Mapping[str, Any], maxsize: int) -> None:
        self.channel = channel
        self.arg = arg
        self.values = dict(values)
        self.dropped = 0
        self.last_raw: Any = None  # the latest message as it arrived (before decoding), for logs and checks
        self._queue: asyncio.Queue[Any] = asyncio.Queue(maxsize)

    def _offer(self, item: Any) -> None:
        if self._queue.full():  # stated policy: drop the oldest, count it
            self._queue.get_nowait()
            self.dropped += 1
        self._queue.put_nowait(item)

    def matches(self, data: Any) -> bool:
        """Whether a push of this channel's table is for this subscription's arguments."""
        keys = self.channel.keys
        for name, wanted in self.values.items():
            if wanted is None or str(wanted).lower() == "all" or (keys is not None and name not in keys):
                continue
            found = _found(data, name)
            if found and all(str(v) != str(wanted) for v in found):
                return False
        return True

    def __aiter__(self) -> Subscription[M]:
        return self

    async def __anext__(self) -> M:
        item = await self._queue.get()
        if item is _CLOSED:
            self._queue.put_nowait(_CLOSED)
            raise StopAsyncIteration
        if isinstance(item, BaseException):
            raise item
        self.last_raw = item
        message: M = msgspec.convert(item, self.channel.message, strict=False)
        return message

    def close(self) -> None:
        self._offer(_CLOSED)


class AsyncStream:
    """One WebSocket connection to an API, as its spec describes it."""

    def __init__(
        self,
        config: ApiConfig,
        spec: Mapping[str, Any],
        commands: Mapping[str, CommandDef],
        channels: Mapping[str, ChannelDef],
        credentials: Credentials,
        *,
        url: str | None = None,
        environment: str | None = None,
        reconnect: bool = True,
        max_backoff: float = 5.0,
        command_timeout: float = 10.0,
        watchdog: float | None = None,
        queue_size: int = 1000,
        schemas: Mapping[str, Any] | None = None,
    ) -> None:
        self.config = config
        # payloads leave as their schema says: decimals as JSON numbers or as fixed-point strings
        self._shape = {
            name: conformer(c.data, dict(schemas or {})) for name, c in commands.items() if c.data is not None
        }
        self.spec = spec
        self.protocol: Mapping[str, Any] = spec["protocol"]
        self.commands = commands
        self.channels = channels
        self.credentials = credentials
        # what the DEBUG log of messages masks: the credentials and the signatures made of them
        self._secrets: list[str] = [v for v in credentials.values() if v]
        self.url = url or config.base_url(environment, spec["server"])
        self.reconnect = reconnect
        self.max_backoff = max_backoff
        self.command_timeout = command_timeout
        heartbeat = spec.get("heartbeat", {})
        interval = seconds(heartbeat["interval"]) if "interval" in heartbeat else None
        self.watchdog = (
            watchdog if watchdog is not None else (seconds(heartbeat["timeout"]) if "timeout" in heartbeat else None)
        )
        if interval is not None and self.watchdog is not None:
            interval = min(interval, self.watchdog / 3)  # a few heartbeats per watchdog period
        self.ping_interval = interval if heartbeat.get("kind") == "ws_ping" else None
        # heartbeat messages (a ping command) are answered, so silence then always means a dead link
        self.ping_command: str | None = heartbeat.get("command") if heartbeat.get("kind") == "message" else None
        self.ping_every = interval
        self._pinger: asyncio.Task[None] | None = None
        inflaters: dict[str, Callable[[bytes], bytes]] = {"gzip": gzip.decompress, "deflate": _inflate_raw}
        self._inflate = inflaters.get(spec.get("compression", "none"))
        self.queue_size = queue_size
        self.subscriptions: list[Subscription[Any]] = []
        self.reconnects = 0
        self._ws: Any = None
        self._tags = itertools.count(1)
        self._pending: dict[str, tuple[asyncio.Future[list[Any]], int, list[Any]]] = {}
        self._reader: asyncio.Task[None] | None = None
        self._closing = False
        self._connected = asyncio.Event()  # a socket is open
        self._ready = asyncio.Event()  # logged in and resubscribed: user commands may go
        self._last_message = time.monotonic()
        self._stalled: StreamStalledError | None = None
        self.stalls = 0
        self._login: StreamLogin | None = spec.get("login")  # typed by the generator
        self._greeting: asyncio.Future[bytes] | None = None  # the nonce a challenge login signs
        login_scheme = config.auth_schemes[self._login.scheme] if self._login is not None else None
        self.limits = StreamLimits(  # the spec's message limits: waited for before sending
            config.api,
            config.limits.buckets,
            spec.get("rate_limits", {}),
            spec.get("costs", {}),
            self.url,
            login_scheme.identity(credentials) if login_scheme is not None else None,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self.url!r})"

    # -- connection ---------------------------------------------------------------------------
    async def connect(self) -> None:
        """Open the connection, log in (with credentials) and wait until commands can be sent."""
        try:
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

    async def _dial(self) -> Any:
        from websockets.asyncio.client import connect

        await self.limits.connect()
        try:
            ws = await connect(
                self.url,
                ping_interval=self.ping_interval,
                ping_timeout=self.watchdog,
                compression=None,
                max_size=None,
                logger=_QUIET_FRAMES,
            )
        except (OSError, TimeoutError) as exc:
            raise StreamError(f"cannot connect to {self.url}: {exc}") from exc
        self._last_message = time.monotonic()
        if self._login is not None and self._login.challenge is not None:
            self._greeting = asyncio.get_running_loop().create_future()
        return ws

    async def _restore(self) -> None:
        """After (re)connecting: log in, resubscribe, then let commands through."""
        self._connected.set()
        login = self._login
        if login is not None and self.credentials.has(self.config.auth_schemes[login.scheme].credentials):
            await self.login()
        channels: dict[str, ChannelDef] = {}
        for subscription in list(self.subscriptions):
            if subscription.channel.subscription is None:
                await self._subscribe_arg(subscription.arg, internal=True)
            else:
                channels[subscription.channel.name] = subscription.channel
        for channel in channels.values():  # channels with their own commands: once, with every item
            await self._subscribe_items(channel, internal=True)
        self._ready.set()

    async def login(self) -> Any:
        login = self._login
        assert login is not None
        try:
            nonce = None
            if self._greeting is not None:  # a challenge: the server's greeting holds the nonce to sign
                nonce = await asyncio.wait_for(asyncio.shield(self._greeting), self.command_timeout)
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
            if not self.reconnect:
                self._end_subscriptions(self._stalled or StreamError("the connection dropped and reconnecting is off"))
                return
            for attempt in itertools.count(1):
                delay = min(self.max_backoff, 0.05 * 2**attempt) * (0.5 + random.random() / 2)
                log.info("stream %s dropped; reconnecting in %.2fs", self.url, delay)
                await asyncio.sleep(delay)
                try:
                    self._ws = await self._dial()
                    break
                except StreamError as exc:
                    log.info("reconnect failed: %s", exc)
            self.reconnects += 1
            asyncio.get_running_loop().create_task(self._restore_logged())

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
            # only periodic channels promise traffic; a quiet order channel or an idle connection
            # is normal (dead connections are caught by ping timeouts)
            periodic = self.ping_command is not None or any(s.channel.period is not None for s in self.subscriptions)
            if periodic and time.monotonic() - self._last_message > self.watchdog:
                log.warning("stream %s silent for %.1fs: treating it as dead", self.url, self.watchdog)
                self.stalls += 1
                self._stalled = StreamStalledError(f"no message for {self.watchdog}s")
                await self._ws.close()
                return

    # -- messages -------------------------------------------------------------------------------
    def _dispatch(self, raw: str | bytes) -> None:
        if self._inflate is not None and isinstance(raw, bytes):
            try:
                raw = self._inflate(raw)
            except (OSError, EOFError, zlib.error):
                log.warning("stream %s: a frame that does not decompress: %r", self.url, raw[:50])
                return
        try:
            message = EXACT.decode(raw)  # numbers exactly as written
        except (msgspec.DecodeError, RecursionError):
            log.warning("stream %s: not JSON (or nested too deeply): %r", self.url, raw[:200])
            return
        if not isinstance(message, dict):
            return
        if self._greeting is not None and not self._greeting.done() and self._login and self._login.challenge:
            nonce = self._login.challenge.nonce(message)
            if nonce is not None:
                self._greeting.set_result(nonce)
                return
        proto = self.protocol
        table = message.get(proto.get("push_channel", ""))
        if table is not None:
            data = message.get(proto.get("data", "data"))
            for subscription in self.subscriptions:
                if table in subscription.channel.tables and subscription.matches(data):
                    subscription._offer(message)
            return
        tag = message.get(proto.get("tag", ""))
        if tag is not None and str(tag) in self._pending:
            future, expected, replies = self._pending[str(tag)]
            replies.append(message)
            if len(replies) >= expected and not future.done():
                future.set_result(replies)

    def _fail_pending(self, error: BaseException) -> None:
        for future, _, _ in self._pending.values():
            if not future.done():
                future.set_exception(error)
        self._pending.clear()

    def _end_subscriptions(self, error: BaseException) -> None:
        for subscription in self.subscriptions:
            subscription._offer(error)

    def _ok(self, reply: Mapping[str, Any]) -> bool:
        if "reply_ok_code" in self.protocol:
            return str(reply.get(self.protocol["reply_code"])) == str(self.protocol["reply_ok_code"])
        flags = [reply[f] for f in self.protocol.get("reply_ok", []) if f in reply]
        return all(f is True or str(f).lower() == "true" for f in flags)

    def _error(self, name: str, reply: Mapping[str, Any]) -> APIError:
        code = reply.get(self.protocol.get("reply_code", ""))
        code_text = None if code is None else str(code)
        message = str(reply.get(self.protocol.get("reply_message", ""), "command failed"))
        return api_error(
            self.config.errors.codes.get(code_text or ""),
            code_text,
            message,
            operation=name,
            body=msgspec.json.encode(reply),
        )

    async def _send(
        self, name: str, op: str, payload: Mapping[str, Any], expected: int, *, internal: bool = False
    ) -> list[Any]:
        # commands wait until login and resubscription are done; those themselves only need a connection
        await asyncio.wait_for((self._connected if internal else self._ready).wait(), self.command_timeout)
        number = next(self._tags)
        tag = str(number)
        future: asyncio.Future[list[Any]] = asyncio.get_running_loop().create_future()
        self._pending[tag] = (future, expected, [])
        sent_tag = number if self.protocol.get("tag_type") == "integer" else tag
        message = {
            self.protocol["op"]: op,
            **({self.protocol["tag"]: sent_tag} if "tag" in self.protocol else {}),
            **payload,
        }
        try:
            await self.limits.message(name, expected)
            text = _ENCODER.encode(message).decode()
            if log.isEnabledFor(logging.DEBUG):
                log.debug("stream %s > %s", self.url, self._masked(text))
            await self._ws.send(text)
            return await asyncio.wait_for(future, self.command_timeout)
        except TimeoutError:
            raise CommandOutcomeUnknown(f"no reply within {self.command_timeout}s", operation=name) from None
        except OSError as exc:
            raise CommandOutcomeUnknown(f"sending failed: {exc}", operation=name) from exc
        finally:
            self._pending.pop(tag, None)

    def _masked(self, text: str) -> str:
        for secret in sorted(self._secrets, key=len, reverse=True):  # a short one may be part of a longer
            text = text.replace(secret, "***")
        return text

    async def command(self, name: str, data: Any = None) -> Any:
        """Send a command; return its typed reply (a list of them for a batch); raise its error."""
        return await self._command(name, data)

    async def _command(self, name: str, data: Any = None, *, internal: bool = False) -> Any:
        definition = self.commands[name]
        proto = self.protocol
        if data is not None and definition.data_type is not None:
            try:  # bad input fails here, before sending: floats where money goes, unlisted values, at any depth
                target: Any = list.__class_getitem__(definition.data_type) if definition.batch else definition.data_type
                data = checked(data, target, strict=False)
            except ValueError as exc:
                raise ParameterError(f"invalid payload: {exc}", operation=name) from None
        plain = msgspec.to_builtins(data, builtin_types=(Decimal,)) if data is not None else None
        shape = self._shape.get(name)
        if shape is not None and plain is not None:
            plain = _numbers([shape(item) for item in plain] if definition.batch else shape(plain))
        if definition.batch:
            items = list(plain or [])
            payload = {proto["batch_data"]: items}
            expected = len(items)
        else:
            payload = {proto["data"]: plain} if plain is not None else {}
            expected = 1
        from websockets.exceptions import ConnectionClosed

        try:
            replies = await self._send(name, definition.op, payload, expected, internal=internal)
        except ConnectionClosed as exc:
            raise CommandOutcomeUnknown("the connection closed while sending", operation=name) from exc
        typed = [msgspec.convert(r, definition.reply, strict=False) for r in replies]
        failures = [r for r in replies if not self._ok(r)]
        if failures and not definition.batch:
            raise self._error(name, failures[0])
        return typed if definition.batch else typed[0]

    async def _subscribe_arg(self, arg: str, *, internal: bool = False) -> None:
        proto = self.protocol
        replies = await self._send(
            self.spec["subscribe"],
            self.commands[self.spec["subscribe"]].op,
            {proto["args"]: [arg]},
            1,
            internal=internal,
        )
        if not self._ok(replies[0]):
            raise self._error(self.spec["subscribe"], replies[0])

    async def _subscribe_items(self, channel: ChannelDef, *, internal: bool = False) -> None:
        """Subscribe a channel with its own commands to every item its subscriptions want, in one
        request (whether the server adds to or replaces earlier lists, the result is the same)."""
        assert channel.subscription is not None
        items = [channel.item(s.values) for s in self.subscriptions if s.channel.name == channel.name]
        wanted = [] if any(i is None for i in items) else list({msgspec.json.encode(i): i for i in items}.values())
        await self._list_command(channel.subscription["subscribe"], channel.subscription["list"], wanted, internal)

    async def _list_command(self, op: str, field: str, items: list[Any], internal: bool = False) -> None:
        replies = await self._send(op, op, {self.protocol["data"]: {field: items}}, 1, internal=internal)
        if not self._ok(replies[0]):
            raise self._error(op, replies[0])

    async def subscribe(self, channel: str, /, **values: Any) -> Subscription[Any]:
        definition = self.channels[channel]
        values = {k: v for k, v in values.items() if v is not None}
        for name, value in values.items():
            problem = invalid_value(name, value, (definition.schemas or {}).get(name, {}))
            if problem:
                raise ParameterError(problem, operation=f"subscribe_{channel}")
        arg = definition.arg(values)
        subscription: Subscription[Any] = Subscription(definition, arg, values, self.queue_size)
        self.subscriptions.append(subscription)
        try:
            if definition.subscription is None:
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
        if channel.subscription is None:
            proto = self.protocol
            await self._send(
                self.spec["unsubscribe"],
                self.commands[self.spec["unsubscribe"]].op,
                {proto["args"]: [subscription.arg]},
                1,
            )
        else:
            same = [s for s in self.subscriptions if s.channel.name == channel.name]
            item = channel.item(subscription.values, unsubscribe=True)
            if not any(channel.item(s.values, unsubscribe=True) == item for s in same):
                spec = channel.subscription
                await self._list_command(spec["unsubscribe"], spec["list"], [] if item is None else [item])
                if same and item is None:  # an empty list dropped them all: the others come back
                    await self._subscribe_items(channel)
        subscription.close()

    async def close(self) -> None:
        self._closing = True
        if self._ws is not None:
            await self._ws.close()
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


class SyncSubscription(Generic[M], Iterator[M]):
    """The blocking face of a Subscription (iterate it; `timeout` bounds each wait)."""

    def __init__(self, stream: SyncStream, subscription: Subscription[M]) -> None:
        self._stream = stream
        self.subscription = subscription

    @property
    def dropped(self) -> int:
        return self.subscription.dropped

    def __iter__(self) -> SyncSubscription[M]:
        return self

    def __next__(self) -> M:
        try:
            return self._stream._run(self.subscription.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None

    def next(self, timeout: float | None = None) -> M:
        return self._stream._run(self.subscription.__anext__(), timeout)


class SyncStream(Blocking[AsyncStream]):
    """Runs an AsyncStream on its own event loop thread and exposes blocking calls."""

    def __init__(self, make: Callable[[], AsyncStream]) -> None:
        super().__init__(make, "exchange-bindings-stream")

    def command(self, name: str, data: Any = None) -> Any:
        return self._run(self.stream.command(name, data))

    def subscribe(self, channel: str, /, **values: Any) -> SyncSubscription[Any]:
        return SyncSubscription(self, self._run(self.stream.subscribe(channel, **values)))

    def unsubscribe(self, subscription: SyncSubscription[Any]) -> None:
        self._run(self.stream.unsubscribe(subscription.subscription))

    @property
    def reconnects(self) -> int:
        return self.stream.reconnects
