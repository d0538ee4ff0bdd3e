"""The typed, frozen configuration of one WebSocket stream, as the generator builds it from the spec
(generator/typed/websocket.py) and writes it into the generated package as constructor calls.

The client (client.py) and the stub side (server.py) read it; neither parses spec data. What stays
data inside it is data by nature: JSON schemas (which wire type a field has), stub response templates
(the stub's own small language, compiled by runtime/stub/template.py) and subscription item templates.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from ...auth.login import StreamLogin
from ...codecs.shape import Shape
from .state import StateView


@dataclass(frozen=True)
class Framing:
    """How commands, replies and pushes look on the wire: the names of the framing's fields."""

    op: str  # the field naming the command (and, for flat APIs, the type of every message)
    tag: str | None = None  # the field a reply echoes to correlate it (None: no tag)
    tag_type: str = "string"  # or "integer"
    tag_max_length: int | None = None
    args: str = "args"  # subscribe/unsubscribe: the field holding the channel list
    data: str | None = "data"  # a command's payload field (None: its fields sit at the top level)
    batch_data: str | None = None  # a batch command's payloads
    reply_data: str | None = "data"  # a reply's result field (None: at the top level)
    reply_event: str | None = None  # a reply's field naming the command answered
    reply_ok: tuple[str, ...] = ()  # reply fields holding true/false outcomes
    reply_ok_code: int | str | None = None  # a reply succeeded when reply_code has this value
    reply_ok_message: str | None = None
    reply_code: str | None = None
    reply_message: str | None = None
    reply_channel: str = "channel"  # the subscribe reply's field naming the channel
    push_channel: str | None = None  # a push's field naming its channel (table, type)
    timestamp: str | None = None  # a reply's server-time field
    correlate: str | None = None  # replies matched by this payload field instead of a tag
    rejected: Mapping[str, Any] | None = None  # fields and values that make a message a refusal
    rejected_request: str | None = None  # the refusal's field holding the request (JSON text or object)


@dataclass(frozen=True)
class Heartbeat:
    """How the link is kept alive and judged: `ws_ping` (WebSocket pings), `message` (a ping command the
    client sends every interval), `server` (the server sends something at least every interval; the
    client only listens) or `none`."""

    kind: str = "none"
    interval: float | None = None  # seconds
    timeout: float | None = None  # seconds of silence that mean a dead link
    command: str | None = None  # kind message: the command sent
    server_pings: tuple[float, float] | None = None  # the server's pings: (every, pong within) seconds


@dataclass(frozen=True)
class Handshake:
    """Credentials carried by the connection request itself (no login command): an auth scheme's
    client side puts them on it (a header, a query parameter), its stub side checks them."""

    scheme: str


@dataclass(frozen=True)
class UrlCredential:
    """A URL that carries a credential obtained over REST (a listen key): `create` answers it in its
    `field`, `keep_alive` (called every `every` seconds while connected) extends it; the URL's path
    holds it as `{field}`. A connection refused or closed because it expired gets a fresh one.

    The server's side: when the credential expires it pushes the channel `expired_push` (if any), then
    closes with `close_code` (None: abruptly); a connection with an unknown credential is accepted, then
    closed with `refused_close` (None: the handshake is refused)."""

    create: str  # the REST operation answering the credential
    field: str
    keep_alive: str | None = None
    every: float | None = None
    expired_push: str | None = None
    close_code: int | None = None
    refused_close: int | None = None


@dataclass(frozen=True)
class StubMapping:
    """What the stub does for a command or channel: a simulator action, its arguments and the
    response template (see runtime/stub/template.py); for channels the simulator events that push it."""

    action: str | None = None
    args: Any = None
    respond: Any = None
    push_on: tuple[str, ...] = ()
    refuse: str | None = None  # a command the stub does not simulate: refused with this reason
    until_disconnect: str | None = None  # an expression over data: true cancels the placed order on close
    watch: Watch | None = None  # a command that starts (or stops) a connection's watch of a market
    owner_fields: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (account template, the fields only it sees)
    changed_only: tuple[str, ...] = ()  # fields a push carries only when changed since the last that had them
    messages: Mapping[str, str] = field(default_factory=dict)  # reason -> this command's own error message
    endpoint: str | None = None  # a command answered by this REST endpoint's stub mapping (data as its params)
    venues: str | None = None  # "each": a channel sent once per venue of an order router ({venue})
    snapshot: bool = True  # a channel with an action: its result is sent when subscribed (False: on events only)


