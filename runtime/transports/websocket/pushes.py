"""The stub side's subscriptions and pushes: subscribe and unsubscribe commands (channel patterns, or a
channel's own list commands), streams where everything flows from the start, snapshots, periodic
channels, and pushes that follow the simulator's events (an order or fill to the owner's private
channels, a trade or book change to the public ones). Mixed into StreamServer (server.py)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ...codecs.conform import invalid_value
from ...sim import Exchange, SimulatorError
from ...sim.venues import Venues
from ...stub.actions import ACTIONS, run
from ...stub.owners import compile_owners
from ...stub.template import Compiled, Context, compile_template
from .config import Channel, Command, WebSocketStream
from .keys import stream_keys
from .session import Session
from .subscriptions import keys_of, parse, pattern_regex
from .watches import WATCHED, changes, owners_view, toggle

if TYPE_CHECKING:
    from ...codecs.shape import Shape


class _Compiled:
    """A channel's compiled templates: its push, its action's arguments and its scope."""

    def __init__(self, channel: Channel, schemas: dict[str, Any]) -> None:
        stub = channel.stub
        respond = stub.respond if stub is not None else None
        # a push template may render a list: one message per item
        many = isinstance(respond, dict) and "$each" in respond
        message = {"type": "array", "items": dict(channel.message)} if many else dict(channel.message)
        self.push: Compiled | None = compile_template(respond, message, schemas) if respond is not None else None
        has_action = stub is not None and stub.action is not None
        self.args: Compiled | None = compile_template(stub.args or {}) if stub is not None and has_action else None
        # the simulator's view of a subscription (its symbol, market kind), to route events
        self.scope: Compiled | None = (
            compile_template(stub.args) if stub is not None and stub.args is not None else None
        )
        self.regex: re.Pattern[str] = pattern_regex(channel.pattern)
        self.keys = keys_of(channel)  # params that identify a subscription
        self.owners = compile_owners(stub.owner_fields if stub is not None else ())


class Pushes:
    stream: WebSocketStream
    schemas: dict[str, Any]
    tables: Mapping[str, Any]
    sessions: list[Session]
    venues: Callable[[], Venues]
    venue_param: str | None

    def __init__(self) -> None:
        self.compiled = {c.name: _Compiled(c, self.schemas) for c in self.stream.channels.values()}
        self.channel_ops = {  # ops of channels with their own subscribe/unsubscribe commands
            op: (c, role == "subscribe")
            for c in self.stream.channels.values()
            if c.subscription is not None
            for role, op in (("subscribe", c.subscription.subscribe), ("unsubscribe", c.subscription.unsubscribe))
        }
        watches = [c.stub.watch for c in self.stream.commands.values() if c.stub is not None and c.stub.watch]
        self.watch_on = {w.active: compile_template("{" + w.active + "}") for w in watches}
        # public channels that only a watch brings (a stream where the rest flows from the start)
        self.watched_only = {n for w in watches for n in w.channels if not self.stream.channels[n].auth}

    # the server's own, used here
    def _reply(self, op: str, command: Command | None, tag: Any, ok: bool, extra: Mapping[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def _failure(
        self, op: str, command: Command | None, tag: Any, reason: str, detail: str, request: Any = None, **extra: Any
    ) -> dict[str, Any]:
        raise NotImplementedError

    def _written(self, shape: Shape | None, message: Any, request: Any = None) -> Any:
        raise NotImplementedError

    # -- subscribing -----------------------------------------------------------------------------------
    def subscription(
        self, session: Session, op: str, command: Command, tag: Any, args: Any, *, subscribe: bool
    ) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        channel_field = self.stream.framing.reply_channel
        if not isinstance(args, list) or not args:
            return [self._failure(op, command, tag, "missing_parameter", f"{self.stream.framing.args} is required")]
        for arg in args:
            named = {channel_field: str(arg)}
            found = next(
                (
                    (c, m.groupdict())
                    for c in self.stream.channels.values()
                    if (m := self.compiled[c.name].regex.match(str(arg)))
                ),
                None,
            )
            if found is None:
                out.append(self._failure(op, command, tag, "invalid_parameter", f"unknown channel {arg}", **named))
                continue
            channel, values = found
            if channel.auth and session.account is None:
                out.append(self._failure(op, command, tag, "login_required", "log in first", **named))
                continue
            scope = self._scope(channel, values, session)
            if subscribe and not self._known(scope):
                out.append(self._failure(op, command, tag, "unknown_market", f"unknown market in {arg}", **named))
                continue
            if subscribe:
                session.subscriptions[str(arg)] = (channel, values, scope)
            else:
                session.subscriptions.pop(str(arg), None)
            out.append(self._reply(op, command, tag, True, named))
            if subscribe:
                self._snapshot(session, channel, values, scope)
        return out

    def channel_subscription(
        self, session: Session, op: str, channel: Channel, tag: Any, params: Any, subscribe: bool
    ) -> list[dict[str, Any]]:
        """A channel's own subscribe/unsubscribe: each list item is one subscription (none: all)."""
        spec = channel.subscription
        assert spec is not None
        items = params.get(spec.list) if isinstance(params, dict) else None
        if not isinstance(items, list):
            return [self._failure(op, None, tag, "missing_parameter", f"{spec.list} must be a list")]
        if channel.auth and session.account is None:
            return [self._failure(op, None, tag, "login_required", "sign in first (server.sign)")]
        template = spec.item if subscribe else spec.unsubscribe_template
        wanted: list[dict[str, Any]] = []
        for item in items:
            values = parse(template, item)
            problem = "does not match the documented form" if values is None else self._invalid(channel, values)
            if problem:
                return [self._failure(op, None, tag, "invalid_parameter", f"{spec.list} item {item!r}: {problem}")]
            assert values is not None
            wanted.append(values)
        prefix = channel.name + ":"
        keys = self.compiled[channel.name].keys
        if not subscribe:
            for key, (_, values, _) in list(session.subscriptions.items()):
                same = any(all(values.get(k) == w.get(k) for k in keys) for w in wanted)
                if key.startswith(prefix) and (not wanted or same):
                    del session.subscriptions[key]
            return [self._reply(op, None, tag, True, {})]
        added = []
        for values in wanted or [{}]:  # an empty list subscribes to everything
            scope = self._scope(channel, values, session)
            if not self._known(scope):
                return [self._failure(op, None, tag, "unknown_market", f"unknown market {values}")]
            key = prefix + json.dumps({k: values.get(k) for k in keys}, sort_keys=True)
            session.subscriptions[key] = (channel, values, scope)
            added.append((values, scope))
        for values, scope in added:
            self._snapshot(session, channel, values, scope)
        return [self._reply(op, None, tag, True, {})]

    def open_all(self, session: Session) -> None:
        """A stream without subscriptions: every channel the session may see flows from the start,
        snapshots first (an order router's: its periodic messages, then each venue's snapshots in turn)."""
        opened = []
        for channel in self.stream.channels.values():
            if (channel.auth and session.account is None) or channel.name in session.subscriptions:
                continue
            if channel.name in self.watched_only:
                continue
            session.subscriptions[channel.name] = (channel, {}, {})
            opened.append(channel)
        per_venue = [c for c in opened if c.stub is not None and c.stub.venues == "each"]
        venues = [name for name, _ in self.venues()] if per_venue else []
        for channel in per_venue:  # a heartbeat that describes each venue (SERVER_INFO) comes first
            if channel.interval is not None and self.compiled[channel.name].args is None:
                for venue in venues:
                    message = self._render_event(channel, {}, session, None, venue)
                    if message is not None:
                        session.send_each(message)
        for channel in opened:
            if channel not in per_venue:
                self._snapshot(session, channel, {}, {})
        for venue in venues:
            for channel in per_venue:
                self._snapshot(session, channel, {}, {"venue": venue})

    def _venues_of(self, channel: Channel, scope: Mapping[str, Any]) -> list[str | None]:
        """The venues a channel's snapshots and periodic messages are rendered for: the subscription's, or
        each venue of the stub for a channel sent per venue (`venues: each`), else the default (None)."""
        if "venue" in scope or channel.stub is None or channel.stub.venues != "each":
            return [scope.get("venue")]
        return [name for name, _ in self.venues()]

    def _snapshot(self, session: Session, channel: Channel, values: dict[str, Any], scope: dict[str, Any]) -> None:
        if channel.stub is not None and not channel.stub.snapshot:  # pushed on its events only
            return
        if self.compiled[channel.name].args is not None:
            snapshot = self._render_action(channel, values, session, scope.get("venue"))
            if snapshot is not None:
                session.send_each(snapshot)

    def _invalid(self, channel: Channel, values: Mapping[str, Any]) -> str | None:
        """What is wrong with a subscription's values, by the channel's param schemas."""
        for param in channel.params:
            value = values.get(param.name)
            problem = None if value is None else invalid_value(param.name, value, dict(param.schema))
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

    def _scope(self, channel: Channel, values: Mapping[str, Any], session: Session) -> dict[str, Any]:
        """Which simulator markets a subscription is about, from the stub's args: `symbol` (absent:
        every market) and `kind` (spot or perpetual: a socket that serves one kind only); and the venue
        its values name (absent: every venue's events, the default venue's snapshots)."""
        named = values.get(self.venue_param) if self.venue_param is not None else None
        scope = {} if named is None else {"venue": named}
        if scope:
            with contextlib.suppress(SimulatorError):  # an unknown venue stays as named (and is refused)
                scope["venue"] = self.venues().select(named)[0]
        compiled = self.compiled[channel.name].scope
        if compiled is None:
            return scope
        ctx = Context({"params": dict(values), "now": 0, "account_id": session.account}, self.tables)
        try:
            made = compiled(ctx)
        except (TypeError, ValueError, KeyError):
            return scope
        return {**scope, **{k: v for k, v in made.items() if k in ("symbol", "kind") and isinstance(v, str)}}

    # -- pushes ----------------------------------------------------------------------------------------
    def exchange(self, venue: Any = None) -> Exchange:
        """The simulated exchange of a venue (None: the default one)."""
        return self.venues().select(venue)[1]

    async def periodic(self, session: Session) -> None:
        """Channels the spec calls periodic (an interval) push a fresh snapshot (or their template) at that pace."""
        due: dict[str, float] = {}
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(0.05)
            if session.key is not None and stream_keys(self.exchange()).account(session.key) is None:
                self._key_ended(session)  # its listen key expired or was closed: so does the stream
                return
            now = loop.time()
            for arg, (channel, values, scope) in list(session.subscriptions.items()):
                compiled = self.compiled[channel.name]
                if channel.interval is None or (compiled.args is None and compiled.push is None):
                    continue
                if now >= due.get(arg, 0.0):
                    due[arg] = now + channel.interval
                    for venue in self._venues_of(channel, scope):
                        if compiled.args is not None:
                            message = self._render_action(channel, values, session, venue)
                        else:
                            message = self._render_event(channel, values, session, None, venue)
                        if message is not None:
                            session.send_each(message)

    def _key_ended(self, session: Session) -> None:
        """A connection whose URL credential expired (told so by the spec's push, if any) or was closed."""
        held = self.stream.url_credential
        assert held is not None and session.key is not None
        channel = self.stream.channels.get(held.expired_push or "")
        if channel is not None and stream_keys(self.exchange()).expired(session.key):
            message = self._render_event(channel, {}, session, {"key": session.key, "account": session.account}, None)
            if message is not None:
                session.send_each(message)
        if held.close_code is None:
            session.drop()
        else:
            session.end(held.close_code)

    def _render_action(
        self,
        channel: Channel,
        values: Mapping[str, str],
        session: Session,
        venue: str | None = None,
        payload: Any = None,
        watched: bool = False,
    ) -> Any:
        """A channel's snapshot (or its push for an event): its action's result in the venue (None: the
        default), rendered."""
        stub = channel.stub
        compiled = self.compiled[channel.name]
        assert stub is not None and compiled.args is not None and compiled.push is not None
        try:
            name, exchange = self.venues().select(venue)
            ctx = Context(
                {
                    "event": payload,
                    "params": dict(values),
                    "now": exchange.clock(),
                    "account_id": session.account,
                    "venue": name,
                },
                self.tables,
            )
            result = run(ACTIONS[stub.action or ""], exchange, session.account, compiled.args(ctx))
            ctx = ctx.child(result=result)
            return self._viewed(channel, ctx, compiled.push(ctx), session, watched)
        except SimulatorError:
            return None
        except ValueError:  # a value the codecs cannot write (an asset without a scale): not pushed
            return None

    def _render_event(
        self,
        channel: Channel,
        values: Mapping[str, Any],
        session: Session,
        payload: Any,
        venue: str | None,
        watched: bool = False,
    ) -> Any:
        push = self.compiled[channel.name].push
        assert push is not None
        ctx = Context(
            {
                "event": payload,
                "now": self.exchange().clock(),
                "account_id": session.account,
                "params": dict(values),
                "venue": venue,
            },
            self.tables,
        )
        try:
            return self._viewed(channel, ctx, push(ctx), session, watched)
        except ValueError:
            return None

    def _viewed(self, channel: Channel, ctx: Context, message: Any, session: Session, watched: bool) -> Any:
        """A rendered push as this connection sees it, written by the codecs: a private channel with owner
        fields reaches its owners (and watchers, without those fields)."""
        compiled = self.compiled[channel.name]
        message, mine = owners_view(compiled.owners, ctx, message, session.account)
        if compiled.owners and channel.auth and not (mine or watched):
            return None
        return self._written(channel.message_codecs, message)

    def watch(self, session: Session, command: Command, ctx: Context, args: Mapping[str, Any]) -> None:
        """A watch command (after its action answered): start or stop this connection's watch of the market
        its action named; a channel that pushes changes only starts from what it would push now."""
        watch = command.stub.watch if command.stub is not None else None
        assert watch is not None
        values = ctx.values.get("data") or {}
        on = bool(self.watch_on[watch.active](ctx))
        for key in toggle(session, self.stream, watch, on, str(args.get("symbol")), values):
            channel, values, _ = session.subscriptions[key]
            if channel.stub is not None and channel.stub.changed_only and self.compiled[channel.name].args:
                session.last_sent[key] = dict(self._render_action(channel, values, session) or {})

    def on_event(self, kind: str, payload: Any, venue: str | None = None) -> None:
        """A simulator event (of a venue: None, the default one): push it to every session subscribed
        to a channel it concerns (once per channel: a connection that owns and watches gets it once)."""
        if not self.sessions:
            return
        account = _field_of(payload, "account")
        market = _field_of(payload, "market")
        market_kind = getattr(self.exchange(venue).markets.get(market or ""), "kind", None)
        for session in list(self.sessions):
            sent: set[str] = set()
            for key, (channel, values, scope) in list(session.subscriptions.items()):
                compiled = self.compiled[channel.name]
                if channel.stub is None or kind not in channel.stub.push_on or channel.name in sent:
                    continue
                if scope.get("venue", venue) != venue:  # a subscription to another venue's events
                    continue
                watched = bool(scope.get(WATCHED))
                if channel.auth and not (watched or compiled.owners) and account != session.account:
                    continue
                if market is not None:
                    if compiled.scope is not None or watched:
                        if scope.get("symbol", market) != market or scope.get("kind", market_kind) != market_kind:
                            continue
                    elif any(str(v).lower() != "all" and str(v) != market for v in values.values()):
                        continue
                elif watched:  # an event of no market is no watched market's
                    continue
                if compiled.args is not None:
                    message = self._render_action(channel, values, session, venue, payload, watched)
                elif compiled.push is not None:
                    message = self._render_event(channel, values, session, payload, venue, watched)
                else:
                    continue
                if channel.stub.changed_only:
                    message = changes(message, channel.stub.changed_only, session.last_sent.setdefault(key, {}))
                if message is not None:
                    sent.add(channel.name)
                    session.send_each(message)


def _field_of(payload: Any, name: str) -> str | None:
    value = payload.get(name) if isinstance(payload, dict) else getattr(payload, name, None)
    return None if value is None else str(value)
