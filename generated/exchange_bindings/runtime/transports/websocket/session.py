"""The stub side's view of one client connection: who it is, what it subscribed to, its own rate-limit
buckets, and the queue of messages going out (which stalls and drops act on)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from ...limits import Limiter
from . import framing as wire
from .config import Channel

Send = Callable[[dict[str, Any]], Awaitable[None]]
Receive = Callable[[], Awaitable[dict[str, Any]]]


@dataclass
class Session:
    """One client connection."""

    queue: asyncio.Queue[str | None]
    loop: asyncio.AbstractEventLoop
    account: str | None = None
    # subscription key -> channel, the subscription's values, and its scope (symbol, kind; none: all)
    subscriptions: dict[str, tuple[Channel, dict[str, Any], dict[str, Any]]] = field(default_factory=dict)
    stalled_until: float = 0.0
    dropped: asyncio.Event = field(default_factory=asyncio.Event)
    ip: str = ""
    limiters: dict[str, Limiter] = field(default_factory=dict)  # the connection's own buckets
    challenge: bytes | None = None  # the nonce this connection was greeted with (a challenge login signs it)
    held: list[tuple[str, int]] = field(default_factory=list)  # (venue, order) ending with the connection
    key: str | None = None  # the URL credential it connected with (a listen key): it ends when the key does
    last_sent: dict[str, dict[str, Any]] = field(default_factory=dict)  # subscription key -> fields pushed last
    close_code: int | None = None  # set by end(): the code the connection closes with after what is queued
    sent: int = 0  # messages queued so far (a command's pushed answer shows as a change)

    def drop(self) -> None:
        """Close the connection abruptly, from any thread."""
        self.loop.call_soon_threadsafe(self.dropped.set)
        self.loop.call_soon_threadsafe(self.queue.put_nowait, None)

    def end(self, code: int) -> None:
        """Close the connection with `code` once the messages already queued are sent."""
        self.close_code = code
        self.loop.call_soon_threadsafe(self.queue.put_nowait, None)

    def send_each(self, message: Any) -> None:
        """A push, or a list of pushes (a template rendering one message per market)."""
        for item in message if isinstance(message, list) else [message]:
            self.send(item)

    def send(self, message: Any) -> None:
        """Queue a message from any thread (simulator events can come from REST handlers)."""
        text = message if isinstance(message, str) else wire.ENCODER.encode(message).decode()
        self.sent += 1
        self.loop.call_soon_threadsafe(self.queue.put_nowait, text)


async def sender(session: Session, send: Send, compression: str) -> None:
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
            if session.close_code is not None:
                await send({"type": "websocket.close", "code": session.close_code})
            return
        packed = wire.compress(compression, text)  # the API compresses what it sends (binary frames)
        if packed is not None:
            await send({"type": "websocket.send", "bytes": packed})
        else:
            await send({"type": "websocket.send", "text": text})
