"""Stream transports, by the name a spec's `transport:` gives them (the loader refuses any other name).

- `websocket`: runtime/transports/websocket/ (client and stub side);
- `sse`: Server-Sent Events, runtime/transports/sse/ (client and stub side).

This module imports nothing heavy: the generator reads the registry too.
"""

from __future__ import annotations

from typing import Protocol

import msgspec


class _Servers(Protocol):
    def base_url(self, environment: str | None, transport: str = "rest") -> str: ...


class Transport(msgspec.Struct, frozen=True):
    name: str
    scheme: str  # the URL scheme a stub announces its streams of this transport with (over plain TCP)


TRANSPORTS: dict[str, Transport] = {
    "websocket": Transport("websocket", "ws"),
    "sse": Transport("sse", "http"),
}


def stream_url(config: _Servers, server: str, path: str | None = None, environment: str | None = None) -> str:
    """Where a stream is served: the URL of its `server` (a key of the environment's URLs), then its `path`."""
    base = config.base_url(environment, server)
    return base.rstrip("/") + path if path else base
