"""The baseline server: a bare ASGI hello-world on the same uvicorn set-up as the stubs.

`python -m benchmarks.hello_asgi` prints its port and serves on 127.0.0.1 until SIGTERM.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from exchange_bindings.runtime.stub.serve import bind, serve_forever

BODY = b'{"hello":"world"}'
HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]


async def app(
    scope: dict[str, Any],
    receive: Callable[[], Awaitable[dict[str, Any]]],
    send: Callable[[dict[str, Any]], Awaitable[None]],
) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            await send({"type": message["type"] + ".complete"})
            if message["type"] == "lifespan.shutdown":
                return
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": BODY})


if __name__ == "__main__":
    sock = bind("127.0.0.1", 0)
    serve_forever(app, sock, ready=lambda: print(sock.getsockname()[1], flush=True))
