"""The stub side of a WebSocket stream: connections, the handshake's credentials, logins, commands and
their replies, in the API's own framing. Subscriptions and pushes are in pushes.py.

Driven by the stream's typed configuration: the framing, the login or handshake scheme, and per
command a `stub` mapping (a simulator action and a response template, as for REST). Payloads are read
through the API's codecs and replies written through them; bad input is answered in the API's error
shape (the stream's rejection codes), never by closing the connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Mapping
from typing import Any

from ...auth import Refused
from ...codecs import Scope
from ...codecs.conform import Conformer, conformer
from ...codecs.scaled import ScaleSet
from ...codecs.shape import Shape, apply
from ...config import ApiConfig
from ...limits import Limiter, Registry, check_all
from ...sim import SimulatorError
from ...sim.venues import Venues
from ...stub.actions import ACTIONS, run
from ...stub.inbound import MAX_BODY, load_json
from ...stub.template import Compiled, Context, compile_template
from ...stub.verify import Verifier
from .. import stream_url
from . import framing as wire
from .config import Command, WebSocketStream
from .keys import stream_keys
from .pushes import Pushes
from .sequence import Sequences
from .session import Receive, Send, Session, sender
from .subscriptions import pattern_regex

_REF = "#/schemas/"


class _Incoming:
    """A WebSocket handshake as an auth scheme's stub side reads a request."""

    def __init__(self, scope: Mapping[str, Any]) -> None:
        self.method = "GET"
        self.path = str(scope.get("path", "/"))
        self.query = bytes(scope.get("query_string", b"")).decode("latin-1")
        self.headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        self.body = b""
        self.host = self.headers.get("host", "")


