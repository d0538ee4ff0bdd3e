"""uvicorn's HTTP/1.1 protocols with the two bounds a test double on a real socket needs and uvicorn lacks.

- A client that owes the server bytes (its first request, the rest of a request's head or body) and
  sends none for the idle timeout is disconnected: a connection that never speaks is not kept forever.
- At shutdown a request still arriving is abandoned at once, instead of being waited for; so is a response
  still streaming (an event stream, which never ends by itself: its client reconnects elsewhere or later).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from uvicorn.protocols.http.h11_impl import H11Protocol

# Both of uvicorn's protocols keep a `cycle` per request and a keep-alive timer the same way: the bounds
# are a mixin over either, typed against h11's.
if TYPE_CHECKING:
    _Protocol = H11Protocol
else:
    _Protocol = object


class _Bounded(_Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._watch()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._watch()

    def shutdown(self) -> None:
        if self._owed() or self._streaming():
            self.transport.close()  # the client has not finished asking, or the answer never finishes
        else:
            super().shutdown()

    def _ours(self) -> bool:
        """The connection is still HTTP (not upgraded to a WebSocket, which has its own keep-alive)."""
        return not self.transport.is_closing() and self.transport.get_protocol() is self

    def _owed(self) -> bool:
        """The server waits for the client: for a request, the rest of its head, or the rest of its body."""
        cycle = self.cycle
        return cycle is None or cycle.response_complete or cycle.more_body

    def _streaming(self) -> bool:
        """A response is under way in parts (the stub sends its other answers whole)."""
        cycle = self.cycle
        return cycle is not None and cycle.response_started and not cycle.response_complete

    def _watch(self) -> None:
        """(Re)start the idle clock while the client owes bytes; stop it while the server is working."""
        if not self._ours():
            return
        self._unset_keepalive_if_required()
        if self._owed():
            self.timeout_keep_alive_task = self.loop.call_later(self.timeout_keep_alive, self._idle)

    def _idle(self) -> None:
        self.timeout_keep_alive_task = None
        if self._ours() and self._owed():
            self.transport.close()


class BoundedH11Protocol(_Bounded, H11Protocol):
    """h11: pure Python, always there."""


try:  # httptools' parser in C (the `stub` extra installs it) serves 2-3x the requests a second of h11's
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # pragma: no cover - depends on the install
    PROTOCOL: type[Any] = BoundedH11Protocol
else:

    class BoundedHttpToolsProtocol(_Bounded, HttpToolsProtocol):  # type: ignore[misc]
        """httptools: C, when installed."""

    PROTOCOL = BoundedHttpToolsProtocol
