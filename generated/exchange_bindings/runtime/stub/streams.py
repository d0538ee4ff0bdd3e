"""The WebSocket side of a stub: sessions, login, subscriptions, commands and pushes.

Driven by the spec's `streams` section: the framing field names, the login scheme, and per
command and channel a `stub` mapping (a simulator action and a response template, as for REST).
Pushes follow the simulator's events: an order or fill pushes to the owner's private channels,
a trade or book change to the public ones.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import msgspec

from ..auth import Refused
from ..auth.login import StreamLogin
from ..codecs.conform import conformer, invalid_value
from ..config import ApiConfig, seconds
from ..limits import Limiter, Registry, check_all
from ..sim import Exchange, SimulatorError
from ..sim.venues import Venues
from ..stream import PLACEHOLDER, subscription_keys
from .actions import ACTIONS, run
from .inbound import MAX_BODY, load_json
from .template import Compiled, Context, compile_template
from .verify import Verifier

Send = Callable[[dict[str, Any]], Awaitable[None]]
# decimals the schema wants as strings are strings by now; the rest are JSON numbers
_ENCODER = msgspec.json.Encoder(decimal_format="number")
Receive = Callable[[], Awaitable[dict[str, Any]]]


@dataclass
class _Channel:
    name: str
    regex: re.Pattern[str]
    spec: Mapping[str, Any]
    push: Compiled | None  # renders a push from an event or the action's result
    args: Compiled | None  # the action's arguments (None: the channel renders events themselves)
    scope: Compiled | None  # the simulator's view of a subscription (its symbol, market kind), to route events
    params: tuple[str, ...]
    interval: float | None
    keys: tuple[str, ...]  # params that identify a subscription (channels with their own commands)


@dataclass
class Session:
    """One client connection."""

    queue: asyncio.Queue[str | None]
    loop: asyncio.AbstractEventLoop
    account: str | None = None
    # subscription key -> channel, the subscription's values, and its scope (symbol, kind; none: all)
    subscriptions: dict[str, tuple[_Channel, dict[str, Any], dict[str, Any]]] = field(default_factory=dict)
    stalled_until: float = 0.0
    dropped: asyncio.Event = field(default_factory=asyncio.Event)
    ip: str = ""
    limiters: dict[str, Limiter] = field(default_factory=dict)  # the connection's own buckets
    challenge: bytes | None = None  # the nonce this connection was greeted with (a challenge login signs it)

    def send_each(self, message: Any) -> None:
        """A push, or a list of pushes (a template rendering one message per market)."""
        for item in message if isinstance(message, list) else [message]:
            self.send(item)

    def send(self, message: Any) -> None:
        """Queue a message from any thread (simulator events can come from REST handlers)."""
        text = message if isinstance(message, str) else _ENCODER.encode(message).decode()
        self.loop.call_soon_threadsafe(self.queue.put_nowait, text)


class StreamServer:
    def __init__(
        self,
        config: ApiConfig,
        spec: Mapping[str, Any],
        stub_spec: Mapping[str, Any],
        venues: Callable[[], Venues],
        reject: Callable[[str, str, Mapping[str, str]], dict[str, Any]],
        verifier: Callable[[], Verifier],
        limiters: Registry | None = None,
        limits_on: Callable[[], bool] = lambda: True,
    ) -> None:
        self.config = config
        self.spec = spec
        self.proto: Mapping[str, Any] = spec["protocol"]
        self.tables = stub_spec.get("values", {})
        self.schemas = stub_spec.get("schemas", {})
        self.venues = venues  # the stub's venues (replaced at each reset)
        self.venue_param: str | None = (stub_spec.get("venues") or {}).get("param")
        self.reject = reject  # reason, detail, this stream's codes -> {"code", "message"}
        self.verifier = verifier  # the stub's keys and auth schemes
        self.login: StreamLogin | None = spec.get("login")  # typed by the generator
        self.limiters = limiters or Registry(margin=0.0)  # account and IP buckets (the stub's, exact)
        self.limits_on = limits_on
        self.roles: Mapping[str, str] = spec.get("rate_limits", {})
        self.sessions: list[Session] = []
        self.gzip = spec.get("compression") == "gzip"
        self._typed_tags = self.proto.get("tag_type") == "integer"
        # failures carry codes as the replies declare them (a number, or a string)
        default_reply = spec.get("reply")
        self._failure_shape = {
            op: conformer(c.get("reply") or default_reply or {}, self.schemas)
            for op, c in [("", {}), *((c["op"], c) for c in spec.get("commands", {}).values())]
        }
        # the field of a reply holding its payload (by default the request's payload field)
        self.reply_data: str = self.proto.get("reply_data", self.proto.get("data", "data"))
        self.commands = {c["op"]: (name, c, self._compile(c)) for name, c in spec.get("commands", {}).items()}
        self._echo = {
            c["op"]: conformer(self._reply_props(c).get(self.reply_data, {}), self.schemas)
            for c in spec.get("commands", {}).values()
        }
        self.channels = [self._channel(name, c) for name, c in spec.get("channels", {}).items()]
        self.channel_ops = {  # ops of channels with their own subscribe/unsubscribe commands
            c.spec["subscription"][role]: (c, role == "subscribe")
            for c in self.channels
            if "subscription" in c.spec
            for role in ("subscribe", "unsubscribe")
        }

    def _compile(self, command: Mapping[str, Any]) -> tuple[Compiled | None, Compiled | None]:
        stub = command.get("stub")
        if stub is None:
            return None, None
        data_schema = (
            self.schemas.get(command["reply"].get("$ref", "").removeprefix("#/schemas/"), {}).get("properties", {})
            or {}
        ).get(self.reply_data)
        return compile_template(stub.get("args", {})), compile_template(stub.get("respond"), data_schema, self.schemas)

    def _channel(self, name: str, spec: Mapping[str, Any]) -> _Channel:
        params = tuple(p["name"] for p in spec.get("params", []))
        pattern = spec.get("pattern", name)
        regex = re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^:]+)", re.escape(pattern)) + "$")
        stub = spec.get("stub") or {}
        # a push template may render a list: one message per item
        many = isinstance(stub.get("respond"), dict) and "$each" in stub["respond"]
        message = {"type": "array", "items": spec["message"]} if many else spec["message"]
        push = compile_template(stub["respond"], message, self.schemas) if "respond" in stub else None
        args = compile_template(stub.get("args", {})) if "action" in stub else None
        scope = compile_template(stub["args"]) if "args" in stub else None
        interval = seconds(spec["interval"]) if "interval" in spec else None
        subscription = spec.get("subscription")
        keys = subscription_keys(subscription) if subscription else params
        return _Channel(name, regex, spec, push, args, scope, params, interval, keys)

    # -- the connection --------------------------------------------------------------------------
    async def serve(self, scope: Mapping[str, Any], receive: Receive, send: Send) -> None:
        message = await receive()
        if message["type"] != "websocket.connect":
            return
        ip = str((scope.get("client") or ("",))[0])
        if self._wait(self.roles.get("connect"), ip, None, 1) > 0:  # too many connections: refused
            await send({"type": "websocket.close", "code": 1008})
            return
        await send({"type": "websocket.accept"})
        session = Session(asyncio.Queue(), asyncio.get_running_loop(), ip=ip)
        self.sessions.append(session)
        if self.login is not None and self.login.challenge is not None:  # greeted with a nonce to sign
            greeting, session.challenge = self.login.challenge.greeting()
            session.send(greeting)
        sender = asyncio.create_task(self._sender(session, send))
        ticker = asyncio.create_task(self._periodic(session))
        try:
            while True:
                message = await receive()
                if message["type"] == "websocket.disconnect":
                    return
                text = message.get("text") or (message.get("bytes") or b"").decode("utf-8", "replace")
                for reply in self.handle(session, text):
                    session.send(reply)
        finally:
            self.sessions.remove(session)
            session.queue.put_nowait(None)
            sender.cancel()
            ticker.cancel()

    async def _sender(self, session: Session, send: Send) -> None:
        """Send queued messages in order; a stall holds them back, a drop cuts in at once."""
        loop = asyncio.get_running_loop()
        while True:
            text = await session.queue.get()
            wait = session.stalled_until - loop.time()
            if wait > 0 and not session.dropped.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(session.dropped.wait(), wait)
            if session.dropped.is_set():
                await send({"type": "websocket.close", "code": 1011})
                return
            if text is None:
                return
            if self.gzip:  # the API compresses what it sends (binary frames)
                await send({"type": "websocket.send", "bytes": gzip.compress(text.encode(), 1, mtime=0)})
            else:
                await send({"type": "websocket.send", "text": text})

    async def _periodic(self, session: Session) -> None:
        """Channels the spec calls periodic (an interval) push a fresh snapshot at that pace."""
        due: dict[str, float] = {}
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(0.05)
            now = loop.time()
            for arg, (channel, values, scope) in list(session.subscriptions.items()):
                interval = channel.interval
                if interval is None or channel.args is None:
                    continue
                if now >= due.get(arg, 0.0):
                    due[arg] = now + interval
                    message = self._render_action(channel, values, session, scope.get("venue"))
                    if message is not None:
                        session.send_each(message)

    # -- requests ------------------------------------------------------------------------------------
    def _reply_props(self, command: Mapping[str, Any] | None) -> dict[str, Any]:
        reply = self.schemas.get((command or {}).get("reply", {}).get("$ref", "").removeprefix("#/schemas/"), {})
        props: dict[str, Any] = reply.get("properties", {})
        return props

    def _reply(
        self, op: str, command: Mapping[str, Any] | None, tag: Any, ok: bool, extra: Mapping[str, Any]
    ) -> dict[str, Any]:
        proto = self.proto
        props = self._reply_props(command)
        # the reply names what it answers as its schema says (a batch is answered per item, as the single command)
        event = props.get(proto.get("reply_event", ""), {})
        single = event.get("enum", [])
        reply: dict[str, Any] = {}
        if "reply_event" in proto:
            reply[proto["reply_event"]] = event.get("const", single[0] if len(single) == 1 else op)
        if "reply_ok_code" in proto:  # success is a code (failures set theirs below)
            reply[proto["reply_code"]] = proto["reply_ok_code"]
            if "reply_ok_message" in proto:
                reply[proto.get("reply_message", "message")] = proto["reply_ok_message"]
        else:
            flag = next((f for f in proto.get("reply_ok", []) if f in props), (proto.get("reply_ok") or ["success"])[0])
            reply[flag] = ok
        if tag is not None and "tag" in proto:
            reply[proto["tag"]] = tag if self._typed_tags else str(tag)
        if "timestamp" in proto:
            reply[proto["timestamp"]] = str(self.exchange().clock())
        reply.update(extra)
        return reply

    def _failure(
        self, op: str, command: Mapping[str, Any] | None, tag: Any, reason: str, detail: str, **extra: Any
    ) -> dict[str, Any]:
        error = self.reject(reason, detail, self.spec.get("rejections", {}))
        data_field = self.reply_data
        if data_field in extra and command is not None:  # the echoed request, in the reply's types
            extra[data_field] = self._echo[command["op"]](extra[data_field])
        fields = {
            self.proto.get("reply_code", "code"): error["code"],
            self.proto.get("reply_message", "message"): error["message"],
        }
        reply = self._reply(op, command, tag, False, {**{k: v for k, v in fields.items() if v is not None}, **extra})
        shape = self._failure_shape.get(command["op"] if command else "") or self._failure_shape[""]
        failure: dict[str, Any] = shape(reply)
        return failure

    def handle(self, session: Session, text: str) -> list[dict[str, Any]]:
        """Replies (and first pushes) to one client message."""
        proto = self.proto
        if len(text) > MAX_BODY:
            return [self._failure("", None, None, "too_large", f"the message is longer than {MAX_BODY} characters")]
        try:
            message = load_json(text)
        except ValueError as exc:
            return [self._failure("", None, None, "invalid_parameter", f"the message is not JSON: {exc}")]
        if not isinstance(message, dict):
            return [self._failure("", None, None, "invalid_parameter", "the message must be a JSON object")]
        given = message.get(proto["op"])
        op = given if isinstance(given, str) else ""  # an object or a list names no operation
        tag = message.get(proto.get("tag", ""))
        if tag is not None and len(str(tag)) > int(proto.get("tag_max_length", 1 << 30)):
            return [self._failure(op, None, None, "invalid_parameter", "the tag is too long")]
        entry = self.commands.get(op)
        items = message.get(proto.get("batch_data", "")) if entry is not None and entry[1].get("batch") else None
        wait = self._message_wait(session, entry[1] if entry else None, len(items) if isinstance(items, list) else 1)
        if wait > 0:
            return [self._failure(op, None, tag, "rate_limited", f"too many messages; retry in {wait:.3f}s")]
        if op in self.channel_ops:
            channel, subscribe = self.channel_ops[op]
            return self._channel_subscription(session, op, channel, tag, message.get(proto["data"]), subscribe)
        if entry is None:
            return [self._failure(op, None, tag, "unknown_route", f"unknown operation {given!r}")]
        name, command, (args_of, respond) = entry
        if self.login is not None and name == self.login.command:
            return [self._login(session, op, command, tag, message.get(proto.get("data", "data")))]
        if name in (self.spec.get("subscribe"), self.spec.get("unsubscribe")):
            return self._subscription(
                session,
                op,
                command,
                tag,
                message.get(proto.get("args", "args")),
                subscribe=name == self.spec.get("subscribe"),
            )
        if command.get("auth") and session.account is None:
            return [self._failure(op, command, tag, "login_required", "log in first")]
        if command.get("batch"):
            items = message.get(proto.get("batch_data", ""))
            if not isinstance(items, list) or not items:
                return [self._failure(op, command, tag, "missing_parameter", f"{proto.get('batch_data')} is required")]
            limit = command.get("max_items")
            if limit is not None and len(items) > int(limit):
                return [self._failure(op, command, tag, "too_many_items", f"at most {limit} items")]
            return [self._command(session, op, command, tag, item, args_of, respond) for item in items]
        return [self._command(session, op, command, tag, message.get(proto.get("data", "data")), args_of, respond)]

    def _wait(self, name: str | None, ip: str, session: Session | None, cost: int) -> float:
        """Count `cost` units in a bucket of the spec's; the wait it asks for (0: taken)."""
        return self._check(self._units(name, ip, session, cost))

    def _units(self, name: str | None, ip: str, session: Session | None, cost: int) -> list[tuple[Limiter, int]]:
        bucket = self.config.limits.buckets.get(name or "")
        if bucket is None or not cost:
            return []
        if bucket.scope in ("connection", "session"):
            if session is None:
                return []
            limiter = session.limiters.get(bucket.name) or session.limiters.setdefault(bucket.name, Limiter(bucket))
            return [(limiter, cost)]
        key = ip if bucket.scope == "ip" else (session.account if session is not None else None)
        return [] if key is None else [(self.limiters.get(self.config.api, bucket, key), cost)]

    def _check(self, units: list[tuple[Limiter, int]]) -> float:
        if not units or not self.limits_on():
            return 0.0
        return check_all(units, time.monotonic())[0]

    def _message_wait(self, session: Session, command: Mapping[str, Any] | None, items: int) -> float:
        """A message's units: one in the connection's message bucket (logged in or not), and the
        command's own costs (per item of a batch)."""
        role = self.roles.get("authenticated" if session.account else "public")
        units = self._units(role, session.ip, session, 1)
        for name, cost in ((command or {}).get("cost") or {}).items():
            if isinstance(cost, int):
                units += self._units(name, session.ip, session, cost * max(items, 1))
        return self._check(units)

    def _login(self, session: Session, op: str, command: Mapping[str, Any], tag: Any, data: Any) -> dict[str, Any]:
        assert self.login is not None
        if not isinstance(data, dict):
            return self._failure(op, command, tag, "missing_parameter", "login data is required")
        try:
            session.account = self.verifier().login(self.login.scheme, self.login.fields(data), session.challenge)
        except Refused as refused:
            return self._failure(op, command, tag, refused.reason, refused.detail)
        return self._reply(op, command, tag, True, {})

    def _subscription(
        self, session: Session, op: str, command: Mapping[str, Any], tag: Any, args: Any, *, subscribe: bool
    ) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        channel_field = self.proto.get("reply_channel", "channel")
        if not isinstance(args, list) or not args:
            return [self._failure(op, command, tag, "missing_parameter", f"{self.proto.get('args')} is required")]
        for arg in args:
            found = next(((c, m.groupdict()) for c in self.channels if (m := c.regex.match(str(arg)))), None)
            if found is None:
                out.append(
                    self._failure(
                        op, command, tag, "invalid_parameter", f"unknown channel {arg}", **{channel_field: str(arg)}
                    )
                )
                continue
            channel, values = found
            if channel.spec.get("auth") and session.account is None:
                out.append(
                    self._failure(op, command, tag, "login_required", "log in first", **{channel_field: str(arg)})
                )
                continue
            scope = self._scope(channel, values, session)
            if subscribe and not self._known(scope):
                out.append(
                    self._failure(
                        op, command, tag, "unknown_market", f"unknown market in {arg}", **{channel_field: str(arg)}
                    )
                )
                continue
            if subscribe:
                session.subscriptions[str(arg)] = (channel, values, scope)
            else:
                session.subscriptions.pop(str(arg), None)
            out.append(self._reply(op, command, tag, True, {channel_field: str(arg)}))
            if subscribe and channel.args is not None:
                snapshot = self._render_action(channel, values, session, scope.get("venue"))
                if snapshot is not None:
                    session.send_each(snapshot)
        return out

    def _channel_subscription(
        self, session: Session, op: str, channel: _Channel, tag: Any, params: Any, subscribe: bool
    ) -> list[dict[str, Any]]:
        """A channel's own subscribe/unsubscribe: each list item is one subscription (none: all)."""
        spec = channel.spec["subscription"]
        items = params.get(spec["list"]) if isinstance(params, dict) else None
        if not isinstance(items, list):
            return [self._failure(op, None, tag, "missing_parameter", f"{spec['list']} must be a list")]
        if channel.spec.get("auth") and session.account is None:
            return [self._failure(op, None, tag, "login_required", "sign in first (server.sign)")]
        template = spec["item"] if subscribe else spec.get("unsubscribe_item", spec["item"])
        wanted: list[dict[str, Any]] = []
        for item in items:
            values = _parse(template, item)
            problem = "does not match the documented form" if values is None else self._invalid(channel, values)
            if problem:
                return [self._failure(op, None, tag, "invalid_parameter", f"{spec['list']} item {item!r}: {problem}")]
            assert values is not None
            wanted.append(values)
        prefix = channel.name + ":"
        if not subscribe:
            for key, (_, values, _) in list(session.subscriptions.items()):
                if key.startswith(prefix) and (not wanted or any(_same(channel, values, w) for w in wanted)):
                    del session.subscriptions[key]
            return [self._reply(op, None, tag, True, {})]
        added = []
        for values in wanted or [{}]:  # an empty list subscribes to everything
            scope = self._scope(channel, values, session)
            if not self._known(scope):
                return [self._failure(op, None, tag, "unknown_market", f"unknown market {values}")]
            key = prefix + json.dumps({k: values.get(k) for k in channel.keys}, sort_keys=True)
            session.subscriptions[key] = (channel, values, scope)
            added.append((values, scope))
        replies = [self._reply(op, None, tag, True, {})]
        for values, scope in added:
            if channel.args is not None:
                snapshot = self._render_action(channel, values, session, scope.get("venue"))
                if snapshot is not None:
                    session.send_each(snapshot)
        return replies

    def _invalid(self, channel: _Channel, values: Mapping[str, Any]) -> str | None:
        """What is wrong with a subscription's values, by the channel's param schemas."""
        for param in channel.spec.get("params", []):
            value = values.get(param["name"])
            problem = None if value is None else invalid_value(param["name"], value, param["schema"])
            if problem:
                return problem
        return None

    def _known(self, scope: Mapping[str, Any]) -> bool:
        """A subscription's market (if it names one) exists, of the kind the socket serves."""
        symbol = scope.get("symbol")
        try:
            markets = self.exchange(scope.get("venue")).markets
        except SimulatorError:  # an unknown venue
            return False
        market = markets.get(symbol) if isinstance(symbol, str) else None
        return symbol is None or (market is not None and scope.get("kind", market.kind) == market.kind)

    def _scope(self, channel: _Channel, values: Mapping[str, Any], session: Session) -> dict[str, Any]:
        """Which simulator markets a subscription is about, from the stub's args: `symbol` (absent:
        every market) and `kind` (spot or perpetual: a socket that serves one kind only); and the venue
        its values name (absent: every venue's events, the default venue's snapshots)."""
        named = values.get(self.venue_param) if self.venue_param is not None else None
        scope = {} if named is None else {"venue": named}
        if scope:
            with contextlib.suppress(SimulatorError):  # an unknown venue stays as named (and is refused)
                scope["venue"] = self.venues().select(named)[0]
        if channel.scope is None:
            return scope
        ctx = Context({"params": dict(values), "now": 0, "account_id": session.account}, self.tables)
        try:
            made = channel.scope(ctx)
        except (TypeError, ValueError, KeyError):
            return scope
        return {**scope, **{k: v for k, v in made.items() if k in ("symbol", "kind") and isinstance(v, str)}}

    def _command(
        self,
        session: Session,
        op: str,
        command: Mapping[str, Any],
        tag: Any,
        data: Any,
        args_of: Compiled | None,
        respond: Compiled | None,
    ) -> dict[str, Any]:
        stub = command.get("stub")
        data_field = self.reply_data
        if stub is not None and "action" not in stub and respond is not None:  # a fixed answer (a pong)
            ctx = Context({"data": data, "now": self.exchange().clock(), "account_id": session.account}, self.tables)
            return self._reply(op, command, tag, True, {data_field: respond(ctx)})
        if stub is None or args_of is None or respond is None:
            return self._reply(op, command, tag, True, {data_field: data})
        if not isinstance(data, dict):
            return self._failure(op, command, tag, "missing_parameter", f"{self.proto.get('data')} is required")
        venue = data.get(self.venue_param) if self.venue_param is not None else None
        try:
            name, exchange = self.venues().select(venue)
            values = {"data": data, "now": exchange.clock(), "account_id": session.account, "venue": name}
            ctx = Context(values, self.tables)
            args = args_of(ctx)
            result = run(ACTIONS[stub["action"]], exchange, session.account, args)
        except SimulatorError as error:
            return self._failure(op, command, tag, error.reason, error.message, **{data_field: data})
        except (TypeError, ValueError, ArithmeticError, KeyError) as exc:
            return self._failure(op, command, tag, "invalid_parameter", str(exc), **{data_field: data})
        return self._reply(op, command, tag, True, {data_field: respond(ctx.child(result=result))})

    # -- pushes ----------------------------------------------------------------------------------------
    def exchange(self, venue: Any = None) -> Exchange:
        """The simulated exchange of a venue (None: the default one)."""
        return self.venues().select(venue)[1]

    def _render_action(
        self, channel: _Channel, values: Mapping[str, str], session: Session, venue: str | None = None
    ) -> Any:
        """A channel's snapshot: its action's result in the venue (None: the default), rendered."""
        stub = channel.spec["stub"]
        try:
            name, exchange = self.venues().select(venue)
            ctx = Context(
                {"params": dict(values), "now": exchange.clock(), "account_id": session.account, "venue": name},
                self.tables,
            )
            assert channel.args is not None and channel.push is not None
            result = run(ACTIONS[stub["action"]], exchange, session.account, channel.args(ctx))
        except SimulatorError:
            return None
        return channel.push(ctx.child(result=result))

    def on_event(self, kind: str, payload: Any, venue: str | None = None) -> None:
        """A simulator event (of a venue: None, the default one): push it to every session subscribed
        to a channel it concerns."""
        if not self.sessions:
            return
        account = _account_of(payload)
        market = _market_of(payload)
        market_kind = getattr(self.exchange(venue).markets.get(market or ""), "kind", None)
        for session in list(self.sessions):
            for channel, values, scope in list(session.subscriptions.values()):
                stub = channel.spec.get("stub") or {}
                if kind not in stub.get("push_on", ()):
                    continue
                if scope.get("venue", venue) != venue:  # a subscription to another venue's events
                    continue
                if channel.spec.get("auth") and account != session.account:
                    continue
                if market is not None:
                    if channel.scope is not None:
                        if scope.get("symbol", market) != market or scope.get("kind", market_kind) != market_kind:
                            continue
                    elif any(str(v).lower() != "all" and str(v) != market for v in values.values()):
                        continue
                if channel.args is not None:
                    message = self._render_action(channel, values, session, venue)
                elif channel.push is not None:
                    message = channel.push(
                        Context(
                            {
                                "event": payload,
                                "now": self.exchange().clock(),
                                "account_id": session.account,
                                "params": dict(values),
                                "venue": venue,
                            },
                            self.tables,
                        )
                    )
                else:
                    continue
                if message is not None:
                    session.send_each(message)

    # -- control ---------------------------------------------------------------------------------------
    def push(self, message: Any, count: int = 1) -> int:
        text = _ENCODER.encode(message).decode()
        for session in self.sessions:
            for _ in range(count):
                session.send(text)
        return len(self.sessions)

    def drop(self) -> int:
        sessions = list(self.sessions)  # a dropped session leaves the list from the server's thread
        for session in sessions:
            session.loop.call_soon_threadsafe(session.dropped.set)
            session.loop.call_soon_threadsafe(session.queue.put_nowait, None)
        return len(sessions)

    def stall(self, seconds: float) -> int:
        for session in self.sessions:
            session.stalled_until = session.loop.time() + seconds
        return len(self.sessions)


def _parse(template: Any, item: Any) -> dict[str, Any] | None:
    """The values a list item holds, read back through its template (None: it does not fit)."""
    if isinstance(template, list):
        if not isinstance(item, list) or len(item) != len(template):
            return None
        out: dict[str, Any] = {}
        for t, i in zip(template, item, strict=True):
            part = _parse(t, i)
            if part is None:
                return None
            out.update(part)
        return out
    if isinstance(template, str) and (whole := PLACEHOLDER.fullmatch(template)):
        return {whole.group(1): item}
    if isinstance(template, str):
        regex = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.+?)", re.escape(template)) + "$"
        match = re.match(regex, item) if isinstance(item, str) else None
        return None if match is None else match.groupdict()
    return {} if template == item else None


def _same(channel: _Channel, values: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    return all(values.get(k) == other.get(k) for k in channel.keys)


def _account_of(payload: Any) -> str | None:
    value = payload.get("account") if isinstance(payload, dict) else getattr(payload, "account", None)
    return None if value is None else str(value)


def _market_of(payload: Any) -> str | None:
    value = payload.get("market") if isinstance(payload, dict) else getattr(payload, "market", None)
    return None if value is None else str(value)
