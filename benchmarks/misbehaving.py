"""A server that answers every HTTP request in one hostile way, and a generated client's call to it
(for the client tests and the faults session).

It listens on 127.0.0.1 (a free port), serves each connection in a daemon thread and stops, closing
every socket, when the `with` block ends.
"""

from __future__ import annotations

import asyncio
import importlib
import socket
import struct
import threading
from typing import Any

import httpx

from generator import ir

TRICKLE = 0.1  # seconds between the bytes a trickling server sends

BEHAVIOURS = (
    "trickle_headers",  # the status line, then header bytes one at a time, forever
    "trickle_body",  # complete headers promising 10 MB, then body bytes one at a time, forever
    "silent",  # reads the request and never answers
    "drop",  # reads the request and closes the connection
    "reset",  # reads the request and resets the connection (RST)
    "truncated",  # promises 1,000 bytes, sends one, closes
    "garbage",  # answers something that is not HTTP
    "bad_gzip",  # Content-Encoding: gzip on a body that is not gzip
    "deep_json",  # a 200 whose JSON is nested 100,000 deep
    "answer_then_drop",  # answers a connection's first request (200, `first`), reads the next and closes
)


class Misbehaving:
    def __init__(self, behaviour: str, first: bytes = b"{}") -> None:
        assert behaviour in BEHAVIOURS, behaviour
        self.behaviour = behaviour
        self.first = first  # the body of a good answer, where one comes first
        self.requests = 0
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._sock.settimeout(0.1)
        self._connections: list[socket.socket] = []
        self._lock = threading.Lock()
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> Misbehaving:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sock.close()
        with self._lock:
            for conn in self._connections:
                conn.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                continue
            with self._lock:
                self._connections.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            answered = 0
            while not self._stop.is_set() and self._read_request(conn):
                self.requests += 1
                if not self._answer(conn, answered):
                    return
                answered += 1
        except OSError:
            return

    def _read_request(self, conn: socket.socket) -> bool:
        conn.settimeout(0.2)
        data = b""
        while b"\r\n\r\n" not in data:
            if self._stop.is_set():
                return False
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            if not chunk:
                return False
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = next(
            (int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")),
            0,
        )
        while len(body) < length and not self._stop.is_set():
            try:
                body += conn.recv(65536)
            except TimeoutError:
                continue
        return True

    def _trickle(self, conn: socket.socket, prefix: bytes) -> bool:
        conn.sendall(prefix)
        while not self._stop.wait(TRICKLE):
            conn.sendall(b"a")
        return False

    def _answer(self, conn: socket.socket, answered: int) -> bool:
        """Answer one request (after `answered` others on this connection); False when the connection is done."""
        kind = self.behaviour
        if kind == "answer_then_drop" and answered:
            kind = "drop"
        if kind == "trickle_headers":
            return self._trickle(conn, b"HTTP/1.1 200 OK\r\nX-Slow: ")
        if kind == "trickle_body":
            return self._trickle(
                conn, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n"
            )
        if kind == "silent":
            self._stop.wait()
            return False
        if kind == "drop":
            conn.close()
            return False
        if kind == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()
            return False
        if kind == "truncated":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
            conn.close()
            return False
        if kind == "garbage":
            conn.sendall(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")
            conn.close()
            return False
        body, headers = _body(kind) if kind != "answer_then_drop" else (self.first, "")
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n{headers}\r\n"
        conn.sendall(head.encode() + body)
        return True


def _body(kind: str) -> tuple[bytes, str]:
    if kind == "bad_gzip":
        return b'{"code": 0, "data": {}, "message": "OK"}', "Content-Encoding: gzip\r\n"
    assert kind == "deep_json"
    return b'{"code": 0, "data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", ""


def client_call(
    api: ir.ApiIR, url: str, mode: str, method: str, kwargs: dict[str, Any], calls: int = 1, **options: Any
) -> Any:
    """Call `method` (an `iter_` method is consumed) `calls` times on one client of `api` in `mode`; the
    first error, or None."""
    creds = {c: "x" for c in api.credentials}
    module = importlib.import_module(f"exchange_bindings.{api.id}")
    if mode.startswith("sync"):
        http = httpx.Client() if mode.endswith("own-http") else None
        try:
            with module.Client(base_url=url, http_client=http, rate_limits=False, **creds, **options) as client:
                for _ in range(calls):
                    result = getattr(client, method)(**kwargs)
                    list(result) if method.startswith("iter_") else None
        except Exception as exc:
            return exc
        finally:
            if http is not None:
                http.close()
        return None

    async def run() -> Any:
        http = httpx.AsyncClient() if mode.endswith("own-http") else None
        try:
            async with module.AsyncClient(base_url=url, http_client=http, rate_limits=False, **creds, **options) as c:
                for _ in range(calls):
                    if method.startswith("iter_"):
                        async for _ in getattr(c, method)(**kwargs):
                            pass
                    else:
                        await getattr(c, method)(**kwargs)
        except Exception as exc:
            return exc
        finally:
            if http is not None:
                await http.aclose()
        return None

    return asyncio.run(run())
