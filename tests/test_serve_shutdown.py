"""`python -m exchange_bindings serve <api> --json` stops within 2 s of SIGTERM or SIGINT, exit status 0,
whatever its clients are doing: a request half sent, a scripted latency asleep (30 s, or endless), open
WebSockets, silent connections."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import httpx
import pytest
from conftest import APIS
from websockets.sync.client import connect

BOUND = 2.0  # seconds the server has to stop in
MARGIN = 1.5  # for a loaded test machine


class Served:
    """A `serve --json` subprocess and its announced URLs."""

    def __init__(self, api: str) -> None:
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


def _sleeping(latency: bytes) -> Callable[[Served, ExitStack], None]:
    def scenario(served: Served, stack: ExitStack) -> None:
        """A request asleep in a scripted latency (if the control surface takes it; else it refuses it)."""
        fault = httpx.post(served.info["rest"] + "/__stub__/faults", content=b'{"latency": ' + latency + b"}")
        if fault.status_code != 200:
            assert 400 <= fault.status_code < 500, fault.text
            return
        stack.enter_context(served.connection(b"GET /no/such/endpoint HTTP/1.1\r\nHost: a\r\n\r\n"))
        time.sleep(0.5)  # received and asleep

    return scenario


def _sockets(served: Served, stack: ExitStack) -> None:
    """Every stream's WebSocket open, an idle kept-alive HTTP connection, and one that never speaks."""
    for url in served.info["streams"].values():
        stack.enter_context(connect(url))
    kept = stack.enter_context(served.connection(b"GET /no/such/endpoint HTTP/1.1\r\nHost: a\r\n\r\n"))
    kept.recv(65536)
    stack.enter_context(served.connection())
    time.sleep(0.5)  # all accepted


SCENARIOS = {
    "half-sent request": _half_sent,
    "30 s latency": _sleeping(b"30"),
    "1e400 latency": _sleeping(b"1e400"),
    "open sockets": _sockets,
}


@pytest.fixture
def served(request: pytest.FixtureRequest) -> Iterator[Served]:
    server = Served(request.param)
    yield server
    if server.proc.poll() is None:
        server.proc.kill()
        server.proc.wait()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=lambda s: signal.Signals(s).name)
@pytest.mark.parametrize("scenario", list(SCENARIOS))
@pytest.mark.parametrize("served", list(APIS), indirect=True)
def test_serve_stops_promptly(served: Served, scenario: str, signum: int) -> None:
    with ExitStack() as stack:
        SCENARIOS[scenario](served, stack)
        status, took, stderr = served.stop(signum)
    assert status == 0, stderr
    assert took < BOUND + MARGIN, took
    assert "Traceback" not in stderr, stderr
