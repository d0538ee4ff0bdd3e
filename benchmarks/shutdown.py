"""`python -m exchange_bindings serve <api> --json` as a subprocess, and what its clients may be doing
when it is told to stop: a request half sent, a scripted latency asleep, open sockets. Used by the
shutdown tests and the faults session."""

from __future__ import annotations

import importlib
import json
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack
from typing import Any

import httpx
from websockets.sync.client import connect

from exchange_bindings.runtime.auth import Credentials
from exchange_bindings.runtime.transports.websocket.connection import signed_handshake

BOUND = 2.0  # seconds the server has to stop in
MARGIN = 1.5  # for a loaded test machine


class Served:
    """A `serve --json` subprocess and its announced URLs."""

    def __init__(self, api: str) -> None:
        self.api = api
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "exchange_bindings", "serve", api, "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.info: dict[str, Any] = json.loads(self.proc.stdout.readline())
        url = httpx.URL(self.info["rest"])
        self.address = (url.host, url.port)

    def connection(self, data: bytes = b"") -> socket.socket:
        sock = socket.create_connection(self.address)
        sock.sendall(data)
        return sock

    def stop(self, signum: int) -> tuple[int, float, str]:
        """Send the signal; the exit status, the seconds it took, and what the server wrote on stderr."""
        started = time.monotonic()
        self.proc.send_signal(signum)
        try:
            status = self.proc.wait(timeout=BOUND + MARGIN)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError(f"still serving {BOUND + MARGIN} s after {signal.Signals(signum).name}") from None
        assert self.proc.stderr is not None
        return status, time.monotonic() - started, self.proc.stderr.read()


def _half_sent(served: Served, stack: ExitStack) -> None:
    """A request promising 1,000 bytes of body, of which one is sent."""
    head = b"POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 1000\r\n\r\n{"
    stack.enter_context(served.connection(head))
    time.sleep(0.5)  # received, and the server waits for the rest


def _sleeping(latency: bytes, refusable: bool = False) -> Callable[[Served, ExitStack], None]:
    def scenario(served: Served, stack: ExitStack) -> None:
        """A request asleep in a scripted latency (one out of range is refused, and none sleeps)."""
        fault = httpx.post(
            served.info["rest"] + "/__stub__/faults",
            content=b'{"latency": ' + latency + b"}",
            headers={"Content-Type": "application/json"},
        )
        if refusable and fault.status_code == 400:
            return
        assert fault.status_code == 200, fault.text
        stack.enter_context(served.connection(b"GET /no/such/endpoint HTTP/1.1\r\nHost: a\r\n\r\n"))
        time.sleep(0.5)  # received and asleep

    return scenario


def _handshake(served: Served, name: str, url: str) -> tuple[str, dict[str, str]]:
    """A stream's URL and handshake headers: the demo account's credentials where the stream takes them on
    its handshake (it refuses a connection without them), else as given."""
    stream = getattr(importlib.import_module(f"exchange_bindings.{served.api}.streams"), f"_{name.upper()}_CONFIG")
    if stream.handshake is None:
        return url, {}
    config = importlib.import_module(f"exchange_bindings.{served.api}.config").CONFIG
    scheme = config.auth_schemes[stream.handshake.scheme]
    return signed_handshake(scheme, Credentials(served.info["credentials"]), url)


def _sockets(served: Served, stack: ExitStack) -> None:
    """Every stream open (WebSockets, and SSE streams' GETs), an idle kept-alive HTTP connection, and one that
    never speaks."""
    for name, url in served.info["streams"].items():
        if url.startswith("ws"):
            signed, headers = _handshake(served, name, url)
            stack.enter_context(connect(signed, additional_headers=headers))
        else:  # an event stream (one that needs credentials may refuse at once: then nothing stays open)
            stack.enter_context(stack.enter_context(httpx.Client()).stream("GET", url))
    kept = stack.enter_context(served.connection(b"GET /no/such/endpoint HTTP/1.1\r\nHost: a\r\n\r\n"))
    kept.recv(65536)
    stack.enter_context(served.connection())
    time.sleep(0.5)  # all accepted


SCENARIOS = {
    "half-sent request": _half_sent,
    "30 s latency": _sleeping(b"30"),
    "1e400 latency": _sleeping(b"1e400", refusable=True),
    "open sockets": _sockets,
}
