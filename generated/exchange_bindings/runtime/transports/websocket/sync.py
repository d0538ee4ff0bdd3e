"""The blocking face of a WebSocket stream: `SyncStream` runs an `AsyncStream` (client.py) on a private
event loop thread; `SyncSubscription` iterates a subscription with a bound on each wait."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

from ...blocking import Blocking
from .client import AsyncStream
from .state import StreamState
from .subscriptions import Subscription

M = TypeVar("M")


class SyncSubscription(Generic[M], Iterator[M]):
    """The blocking face of a Subscription (iterate it; `timeout` bounds each wait)."""

    def __init__(self, stream: SyncStream, subscription: Subscription[M]) -> None:
        self._stream = stream
        self.subscription = subscription

    @property
    def dropped(self) -> int:
        return self.subscription.dropped

    def __iter__(self) -> SyncSubscription[M]:
        return self

    def __next__(self) -> M:
        try:
            return self._stream._run(self.subscription.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None

    def next(self, timeout: float | None = None) -> M:
        return self._stream._run(self.subscription.__anext__(), timeout)


class SyncStream(Blocking[AsyncStream]):
    """Runs an AsyncStream on its own event loop thread and exposes blocking calls."""

    def __init__(self, make: Callable[[], AsyncStream]) -> None:
        super().__init__(make, "exchange-bindings-stream")

    def command(self, name: str, data: Any = None) -> Any:
        return self._run(self.stream.command(name, data))

    def subscribe(self, channel: str, /, **values: Any) -> SyncSubscription[Any]:
        return SyncSubscription(self, self._run(self.stream.subscribe(channel, **values)))

    def unsubscribe(self, subscription: SyncSubscription[Any]) -> None:
        self._run(self.stream.unsubscribe(subscription.subscription))

    @property
    def reconnects(self) -> int:
        return self.stream.reconnects

    @property
    def state(self) -> StreamState:
        """The views the pushes keep (spec `state`): `state.orders("KRAKEN")`."""
        return self.stream.state