class StreamServer(Pushes):
    def __init__(
        self,
        config: ApiConfig,
        stream: WebSocketStream,
        tables: Mapping[str, Mapping[str, Any]],
        schemas: Mapping[str, Any],
        venue_param: str | None,
        venues: Callable[[], Venues],
        reject: Callable[[str, str, Mapping[str, str]], dict[str, Any]],
        verifier: Callable[[], Verifier],
        limiters: Registry | None = None,
        limits_on: Callable[[], bool] = lambda: True,
        endpoint: Callable[[str, str | None, dict[str, Any]], Any] | None = None,
    ) -> None:
        self.config = config
        self.scales = ScaleSet(config.scales)  # the factors and ticks its scaled fields use
        self.stream = stream
        self.framing = stream.framing
        self.tables = tables  # the stub's value words: simulator -> API
        self.schemas: dict[str, Any] = dict(schemas)
        self.venues = venues  # the stub's venues (replaced at each reset)
        self.venue_param = venue_param  # the parameter that names a venue (None: one venue)
        self.reject = reject  # reason, detail, this stream's codes -> {"code", "message"}
        self.verifier = verifier  # the stub's keys and auth schemes
        self.limiters = limiters or Registry(margin=0.0)  # account and IP buckets (the stub's, exact)
        self.limits_on = limits_on
        self.endpoint = endpoint  # a REST endpoint's stub answer (name, account, params -> its body)
        self.sessions: list[Session] = []
        self.sequences = Sequences(stream.sequence) if stream.sequence is not None else None
        # failures carry codes as the replies declare them (a number, or a string)
        default = dict(stream.reply or {})
        self._failure_shape: dict[str, Conformer] = {"": conformer(default, self.schemas)}
        self._echo: dict[str, Conformer] = {}
        self.commands: dict[str, tuple[Command, Compiled | None, Compiled | None]] = {}
        self._until_disconnect: dict[str, Compiled] = {
            c.op: compile_template("{" + c.stub.until_disconnect + "}")
            for c in stream.commands.values()
            if c.stub is not None and c.stub.until_disconnect
        }
        for command in stream.commands.values():
            self._failure_shape[command.op] = conformer(dict(command.reply or default), self.schemas)
            result = self._result_schema(command)
            self._echo[command.op] = conformer(result or {}, self.schemas)
            self.commands[command.op] = (command, *self._compile(command, result))
        super().__init__()

    def _reply_props(self, command: Command | None) -> dict[str, Any]:
        ref = str(((command.reply if command else None) or {}).get("$ref", "")).removeprefix(_REF)
        props: dict[str, Any] = self.schemas.get(ref, {}).get("properties", {})
        return props

    def _result_schema(self, command: Command) -> dict[str, Any] | None:
        """The schema of a reply's result: its data field's, or the whole reply's (top-level results)."""
        if self.framing.reply_data is None:
            return dict(command.reply) if command.reply else None
        found: dict[str, Any] | None = self._reply_props(command).get(self.framing.reply_data)
        return found

    def _compile(self, command: Command, result: dict[str, Any] | None) -> tuple[Compiled | None, Compiled | None]:
        stub = command.stub
        if stub is None:
            return None, None
        return compile_template(stub.args or {}), compile_template(stub.respond, result, self.schemas)

    # -- the connection --------------------------------------------------------------------------
    async def serve(self, scope: Mapping[str, Any], receive: Receive, send: Send) -> None:
        message = await receive()
        if message["type"] != "websocket.connect":
            return
        ip = str((scope.get("client") or ("",))[0])
        if self._wait(self.stream.rate_limits.get("connect"), ip, None, 1) > 0:  # too many connections: refused
            await send({"type": "websocket.close", "code": 1008})
            return
        account, key = None, None
        if self.stream.url_credential is not None:  # the path holds a listen key: the account's stream
            key = self._url_key(str(scope.get("path", "")))
            account = None if key is None else stream_keys(self.exchange()).account(key)
            if account is None:
                await self._refuse_key(send)
                return
        if self.stream.handshake is not None:
            try:
                account = self.verifier().authenticate(self.stream.handshake.scheme, None, _Incoming(scope), ip)
            except Refused:  # refused before it opens (HTTP 403), as servers refuse a bad key
                await send({"type": "websocket.close", "code": 1008})
                return
        session = Session(asyncio.Queue(), asyncio.get_running_loop(), account=account, ip=ip, key=key)
        self.sessions.append(session)
        login = self.stream.login
        if login is not None and login.challenge is not None:  # greeted with a nonce to sign
            greeting, session.challenge = login.challenge.greeting()
            session.send(greeting)
        if self.stream.pushed:
            self.open_all(session)
        try:  # accepted once it is registered: a pushed stream misses no event that follows the client's connect
            await send({"type": "websocket.accept"})
        except BaseException:
            self.sessions.remove(session)
            raise
        writer = asyncio.create_task(sender(session, send, self.stream.compression))
        ticker = asyncio.create_task(self.periodic(session))
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
            self._cancel_held(session)
            session.queue.put_nowait(None)
            writer.cancel()
            ticker.cancel()

    async def _refuse_key(self, send: Send) -> None:
        """A connection with an unknown or expired URL credential: the handshake refused, or (where the
        spec gives a close code) accepted and closed with it."""
        code = self.stream.url_credential.refused_close if self.stream.url_credential is not None else None
        if code is not None:
            await send({"type": "websocket.accept"})
        await send({"type": "websocket.close", "code": code or 1008})

    def _cancel_held(self, session: Session) -> None:
        """Orders placed to live only as long as their connection (persist: false) end with it."""
        for venue, order_id in session.held:
            with contextlib.suppress(SimulatorError):
                self.venues().select(venue)[1].cancel(session.account or "", order_id)

    def _url_key(self, path: str) -> str | None:
        """The credential a connection's path holds (None: the path holds none)."""
        held = self.stream.url_credential
        assert held is not None
        where = stream_url(self.config, self.stream.server, self.stream.path).split("://", 1)[1].partition("/")[2]
        found = pattern_regex("/" + where.rstrip("/")).fullmatch(path.rstrip("/"))
        return None if found is None else found.groupdict().get(held.field)

    # -- replies ---------------------------------------------------------------------------------------
    def _reply(self, op: str, command: Command | None, tag: Any, ok: bool, extra: Mapping[str, Any]) -> dict[str, Any]:
        framing = self.framing
        props = self._reply_props(command)
        # the reply names what it answers as its schema says (a batch is answered per item, as the single command)
        reply: dict[str, Any] = {}
        if framing.reply_event is not None:
            event = props.get(framing.reply_event, {})
            single = event.get("enum", [])
            reply[framing.reply_event] = event.get("const", single[0] if len(single) == 1 else op)
        if framing.reply_ok_code is not None:  # success is a code (failures set theirs)
            reply.update(wire.success_fields(framing))
        elif framing.rejected is None:  # true/false fields (a flat API's refusals are messages of their own)
            reply[next((f for f in framing.reply_ok if f in props), (framing.reply_ok or ("success",))[0])] = ok
        if tag is not None and framing.tag is not None:
            reply[framing.tag] = tag if framing.tag_type == "integer" else str(tag)
        if framing.timestamp is not None:
            reply[framing.timestamp] = str(self.exchange().clock())
        reply.update(extra)
        return reply

    def _failure(
        self,
        op: str,
        command: Command | None,
        tag: Any,
        reason: str,
        detail: str,
        request: Any = None,
        **extra: Any,
    ) -> dict[str, Any]:
        framing = self.framing
        error = self.reject(reason, detail, self.stream.rejections)
        own = command.stub.messages.get(reason) if command is not None and command.stub is not None else None
        if own is not None:  # the command's own text for this refusal (the code stays the category's)
            error = {**error, "message": own}
        data_field = framing.reply_data
        if data_field is not None and data_field in extra and command is not None:  # the echo, in the reply's types
            extra[data_field] = self._echo[command.op](extra[data_field])
        if framing.rejected is not None:  # a refusal message of its own, holding the request it refuses
            extra = {**framing.rejected, **extra}
            if framing.rejected_request is not None and request is not None:
                extra[framing.rejected_request] = (
                    request if isinstance(request, str) else wire.ENCODER.encode(request).decode()
                )
        fields = wire.failure_fields(framing, error["code"], error["message"])
        reply = self._reply(op, command, tag, False, {**fields, **extra})
        shape = self._failure_shape.get(command.op if command else "") or self._failure_shape[""]
        failure: dict[str, Any] = shape(reply)
        return failure

    def _written(self, shape: Shape | None, message: Any, request: Any = None) -> Any:
        """A message with its codec fields written as the exchange writes them (scaled integers, times); a
        scale's key may also be a field of the command it answers (`request`)."""
        if shape is None or message is None:
            return message
        items = message if isinstance(message, list) else [message]
        scope = Scope(self.scales, (request,) if isinstance(request, Mapping) else ())
        written = [apply(shape, m, "render", scope) for m in items]
        return written if isinstance(message, list) else written[0]

    # -- requests ------------------------------------------------------------------------------------
    def handle(self, session: Session, text: str) -> list[dict[str, Any]]:
        """Replies (and first pushes) to one client message."""
        framing = self.framing
        if len(text) > MAX_BODY:
            return [self._failure("", None, None, "too_large", f"the message is longer than {MAX_BODY} characters")]
        try:
            message = load_json(text)
        except ValueError as exc:
            return [self._failure("", None, None, "invalid_parameter", f"the message is not JSON: {exc}", text)]
        if not isinstance(message, dict):
            return [self._failure("", None, None, "invalid_parameter", "the message must be a JSON object", text)]
        given = message.get(framing.op)
        op = given if isinstance(given, str) else ""  # an object or a list names no operation
        tag = message.get(framing.tag) if framing.tag is not None else None
        if tag is not None and len(str(tag)) > (framing.tag_max_length or 1 << 30):
            return [self._failure(op, None, None, "invalid_parameter", "the tag is too long")]
        entry = self.commands.get(op)
        batch = framing.batch_data if entry is not None and entry[0].batch else None
        items = message.get(batch) if batch is not None else None
        wait = self._message_wait(session, entry[0] if entry else None, len(items) if isinstance(items, list) else 1)
        if wait > 0:
            command = entry[0] if entry else None  # refused in that command's own words
            return [
                self._failure(op, command, tag, "rate_limited", f"too many messages; retry in {wait:.3f}s", message)
            ]
        if op in self.channel_ops:
            channel, subscribe = self.channel_ops[op]
            return self.channel_subscription(session, op, channel, tag, wire.payload_of(framing, message), subscribe)
        if entry is None:
            return [self._failure(op, None, tag, "unknown_route", f"unknown operation {given!r}", message)]
        command, args_of, respond = entry
        login = self.stream.login
        if login is not None and command.name == login.command:
            return [self._login(session, command, tag, wire.payload_of(framing, message))]
        if command.name in (self.stream.subscribe, self.stream.unsubscribe):
            args = message.get(framing.args)
            return self.subscription(session, op, command, tag, args, subscribe=command.name == self.stream.subscribe)
        if command.auth and session.account is None:
            return [self._failure(op, command, tag, "login_required", "log in first", message)]
        if command.batch:
            if not isinstance(items, list) or not items:
                return [self._failure(op, command, tag, "missing_parameter", f"{framing.batch_data} is required")]
            if command.max_items is not None and len(items) > command.max_items:
                return [self._failure(op, command, tag, "too_many_items", f"at most {command.max_items} items")]
            return [self._command(session, command, tag, item, args_of, respond, item) for item in items]
        payload = wire.payload_of(framing, message)
        sent = session.sent
        reply = self._command(session, command, tag, payload, args_of, respond, message)
        if self._pushed_answer(command) and wire.ok(framing, reply) and session.sent > sent:
            return []  # the simulator's event already pushed the answer (an execution report)
        return [reply]

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

    def _message_wait(self, session: Session, command: Command | None, items: int) -> float:
        """A message's units: one in the connection's message bucket (logged in or not), and the
        command's own costs (per item of a batch)."""
        role = self.stream.rate_limits.get("authenticated" if session.account else "public")
        units = self._units(role, session.ip, session, 1)
        for name, cost in (command.cost if command else {}).items():
            units += self._units(name, session.ip, session, cost * max(items, 1))
        return self._check(units)

    def _login(self, session: Session, command: Command, tag: Any, data: Any) -> dict[str, Any]:
        login = self.stream.login
        assert login is not None
        if not isinstance(data, dict):
            return self._failure(command.op, command, tag, "missing_parameter", "login data is required")
        try:
            session.account = self.verifier().login(login.scheme, login.fields(data), session.challenge)
        except Refused as refused:
            return self._failure(command.op, command, tag, refused.reason, refused.detail)
        if self.stream.pushed:  # the private channels flow from now on
            self.open_all(session)
        return self._reply(command.op, command, tag, True, {})

    def _accepted(self, command: Command, data: Any) -> Any:
        """A payload read through its codecs: checked as a client reads it, then in the simulator's terms."""
        shape = command.payload_codecs
        if shape is None or not isinstance(data, dict):
            return data
        scope = Scope(self.scales)
        apply(shape, data, "decode", scope)  # ValueError: not what the exchange takes
        return apply(shape, data, "accept", scope)

    def _command(
        self,
        session: Session,
        command: Command,
        tag: Any,
        data: Any,
        args_of: Compiled | None,
        respond: Compiled | None,
        request: Any,
    ) -> dict[str, Any]:
        stub, op = command.stub, command.op
        if stub is not None and stub.refuse is not None:  # not simulated: refused in the API's own terms
            return self._failure(op, command, tag, stub.refuse, f"the stub does not simulate {op}", request)
        if data is None and command.data is None:  # a command without fields (top-level framing)
            data = {}
        if stub is not None and stub.endpoint is not None:
            return self._by_endpoint(session, command, tag, data, request)
        if stub is not None and stub.action is None and respond is not None:  # a fixed answer (a pong)
            ctx = Context({"data": data, "now": self.exchange().clock(), "account_id": session.account}, self.tables)
            return self._answer(command, tag, respond(ctx))
        if stub is None or args_of is None or respond is None:
            return self._answer(command, tag, data)
        if not isinstance(data, dict):
            return self._failure(op, command, tag, "missing_parameter", f"{self.framing.data} is required", request)
        echo = {} if self.framing.reply_data is None else {self.framing.reply_data: data}
        venue = data.get(self.venue_param) if self.venue_param is not None else None
        try:
            accepted = self._accepted(command, data)
            name, exchange = self.venues().select(venue)
            values = {"data": accepted, "now": exchange.clock(), "account_id": session.account, "venue": name}
            ctx = Context(values, self.tables)
            if self.sequences is not None and session.account is not None:
                self.sequences.check(exchange, session.account, command.name, accepted)
            args = args_of(ctx)
            result = run(ACTIONS[stub.action or ""], exchange, session.account, args)
            if stub.watch is not None:
                self.watch(session, command, ctx, args)
            if self.sequences is not None and session.account is not None:
                self.sequences.record(exchange, session.account, command.name, accepted)
            held = self._until_disconnect.get(op)
            if held is not None and held(ctx) and getattr(result, "id", None) is not None:
                session.held.append((name, result.id))  # in its venue (an order router's)
        except SimulatorError as error:
            return self._failure(op, command, tag, error.reason, error.message, request, **echo)
        except (TypeError, ValueError, ArithmeticError, KeyError) as exc:
            return self._failure(op, command, tag, "invalid_parameter", str(exc), request, **echo)
        return self._answer(command, tag, respond(ctx.child(result=result)), data)

    def _by_endpoint(self, session: Session, command: Command, tag: Any, data: Any, request: Any) -> dict[str, Any]:
        """A command answered as its REST endpoint answers (the same mapping), its data as the parameters."""
        assert command.stub is not None and command.stub.endpoint is not None and self.endpoint is not None
        op = command.op
        if not isinstance(data, dict):
            return self._failure(op, command, tag, "missing_parameter", "the request has no fields", request)
        try:
            result = self.endpoint(command.stub.endpoint, session.account, self._accepted(command, data))
        except Refused as refused:  # the REST side's refusals (Rejection)
            return self._failure(op, command, tag, refused.reason, refused.detail, request)
        except SimulatorError as error:
            return self._failure(op, command, tag, error.reason, error.message, request)
        except (TypeError, ValueError, ArithmeticError, KeyError) as exc:
            return self._failure(op, command, tag, "invalid_parameter", str(exc), request)
        return wire.with_result(self.framing, self._reply(op, command, tag, True, {}), result)

    def _pushed_answer(self, command: Command) -> bool:
        """Whether a correlated command is answered by the push its simulator event makes (a channel of an
        answer's type follows the simulator) rather than by a reply of its own."""
        return any(
            set(command.answers) & set(c.tables) and c.stub is not None and c.stub.push_on
            for c in self.stream.channels.values()
        )

    def _answer(self, command: Command, tag: Any, result: Any, request: Any = None) -> dict[str, Any]:
        reply = wire.with_result(self.framing, self._reply(command.op, command, tag, True, {}), result)
        try:
            return dict(self._written(command.reply_codecs, reply, request))
        except ValueError as exc:  # e.g. an asset whose scale the spec does not give
            return self._failure(command.op, command, tag, "invalid_parameter", str(exc))

    # -- control ---------------------------------------------------------------------------------------
    def push(self, message: Any, count: int = 1) -> int:
        text = message if isinstance(message, str) else wire.ENCODER.encode(message).decode()
        for session in self.sessions:
            for _ in range(count):
                session.send(text)
        return len(self.sessions)

    def drop(self) -> int:
        sessions = list(self.sessions)  # a dropped session leaves the list from the server's thread
        for session in sessions:
            session.drop()
        return len(sessions)

    def stall(self, seconds: float) -> int:
        for session in self.sessions:
            session.stalled_until = session.loop.time() + seconds
        return len(self.sessions)
