"""uvicorn's WebSocket protocol pinging as each stream's spec says (`heartbeat.server_pings`): a ping every
interval, and the connection closed when a pong is not back within the timeout. uvicorn has one setting per
server; the stub chooses per connection, by its path, when it accepts it. Streams that give none keep
uvicorn's defaults."""

from __future__ import annotations

from collections.abc import Callable

from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol

Pings = Callable[[str], "tuple[float, float] | None"]  # a connection's path -> (every, pong within) seconds


def pinging(pings: Pings) -> type[WebSocketsSansIOProtocol]:
    """The protocol class of a server whose stub answers `pings`."""

    class Pinging(WebSocketsSansIOProtocol):
        def start_keepalive(self) -> None:  # called once the handshake is accepted
            chosen = pings(str(self.scope.get("path", "")))
            if chosen is not None:
                self.ping_interval, self.ping_timeout = chosen
            super().start_keepalive()

    return Pinging
