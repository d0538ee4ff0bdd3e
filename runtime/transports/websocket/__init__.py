"""WebSocket as a stream transport: its typed configuration (`config.py`, built by the generator), the
wire framing both sides share (`framing.py`), subscriptions (`subscriptions.py`), the client
(`connection.py`: opening the socket; `client.py`: commands, subscriptions, the sync twin) and the
stub side (`session.py`, `server.py`, `pushes.py`).

What both sides promise each other, as the spec's stream section turns it on:

- a command is one JSON message: its op, a tag (if the framing has one) and its payload, under a data
  field or with its fields at the top level; its reply echoes the tag, or, for flat APIs without tags,
  carries a key of the payload (a client order id) or holds the refused request;
- a reply says it succeeded by true/false fields or by a code; a failure carries the API's code and
  message (the stub's come from the stream's rejection table) and never closes the connection;
- pushes name their channel in a field; subscriptions are by channel pattern, by a channel's own list
  commands, or none at all (every channel flows from the start, snapshots first);
- logins go through the auth scheme's stream side (a challenge login signs the nonce of the server's
  greeting); or the handshake carries the credentials (a header, a query parameter); or the URL holds a
  credential obtained over REST (a listen key), kept alive while connected;
- payloads, replies and pushes go through the API's codecs: scaled integers, times, exact decimals.
"""

from __future__ import annotations

from .client import AsyncStream, Types
from .config import (
    Channel,
    Command,
    Framing,
    Handshake,
    Heartbeat,
    ItemList,
    Param,
    StubMapping,
    UrlCredential,
    Watch,
    WebSocketStream,
)
from .subscriptions import Subscription
from .sync import SyncStream, SyncSubscription

__all__ = [
    "AsyncStream",
    "Channel",
    "Command",
    "Framing",
    "Handshake",
    "Heartbeat",
    "ItemList",
    "Param",
    "StubMapping",
    "Subscription",
    "SyncStream",
    "SyncSubscription",
    "Types",
    "UrlCredential",
    "Watch",
    "WebSocketStream",
]
