"""The blocking twins of the async stream clients: the async client runs on a private event loop thread,
and each blocking call waits there for its coroutine."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable, Coroutine
from typing import Any, Generic, Protocol, TypeVar

R = TypeVar("R")


class AsyncClient(Protocol):
    async def connect(self) -> None: ...

    async def close(self) -> None: ...


A = TypeVar("A", bound=AsyncClient)


class Blocking(Generic[A]):
    """Runs the async client `make` returns (made on the loop thread) and exposes blocking calls;
    `with` connects and closes."""

    def __init__(self, make: Callable[[], A], thread_name: str) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True, name=thread_name)
        self._thread.start()
        try:
            self.stream: A = self._run(self._make(make))
        except BaseException:  # bad arguments: no thread is left behind
            self._stop()
            raise

    @staticmethod
    async def _make(make: Callable[[], A]) -> A:
        return make()

    def _run(self, coro: Coroutine[Any, Any, R], timeout: float | None = None) -> R:
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        try:
            return future.result(timeout)
        except TimeoutError:  # a wait given up ends: it would otherwise take (and lose) what comes next
            future.cancel()
            raise

    def connect(self) -> None:
        self._run(self.stream.connect())

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._run(self.stream.close(), timeout=10)
        self._stop()

    def _stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    def __enter__(self: R) -> R:
        self.connect()  # type: ignore[attr-defined]
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
