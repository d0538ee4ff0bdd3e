"""Subscriptions, for both sides: subscription arguments and list items filled from a channel's params
(and read back by the stub), which pushes belong to which subscription, and the client's bounded
queue of typed messages."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any, Generic, TypeVar

import msgspec

from ...auth.base import PLACEHOLDER  # "{name}" in subscription templates, as in auth templates
from ..queue import DropOldest
from .config import Channel, ItemList

M = TypeVar("M")
_CLOSED = object()


def subscription_keys(subscription: ItemList) -> tuple[str, ...]:
    """The params in a channel's unsubscribe item: they identify a subscription (and its pushes)."""
    return tuple(PLACEHOLDER.findall(msgspec.json.encode(subscription.unsubscribe_template).decode()))


def keys_of(channel: Channel) -> tuple[str, ...]:
    """The params that say whose pushes a subscription gets."""
    return channel.param_names if channel.subscription is None else subscription_keys(channel.subscription)


def argument(channel: Channel, values: Mapping[str, Any]) -> str:
    """The subscription argument (a channel pattern filled with the values)."""
    return channel.pattern.format_map({k: values.get(k) for k in channel.param_names})


def item(channel: Channel, values: Mapping[str, Any], *, unsubscribe: bool = False) -> Any:
    """One entry of the subscription list for these values (None: all, an empty list)."""
    assert channel.subscription is not None
    spec = channel.subscription
    return fill(spec.unsubscribe_template if unsubscribe else spec.item, values)


def fill(template: Any, values: Mapping[str, Any]) -> Any:
    """A template over values: a whole placeholder keeps the value's type; None if a value is missing."""
    if isinstance(template, list):
        items = [fill(t, values) for t in template]
        return None if any(i is None for i in items) else items
    if isinstance(template, dict):
        filled = {k: fill(t, values) for k, t in template.items()}
        return None if any(v is None for v in filled.values()) else filled
    if not isinstance(template, str):
        return template
    whole = PLACEHOLDER.fullmatch(template)
    if whole:
        return values.get(whole.group(1))
    names = PLACEHOLDER.findall(template)
    if any(values.get(n) is None for n in names):
        return None
    return template.format_map({n: values[n] for n in names})


def parse(template: Any, value: Any) -> dict[str, Any] | None:
    """The values a list item holds, read back through its template (None: it does not fit)."""
    if isinstance(template, list):
        if not isinstance(value, list) or len(value) != len(template):
            return None
        out: dict[str, Any] = {}
        for t, i in zip(template, value, strict=True):
            part = parse(t, i)
            if part is None:
                return None
            out.update(part)
        return out
    if isinstance(template, str) and (whole := PLACEHOLDER.fullmatch(template)):
        return {whole.group(1): value}
    if isinstance(template, str):
        regex = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.+?)", re.escape(template)) + "$"
        match = re.match(regex, value) if isinstance(value, str) else None
        return None if match is None else match.groupdict()
    return {} if template == value else None


def pattern_regex(pattern: str) -> re.Pattern[str]:
    """A regex reading a subscription argument back into the channel's params."""
    return re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^:]+)", re.escape(pattern)) + "$")


def found(data: Any, name: str, depth: int = 2) -> list[Any]:
    """Values of field `name` in a push's data: at the top, or in nested objects and lists."""
    if isinstance(data, list):
        return [v for entry in data for v in found(entry, name, depth)]
    if not isinstance(data, dict):
        return []
    if name in data:
        return [data[name]]
    if depth == 0:
        return []
    return [v for entry in data.values() if isinstance(entry, dict | list) for v in found(entry, name, depth - 1)]


class Subscription(Generic[M], AsyncIterator[M]):
    """Typed messages of one channel subscription, in order, from a bounded queue."""

    def __init__(
        self,
        channel: Channel,
        arg: str,
        values: Mapping[str, Any],
        maxsize: int,
        message: Any = Any,
        decode: Callable[[Any], Any] = lambda raw: raw,
    ) -> None:
        self.channel = channel
        self.arg = arg
        self.values = dict(values)
        self.last_raw: Any = None  # the latest message as it arrived (before decoding), for logs and checks
        self._message = message  # the type messages decode into
        self._decode = decode  # the channel's codecs (scaled amounts, times), before typing
        self._keys = keys_of(channel)
        self._queue = DropOldest(maxsize)

    def _offer(self, entry: Any) -> None:
        self._queue.offer(entry)

    @property
    def dropped(self) -> int:
        """Messages dropped because the consumer fell behind (the oldest go first)."""
        return self._queue.dropped

    def matches(self, data: Any) -> bool:
        """Whether a push of this channel's table is for this subscription's arguments."""
        for name, wanted in self.values.items():
            if wanted is None or str(wanted).lower() == "all" or name not in self._keys:
                continue
            values = found(data, name)
            if values and all(str(v) != str(wanted) for v in values):
                return False
        return True

    def __aiter__(self) -> Subscription[M]:
        return self

    async def __anext__(self) -> M:
        entry = await self._queue.get()
        if entry is _CLOSED:
            self._queue.put_nowait(_CLOSED)
            raise StopAsyncIteration
        if isinstance(entry, BaseException):
            raise entry
        self.last_raw = entry
        message: M = msgspec.convert(self._decode(entry), self._message, strict=False)
        return message

    def close(self) -> None:
        self._offer(_CLOSED)
