"""Server-Sent Events (W3C `text/event-stream`) as a stream transport: its typed configuration here,
the client in `client.py` (on httpx-sse), the stub side in `server.py`.

What both sides promise each other:

- every event carries an `id:` (an integer, increasing, never reused by a server even across restarts:
  the first is the server clock in microseconds), an `event:` name the spec declares, and `data:` as one
  line of JSON that the event's schema describes, its fields written by the API's codecs (scaled integers,
  times) and read back by them into the types callers get (Decimal amounts);
- fields the spec gives to owners only (an order's tonce, a side's fee) reach the connections of the account
  that owns them; every other connection receives the same event without them, under the same id;
- a client that reconnects sends the last id it received as `Last-Event-ID` and gets every event after it
  that it may see, exactly once, from the server's bounded history (`history` events); every response starts
  with the newest id on its own (no event), so a client that loses its first connection before any event
  reached it still resumes from the moment it connected;
- a `Last-Event-ID` the server cannot resume after (older than its history, or never issued) is refused
  with HTTP 410 Gone and the API's error body: the events in between are lost, and the client says so
  (`EventsLostError`) instead of going on as if nothing were missing; it then reconnects without an id and
  receives live events again (resynchronise through REST);
- the server announces its reconnection delay with `retry:` and, while idle, sends a `:` comment every
  heartbeat interval; a client that hears nothing for longer than its watchdog reconnects;
- credentials go where the stream's auth scheme puts them (an `Authorization` header for HTTP Basic, or,
  for EventSource clients that cannot set headers, the query parameter the scheme names), and the stub
  checks them with the scheme's own stub side (runtime/auth).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...codecs.shape import Shape

__all__ = ["EventDef", "EventStub", "SseConfig", "SseStub"]


@dataclass(frozen=True)
class EventDef:
    """One named event of a stream: the type its `data:` decodes into."""

    name: str
    message: Any  # a msgspec struct (or list, ...) from the API's models
    private: bool = False  # only the connection of the account it concerns receives it
    codecs: Shape | None = None  # where the API's codecs read the data (scaled integers, times)


@dataclass(frozen=True)
class SseConfig:
    """An SSE stream as the spec describes it."""

    server: str  # key of the URL in servers.environments.* (rest, or an entry of streams)
    path: str | None = None  # appended to that URL
    auth_scheme: str | None = None  # an auth scheme of the API (None: a public stream)
    auth_required: bool = True  # without credentials the server refuses (False: public events only)
    keepalive: float | None = None  # seconds between the server's `:` comments on an idle stream
    watchdog: float | None = None  # seconds of silence after which a client counts the connection dead
    retry: float | None = None  # the reconnection delay the server announces (`retry:`), in seconds
    history: int = 1000  # events the server keeps to resume from


@dataclass(frozen=True)
class EventStub:
    """How a stub raises one event: on the simulator events `push_on` (when the `when` template holds), it
    renders `respond` (after running `action` with the `args` template, if any) as data that `message`,
    the event's JSON schema, describes; `many`: the template renders a list, one event per item.
    Templates are JSON-like data (runtime/stub/template.py compiles them)."""

    name: str
    push_on: frozenset[str]
    respond: Any
    message: Any
    private: bool = False  # only the connection of the account it concerns receives it
    when: Any = None
    action: str | None = None
    args: Any = None
    many: bool = False
    codecs: Shape | None = None  # where the API's codecs write the data (scaled integers, times)
    # (template of an account id, fields only that account sees): the others get the event without them
    owner_fields: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class SseStub:
    """An SSE stream as a stub serves it: its configuration and the events it raises."""

    config: SseConfig
    events: tuple[EventStub, ...] = ()
