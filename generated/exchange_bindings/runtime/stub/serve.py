"""Serving a stub over a real socket with uvicorn (the `stub` extra), in a thread or in the foreground."""

from __future__ import annotations

import asyncio
import gc
import signal
import socket
import threading
from collections.abc import Callable
from typing import Any

from .app import Stub


def bind(host: str, port: int) -> socket.socket:
    """A listening socket; port 0 picks a free one (read it back from getsockname())."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY on accepted connections only when the listening
    # socket says so; without it every keep-alive response waits ~40 ms on Nagle and delayed ACKs.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(1024)
    sock.setblocking(False)
    return sock


def loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's event loop (the `stub` extra installs it where it builds) when it is there, else asyncio's."""
    try:
        import uvloop
    except ImportError:  # pragma: no cover - depends on the platform
        return None
    return uvloop.new_event_loop


IDLE_TIMEOUT = 5.0  # seconds a connection may owe the server bytes (a request, the rest of one) and send none
GRACE = 1  # seconds work in flight gets at shutdown before it is cancelled (a latency still asleep then answers)


def _server(app: Any, log_level: str, idle_timeout: float = IDLE_TIMEOUT) -> Any:
    try:
        import uvicorn

        from .http11 import PROTOCOL
        from .wsping import pinging
    except ImportError:  # pragma: no cover - depends on the install
        raise SystemExit("serving over a socket needs the stub extra: pip install 'exchange-bindings[stub]'") from None
    config = uvicorn.Config(
        app,
        log_level=log_level,
        lifespan="on",
        access_log=False,
        http=PROTOCOL,
        ws=pinging(app.ws_pings) if isinstance(app, Stub) else "websockets-sansio",
        timeout_keep_alive=idle_timeout,  # type: ignore[arg-type]  # (hinted int; any number of seconds works)
        timeout_graceful_shutdown=GRACE,
    )
    return uvicorn.Server(config)


def serve_forever(
    app: Stub, sock: socket.socket, log_level: str = "warning", ready: Callable[[], None] = lambda: None
) -> None:
    """Serve an ASGI app (a Stub) until SIGINT or SIGTERM, then return (exit status 0).

    Our handlers are in place before `ready()` (where the CLI prints its line), so a signal at any
    moment after that stops the server. uvicorn shuts down gracefully (a request still arriving is
    abandoned, work in flight gets GRACE seconds), then re-raises the signal under the handlers it
    found, ours, which only ask for the exit already under way.
    """
    server = _server(app, log_level)

    def stop(signum: int, frame: object) -> None:
        server.should_exit = True

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, stop)
    # The seeded simulator and the compiled templates live as long as the server: kept out of full
    # collections, each of which would otherwise walk them (about 30 ms, a stall every client sees).
    gc.collect()
    gc.freeze()
    ready()
    _run(server, sock)


def _run(server: Any, sock: socket.socket) -> None:
    with asyncio.Runner(loop_factory=loop_factory()) as runner:
        runner.run(server.serve(sockets=[sock]))


class ServerThread:
    """A stub on a real socket in a background thread, for tests: `with ServerThread(stub) as url:`."""

    def __init__(
        self,
        app: Stub,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str = "warning",
        idle_timeout: float = IDLE_TIMEOUT,
    ) -> None:
        self.sock = bind(host, port)
        self.host, self.port = self.sock.getsockname()[:2]
        self._server = _server(app, log_level, idle_timeout)
        self._thread = threading.Thread(target=lambda: _run(self._server, self.sock), daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> str:
        self._thread.start()
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the stub server did not start")
            threading.Event().wait(0.01)
        return self.url

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self.sock.close()

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