@dataclass(frozen=True)
class Watch:
    """A command that makes a connection watch one market (its action's `symbol`): the `channels` push that
    market's events to it, anyone's, while the expression `active` (the spec's `while`) over the command's data is true; false stops
    it. Watching twice is refused (`already_subscribed`), stopping an unwatched market too (`not_subscribed`)."""

    channels: tuple[str, ...]
    active: str  # the spec's `while`


@dataclass(frozen=True)
class Sequence:
    """A per-account number (a tonce) that commands carry increasing: a value not above the last one
    given since a reset is refused (`out_of_sequence`)."""

    field: str
    commands: tuple[str, ...]
    reset_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Param:
    """A channel parameter: its wire name and its type schema (to refuse bad values before sending)."""

    name: str
    schema: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ItemList:
    """A channel subscribed with its own commands, each item of a list one subscription."""

    subscribe: str  # op
    unsubscribe: str  # op
    list: str  # the payload field holding the list
    item: Any  # a template over the channel's params ("{market}", or a list of them)
    unsubscribe_item: Any = None  # the unsubscribe list's item (None: `item`)

    @property
    def unsubscribe_template(self) -> Any:
        return self.item if self.unsubscribe_item is None else self.unsubscribe_item


@dataclass(frozen=True)
class Command:
    name: str
    op: str
    batch: bool = False
    auth: bool = False
    max_items: int | None = None
    cost: Mapping[str, int] = field(default_factory=dict)  # rate-limit units per bucket (per item of a batch)
    data: Mapping[str, Any] | None = None  # the payload's type schema (one item's, for a batch)
    reply: Mapping[str, Any] | None = None  # the reply's type schema (the stub writes it)
    payload_codecs: Shape | None = None  # where codecs write (client) and read (stub) the payload
    reply_codecs: Shape | None = None  # where codecs read (client) and write (stub) the reply
    answers: tuple[str, ...] = ()  # correlated commands: the push types that answer it
    correlate: tuple[str, ...] = ()  # the payload fields identifying its answer (the first present; () : the framing's)
    stub: StubMapping | None = None
    client_fields: tuple[str, ...] = ()  # payload fields the client takes but never sends (x-client: a side)
    signs: tuple[tuple[str, str, str], ...] = ()  # (amount, the client field signing it, its negative value)


@dataclass(frozen=True)
class Channel:
    name: str
    pattern: str  # the subscription argument (also the identity of a subscription)
    tables: tuple[str, ...]  # values of the push's channel field
    message: Mapping[str, Any]  # the push's type schema
    params: tuple[Param, ...] = ()
    auth: bool = False
    interval: float | None = None  # periodic channels push at least this often
    subscription: ItemList | None = None  # the channel's own subscribe/unsubscribe commands
    message_codecs: Shape | None = None
    stub: StubMapping | None = None

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)

    def schema_of(self, name: str) -> Mapping[str, Any]:
        return next((p.schema for p in self.params if p.name == name), {})


@dataclass(frozen=True)
class WebSocketStream:
    """One WebSocket stream of an API."""

    transport: ClassVar[str] = "websocket"

    name: str
    server: str  # key of the URL in servers.environments.*
    framing: Framing
    path: str | None = None  # appended to that URL ({field} of a URL credential)
    compression: str = "none"  # how the server compresses its frames: gzip, deflate
    login: StreamLogin | None = None
    handshake: Handshake | None = None
    url_credential: UrlCredential | None = None
    heartbeat: Heartbeat = field(default_factory=Heartbeat)
    subscribe: str | None = None  # the command subscribing channel patterns
    unsubscribe: str | None = None
    pushed: bool = False  # no subscriptions: every channel flows from the start
    rate_limits: Mapping[str, str] = field(default_factory=dict)  # role -> bucket
    commands: Mapping[str, Command] = field(default_factory=dict)
    channels: Mapping[str, Channel] = field(default_factory=dict)
    schemas: Mapping[str, Any] = field(default_factory=dict)  # the structs the schemas above refer to
    reply: Mapping[str, Any] | None = None  # the shape of subscribe replies and of failures
    rejections: Mapping[str, str] = field(default_factory=dict)  # reason -> this stream's code
    sequence: Sequence | None = None
    state: tuple[StateView, ...] = ()  # views the client keeps from the pushes (snapshots and updates)

    @property
    def costs(self) -> dict[str, Mapping[str, int]]:
        return {name: c.cost for name, c in self.commands.items() if c.cost}

    def by_op(self, op: str) -> Command | None:
        return next((c for c in self.commands.values() if c.op == op), None)
